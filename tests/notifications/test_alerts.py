"""The staff alert inbox: raising, dedupe, channels and quiet hours, Slack/Discord, handling and history."""

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from notifications.alerts import chat, services
from notifications.alerts.preferences import quiet_until
from notifications.models import Alert, AlertDelivery, AlertHistory, AlertPreference, Notification
from notifications.outbound.tasks import outbox_sweep_tenant
from tests.contacts.factories import ContactFactory
from tests.notifications.receiver import Receiver
from voiceplatform import events

pytestmark = pytest.mark.django_db


def _raise(**kwargs):
    kwargs.setdefault("type", "callback_requested")
    kwargs.setdefault("title", "Callback requested: Ana")
    events.publish(events.StaffAlert(**kwargs))


def test_a_staff_alert_becomes_an_inbox_item_once(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        _raise(contact_id=contact.pk, priority="high", required_action="Call back", dedupe_key="cb:1")
        _raise(contact_id=contact.pk, priority="high", dedupe_key="cb:1")
        alert = Alert.objects.get()
        assert (alert.type, alert.priority, alert.status, alert.contact_id) == (
            "callback_requested",
            "high",
            "pending",
            contact.pk,
        )
        assert alert.required_action == "Call back"
        assert list(alert.history.values_list("action", "to_status")) == [("created", "pending")]


def test_the_alert_rolls_back_with_the_change_that_raised_it(tenant_a, in_tenant):
    from django.db import transaction

    with in_tenant(tenant_a):
        with pytest.raises(RuntimeError), transaction.atomic():
            _raise()
            raise RuntimeError("the change failed")
        assert not Alert.objects.exists()


def test_members_hear_on_their_channels_and_quiet_hours_hold_email(tenant_a, in_tenant, owner_a, manager_a, agent_a):
    with in_tenant(tenant_a):
        AlertPreference.objects.create(
            user=manager_a.user,
            channels=["in_app", "email", "sms"],
            phone="+447912345678",
            quiet_start=time(0, 0),
            quiet_end=time(23, 59),
        )
        AlertPreference.objects.create(user=agent_a.user, channels=["email"], types=["qualified_lead"])
        _raise()
        by_recipient = {n.recipient: n for n in Notification.objects.filter(kind="alert.callback_requested")}
        assert owner_a.user.email in by_recipient and by_recipient[owner_a.user.email].next_attempt_at is None
        assert agent_a.user.email not in by_recipient  # not a type they asked for
        held = by_recipient[manager_a.user.email]
        assert held.next_attempt_at is not None and held.next_attempt_at > timezone.now()
        assert by_recipient["+447912345678"].channel == "sms"
        _raise(priority="urgent", title="Urgent one")
        urgent = Notification.objects.filter(recipient=manager_a.user.email).order_by("-pk").first()
        assert urgent.next_attempt_at is None


def test_quiet_hours_are_read_in_the_zone_and_wrap_midnight():
    london = ZoneInfo("Europe/London")
    night = datetime(2026, 7, 1, 21, 30, tzinfo=UTC)  # 22:30 in London (BST)
    until = quiet_until(time(22, 0), time(7, 0), now=night, zone=london)
    assert until == datetime(2026, 7, 2, 6, 0, tzinfo=UTC)
    assert quiet_until(time(22, 0), time(7, 0), now=datetime(2026, 7, 1, 12, 0, tzinfo=UTC), zone=london) is None
    assert quiet_until(None, None, now=night, zone=london) is None


def test_slack_and_discord_receive_their_payloads(tenant_a, in_tenant, settings, run_on_commit):
    with Receiver() as slack, Receiver() as discord, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [slack.origin, discord.origin]
        chat.channel_settings_update(slack_url=slack.url, discord_url=discord.url)
        with run_on_commit():
            _raise(priority="high", message="Ana asked for a call after 5pm.", required_action="Call Ana")
        slack_body = json.loads(slack.requests[0]["body"])
        assert "Callback requested: Ana" in slack_body["text"]
        assert (
            slack_body["blocks"][0]["type"] == "section"
            and "*Callback requested: Ana*" in slack_body["blocks"][0]["text"]["text"]
        )
        assert any(b["type"] == "actions" for b in slack_body["blocks"])
        discord_body = json.loads(discord.requests[0]["body"])
        embed = discord_body["embeds"][0]
        assert embed["title"] == "Callback requested: Ana" and embed["description"].startswith("Ana asked")
        assert embed["color"] == 0xF59E0B and discord_body["allowed_mentions"] == {"parse": []}
        assert set(AlertDelivery.objects.values_list("channel", "status")) == {("slack", "sent"), ("discord", "sent")}


def test_a_failing_slack_post_is_retried_by_the_sweep(tenant_a, in_tenant, settings, run_on_commit):
    with Receiver(statuses=[500, 200]) as slack, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [slack.origin]
        chat.channel_settings_update(slack_url=slack.url)
        with run_on_commit():
            _raise()
        delivery = AlertDelivery.objects.get()
        assert delivery.status == "retrying" and delivery.last_status_code == 500
        AlertDelivery.objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
        outbox_sweep_tenant.apply()
        delivery.refresh_from_db()
        assert delivery.status == "sent" and len(slack.requests) == 2


def test_slack_urls_are_refused_when_private(tenant_a, in_tenant, settings, run_on_commit):
    with Receiver() as slack, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = []
        chat.channel_settings_update(slack_url=slack.url)
        with run_on_commit():
            _raise()
        delivery = AlertDelivery.objects.get()
        assert delivery.status == "failed" and delivery.last_error.startswith("Refused") and slack.requests == []


def test_an_automatic_campaign_pause_raises_an_alert(tenant_a, in_tenant):
    from campaigns.services import campaign_pause
    from tests.campaigns.factories import CampaignFactory

    with in_tenant(tenant_a):
        campaign = CampaignFactory(status="running")
        campaign_pause(campaign=campaign, reason="Too many failed calls", automatic=True)
        alert = Alert.objects.get(type="campaign_paused")
        assert alert.campaign_id == campaign.pk and alert.message == "Too many failed calls"
        assert not Notification.objects.filter(kind="alert.campaign_paused").exists()  # campaigns emails it
        other = CampaignFactory(status="running")
        campaign_pause(campaign=other, reason="Lunch", automatic=False)
        assert Alert.objects.filter(type="campaign_paused").count() == 1


@pytest.mark.parametrize(
    ("status", "alert_type"),
    [
        ("qualified", "qualified_lead"),
        ("callback_requested", "callback_requested"),
        ("human_input_needed", "human_intervention"),
    ],
)
def test_lead_status_changes_raise_alerts(tenant_a, in_tenant, status, alert_type):
    from contacts.services import contact_set_status

    with in_tenant(tenant_a):
        contact = ContactFactory(status="in_call")
        contact_set_status(contact=contact, status=status, reason="On the call")
        alert = Alert.objects.get()
        assert alert.type == alert_type and alert.contact_id == contact.pk


def test_assignment_and_status_keep_their_history(tenant_a, in_tenant, owner_a, agent_a, owner_b):
    with in_tenant(tenant_a):
        _raise()
        alert = Alert.objects.get()
        alert = services.alert_assign(alert=alert, assignee_id=agent_a.user_id, actor=owner_a.user)
        assert alert.assignee_id == agent_a.user_id and alert.status == "in_progress"
        with pytest.raises(ValidationError):
            services.alert_assign(alert=alert, assignee_id=owner_b.user_id, actor=owner_a.user)
        alert = services.alert_set_status(alert=alert, status="resolved", actor=agent_a.user)
        assert alert.resolved_by_id == agent_a.user_id and alert.resolved_at is not None
        with pytest.raises(ValidationError):
            services.alert_set_status(alert=alert, status="in_progress", actor=agent_a.user)
        with pytest.raises(ValidationError):
            services.alert_set_status(alert=alert, status="done", actor=agent_a.user)
        history = list(
            AlertHistory.objects.filter(alert=alert).values_list("action", "from_status", "to_status", "actor_label")
        )
        assert history == [
            ("created", "", "pending", "system"),
            ("assigned", "", "", owner_a.user.email),
            ("status", "pending", "in_progress", owner_a.user.email),
            ("status", "in_progress", "resolved", agent_a.user.email),
        ]


def test_mark_qualified_moves_the_contact_and_resolves(tenant_a, in_tenant, owner_a):
    with in_tenant(tenant_a):
        contact = ContactFactory(status="calling")
        _raise(contact_id=contact.pk)
        alert = Alert.objects.get()
        services.alert_mark_qualified(alert=alert, actor=owner_a.user)
        contact.refresh_from_db()
        alert.refresh_from_db()
        assert contact.status == "qualified" and alert.status == "resolved"
        assert Alert.objects.filter(type="qualified_lead", contact=contact).exists()


def test_a_stale_link_does_not_fail_the_change_that_raised_the_alert(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _raise(contact_id=987654321, call_id=987654321, campaign_id=987654321)
        alert = Alert.objects.get()
        assert (alert.contact_id, alert.call_id, alert.campaign_id) == (None, None, None)
