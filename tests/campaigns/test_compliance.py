"""Every rule of the outbound-call guard, on a controlled clock."""

from datetime import UTC, datetime, timedelta

import pytest

from calls import services as call_services
from calls.compliance import check_outbound_call
from calls.services import CallBlocked
from campaigns import compliance, ratelimit
from campaigns.models import CallingSettings
from contacts.models import Contact
from contacts.services import consent_record, dnc_add
from tenants.models import Tenant, TenantSettings
from tests.calls.factories import CallFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

LONDON_NUMBER = "+442079460123"
CHICAGO_NUMBER = "+13125550123"
NEW_YORK_NUMBER = "+12125550123"


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def decide(tenant, contact, *, automated=True):
    from django.utils import timezone

    return compliance.evaluate(tenant, contact, timezone.now(), automated=automated)


def test_a_london_contact_at_noon_may_be_called(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        assert decide(tenant_a, ContactFactory(phone=LONDON_NUMBER)).allowed


def test_late_evening_is_outside_calling_hours_until_the_morning(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 21, 30))
    with in_tenant(tenant_a):
        decision = decide(tenant_a, ContactFactory(phone=LONDON_NUMBER))
    assert not decision.allowed
    assert decision.code == "outside_hours"
    assert decision.reason == "Outside calling hours in Europe/London until 08:00 tomorrow"
    assert decision.eligible_at == utc(2027, 1, 14, 8)


def test_a_number_in_another_zone_than_the_tenant_uses_the_numbers_zone(tenant_a, in_tenant, clock):
    assert tenant_a.timezone == "Europe/London"
    clock(utc(2027, 1, 13, 12))  # noon in London, 06:00 in Chicago
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=CHICAGO_NUMBER)
        early = decide(tenant_a, contact)
        clock(utc(2027, 1, 13, 15))  # 09:00 in Chicago
        later = decide(tenant_a, contact)
    assert early.reason == "Outside calling hours in America/Chicago until 08:00"
    assert early.eligible_at == utc(2027, 1, 13, 14)
    assert later.allowed


def test_an_explicit_contact_zone_wins_over_the_number(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        decision = decide(tenant_a, ContactFactory(phone=LONDON_NUMBER, timezone="Asia/Tokyo"))
    assert decision.reason == "Outside calling hours in Asia/Tokyo until 08:00 tomorrow"  # 21:00 in Tokyo


def test_london_spring_change_moves_the_window_an_hour_earlier_in_utc(tenant_a, in_tenant, clock):
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        clock(utc(2027, 3, 27, 7, 30))  # Saturday, GMT: 07:30 local
        before = decide(tenant_a, contact)
        clock(utc(2027, 3, 28, 7, 30))  # Sunday, BST: 08:30 local
        after = decide(tenant_a, contact)
        clock(utc(2027, 3, 28, 19, 30))  # Sunday, BST: 20:30 local
        evening = decide(tenant_a, contact)
    assert before.reason == "Outside calling hours in Europe/London until 08:00"
    assert before.eligible_at == utc(2027, 3, 27, 8)
    assert after.allowed
    assert evening.eligible_at == utc(2027, 3, 29, 7)


def test_new_york_autumn_change_moves_the_window_an_hour_later_in_utc(tenant_a, in_tenant, clock):
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=NEW_YORK_NUMBER)
        clock(utc(2027, 11, 6, 12, 30))  # Saturday, EDT: 08:30 local
        before = decide(tenant_a, contact)
        clock(utc(2027, 11, 7, 12, 30))  # Sunday, EST: 07:30 local
        after = decide(tenant_a, contact)
    assert before.allowed
    assert after.reason == "Outside calling hours in America/New_York until 08:00"
    assert after.eligible_at == utc(2027, 11, 7, 13)


def test_quiet_hours_follow_the_tenants_setting(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 9, 30))
    with in_tenant(tenant_a):
        CallingSettings.objects.update_or_create(
            singleton=True, defaults={"quiet_start": "10:00", "quiet_end": "18:00"}
        )
        decision = decide(tenant_a, ContactFactory(phone=LONDON_NUMBER))
    assert decision.reason == "Outside calling hours in Europe/London until 10:00"


def test_a_number_on_the_dnc_list_is_refused_with_the_date(tenant_a, in_tenant, clock):
    clock(utc(2026, 3, 1, 12))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        dnc_add(phone=LONDON_NUMBER, tenant=tenant_a, reason="asked")
        clock(utc(2027, 1, 13, 12))
        decision = decide(tenant_a, Contact.objects.get(pk=contact.pk))
    assert (decision.allowed, decision.code, decision.reason) == (False, "dnc", "On DNC list since 2026-03-01")


