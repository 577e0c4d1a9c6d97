"""The dialer end to end through the sandbox: claim, reserve, attempt, call, outcome, retry, close."""

from datetime import timedelta

import pytest

from calls.models import Call
from campaigns import services
from campaigns.models import CallAttempt, CampaignContact
from contacts.models import Contact
from contacts.services import dnc_add
from tenants.models import TenantSettings
from tests.campaigns.helpers import chicago_contacts, london_contacts, running_campaign, tick, utc

pytestmark = pytest.mark.django_db


def test_a_campaign_calls_everyone_once_and_completes(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        contacts = london_contacts(3)
        campaign = running_campaign(agent=dialer.agent)
        assert campaign.status == "running"
        counts = tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
        targets = list(CampaignContact.objects.filter(campaign=campaign))
        calls = list(Call.objects.filter(campaign_id=campaign.pk))
        attempts = list(CallAttempt.objects.filter(campaign=campaign))
        last_change = campaign.status_history.first()
    assert counts["claimed"] == 3
    assert sorted(c.contact_id for c in calls) == sorted(c.pk for c in contacts)
    assert {a.state for a in attempts} == {"finished"}
    assert {c.campaign_attempt_id for c in calls} == {a.pk for a in attempts}
    assert all(t.state == "done" and t.attempts == 1 and t.last_call_id for t in targets)
    assert all(a.call_status == "completed" and a.duration_ms > 0 for a in attempts)
    assert campaign.status == "completed"
    assert last_change.reason == "Everyone has been called"


def test_no_answer_is_retried_after_the_gap_inside_calling_hours_then_closed(
    dialer, in_tenant, run_on_commit, outcomes
):
    outcomes("no_answer")
    with in_tenant(dialer.tenant):
        (contact,) = london_contacts(1)
        campaign = running_campaign(agent=dialer.agent, final_status_map={"no_answer": "lost"})
        tick(dialer.tenant, run_on_commit)
        target = CampaignContact.objects.get(campaign=campaign)
        assert target.state == "queued"
        assert target.eligible_at == utc(2027, 1, 13, 20)
        assert target.reason == "No answer on attempt 1 of 2; next try after 20:00 (Europe/London)"

        assert tick(dialer.tenant, run_on_commit)["claimed"] == 0  # not due yet
        dialer.clock.shift(timedelta(hours=8))  # 20:00 in London: due, but calling hours are over
        assert tick(dialer.tenant, run_on_commit)["claimed"] == 0
        target.refresh_from_db()
        assert target.reason == "Outside calling hours in Europe/London until 08:00 tomorrow"
        assert target.eligible_at == utc(2027, 1, 14, 8)

        dialer.clock(utc(2027, 1, 14, 8, 5))
        assert tick(dialer.tenant, run_on_commit)["claimed"] == 1
        target.refresh_from_db()
        campaign.refresh_from_db()
        contact.refresh_from_db()
        calls = Call.objects.filter(contact=contact).count()
    assert calls == 2
    assert (target.state, target.attempts, target.final_outcome) == ("done", 2, "no_answer")
    assert contact.status == "lost"
    assert campaign.status == "completed"


def test_the_retry_gap_is_at_least_the_tenants_minimum_gap(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("busy")
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(agent=dialer.agent, retry_gap_minutes=30)
        tick(dialer.tenant, run_on_commit)
        target = CampaignContact.objects.get(campaign=campaign)
    assert target.eligible_at == utc(2027, 1, 13, 20)  # 8 hours, not 30 minutes


def test_outcomes_that_are_not_in_the_retry_list_close_at_once(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("voicemail")
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(
            agent=dialer.agent, retry_outcomes=["no_answer"], voicemail_message="Hi {{first_name}}"
        )
        tick(dialer.tenant, run_on_commit)
        target = CampaignContact.objects.select_related("contact").get(campaign=campaign)
        call = Call.objects.get(campaign_id=campaign.pk)
    assert (target.state, target.final_outcome) == ("done", "voicemail")
    assert call.dynamic_variables["voicemail_message"] == f"Hi {target.contact.first_name}"


def test_refused_contacts_are_skipped_or_wait_with_a_reason(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        dnc, fine = london_contacts(2)
        (early,) = chicago_contacts(1)
        dnc_add(phone=dnc.phone, tenant=dialer.tenant)
        campaign = running_campaign(agent=dialer.agent)
        tick(dialer.tenant, run_on_commit)
        by_contact = {t.contact_id: t for t in CampaignContact.objects.filter(campaign=campaign)}
        campaign.refresh_from_db()
    assert (by_contact[dnc.pk].state, by_contact[dnc.pk].reason) == ("skipped", "On DNC list since 2027-01-13")
    assert by_contact[fine.pk].state == "done"
    assert by_contact[early.pk].state == "queued"
    assert by_contact[early.pk].reason == "Outside calling hours in America/Chicago until 08:00"
    assert by_contact[early.pk].eligible_at == utc(2027, 1, 13, 14)
    assert campaign.status == "running"


def test_campaign_windows_and_blocked_dates_are_read_in_the_recipients_zone(dialer, in_tenant, run_on_commit):
    with in_tenant(dialer.tenant):
        (early,) = chicago_contacts(1)
        (london,) = london_contacts(1)
        weekdays = {day: [["09:00", "17:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}
        campaign = running_campaign(agent=dialer.agent, schedule=weekdays, blocked_dates=["2027-01-13"])
        tick(dialer.tenant, run_on_commit)
        by_contact = {t.contact_id: t for t in CampaignContact.objects.filter(campaign=campaign)}
    assert by_contact[london.pk].reason == "Blocked date 2027-01-13 in Europe/London; next window 09:00 tomorrow"
    assert by_contact[london.pk].eligible_at == utc(2027, 1, 14, 9)
    # 06:00 on the 13th in Chicago (not blocked there yet in the 13th? it is the 13th there too).
    assert by_contact[early.pk].reason == "Blocked date 2027-01-13 in America/Chicago; next window 09:00 tomorrow"
    assert by_contact[early.pk].eligible_at == utc(2027, 1, 14, 15)


def test_a_weekday_window_waits_for_its_local_opening(dialer, in_tenant, run_on_commit):
    with in_tenant(dialer.tenant):
        chicago_contacts(1)
        campaign = running_campaign(agent=dialer.agent, schedule={"wed": [["10:00", "12:00"]]})
        tick(dialer.tenant, run_on_commit)
        target = CampaignContact.objects.get(campaign=campaign)
    assert target.reason == "Outside this campaign's calling window in America/Chicago until 10:00"
    assert target.eligible_at == utc(2027, 1, 13, 16)


def test_concurrency_and_calls_per_minute_cap_each_tick(dialer, in_tenant):
    with in_tenant(dialer.tenant):
        london_contacts(6)
        campaign = running_campaign(agent=dialer.agent, max_concurrent=2)
        first = services.campaign_dial(tenant=dialer.tenant, campaign_id=campaign.pk)
        second = services.campaign_dial(tenant=dialer.tenant, campaign_id=campaign.pk)
        london_contacts(4, tag="paced", start=100)
        paced = running_campaign(agent=dialer.agent, name="Paced", tag="paced", calls_per_minute=2)
        third = services.campaign_dial(tenant=dialer.tenant, campaign_id=paced.pk)
        waiting = CampaignContact.objects.filter(campaign=paced, reason_code="rate_limited").first()
    assert (first.claimed, second.claimed, third.claimed) == (2, 0, 2)
    assert waiting.reason.startswith("Waiting for capacity: this campaign's calls per minute (2) is reached")


def test_the_tenant_limit_spans_campaigns(dialer, in_tenant):
    TenantSettings.objects.filter(tenant=dialer.tenant).update(calls_per_15_minutes_ceiling=3)
    with in_tenant(dialer.tenant):
        london_contacts(2, tag="a")
        london_contacts(2, tag="b", start=10)
        running_campaign(agent=dialer.agent, tag="a", name="A", priority=90)
        running_campaign(agent=dialer.agent, tag="b", name="B", priority=10)
        counts = services.dialer_tick(tenant=dialer.tenant)
        attempts = CallAttempt.objects.count()
        waiting = CampaignContact.objects.select_related("campaign").get(reason_code="rate_limited")
    assert counts["claimed"] == attempts == 3
    assert waiting.campaign.name == "B"
    assert "this workspace's 15-minute limit (3) is reached" in waiting.reason


def test_paused_and_cancelled_campaigns_call_nobody(dialer, in_tenant, run_on_commit):
    with in_tenant(dialer.tenant):
        london_contacts(2)
        campaign = running_campaign(agent=dialer.agent)
        services.campaign_pause(campaign=campaign, reason="checking the script")
        assert tick(dialer.tenant, run_on_commit)["claimed"] == 0
        services.campaign_resume(campaign=campaign)
        services.campaign_cancel(campaign=campaign)
        assert tick(dialer.tenant, run_on_commit)["claimed"] == 0
        states = set(CampaignContact.objects.filter(campaign=campaign).values_list("state", flat=True))
    assert states == {"cancelled"}


def test_the_platform_pause_stops_the_dialer(dialer, in_tenant, run_on_commit):
    TenantSettings.objects.filter(tenant=dialer.tenant).update(calling_paused=True)
    with in_tenant(dialer.tenant):
        london_contacts(2)
        running_campaign(agent=dialer.agent)
        assert tick(dialer.tenant, run_on_commit)["claimed"] == 0
        assert CallAttempt.objects.count() == 0


def test_ab_variants_split_traffic_and_keep_each_contacts_agent(dialer, in_tenant, run_on_commit, outcomes):
    from calls import services as call_services

    outcomes("no_answer")
    with in_tenant(dialer.tenant), run_on_commit():
        other = call_services.agent_create(tenant=dialer.tenant, data={"purpose": "qualifier", "name": "Other"})
        call_services.agent_publish(tenant=dialer.tenant, agent=other)
    with in_tenant(dialer.tenant):
        london_contacts(40)
        campaign = running_campaign(
            agent=dialer.agent,
            variants=[{"agent": dialer.agent.pk, "weight": 50}, {"agent": other.pk, "weight": 50}],
            max_concurrent=50,
            calls_per_minute=100,
        )
        TenantSettings.objects.filter(tenant=dialer.tenant).update(calls_per_15_minutes_ceiling=100)
        from campaigns.models import CallingSettings

        CallingSettings.objects.update_or_create(singleton=True, defaults={"number_per_minute": 100})
        tick(dialer.tenant, run_on_commit)
        first = dict(CampaignContact.objects.filter(campaign=campaign).values_list("pk", "agent_id"))
        used = dict(CallAttempt.objects.values_list("target_id", "agent_id"))
        calls = set(Call.objects.filter(campaign_id=campaign.pk).values_list("agent_id", flat=True))
    assert used == first
    assert calls == {dialer.agent.pk, other.pk}
    assert 8 <= list(first.values()).count(other.pk) <= 32


def test_contacts_can_be_added_while_running(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(agent=dialer.agent, ends_at="2027-01-20T00:00:00+00:00")
        late = london_contacts(2, tag="late", start=50)
        added = services.campaign_add_contacts(campaign=campaign, audience={"tags": ["late", "spring"]})
        tick(dialer.tenant, run_on_commit)
        called = set(Call.objects.filter(campaign_id=campaign.pk).values_list("contact_id", flat=True))
    assert added == 2
    assert {c.pk for c in late} <= called


def test_a_campaign_past_its_end_stops_and_skips_the_rest(dialer, in_tenant, run_on_commit):
    with in_tenant(dialer.tenant):
        london_contacts(2)
        campaign = running_campaign(
            agent=dialer.agent, ends_at="2027-01-13T13:00:00+00:00", schedule={"thu": [["09:00", "17:00"]]}
        )
        tick(dialer.tenant, run_on_commit)
        dialer.clock.shift(timedelta(hours=2))
        tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
        reasons = set(CampaignContact.objects.filter(campaign=campaign).values_list("state", "reason_code"))
    assert campaign.status == "completed"
    assert reasons == {("skipped", "campaign_ended")}


def test_a_scheduled_campaign_starts_when_its_time_comes(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = services.campaign_create(
            data={"name": "Later", "audience": {"tags": ["spring"]}, "starts_at": "2027-01-13T14:00:00+00:00"}
        )
        services.campaign_start(campaign=campaign)
        campaign.refresh_from_db()
        assert campaign.status == "scheduled"
        tick(dialer.tenant, run_on_commit)
        assert CallAttempt.objects.count() == 0
        dialer.clock.shift(timedelta(hours=2))
        tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
        history = list(campaign.status_history.values_list("to_status", flat=True))
    assert campaign.status == "completed"
    assert history[::-1] == ["draft", "scheduled", "running", "completed"]


def test_the_contact_is_not_dialled_by_two_campaigns_at_once(dialer, in_tenant):
    with in_tenant(dialer.tenant):
        (contact,) = london_contacts(1)
        running_campaign(agent=dialer.agent, name="First", priority=90)
        second = running_campaign(agent=dialer.agent, name="Second", priority=10)
        services.dialer_tick(tenant=dialer.tenant)
        waiting = CampaignContact.objects.get(campaign=second)
        attempts = CallAttempt.objects.filter(contact=contact).count()
    assert attempts == 1
    assert (waiting.state, waiting.reason) == ("queued", "Being called by another campaign")


def test_an_erased_contact_is_never_frozen_into_a_campaign(dialer, in_tenant):
    from django.utils import timezone

    with in_tenant(dialer.tenant):
        kept, erased = london_contacts(2)
        Contact.objects.filter(pk=erased.pk).update(erased_at=timezone.now())
        campaign = running_campaign(agent=dialer.agent)
        frozen = set(CampaignContact.objects.filter(campaign=campaign).values_list("contact_id", flat=True))
    assert frozen == {kept.pk}
