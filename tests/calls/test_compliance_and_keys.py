"""The outbound-call check, the call_finished hook's guarantees, and encrypted provider keys."""

import dataclasses

import pytest
from django.utils import timezone

from calls.compliance import Decision, check_outbound_call
from calls.events import CallFinished
from calls.hooks import outbound_call_checks
from calls.models import Call
from contacts.services import dnc_add
from tenants.services import tenant_suspend
from tests.calls.factories import CallFactory
from tests.contacts.factories import ContactFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db


@pytest.fixture
def contact(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        yield ContactFactory(phone="+447911123456")


def decide(tenant, contact):
    return check_outbound_call(tenant, contact, timezone.now())


def test_an_ordinary_contact_may_be_called(tenant_a, in_tenant, contact):
    with in_tenant(tenant_a):
        assert decide(tenant_a, contact) == Decision(allowed=True)


def test_dnc_numbers_are_blocked(tenant_a, in_tenant, contact):
    with in_tenant(tenant_a):
        dnc_add(phone=contact.phone, tenant=tenant_a, reason="asked")
        contact.refresh_from_db()
        assert decide(tenant_a, contact).code == "dnc"


@pytest.mark.parametrize(("phone", "code"), [(None, "no_phone"), ("+4412", "invalid_number")])
def test_missing_or_invalid_numbers_are_blocked(tenant_a, in_tenant, contact, phone, code):
    with in_tenant(tenant_a):
        contact.phone = phone
        assert decide(tenant_a, contact).code == code


def test_erased_contacts_are_blocked(tenant_a, in_tenant, contact):
    with in_tenant(tenant_a):
        contact.erased_at = timezone.now()
        assert decide(tenant_a, contact).code == "erased"


def test_a_contact_already_in_a_call_is_blocked(tenant_a, in_tenant, contact):
    with in_tenant(tenant_a):
        CallFactory(contact=contact, status="in_progress")
        decision = decide(tenant_a, contact)
        assert (decision.allowed, decision.code) == (False, "in_call")
        Call.objects.update(status="completed")
        assert decide(tenant_a, contact).allowed


def test_suspended_tenants_cannot_call(tenant_a, in_tenant, contact):
    tenant_suspend(tenant=tenant_a)
    with in_tenant(tenant_a):
        assert decide(tenant_a, contact).code == "tenant_suspended"


def test_other_apps_can_add_checks(tenant_a, in_tenant, contact):
    later = timezone.now() + timezone.timedelta(hours=3)

    def quiet_hours(tenant, contact, now):
        return Decision(False, "Outside the calling window.", "window", eligible_at=later)

    outbound_call_checks.register(quiet_hours)
    try:
        with in_tenant(tenant_a):
            decision = decide(tenant_a, contact)
    finally:
        outbound_call_checks.unregister(quiet_hours)
    assert (decision.code, decision.eligible_at) == ("window", later)


def test_call_finished_is_published_on_commit_and_survives_a_failing_receiver(tenant_a, in_tenant, run_on_commit):
    received = []

    def broken(event):
        raise RuntimeError("analytics is down")

    def working(event):
        received.append(dataclasses.asdict(event))

    events.subscribe(CallFinished, broken)
    events.subscribe(CallFinished, working)
    try:
        with in_tenant(tenant_a):
            call = CallFactory(status="completed", outcome="confirmed", metadata={"campaign_attempt_id": 3})
            with run_on_commit():
                events.publish(CallFinished.of(call, schema_name=tenant_a.schema_name))
                assert received == []  # not before the commit
    finally:
        events.unsubscribe(CallFinished, broken)
        events.unsubscribe(CallFinished, working)
    assert received[0]["call_id"] == call.pk
    assert received[0]["schema_name"] == tenant_a.schema_name
    assert received[0]["outcome"] == "confirmed"


def test_signatures_are_the_sdks_own_scheme():
    """The module loaded on its own is the SDK's: the same header verifies with either."""
    from retell.lib import webhook_auth

    from calls import signatures

    header = signatures.sign('{"a": 1}', "key_x", 1_700_000_000_000)
    assert header == webhook_auth.symmetric["sign"]('{"a": 1}', "key_x", 1_700_000_000_000)
    assert signatures.verify('{"a": 1}', "key_x", signatures.sign('{"a": 1}', "key_x"))
    assert not signatures.verify('{"a": 2}', "key_x", signatures.sign('{"a": 1}', "key_x"))