def test_consent_is_needed_only_where_the_tenant_requires_it(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        assert decide(tenant_a, contact).allowed
        CallingSettings.objects.update_or_create(singleton=True, defaults={"require_consent": True})
        missing = decide(tenant_a, contact)
        consent_record(contact=contact, channel="call", granted=True, source="form")
        given = decide(tenant_a, contact)
        clock(utc(2027, 1, 14, 12))
        consent_record(contact=contact, channel="call", granted=False, source="call")
        withdrawn = decide(tenant_a, contact)
    assert (missing.code, missing.reason) == ("no_consent", "No consent to be called is on record")
    assert given.allowed
    assert withdrawn.reason == "Withdrew consent to be called on 2027-01-14"


def test_the_platform_can_pause_a_tenants_calling(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    TenantSettings.objects.filter(tenant=tenant_a).update(calling_paused=True, calling_paused_reason="complaints")
    with in_tenant(tenant_a):
        decision = decide(tenant_a, ContactFactory(phone=LONDON_NUMBER))
    assert (decision.code, decision.reason) == (
        "calling_paused",
        "Calling is paused for this workspace by the platform: complaints",
    )


def test_a_suspended_tenant_calls_nobody(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    Tenant.objects.filter(pk=tenant_a.pk).update(status="suspended")
    with in_tenant(tenant_a):
        assert decide(tenant_a, ContactFactory(phone=LONDON_NUMBER)).code == "tenant_suspended"


def test_an_invalid_number_is_never_dialled(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        Contact.objects.filter(pk=contact.pk).update(phone="+4412")
        decision = decide(tenant_a, Contact.objects.get(pk=contact.pk))
        nobody = decide(tenant_a, ContactFactory(phone=None))
    assert decision.code == "invalid_number"
    assert nobody.code == "no_phone"


def test_a_contact_already_in_a_call_waits(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        CallFactory(contact=contact, status="in_progress")
        assert decide(tenant_a, contact).code == "in_call"


def test_campaign_calls_keep_the_minimum_gap_single_calls_do_not(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 10))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        CallFactory(contact=contact, status="no_answer")
        clock(utc(2027, 1, 13, 12))
        automated = decide(tenant_a, contact, automated=True)
        single = decide(tenant_a, contact, automated=False)
        clock(utc(2027, 1, 13, 18, 1))
        later = decide(tenant_a, contact, automated=True)
    assert automated.code == "minimum_gap"
    assert automated.reason == "Called 2 hours ago; the minimum gap is 8 hours (until 18:00 in Europe/London)"
    assert automated.eligible_at == utc(2027, 1, 13, 18)
    assert single.allowed
    assert later.allowed


def test_a_call_that_never_reached_the_provider_does_not_start_the_gap(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        CallFactory(contact=contact, status="failed", provider_call_id=None)
        assert decide(tenant_a, contact).allowed


def test_previews_reserve_nothing(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        for _ in range(5):
            assert decide(tenant_a, contact, automated=False).allowed
        windows = compliance.tenant_windows(tenant_a)
    assert ratelimit.used(windows[0], utc(2027, 1, 13, 12)) == 0


def test_single_calls_pass_the_same_guard_and_count_against_the_limits(dialer, in_tenant, run_on_commit):
    tenant = dialer.tenant
    TenantSettings.objects.filter(tenant=tenant).update(calls_per_15_minutes_ceiling=2)
    with in_tenant(tenant):
        contacts = [ContactFactory(phone=f"+4420794601{i:02d}") for i in range(3)]
        for contact in contacts[:2]:
            with run_on_commit():
                call_services.call_place(tenant=tenant, contact=contact, metadata={"sandbox_outcome": "confirmed"})
        with pytest.raises(CallBlocked) as blocked:
            call_services.call_place(tenant=tenant, contact=contacts[2])
        calls = contacts[2].calls.count()
    assert blocked.value.decision.code == "rate_limited"
    assert "this workspace's 15-minute limit (2) is reached" in blocked.value.decision.reason
    assert calls == 0


def test_single_calls_outside_calling_hours_are_refused(dialer, in_tenant, clock):
    clock(utc(2027, 1, 13, 23))
    with in_tenant(dialer.tenant):
        contact = ContactFactory(phone=LONDON_NUMBER)
        with pytest.raises(CallBlocked) as blocked:
            call_services.call_place(tenant=dialer.tenant, contact=contact)
        assert contact.calls.count() == 0
    assert blocked.value.decision.code == "outside_hours"


def test_the_gate_runs_the_calls_checks_first_and_the_reservation_last(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    TenantSettings.objects.filter(tenant=tenant_a).update(calls_per_15_minutes_ceiling=1)
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=LONDON_NUMBER)
        dnc_add(phone=LONDON_NUMBER, tenant=tenant_a)
        refused = check_outbound_call(tenant_a, Contact.objects.get(pk=contact.pk), utc(2027, 1, 13, 12))
        windows = compliance.tenant_windows(tenant_a)
    assert refused.code == "dnc"
    assert ratelimit.used(windows[0], utc(2027, 1, 13, 12) + timedelta(seconds=1)) == 0
