"""Appointment reminder calls, following bookings as they are made, moved and cancelled.

The appointments app announces every change (AppointmentChanged); this
module keeps one reminder row per appointment version and reminder in the
tenant's reminder campaign (created on first use). A reminder is due N hours
before the appointment; when that moment falls outside the business's hours
or the recipient's calling hours it moves earlier, to the last allowed time,
and never after the appointment. What the reminder call learns (confirmed,
cancelled, wants to reschedule) goes back to the appointment; a contact who
cannot be reached gets the reminder by text instead.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from appointments import events as appointment_events
from appointments.models import Appointment
from calls.models import Agent
from campaigns import windows
from campaigns.models import (
    CallingSettings,
    Campaign,
    CampaignContact,
    CampaignStatus,
    CampaignType,
    ReminderSettings,
    TargetState,
)
from contacts.services import contact_timezone

logger = logging.getLogger(__name__)

# A reminder leaves this much of its window to be made in, and is never made later than this before the visit.
CALL_ROOM = timedelta(minutes=15)
LATEST_BEFORE = timedelta(minutes=15)
UNREACHED = frozenset({"no_answer", "voicemail", "ivr", "busy", "failed"})


# --- settings ----------------------------------------------------------------------------------


def reminder_settings_payload() -> dict:
    row = ReminderSettings.load()
    return {
        "enabled": row.enabled,
        "hours_before": row.hours_before,
        "second_enabled": row.second_enabled,
        "second_hours_before": row.second_hours_before,
        "sms_fallback": row.sms_fallback,
        "agent": row.agent_id,
        "campaign": row.campaign_id,
    }


def _hours(errors: dict, field: str, value) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip().isdigit():
        errors[field] = ["Enter a whole number of hours from 1 to 168."]
        return None
    hours = int(value)
    if not 1 <= hours <= 168:
        errors[field] = ["Enter a whole number of hours from 1 to 168."]
        return None
    return hours


@transaction.atomic
def reminder_settings_update(*, tenant, **changes) -> ReminderSettings:
    """Change when reminders are made; queued reminders of future appointments follow."""
    allowed = {"enabled", "hours_before", "second_enabled", "second_hours_before", "sms_fallback", "agent"}
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationError({field: ["Unknown setting."] for field in unknown})
    row = ReminderSettings.objects.select_for_update().get(pk=ReminderSettings.load().pk)
    errors: dict[str, list[str]] = {}
    for field in ("enabled", "second_enabled", "sms_fallback"):
        if field in changes:
            if not isinstance(changes[field], bool):
                errors[field] = ["Enter true or false."]
            else:
                setattr(row, field, changes[field])
    for field in ("hours_before", "second_hours_before"):
        if field in changes:
            hours = _hours(errors, field, changes[field])
            if hours is not None:
                setattr(row, field, hours)
    if "agent" in changes:
        value = changes["agent"]
        if value in (None, ""):
            row.agent = None
        else:
            agent = Agent.objects.filter(pk=value).first() if str(value).isdigit() else None
            if agent is None:
                errors["agent"] = ["Choose one of this workspace's agents."]
            row.agent = agent
    if not errors and row.second_enabled and row.second_hours_before >= row.hours_before:
        errors["second_hours_before"] = ["The second reminder comes after the first: give it fewer hours before."]
    if errors:
        raise ValidationError(errors)
    row.save()
    if row.campaign_id:
        Campaign.objects.filter(pk=row.campaign_id).update(agent=row.agent, updated_at=timezone.now())
    from campaigns.tasks import reminders_resync
    from voiceplatform.tasks import enqueue_on_commit

    enqueue_on_commit(reminders_resync)
    return row


# --- the automation campaign -----------------------------------------------------------------------


def reminder_campaign() -> Campaign:
    """The tenant's reminder campaign, created (running) the first time a reminder is needed."""
    from campaigns.services.campaigns import status_record

    settings_row = ReminderSettings.load()
    campaign = Campaign.objects.filter(is_automation=True).first()
    if campaign is None:
        try:
            with transaction.atomic():
                campaign = Campaign.objects.create(
                    name="Appointment reminders",
                    description="Reminder calls for upcoming appointments, added automatically as they are booked.",
                    type=CampaignType.REMINDER,
                    status=CampaignStatus.RUNNING,
                    agent=settings_row.agent,
                    is_automation=True,
                    max_attempts=2,
                    retry_gap_minutes=120,
                    priority=80,
                    started_at=timezone.now(),
                    window_started_at=timezone.now(),
                )
                status_record(
                    campaign, "", CampaignStatus.RUNNING, actor_label="reminders", reason="Created for reminders"
                )
        except IntegrityError:
            campaign = Campaign.objects.get(is_automation=True)
    if settings_row.campaign_id != campaign.pk:
        ReminderSettings.objects.filter(pk=settings_row.pk).update(campaign=campaign)
    return campaign


