"""Crash safety at each point a worker can die: nobody dialled twice, nobody lost.

Each test leaves the records exactly as a worker killed at that moment would
(the on-commit placing task never runs, a Call row without a provider id, a
lost hook ...) and shows what the reconciler and a redelivered task make of it.
The test with real worker processes killed by SIGKILL is test_worker_crash.py.
"""

import threading
from datetime import timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone

from calls.models import Call
from calls.providers import sandbox
from campaigns import services
from campaigns.models import CallAttempt, CampaignContact
from campaigns.services.placing import _lock_key
from tests.campaigns.helpers import london_contacts, running_campaign, tick

pytestmark = pytest.mark.django_db

GRACE = timedelta(seconds=121)
STALE = timedelta(seconds=901)


def _claim(dialer):
    """A tick that committed its attempt but died before the placing task ran."""
    (contact,) = london_contacts(1)
    campaign = running_campaign(agent=dialer.agent)
    assert services.campaign_dial(tenant=dialer.tenant, campaign_id=campaign.pk).claimed == 1
    return contact, campaign, CallAttempt.objects.get(campaign=campaign)


def test_died_before_placing_the_contact_is_queued_again_and_called_once(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        contact, campaign, attempt = _claim(dialer)
        assert services.attempts_reconcile(tenant=dialer.tenant) == 0  # still inside the grace period
        dialer.clock.shift(GRACE)
        assert services.attempts_reconcile(tenant=dialer.tenant) == 1
        attempt.refresh_from_db()
        target = CampaignContact.objects.get(campaign=campaign)
        assert (attempt.state, target.state, target.attempts) == ("not_placed", "queued", 0)
        tick(dialer.tenant, run_on_commit)
        # The lost task is redelivered much later: it finds nothing to do.
        with run_on_commit():
            assert services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk) == "done already"
        target.refresh_from_db()
        calls = Call.objects.filter(contact=contact).count()
    assert calls == 1
    assert (target.state, target.attempts) == ("done", 1)


def test_a_placing_worker_that_is_alive_is_left_alone(dialer, in_tenant):
    held, release, done = threading.Event(), threading.Event(), threading.Event()
    with in_tenant(dialer.tenant):
        _contact, _campaign, attempt = _claim(dialer)
        key = _lock_key(attempt.pk)

    def placing_worker():
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", key)
            held.set()
            release.wait(10)
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)
        connections["default"].close()
        done.set()

    worker = threading.Thread(target=placing_worker)
    worker.start()
    try:
        assert held.wait(10)
        with in_tenant(dialer.tenant):
            dialer.clock.shift(GRACE)
            skipped = services.attempts_reconcile(tenant=dialer.tenant)
            attempt.refresh_from_db()
    finally:
        release.set()
        worker.join(10)
    assert done.is_set()
    assert skipped == 0
    assert attempt.state == "dialing"
    assert connection.schema_name == "public"


def test_died_after_the_call_row_before_the_provider_answered(dialer, in_tenant, run_on_commit):
    with in_tenant(dialer.tenant):
        contact, campaign, attempt = _claim(dialer)
        call = Call.objects.create(
            contact=contact,
            direction="outbound",
            status="queued",
            campaign_id=campaign.pk,
            campaign_attempt_id=attempt.pk,
        )
        dialer.clock.shift(GRACE)
        services.attempts_reconcile(tenant=dialer.tenant)
        attempt.refresh_from_db()
        assert (attempt.state, attempt.call_id) == ("placed", call.pk)
        with run_on_commit():
            assert services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk) == "done already"
        # No webhook ever comes: after a quarter of an hour it counts as a failed try and waits the gap.
        dialer.clock.shift(STALE)
        services.attempts_reconcile(tenant=dialer.tenant)
        attempt.refresh_from_db()
        target = CampaignContact.objects.get(campaign=campaign)
        calls = Call.objects.filter(contact=contact).count()
    assert (attempt.state, attempt.call_status, attempt.note) == (
        "finished",
        "failed",
        "The provider never confirmed the call",
    )
    assert target.state == "queued" and target.reason_code == "retry"
    assert target.eligible_at >= attempt.finished_at + timedelta(hours=8)
    assert calls == 1


