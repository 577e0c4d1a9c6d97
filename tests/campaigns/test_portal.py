"""Portal pages: list, wizard with live audience preview, live campaign page, contacts, export, settings."""

import pytest

from campaigns import services
from campaigns.models import CallingSettings, Campaign, ReminderSettings
from tests.campaigns.helpers import chicago_contacts, london_contacts, running_campaign

pytestmark = pytest.mark.django_db


def wizard(**overrides):
    data = {
        "name": "Spring offer",
        "description": "",
        "type": "outbound",
        "priority": "60",
        "audience_tags": "spring",
        "max_concurrent": "4",
        "calls_per_minute": "8",
        "max_attempts": "3",
        "retry_gap_hours": "12",
        "retry_outcomes": ["no_answer", "busy"],
        "mon_open": "1",
        "mon_start": "09:00",
        "mon_end": "18:00",
        "blocked_dates": "2027-12-25",
        "final_no_answer": "unresponsive",
        "rule_field_0": "budget",
        "rule_op_0": "gte",
        "rule_value_0": "1000",
        "variables": "offer = 10% off for {{first_name}}",
        "starts_at": "2027-02-01T09:00",
    }
    data.update(overrides)
    return data


def test_the_list_has_an_empty_state_and_a_nav_entry(owner_a, portal):
    page = portal(owner_a).get("/campaigns/").content.decode()
    assert "No campaigns yet." in page
    assert 'href="/campaigns/"' in page
    assert "Create your first campaign" in page


def test_the_wizard_creates_a_draft_with_every_section(owner_a, portal, in_tenant):
    response = portal(owner_a).post("/campaigns/new/", wizard())
    assert response.status_code == 302
    with in_tenant(owner_a.tenant):
        campaign = Campaign.objects.get()
    assert response["Location"] == f"/campaigns/{campaign.pk}/"
    assert campaign.audience == {"tags": ["spring"]}
    assert (campaign.priority, campaign.max_concurrent, campaign.calls_per_minute) == (60, 4, 8)
    assert (campaign.max_attempts, campaign.retry_gap_minutes) == (3, 720)
    assert campaign.retry_outcomes == ["no_answer", "busy"]
    assert campaign.schedule["mon"] == [["09:00", "18:00"]] and campaign.schedule["tue"] == []
    assert [d.isoformat() for d in campaign.blocked_dates] == ["2027-12-25"]
    assert campaign.final_status_map == {"no_answer": "unresponsive"}
    assert campaign.qualification == {"match": "all", "rules": [{"field": "budget", "op": "gte", "value": "1000"}]}
    assert campaign.variables == {"offer": "10% off for {{first_name}}"}
    assert campaign.starts_at.isoformat() == "2027-02-01T09:00:00+00:00"  # London in winter