# --- when to call ----------------------------------------------------------------------------------


def allowed_intervals(tenant, contact, campaign: Campaign, start: datetime, end: datetime) -> list[windows.Interval]:
    """Business hours (the tenant's zone) ∩ calling hours and the campaign's windows (the recipient's zone)."""
    zone = ZoneInfo(contact_timezone(contact, tenant))
    rules = CallingSettings.load()
    allowed = windows.intersect(
        windows.weekly(tenant.business_hours or {}, tenant.zone, start, end),
        windows.daily(rules.quiet_start, rules.quiet_end, zone, start, end),
    )
    if campaign.schedule or campaign.blocked_dates:
        schedule = campaign.schedule or windows.all_day()
        allowed = windows.intersect(allowed, windows.weekly(schedule, zone, start, end, blocked=campaign.blocked_dates))
    return allowed


def reminder_time(
    *, tenant, contact, campaign: Campaign, appointment_start: datetime, hours_before: int, now: datetime
) -> tuple[datetime | None, str]:
    """When to make a reminder: N hours before, else the last allowed time before that, never after the visit."""
    latest = min(appointment_start - timedelta(hours=hours_before), appointment_start - LATEST_BEFORE)
    allowed = allowed_intervals(tenant, contact, campaign, now - timedelta(days=1), appointment_start)
    when = windows.last_allowed(allowed, latest, lead=CALL_ROOM)
    if when is None or when < now:
        when = windows.next_allowed(allowed, now)
        if when is None or when > appointment_start - LATEST_BEFORE:
            return None, "No time within business hours and the recipient's calling hours before the appointment"
    return when, ""


def reminder_variables(appointment: Appointment, tenant) -> dict[str, str]:
    from notifications.rendering import format_date, format_time

    zone = ZoneInfo(contact_timezone(appointment.contact, tenant))
    day, clock = format_date(appointment.start_at, zone), format_time(appointment.start_at, zone)
    return {
        "appointment_time": f"{day} at {clock}",
        "appointment_date": day,
        "appointment_clock": clock,
        "appointment_type": appointment.display_title,
        "resource_name": appointment.resource.name if appointment.resource_id else "",
    }


def _prefix(appointment: Appointment) -> str:
    return f"appointment:{appointment.pk}:{appointment.sequence}:"


def _cancel_queued(appointment_id: int, *, reason: str, keep_prefix: str = "") -> int:
    queued = CampaignContact.objects.filter(
        appointment_id=appointment_id, state__in=[TargetState.QUEUED, TargetState.SKIPPED]
    )
    if keep_prefix:
        queued = queued.exclude(key__startswith=keep_prefix)
    return queued.exclude(state=TargetState.SKIPPED, attempts__gt=0).update(
        state=TargetState.CANCELLED, reason=reason, reason_code="appointment_changed", updated_at=timezone.now()
    )


@transaction.atomic
def reminders_sync(*, tenant, appointment_id: int, now: datetime | None = None) -> list[CampaignContact]:
    """Make the appointment's reminder rows match its current time and the settings."""
    now = now or timezone.now()
    appointment = (
        Appointment.objects.select_related("contact", "resource", "appointment_type").filter(pk=appointment_id).first()
    )
    if appointment is None:
        return []
    settings_row = ReminderSettings.load()
    _cancel_queued(
        appointment.pk, reason="The appointment moved; its reminder moved with it", keep_prefix=_prefix(appointment)
    )
    if not appointment.is_open or not settings_row.enabled:
        _cancel_queued(
            appointment.pk,
            reason="Reminders are switched off" if appointment.is_open else "The appointment is no longer open",
        )
        return []
    campaign = reminder_campaign()
    plan = [(1, settings_row.hours_before)]
    if settings_row.second_enabled:
        plan.append((2, settings_row.second_hours_before))
    zone = ZoneInfo(contact_timezone(appointment.contact, tenant))
    variables = reminder_variables(appointment, tenant)
    rows, previous = [], None
    for number, hours in plan:
        when, why = reminder_time(
            tenant=tenant,
            contact=appointment.contact,
            campaign=campaign,
            appointment_start=appointment.start_at,
            hours_before=hours,
            now=now,
        )
        if when is not None and previous is not None and when <= previous:
            when, why = None, "It would not come after the first reminder"
        if when is not None:
            ideal = appointment.start_at - timedelta(hours=hours)
            moved = (
                " (moved earlier to stay within business and calling hours)"
                if when < ideal - timedelta(minutes=1)
                else ""
            )
            why = (
                f"Reminder {number} due {windows.describe_until(when, zone, now)} ({zone.key}), {hours} h before{moved}"
            )
            previous = when
        values = {
            "contact": appointment.contact,
            "state": TargetState.QUEUED if when else TargetState.SKIPPED,
            "eligible_at": when or now,
            "expires_at": appointment.start_at - LATEST_BEFORE,
            "appointment": appointment,
            "reminder_number": number,
            "variables": variables,
            "reason": why[:300],
            "reason_code": "scheduled" if when else "no_time",
        }
        row, created = CampaignContact.objects.select_for_update().get_or_create(
            campaign=campaign, key=f"{_prefix(appointment)}{number}", defaults=values
        )
        if (
            not created
            and row.attempts == 0
            and row.state in (TargetState.QUEUED, TargetState.SKIPPED, TargetState.CANCELLED)
        ):
            for field, value in values.items():
                setattr(row, field, value)
            row.save()
        rows.append(row)
    stale_numbers = CampaignContact.objects.filter(
        campaign=campaign, key__startswith=_prefix(appointment), state=TargetState.QUEUED, attempts=0
    ).exclude(reminder_number__in=[n for n, _ in plan])
    stale_numbers.update(state=TargetState.CANCELLED, reason="Second reminders are switched off", updated_at=now)
    return rows


