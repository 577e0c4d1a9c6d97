"""Appointment reminders by email and SMS, independent of reminder calls.

Each booking (and each reschedule) writes one ScheduledReminder per configured
offset; a cancellation cancels them. The beat sweep claims due rows with
SELECT ... FOR UPDATE SKIP LOCKED and sends through `appointment_notify`,
which already honours STOP/DNC and the tenant's channel switches. Offsets of
whole days keep the appointment's local time of day (a reminder "a day
before" a 10:00 visit goes at 10:00 the day before, across a DST change);
other offsets are exact durations. A reminder never arrives in the guest's
quiet hours: it waits for them to end, or is skipped if that would be after
the start.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from notifications.reminders.models import ReminderSettings, ScheduledReminder

R = ScheduledReminder.Status
LIVE = ("scheduled", "confirmed")
MAX_OFFSET_MINUTES = 14 * 1440


def reminder_settings_get() -> ReminderSettings:
    row, _ = ReminderSettings.objects.get_or_create(singleton=True)
    return row


@transaction.atomic
def reminder_settings_update(*, enabled=None, offsets_minutes=None, quiet_start=None, quiet_end=None):
    from notifications.alerts.preferences import clean_time

    row = ReminderSettings.objects.select_for_update().get(pk=reminder_settings_get().pk)
    errors: dict = {}
    if enabled is not None:
        row.enabled = bool(enabled)
    if offsets_minutes is not None:
        if (
            not isinstance(offsets_minutes, list)
            or len(offsets_minutes) > 5
            or not all(isinstance(o, int) and 5 <= o <= MAX_OFFSET_MINUTES for o in offsets_minutes)
        ):
            errors["offsets_minutes"] = ["Up to 5 whole numbers of minutes, each between 5 and 20160 (14 days)."]
        else:
            row.offsets_minutes = sorted(set(offsets_minutes), reverse=True)
    if quiet_start is not None:
        row.quiet_start = clean_time(quiet_start, "quiet_start", errors)
    if quiet_end is not None:
        row.quiet_end = clean_time(quiet_end, "quiet_end", errors)
    if (row.quiet_start is None) != (row.quiet_end is None):
        errors["quiet_end"] = ["Give both the start and the end of quiet hours, or neither."]
    if errors:
        raise ValidationError(errors)
    row.save()
    return row


def reminder_due_at(start_at: datetime, offset_minutes: int, zone: ZoneInfo) -> datetime:
    """When the reminder `offset_minutes` before `start_at` goes (whole days: same local time)."""
    if offset_minutes % 1440 == 0:
        local = start_at.astimezone(zone).replace(tzinfo=None) - timedelta(days=offset_minutes // 1440)
        return local.replace(tzinfo=zone).astimezone(ZoneInfo("UTC"))
    return start_at - timedelta(minutes=offset_minutes)


def _zone_of(appointment, tenant) -> ZoneInfo:
    from contacts.services import contact_timezone

    return ZoneInfo(contact_timezone(appointment.contact, tenant))


def reminders_schedule(*, appointment, tenant, now: datetime | None = None) -> list[ScheduledReminder]:
    """(Re)write the reminders of the appointment's current version; earlier versions' pending ones go."""
    now = now or timezone.now()
    ScheduledReminder.objects.filter(appointment=appointment, status=R.PENDING).exclude(
        sequence=appointment.sequence
    ).update(status=R.CANCELLED, reason="The appointment changed.", processed_at=now)
    settings_row = reminder_settings_get()
    if not settings_row.enabled or appointment.status not in LIVE:
        return []
    zone = _zone_of(appointment, tenant)
    rows = []
    for offset in settings_row.offsets_minutes:
        due_at = reminder_due_at(appointment.start_at, offset, zone)
        if due_at <= now:
            continue
        rows.append(
            ScheduledReminder(
                appointment=appointment, offset_minutes=offset, sequence=appointment.sequence, due_at=due_at
            )
        )
    return ScheduledReminder.objects.bulk_create(rows, ignore_conflicts=True)


def reminders_cancel(*, appointment_id: int, reason: str) -> int:
    return ScheduledReminder.objects.filter(appointment_id=appointment_id, status=R.PENDING).update(
        status=R.CANCELLED, reason=reason[:300], processed_at=timezone.now()
    )


def on_appointment_change(change) -> None:
    """Recorder: reminders follow the appointment in the transaction that changed it."""
    from appointments.models import Appointment
    from voiceplatform.tasks import current_tenant

    if change.kind in ("created", "rescheduled", "confirmed"):
        appointment = Appointment.objects.select_related("contact").filter(pk=change.appointment_id).first()
        if appointment is not None:
            reminders_schedule(appointment=appointment, tenant=current_tenant())
    else:
        reminders_cancel(appointment_id=change.appointment_id, reason=f"The appointment was {change.kind}.")


def _finish(reminder: ScheduledReminder, status: str, reason: str, now: datetime) -> None:
    reminder.status, reminder.reason, reminder.processed_at = status, reason[:300], now
    reminder.save(update_fields=["status", "reason", "processed_at"])


def reminders_send_due(*, tenant, now: datetime | None = None, limit: int = 200) -> dict:
    """Send the reminders whose time has come; each row is claimed once (skip locked)."""
    from notifications.alerts.preferences import quiet_until
    from notifications.models import TemplateEvent
    from notifications.services import appointment_notify

    now = now or timezone.now()
    counts = {"sent": 0, "skipped": 0, "held": 0}
    settings_row = reminder_settings_get()
    with transaction.atomic():
        due = list(
            ScheduledReminder.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("appointment__contact", "appointment__resource", "appointment__appointment_type")
            .filter(status=R.PENDING, due_at__lte=now)
            .order_by("due_at")[:limit]
        )
        for reminder in due:
            appointment = reminder.appointment
            if appointment.status not in LIVE or appointment.sequence != reminder.sequence:
                _finish(reminder, R.CANCELLED, "The appointment changed.", now)
                counts["skipped"] += 1
                continue
            if appointment.start_at <= now:
                _finish(reminder, R.SKIPPED, "Too late: the appointment has started.", now)
                counts["skipped"] += 1
                continue
            held = quiet_until(
                settings_row.quiet_start, settings_row.quiet_end, now=now, zone=_zone_of(appointment, tenant)
            )
            if held is not None:
                if held < appointment.start_at:
                    reminder.due_at = held
                    reminder.save(update_fields=["due_at"])
                    counts["held"] += 1
                else:
                    _finish(reminder, R.SKIPPED, "It would have arrived in the guest's quiet hours.", now)
                    counts["skipped"] += 1
                continue
            notifications = appointment_notify(
                tenant=tenant,
                appointment=appointment,
                event=TemplateEvent.REMINDER,
                dedupe_suffix=f":before-{reminder.offset_minutes}",
            )
            sent = [n for n in notifications if n.status != "skipped"]
            reason = "; ".join(f"{n.channel}: {n.error_message}" for n in notifications if n.status == "skipped")
            _finish(reminder, R.SENT if sent else R.SKIPPED, reason or "Queued.", now)
            counts["sent" if sent else "skipped"] += 1
    return counts