def test_wizard_errors_are_shown_next_to_the_fields_and_nothing_is_saved(owner_a, portal, in_tenant):
    response = portal(owner_a).post(
        "/campaigns/new/",
        wizard(name="", max_concurrent="0", rule_op_0="gte", rule_value_0="lots", blocked_dates="xmas"),
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Give the campaign a name." in page
    assert "Enter a whole number from 1 to 500." in page
    assert "compare numbers with a number" in page
    assert "is not a date like 2026-12-25" in page
    assert 'value="lots"' in page  # what was typed comes back
    with in_tenant(owner_a.tenant):
        assert not Campaign.objects.exists()


def test_the_audience_preview_updates_live(dialer, owner_a, portal, in_tenant):
    with in_tenant(dialer.tenant):
        london_contacts(2)
        chicago_contacts(1)
    response = portal(owner_a).post("/campaigns/audience-preview/", {"audience_tags": "spring"}, HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert '<div class="count">3</div>' in page
    assert "Outside calling hours in America/Chicago until 08:00" in page
    assert "<html" not in page


def test_the_campaign_page_shows_live_progress_and_polls(dialer, owner_a, portal, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        london_contacts(2)
        chicago_contacts(1)
        campaign = running_campaign(agent=dialer.agent)
        with run_on_commit():
            services.dialer_tick(tenant=dialer.tenant)
    client = portal(owner_a)
    page = client.get(f"/campaigns/{campaign.pk}/").content.decode()
    assert 'hx-trigger="every 3s"' in page
    assert "2 of 3 contacts settled" in page
    assert "Pause" in page and "Cancel" in page
    partial = client.get(f"/campaigns/{campaign.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert partial.lstrip().startswith('<section id="live"')
    assert "Rate now vs limits" in partial
    assert "Recent calls" in partial


def test_pause_resume_and_cancel_buttons(dialer, owner_a, portal, in_tenant):
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(agent=dialer.agent)
    client = portal(owner_a)
    assert client.post(f"/campaigns/{campaign.pk}/pause/").status_code == 302
    assert client.post(f"/campaigns/{campaign.pk}/resume/").status_code == 302
    response = client.post(f"/campaigns/{campaign.pk}/start/", follow=True)
    assert "Only a draft can be started" in response.content.decode()
    client.post(f"/campaigns/{campaign.pk}/cancel/")
    assert client.post(f"/campaigns/{campaign.pk}/explode/").status_code == 404
    with in_tenant(dialer.tenant):
        assert Campaign.objects.get(pk=campaign.pk).status == "cancelled"


def test_the_contacts_page_answers_why_someone_has_not_been_called(dialer, owner_a, portal, in_tenant):
    with in_tenant(dialer.tenant):
        chicago_contacts(1)
        campaign = running_campaign(agent=dialer.agent)
        services.dialer_tick(tenant=dialer.tenant)
    page = portal(owner_a).get(f"/campaigns/{campaign.pk}/contacts/?state=queued").content.decode()
    assert "Outside calling hours in America/Chicago until 08:00" in page
    assert "outside_hours" in page
    empty = portal(owner_a).get(f"/campaigns/{campaign.pk}/contacts/?state=done").content.decode()
    assert "Nobody is done." in empty


def test_export_needs_the_export_permission(dialer, manager_a, viewer_a, portal, in_tenant):
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(agent=dialer.agent)
    response = portal(manager_a).get(f"/campaigns/{campaign.pk}/results.csv")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode().startswith("contact_id,name,phone,state")
    assert portal(viewer_a).get(f"/campaigns/{campaign.pk}/results.csv").status_code == 403


def test_viewers_see_but_do_not_change(dialer, viewer_a, portal, in_tenant):
    with in_tenant(dialer.tenant):
        london_contacts(1)
        campaign = running_campaign(agent=dialer.agent)
    client = portal(viewer_a)
    assert client.get("/campaigns/").status_code == 200
    page = client.get(f"/campaigns/{campaign.pk}/").content.decode()
    assert "Pause" not in page
    assert client.get("/campaigns/new/").status_code == 403
    assert client.post(f"/campaigns/{campaign.pk}/pause/").status_code == 403
    assert client.post(f"/campaigns/{campaign.pk}/edit/", wizard()).status_code == 403


def test_the_settings_page_saves_reminders_and_calling_rules(owner_a, manager_a, portal, in_tenant):
    client = portal(owner_a)
    assert "Appointment reminder calls" in client.get("/campaigns/settings/").content.decode()
    saved = client.post(
        "/campaigns/settings/",
        {
            "section": "reminders",
            "enabled": "1",
            "hours_before": "48",
            "second_enabled": "1",
            "second_hours_before": "3",
        },
    )
    assert saved.status_code == 302
    calling = {
        "section": "calling",
        "quiet_start": "09:00",
        "quiet_end": "19:00",
        "per_15_minutes": "12",
        "per_day": "200",
        "number_per_minute": "5",
        "number_per_day": "150",
        "minimum_gap_minutes": "600",
        "require_consent": "1",
    }
    assert client.post("/campaigns/settings/", calling).status_code == 302
    bad = client.post("/campaigns/settings/", {**calling, "per_15_minutes": "99"})
    assert bad.status_code == 400
    assert "the platform&#x27;s ceiling for this workspace is 25" in bad.content.decode()
    with in_tenant(owner_a.tenant):
        reminders = ReminderSettings.load()
        rules = CallingSettings.load()
    assert (reminders.hours_before, reminders.second_enabled, reminders.second_hours_before) == (48, True, 3)
    assert (rules.per_15_minutes, rules.per_day, rules.minimum_gap_minutes, rules.require_consent) == (
        12,
        200,
        600,
        True,
    )
    assert str(rules.quiet_start) == "09:00:00"
    # Managers run campaigns but do not change the workspace's calling rules.
    manager = portal(manager_a)
    reminder_form = {"section": "reminders", "hours_before": "5", "second_hours_before": "2"}
    assert manager.post("/campaigns/settings/", reminder_form).status_code == 302
    assert manager.post("/campaigns/settings/", calling).status_code == 403


def test_the_reminder_automation_can_be_repaced_from_the_portal(owner_a, portal, in_tenant):
    with in_tenant(owner_a.tenant):
        automation = services.reminder_campaign()
    client = portal(owner_a)
    assert "Edit pacing" in client.get(f"/campaigns/{automation.pk}/").content.decode()
    response = client.post(f"/campaigns/{automation.pk}/edit/", wizard(name="Reminders", calls_per_minute="3"))
    assert response.status_code == 302
    with in_tenant(owner_a.tenant):
        automation.refresh_from_db()
    assert (automation.calls_per_minute, automation.audience, automation.type) == (3, {}, "reminder")


def test_an_empty_audience_asks_who_to_call(owner_a, portal):
    page = portal(owner_a).post("/campaigns/audience-preview/", {}, HTTP_HX_REQUEST="true").content.decode()
    assert "Choose who to call." in page
    bad = portal(owner_a).post("/campaigns/audience-preview/", {"audience_contacts": "abc"}, HTTP_HX_REQUEST="true")
    assert "must be ids" in bad.content.decode()


def test_the_contacts_own_page_says_why_each_campaign_has_not_called_them(portal, owner_a, tenant_a, in_tenant):
    from tests.campaigns.factories import CampaignContactFactory, CampaignFactory
    from tests.contacts.factories import ContactFactory

    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Noor")
        waiting = CampaignContactFactory(
            contact=contact,
            campaign=CampaignFactory(name="Spring recall"),
            state="queued",
            reason="Outside the calling window (20:00-09:00 in Europe/London)",
            reason_code="window",
        )
        CampaignContactFactory(
            contact=contact,
            campaign=CampaignFactory(name="Lapsed patients"),
            state="skipped",
            reason="The number is on the do-not-call list",
            reason_code="dnc",
        )
        CampaignContactFactory(campaign=waiting.campaign, reason="Someone else's reason")
    page = portal(owner_a).get(f"/contacts/{contact.pk}/").content.decode()
    assert "Campaigns" in page
    assert "Spring recall" in page and "Outside the calling window (20:00-09:00 in Europe/London)" in page
    assert "Lapsed patients" in page and "The number is on the do-not-call list" in page
    assert f"/campaigns/{waiting.campaign_id}/contacts/" in page
    assert "Someone else&#x27;s reason" not in page and "Someone else's reason" not in page
