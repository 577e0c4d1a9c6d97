"""Scheduled email/SMS reminders (due rows, DST, STOP, quiet hours) and the daily summary in the tenant's zone."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from appointments.events import AppointmentChanged
from notifications.models import DailySummary, Notification, ScheduledReminder
from notifications.reminders import services, summary
from notifications.reminders.services import reminder_due_at
from tests.appointments.factories import AppointmentFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def _book(start_at, **kwargs):
    appointment = AppointmentFactory(start_at=start_at, end_at=start_at + timedelta(minutes=30), **kwargs)
    events.publish(AppointmentChanged(appointment_id=appointment.pk, kind="created", start_at=start_at))
    return appointment


def test_a_day_before_keeps_the_local_time_across_the_autumn_change():
    start = datetime(2026, 10, 25, 10, 0, tzinfo=LONDON)  # clocks went back at 02:00 that morning
    due = reminder_due_at(start.astimezone(UTC), 1440, LONDON)
    assert due.astimezone(LONDON) == datetime(2026, 10, 24, 10, 0, tzinfo=LONDON)
    assert start - due == timedelta(hours=25)
    assert reminder_due_at(start.astimezone(UTC), 60, LONDON) == start - timedelta(hours=1)


def test_a_day_before_keeps_the_local_time_across_the_spring_change():
    start = datetime(2026, 3, 29, 10, 0, tzinfo=LONDON)  # clocks went forward at 01:00 that morning
    due = reminder_due_at(start.astimezone(UTC), 1440, LONDON)
    assert due.astimezone(LONDON).time() == time(10, 0) and start - due == timedelta(hours=23)


def test_booking_schedules_rows_and_the_sweep_sends_them_once(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=12, minute=0, second=0, microsecond=0)
        appointment = _book(start)
        rows = list(ScheduledReminder.objects.filter(appointment=appointment).order_by("due_at"))
        assert [r.offset_minutes for r in rows] == [1440, 60]
        assert rows[1].due_at == start - timedelta(hours=1)
        assert services.reminders_send_due(tenant=tenant_a, now=rows[0].due_at - timedelta(seconds=1))["sent"] == 0
        assert services.reminders_send_due(tenant=tenant_a, now=rows[0].due_at)["sent"] == 1
        assert services.reminders_send_due(tenant=tenant_a, now=rows[0].due_at)["sent"] == 0
        sent = Notification.objects.filter(kind="appointment.reminder", appointment=appointment)
        assert sorted(sent.values_list("channel", flat=True)) == ["email", "sms"]
        services.reminders_send_due(tenant=tenant_a, now=rows[1].due_at)
        assert sent.count() == 4


def test_stop_is_respected_for_sms_but_email_still_goes(tenant_a, in_tenant):
    from contacts.services import consent_record

    with in_tenant(tenant_a):
        start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=12, minute=0, second=0, microsecond=0)
        appointment = _book(start)
        consent_record(contact=appointment.contact, channel="sms", granted=False, source="sms_stop")
        services.reminders_send_due(tenant=tenant_a, now=start - timedelta(hours=1))
        by_channel = {n.channel: n for n in Notification.objects.filter(kind="appointment.reminder")}
        assert by_channel["sms"].status == "skipped" and "opted out" in by_channel["sms"].error_message
        assert by_channel["email"].status == "pending"


def test_quiet_hours_hold_a_reminder_until_morning(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        services.reminder_settings_update(offsets_minutes=[180])
        day = (datetime.now(LONDON) + timedelta(days=3)).date()
        start = datetime.combine(day, time(9, 30), tzinfo=LONDON)
        appointment = _book(start.astimezone(UTC))
        row = ScheduledReminder.objects.get(appointment=appointment)
        assert row.due_at.astimezone(LONDON).time() == time(6, 30)
        assert services.reminders_send_due(tenant=tenant_a, now=row.due_at)["held"] == 1
        row.refresh_from_db()
        assert row.due_at.astimezone(LONDON).time() == time(8, 0) and row.status == "pending"
        assert services.reminders_send_due(tenant=tenant_a, now=row.due_at)["sent"] == 1


def test_reschedule_replaces_and_cancel_removes_the_reminders(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=12, minute=0, second=0, microsecond=0)
        appointment = _book(start)
        appointment.start_at = start + timedelta(days=1)
        appointment.end_at = appointment.start_at + timedelta(minutes=30)
        appointment.sequence += 1
        appointment.save()
        events.publish(
            AppointmentChanged(appointment_id=appointment.pk, kind="rescheduled", start_at=appointment.start_at)
        )
        pending = ScheduledReminder.objects.filter(appointment=appointment, status="pending")
        assert {r.sequence for r in pending} == {appointment.sequence} and pending.count() == 2
        events.publish(
            AppointmentChanged(appointment_id=appointment.pk, kind="cancelled", start_at=appointment.start_at)
        )
        assert not pending.all().exists()
        assert ScheduledReminder.objects.filter(appointment=appointment, status="cancelled").count() == 4


def test_bad_reminder_settings_are_refused(tenant_a, in_tenant):
    from django.core.exceptions import ValidationError

    with in_tenant(tenant_a), pytest.raises(ValidationError) as caught:
        services.reminder_settings_update(offsets_minutes=[0, "x"], quiet_start="9pm")
    assert set(caught.value.message_dict) >= {"offsets_minutes", "quiet_start"}


def test_the_daily_summary_goes_at_eight_in_the_tenants_zone_once(tenant_a, tenant_b, in_tenant, owner_a, viewer_a):
    from notifications.models import AlertPreference
    from tests.calls.factories import CallFactory

    with in_tenant(tenant_a):
        AlertPreference.objects.create(user=viewer_a.user, daily_summary=False)
        early = datetime(2026, 12, 4, 7, 59, tzinfo=LONDON)
        assert summary.daily_summary_send(tenant=tenant_a, now=early) is None
        for at in (datetime(2026, 12, 3, 23, 30, tzinfo=LONDON), datetime(2026, 12, 4, 0, 30, tzinfo=LONDON)):
            call = CallFactory()
            type(call).objects.filter(pk=call.pk).update(created_at=at)
        sent = summary.daily_summary_send(tenant=tenant_a, now=datetime(2026, 12, 4, 8, 5, tzinfo=LONDON))
        assert sent.date.isoformat() == "2026-12-03" and sent.stats["calls"] == 1
        recipients = set(Notification.objects.filter(kind="daily_summary").values_list("recipient", flat=True))
        assert owner_a.user.email in recipients and viewer_a.user.email not in recipients
        assert summary.daily_summary_send(tenant=tenant_a, now=datetime(2026, 12, 4, 9, 0, tzinfo=LONDON)) is None
    with in_tenant(tenant_b):
        chicago_morning_in_london = datetime(2026, 12, 4, 8, 5, tzinfo=LONDON)  # 02:05 in Chicago
        assert summary.daily_summary_send(tenant=tenant_b, now=chicago_morning_in_london) is None
        assert not DailySummary.objects.exists()
        sent = summary.daily_summary_send(tenant=tenant_b, now=datetime(2026, 12, 4, 14, 5, tzinfo=UTC))
        assert sent is not None and sent.date.isoformat() == "2026-12-03"


def test_reminder_settings_api(api, owner_a, viewer_a):
    client = api(owner_a)
    assert client.get("/api/v1/message-reminder-settings/").json()["offsets_minutes"] == [1440, 60]
    response = client.patch(
        "/api/v1/message-reminder-settings/",
        {"offsets_minutes": [2880, 120], "quiet_start": None, "quiet_end": None},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["offsets_minutes"] == [2880, 120] and response.json()["quiet_start"] is None
    bad = client.patch("/api/v1/message-reminder-settings/", {"offsets_minutes": [1]}, format="json")
    assert bad.status_code == 400 and "offsets_minutes" in bad.json()["error"]["fields"]
    denied = api(viewer_a).patch("/api/v1/message-reminder-settings/", {"enabled": False}, format="json")
    assert denied.status_code == 403
