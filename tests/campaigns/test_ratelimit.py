"""The sliding-window reservations: exact under concurrency, and honest about when room comes back."""

import secrets
import threading
from datetime import UTC, datetime, timedelta

from campaigns import ratelimit

NOW = datetime(2027, 1, 13, 12, tzinfo=UTC)


def window(limit, seconds=900, margin=0, label="test"):
    return ratelimit.Window(ratelimit.key("t_test", secrets.token_hex(4)), seconds, limit, label, margin)


def test_it_grants_up_to_the_limit_then_says_when_a_slot_frees():
    w = window(3)
    granted = [ratelimit.reserve([w], NOW + timedelta(seconds=i)).granted for i in range(3)]
    refused = ratelimit.reserve([w], NOW + timedelta(seconds=10))
    assert granted == [True, True, True]
    assert not refused.granted
    assert refused.window == w
    assert refused.retry_at == NOW + timedelta(seconds=900)
    assert not ratelimit.reserve([w], NOW + timedelta(seconds=899, milliseconds=999)).granted
    assert ratelimit.reserve([w], NOW + timedelta(seconds=900)).granted


def test_the_window_slides_rather_than_resetting():
    w = window(2, seconds=60)
    assert ratelimit.reserve([w], NOW).granted
    assert ratelimit.reserve([w], NOW + timedelta(seconds=59)).granted
    assert not ratelimit.reserve([w], NOW + timedelta(seconds=59, milliseconds=999)).granted
    # A window is (t - 60 s, t]: at 60 s the first reservation has left it.
    assert ratelimit.reserve([w], NOW + timedelta(seconds=60)).granted
    assert not ratelimit.reserve([w], NOW + timedelta(seconds=100)).granted


def test_the_margin_widens_the_window_so_dialing_late_cannot_overshoot():
    w = window(1, seconds=60, margin=10)
    assert ratelimit.reserve([w], NOW).granted
    assert not ratelimit.reserve([w], NOW + timedelta(seconds=65)).granted
    assert ratelimit.reserve([w], NOW + timedelta(seconds=70)).granted


def test_a_full_window_records_nothing_in_the_others():
    roomy, full = window(10), window(1)
    assert ratelimit.reserve([roomy, full], NOW).granted
    refused = ratelimit.reserve([roomy, full], NOW)
    assert refused.window == full
    assert ratelimit.used(roomy, NOW) == 1


def test_renewing_moves_a_reservation_instead_of_counting_the_call_twice():
    w = window(2, seconds=60)
    first = ratelimit.reserve([w], NOW)
    assert ratelimit.reserve([w], NOW).granted
    assert not ratelimit.reserve([w], NOW + timedelta(seconds=10)).granted
    renewed = ratelimit.reserve([w], NOW + timedelta(seconds=10), replaces=first.token)
    assert renewed.granted
    assert ratelimit.used(w, NOW + timedelta(seconds=10)) == 2
    # The renewed call now counts from its new moment: one slot frees at +60 s, the other at +70 s.
    assert ratelimit.reserve([w], NOW + timedelta(seconds=60)).granted
    assert not ratelimit.reserve([w], NOW + timedelta(seconds=65)).granted


def test_a_refused_renewal_gives_up_the_old_reservation():
    roomy, full = window(10, seconds=60), window(1, seconds=60)
    first = ratelimit.reserve([roomy], NOW)
    assert ratelimit.reserve([full], NOW).granted
    refused = ratelimit.reserve([roomy, full], NOW + timedelta(seconds=10), replaces=first.token)
    assert refused.window == full
    assert ratelimit.used(roomy, NOW + timedelta(seconds=10)) == 0


def test_a_zero_limit_refuses_without_a_retry_time():
    refused = ratelimit.reserve([window(0)], NOW)
    assert not refused.granted and refused.retry_at is None


def test_concurrent_reservations_never_exceed_the_limit():
    tenant_15m, tenant_day, number = window(25), window(40, seconds=86400), window(30, seconds=60)
    results = []
    lock = threading.Lock()
    start = threading.Barrier(16)

    def worker():
        start.wait()
        mine = [ratelimit.reserve([tenant_15m, tenant_day, number], NOW).granted for _ in range(10)]
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(results) == 25
    assert ratelimit.used(tenant_15m, NOW) == 25
    assert ratelimit.used(number, NOW) == 25