def reminders_cancel(*, appointment_id: int, reason: str) -> int:
    return _cancel_queued(appointment_id, reason=reason)


def reminders_resync(*, tenant, now: datetime | None = None) -> int:
    """After a settings change: recompute the reminders of every open appointment still ahead."""
    now = now or timezone.now()
    upcoming = Appointment.objects.filter(start_at__gt=now, status__in=["scheduled", "confirmed"]).order_by("start_at")
    count = 0
    for appointment_id in upcoming.values_list("pk", flat=True).iterator():
        reminders_sync(tenant=tenant, appointment_id=appointment_id, now=now)
        count += 1
    return count


def on_appointment_change(change: appointment_events.AppointmentChanged) -> None:
    """AppointmentChanged subscriber (inside the tenant's schema, after the booking committed)."""
    from tenants.models import Tenant

    tenant = Tenant.objects.filter(schema_name=change.schema_name).first()
    if tenant is None:
        return
    if change.kind in (appointment_events.CREATED, appointment_events.RESCHEDULED):
        reminders_sync(tenant=tenant, appointment_id=change.appointment_id)
    elif change.kind in (appointment_events.CANCELLED, appointment_events.COMPLETED, appointment_events.NO_SHOW):
        label = {
            appointment_events.CANCELLED: "cancelled",
            appointment_events.COMPLETED: "completed",
            appointment_events.NO_SHOW: "missed",
        }[change.kind]
        reminders_cancel(appointment_id=change.appointment_id, reason=f"The appointment was {label}")


# --- what the call learnt ----------------------------------------------------------------------------


def reminder_apply_outcome(*, tenant, target: CampaignContact, status: str, outcome: str, final: bool) -> None:
    """Confirm, cancel or flag the appointment; text the reminder when the call never reached anyone."""
    from appointments.services import appointment_cancel, appointment_confirm, appointment_update

    appointment = (
        Appointment.objects.select_related("contact", "resource", "appointment_type")
        .filter(pk=target.appointment_id)
        .first()
    )
    if appointment is None or not appointment.is_open:
        return
    try:
        if outcome == "confirmed" and appointment.status != "confirmed":
            appointment_confirm(appointment=appointment, actor_label="reminder call")
        elif outcome == "cancelled":
            appointment_cancel(
                appointment=appointment, reason="Cancelled on the reminder call", actor_label="reminder call"
            )
        elif outcome == "reschedule_requested":
            line = f"Asked to reschedule on the reminder call of {timezone.now():%Y-%m-%d}."
            appointment_update(appointment=appointment, notes=f"{appointment.notes}\n{line}".strip())
        elif final and status in UNREACHED and ReminderSettings.load().sms_fallback:
            from notifications.models import TemplateEvent
            from notifications.services import appointment_notify

            appointment_notify(
                tenant=tenant,
                appointment=appointment,
                event=TemplateEvent.REMINDER,
                dedupe_suffix=f":call-fallback-{target.reminder_number or 1}",
            )
            CampaignContact.objects.filter(pk=target.pk).update(
                reason=f"{target.reason}; reminder sent by text instead"[:300]
            )
    except ValidationError as exc:
        logger.info("reminder %s: appointment %s not updated: %s", target.pk, appointment.pk, exc.messages)
