"""The daily summary email: yesterday in numbers, sent at 08:00 in the tenant's zone to members who want it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone

from notifications.reminders.models import DailySummary

SEND_FROM, SEND_UNTIL = time(8, 0), time(12, 0)


def _model(app_label: str, name: str):
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


def summary_stats(*, start: datetime, end: datetime) -> dict:
    """Counts for [start, end): calls, chats, leads, appointments."""
    from appointments.models import Appointment
    from calls.models import Call
    from contacts.models import Contact, StatusChange

    calls = Call.objects.filter(created_at__gte=start, created_at__lt=end)
    outcomes = dict(
        calls.exclude(outcome="").values_list("outcome").annotate(n=Count("id")).values_list("outcome", "n")
    )
    stats = {
        "calls": calls.count(),
        "calls_answered": calls.filter(status__in=["completed", "transferred"]).count(),
        "call_outcomes": outcomes,
        "new_contacts": Contact.objects.filter(created_at__gte=start, created_at__lt=end).count(),
        "qualified_leads": StatusChange.objects.filter(
            created_at__gte=start, created_at__lt=end, to_status="qualified"
        ).count(),
        "appointments_booked": Appointment.objects.filter(created_at__gte=start, created_at__lt=end).count(),
        "appointments_cancelled": Appointment.objects.filter(cancelled_at__gte=start, cancelled_at__lt=end).count(),
        "appointments_today": Appointment.objects.filter(
            start_at__gte=end, start_at__lt=end + timedelta(days=1), status__in=["scheduled", "confirmed"]
        ).count(),
    }
    if apps.is_installed("knowledge") and any(
        m.__name__ == "Conversation" for m in apps.get_app_config("knowledge").get_models()
    ):
        conversation = apps.get_model("knowledge", "Conversation")
        stats["chats"] = conversation.objects.filter(created_at__gte=start, created_at__lt=end).count()
    return stats


def _body(tenant, day, stats: dict) -> str:
    from notifications.alerts.chat import portal_url

    lines = [
        f"{tenant.name}: {day:%A %d %B %Y}",
        "",
        f"Calls: {stats['calls']} ({stats['calls_answered']} answered)",
    ]
    for outcome, n in sorted(stats["call_outcomes"].items()):
        lines.append(f"  {outcome.replace('_', ' ')}: {n}")
    if "chats" in stats:
        lines.append(f"Chats: {stats['chats']}")
    lines += [
        f"New contacts: {stats['new_contacts']}",
        f"Qualified leads: {stats['qualified_leads']}",
        f"Appointments booked: {stats['appointments_booked']} (cancelled: {stats['appointments_cancelled']})",
        f"Appointments today: {stats['appointments_today']}",
        "",
        f"Calls: {portal_url('/calls/')}",
        f"Alerts: {portal_url('/alerts/')}",
        f"Calendar: {portal_url('/calendar/')}",
        "",
        "You get this because daily summaries are on in your alert preferences.",
    ]
    return "\n".join(lines)


def daily_summary_send(*, tenant, now: datetime | None = None) -> DailySummary | None:
    """Send yesterday's summary once, between 08:00 and 12:00 in the tenant's zone."""
    from notifications.alerts.preferences import preference_for, staff_email_queue
    from notifications.alerts.services import _members

    now = now or timezone.now()
    zone = ZoneInfo(tenant.timezone)
    local = now.astimezone(zone)
    if not SEND_FROM <= local.time() < SEND_UNTIL:
        return None
    day = local.date() - timedelta(days=1)
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(local.date(), time(0), tzinfo=zone)
    try:
        with transaction.atomic():
            summary = DailySummary.objects.create(date=day)
            summary.stats = summary_stats(start=start, end=end)
            body = _body(tenant, day, summary.stats)
            for membership in _members():
                if not preference_for(membership.user_id, membership.role).daily_summary:
                    continue
                staff_email_queue(
                    recipient=membership.user.email,
                    kind="daily_summary",
                    subject=f"{tenant.name}: your day in summary ({day:%d %b})",
                    body=body,
                    dedupe_key=f"daily-summary:{day.isoformat()}:{membership.user_id}",
                )
                summary.recipients += 1
            summary.save(update_fields=["stats", "recipients"])
    except IntegrityError:
        return None
    return summary