def test_died_after_the_provider_accepted_the_call_is_followed_not_redialled(
    dialer, in_tenant, run_on_commit, outcomes, sandbox_transport
):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        contact, _campaign, attempt = _claim(dialer)
        # Place it, but lose everything after the provider accepted (the sandbox never plays it out here).
        services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
        call = Call.objects.get(campaign_attempt_id=attempt.pk)
        CallAttempt.objects.filter(pk=attempt.pk).update(state="dialing", call=None, provider_call_id="")
        dialer.clock.shift(GRACE)
        services.attempts_reconcile(tenant=dialer.tenant)
        with run_on_commit():
            assert services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk) == "done already"
        attempt.refresh_from_db()
        assert (attempt.state, attempt.call_id, attempt.provider_call_id) == ("placed", call.pk, call.provider_call_id)
        # The provider finished the call meanwhile; nobody told us. The reconciler asks (get_call).
        state = sandbox._load("call", call.provider_call_id)
        state["call"].update(
            call_status="not_connected", disconnection_reason="dial_no_answer", start_timestamp=1, end_timestamp=1
        )
        sandbox._save("call", call.provider_call_id, state)
        dialer.clock.shift(STALE)
        with run_on_commit():
            services.attempts_reconcile(tenant=dialer.tenant)
        attempt.refresh_from_db()
        calls = Call.objects.filter(contact=contact).count()
    assert calls == 1
    assert (attempt.state, attempt.call_status) == ("finished", "no_answer")


def test_a_lost_call_finished_hook_is_made_good(dialer, in_tenant, run_on_commit, outcomes, monkeypatch):
    outcomes("confirmed")
    monkeypatch.setattr("campaigns.receivers.finish_attempt.delay", lambda *args: None)
    with in_tenant(dialer.tenant):
        _contact, campaign, attempt = _claim(dialer)
        with run_on_commit():
            services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
        attempt.refresh_from_db()
        assert attempt.state == "placed"
        assert Call.objects.get(pk=attempt.call_id).finished_at is not None
        dialer.clock.shift(GRACE)
        with run_on_commit():
            services.attempts_reconcile(tenant=dialer.tenant)
        attempt.refresh_from_db()
        target = CampaignContact.objects.get(campaign=campaign)
    assert (attempt.state, attempt.call_status, target.state) == ("finished", "completed", "done")


def test_placing_twice_places_one_call(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        contact, _campaign, attempt = _claim(dialer)
        with run_on_commit():
            first = services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
            second = services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
        calls = Call.objects.filter(contact=contact).count()
    assert (first, second, calls) == ("placed", "done already", 1)


def test_finishing_twice_settles_once(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("no_answer")
    with in_tenant(dialer.tenant):
        _contact, campaign, attempt = _claim(dialer)
        with run_on_commit():
            services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
        attempt.refresh_from_db()
        again = services.attempt_finish(tenant=dialer.tenant, attempt_id=attempt.pk, call_id=attempt.call_id)
        target = CampaignContact.objects.get(campaign=campaign)
    assert again is False
    assert (target.attempts, target.state) == (1, "queued")


def test_a_stale_reservation_is_renewed_before_dialing(dialer, in_tenant, run_on_commit, outcomes):
    from campaigns import compliance, ratelimit
    from tenants.models import TenantSettings

    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        _contact, _campaign, attempt = _claim(dialer)
        TenantSettings.objects.filter(tenant=dialer.tenant).update(calls_per_15_minutes_ceiling=1)
        dialer.clock.shift(timedelta(seconds=30))
        with run_on_commit():
            result = services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
        attempt.refresh_from_db()
        window = compliance.tenant_windows(dialer.tenant)[0]
        in_window = ratelimit.used(window, timezone.now())
    # The call moves its own reservation to the dialing moment: counted once, so the one-call window fits it.
    assert result == "placed"
    assert attempt.reserved_at == timezone.now()
    assert in_window == 1


def test_a_stale_reservation_waits_when_others_took_the_room(dialer, in_tenant, run_on_commit, outcomes):
    from campaigns import compliance, ratelimit
    from tenants.models import TenantSettings

    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        _contact, campaign, attempt = _claim(dialer)
        dialer.clock.shift(timedelta(seconds=30))
        windows = compliance.tenant_windows(dialer.tenant)
        assert ratelimit.reserve(windows, timezone.now()).granted  # a single call to someone else
        TenantSettings.objects.filter(tenant=dialer.tenant).update(calls_per_15_minutes_ceiling=1)
        with run_on_commit():
            result = services.attempt_place(tenant=dialer.tenant, attempt_id=attempt.pk)
        target = CampaignContact.objects.get(campaign=campaign)
        in_window = ratelimit.used(windows[0], timezone.now())
    # The other call fills the one-call window: the campaign call waits, and its old reservation is given up.
    assert result == "no capacity"
    assert (target.state, target.reason_code, target.attempts) == ("queued", "rate_limited", 0)
    assert in_window == 1
