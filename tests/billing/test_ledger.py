import multiprocessing
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from billing.events import BalanceDepleted, BalanceLow
from billing.models import BillingAccount, Category, LedgerEntry
from billing.money import call_cost
from billing.services import ledger
from billing.services.usage import call_rate, call_seconds
from billing.tasks import check_ledger
from voiceplatform import events


@pytest.mark.parametrize(
    ("duration_ms", "seconds", "cost"),
    [
        (0, 0, "0.00"),
        (1, 1, "0.02"),  # 1 s × 1.00 / 60 = 0.01666… → 0.02
        (1000, 1, "0.02"),
        (1001, 2, "0.03"),  # 0.0333… → 0.03
        (30_000, 30, "0.50"),
        (59_999, 60, "1.00"),
        (60_000, 60, "1.00"),
        (60_001, 61, "1.02"),  # 1.01666… → 1.02
        (90_000, 90, "1.50"),
    ],
)
def test_calls_are_rated_per_started_second_rounded_half_up(duration_ms, seconds, cost):
    assert call_seconds(duration_ms) == seconds
    assert call_cost(seconds=seconds, per_minute=Decimal("1.00")) == Decimal(cost)


def test_half_cent_rounds_up_not_to_even():
    # 3 s at 0.10/min = 0.005 exactly: half up gives 0.01 (banker's rounding would give 0.00).
    assert call_cost(seconds=3, per_minute=Decimal("0.10")) == Decimal("0.01")
    assert call_cost(seconds=9, per_minute=Decimal("0.10")) == Decimal("0.02")  # 0.015 → 0.02


def test_per_started_minute_option():
    assert call_cost(seconds=1, per_minute=Decimal("1.00"), per_started_minute=True) == Decimal("1.00")
    assert call_cost(seconds=60, per_minute=Decimal("1.00"), per_started_minute=True) == Decimal("1.00")
    assert call_cost(seconds=61, per_minute=Decimal("1.00"), per_started_minute=True) == Decimal("2.00")


@pytest.mark.django_db
def test_a_debit_moves_the_balance_with_one_entry(tenant_a):
    ledger.credit(tenant=tenant_a, amount="20.00", reference_type="t", reference_id="c1")
    entry, created = ledger.debit(tenant=tenant_a, amount=Decimal("2.50"), category=Category.CALL)
    assert created and entry.balance_after == Decimal("17.50")
    assert BillingAccount.objects.get(tenant=tenant_a).balance == Decimal("17.50")
    assert ledger.entries_sum(tenant_a) == Decimal("17.50")


@pytest.mark.django_db
def test_a_reference_is_charged_once(tenant_a):
    first, created = ledger.debit(
        tenant=tenant_a, amount="1.00", category="call", reference_type="call", reference_id="9"
    )
    again, created_again = ledger.debit(
        tenant=tenant_a, amount="1.00", category="call", reference_type="call", reference_id="9"
    )
    assert created and not created_again and again.pk == first.pk
    assert BillingAccount.objects.get(tenant=tenant_a).balance == Decimal("-1.00")


@pytest.mark.django_db
def test_entries_are_immutable(tenant_a):
    entry, _ = ledger.credit(tenant=tenant_a, amount="5.00")
    with pytest.raises(ValueError):
        entry.save()
    with pytest.raises(Exception, match="immutable"), transaction.atomic():
        LedgerEntry.objects.filter(pk=entry.pk).update(amount=Decimal("500.00"))


@pytest.mark.django_db
def test_bad_amounts_are_refused(tenant_a):
    for amount in ("0", "-1"):
        with pytest.raises(ValueError):
            ledger.debit(tenant=tenant_a, amount=Decimal(amount), category="call")
    assert not LedgerEntry.objects.filter(tenant=tenant_a).exists()


@pytest.mark.django_db
def test_duplicate_call_events_charge_once(tenant_a, tenant_b):
    ledger.credit(tenant=tenant_a, amount="10.00")
    for _ in range(3):
        call_rate(tenant=tenant_a, call_id=77, duration_ms=90_000)
    call_rate(tenant=tenant_b, call_id=77, duration_ms=90_000)  # the same id in another schema is another call
    assert LedgerEntry.objects.filter(tenant=tenant_a, category="call").count() == 1
    assert BillingAccount.objects.get(tenant=tenant_a).balance == Decimal("8.50")
    assert BillingAccount.objects.get(tenant=tenant_b).balance == Decimal("-1.50")


@pytest.mark.django_db
def test_call_finished_event_is_charged_through_the_subscriber(tenant_a, in_tenant, run_on_commit):
    from calls.events import CallFinished

    event = CallFinished(
        schema_name=tenant_a.schema_name,
        call_id=5,
        provider_call_id="c5",
        status="ended",
        outcome="confirmed",
        contact_id=None,
        agent_id=None,
        campaign_id=None,
        campaign_attempt_id=None,
        duration_ms=60_000,
        retryable=False,
    )
    with run_on_commit():
        events.publish(event)
        events.publish(event)
    assert LedgerEntry.objects.filter(tenant=tenant_a, reference_type="call", reference_id="5").count() == 1


@pytest.mark.django_db
def test_low_and_depleted_alerts_fire_once_per_crossing(tenant_a, run_on_commit, mailoutbox, owner_a):
    seen = []
    listener = seen.append
    for kind in (BalanceLow, BalanceDepleted, events.StaffAlert):
        events.subscribe(kind, listener)
    try:
        with run_on_commit():
            ledger.credit(tenant=tenant_a, amount="20.00")
            ledger.debit(tenant=tenant_a, amount="11.00", category="call")  # 9.00: low
            ledger.debit(tenant=tenant_a, amount="1.00", category="call")  # 8.00: still low, no new alert
            ledger.debit(tenant=tenant_a, amount="8.00", category="call")  # 0.00: depleted
            ledger.debit(tenant=tenant_a, amount="1.00", category="call")  # still depleted
            ledger.credit(tenant=tenant_a, amount="50.00")  # back to ok
            ledger.debit(tenant=tenant_a, amount="45.00", category="call")  # low again: a new crossing
    finally:
        for kind in (BalanceLow, BalanceDepleted, events.StaffAlert):
            events.unsubscribe(kind, listener)
    kinds = [type(e).__name__ for e in seen if not isinstance(e, events.StaffAlert)]
    assert kinds == ["BalanceLow", "BalanceDepleted", "BalanceLow"]
    alerts = [e for e in seen if isinstance(e, events.StaffAlert)]
    assert len(alerts) == 3 and {a.type for a in alerts} == {"billing"}
    assert all(a.schema_name == tenant_a.schema_name for a in alerts)
    # Through the alert inbox: each owner is emailed once per crossing.
    assert len([m for m in mailoutbox if owner_a.user.email in m.to]) == 3


@pytest.mark.django_db
def test_the_invariant_check_alerts_the_platform_owner(tenant_a, mailoutbox, django_user_model):
    django_user_model.objects.create_superuser("boss@platform.test", "pw-123456789")
    ledger.credit(tenant=tenant_a, amount="5.00")
    assert check_ledger() == 0
    BillingAccount.objects.filter(tenant=tenant_a).update(balance=Decimal("6.00"))
    assert check_ledger() == 1
    assert mailoutbox[-1].to == ["boss@platform.test"] and "alpha" in mailoutbox[-1].body


# --- 1,000 concurrent debits from 4 processes, on committed data ---------------------------------

DEBITS_PER_PROCESS = 250


def _debit_worker(tenant_id: int, worker: int, queue) -> None:
    from django.db import connections

    connections.close_all()
    from billing.services.ledger import debit
    from tenants.models import Tenant

    tenant = Tenant.objects.get(pk=tenant_id)
    errors = 0
    for n in range(DEBITS_PER_PROCESS):
        try:
            debit(
                tenant=tenant,
                amount=Decimal("0.07"),
                category="call",
                reference_type="call",
                reference_id=f"{worker}-{n}",
            )
        except IntegrityError:
            errors += 1
    connections.close_all()
    queue.put(errors)


@pytest.fixture
def committed_tenant(django_db_setup, django_db_blocker):
    """A tenant row committed for real (billing is public: it needs no schema), removed afterwards."""
    import secrets

    from tenants.models import Tenant

    with django_db_blocker.unblock():
        slug = "conc" + secrets.token_hex(3)
        (tenant,) = Tenant.objects.bulk_create([Tenant(schema_name=f"t_{slug}", slug=slug, name="Concurrent")])
        yield tenant
        Tenant.objects.filter(pk=tenant.pk).delete()


def test_concurrent_debits_from_four_processes_leave_the_balance_exact(committed_tenant, django_db_blocker):
    tenant = committed_tenant
    with django_db_blocker.unblock():
        ledger.credit(tenant=tenant, amount="100.00")
        connection.close()
        context = multiprocessing.get_context("fork")
        queue = context.Queue()
        workers = [context.Process(target=_debit_worker, args=(tenant.pk, w, queue)) for w in range(4)]
        for process in workers:
            process.start()
        for process in workers:
            process.join(120)
        assert all(p.exitcode == 0 for p in workers)
        assert [queue.get(timeout=5) for _ in workers] == [0, 0, 0, 0]
        account = BillingAccount.objects.get(tenant=tenant)
        assert account.balance == Decimal("30.00")
        assert ledger.entries_sum(tenant) == Decimal("30.00")
        assert LedgerEntry.objects.filter(tenant=tenant, category="call").count() == 1000
        assert not [m for m in ledger.ledger_mismatches() if m[0] == tenant.pk]


@pytest.mark.django_db
def test_accepted_messages_are_charged_once_through_the_event(tenant_a, run_on_commit):
    from notifications.events import MessageAccepted

    with run_on_commit():
        events.publish(MessageAccepted(schema_name=tenant_a.schema_name, notification_id=3, channel="sms", segments=3))
        events.publish(MessageAccepted(schema_name=tenant_a.schema_name, notification_id=3, channel="sms", segments=3))
        events.publish(MessageAccepted(schema_name=tenant_a.schema_name, notification_id=4, channel="email"))
    charged = dict(LedgerEntry.objects.filter(tenant=tenant_a).values_list("category", "amount"))
    assert charged == {"sms": Decimal("0.15"), "email": Decimal("0.01")}
