"""Read-side queries for the calendar, the API, feeds and other apps."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from appointments.models import (
    Appointment,
    AppointmentStatus,
    AppointmentType,
    CalendarWebhookEvent,
    IcsFeed,
    Resource,
)

FEED_PAST = timedelta(days=30)
FEED_FUTURE = timedelta(days=365)


def appointments_list() -> QuerySet[Appointment]:
    return Appointment.objects.select_related("contact", "resource", "appointment_type")


def appointments_showing(columns: list[str]) -> QuerySet[Appointment]:
    """Appointments with their contact and type, reading only these columns (what a list shows)."""
    return Appointment.objects.select_related("contact", "appointment_type").only(*columns)


def appointments_between(
    *,
    start: datetime,
    end: datetime,
    resource_ids: list[int] | None = None,
    type_ids: list[int] | None = None,
    statuses: list[str] | None = None,
) -> QuerySet[Appointment]:
    """Appointments overlapping [start, end), for the calendar views."""
    queryset = appointments_list().filter(start_at__lt=end, end_at__gt=start)
    if resource_ids:
        queryset = queryset.filter(resource_id__in=resource_ids)
    if type_ids:
        queryset = queryset.filter(appointment_type_id__in=type_ids)
    if statuses:
        queryset = queryset.filter(status__in=statuses)
    return queryset.order_by("start_at", "id")


def upcoming_for_contact(*, contact_id: int, now: datetime | None = None) -> QuerySet[Appointment]:
    """A contact's open appointments from now on (for the in-call functions)."""
    now = now or timezone.now()
    return appointments_list().filter(
        contact_id=contact_id,
        end_at__gt=now,
        status__in=[AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED],
    )


def feed_for_token(token: str) -> IcsFeed | None:
    return IcsFeed.objects.select_related("resource").filter(token=token, revoked_at__isnull=True).first()


def feed_appointments(feed: IcsFeed, *, now: datetime | None = None) -> QuerySet[Appointment]:
    now = now or timezone.now()
    queryset = (
        appointments_list()
        .filter(start_at__gte=now - FEED_PAST, start_at__lte=now + FEED_FUTURE)
        .exclude(status=AppointmentStatus.CANCELLED)
    )
    if feed.resource_id:
        queryset = queryset.filter(resource_id=feed.resource_id)
    return queryset.order_by("start_at")


def resources_active() -> QuerySet[Resource]:
    return Resource.objects.filter(is_active=True)


def appointment_types_active() -> QuerySet[AppointmentType]:
    return AppointmentType.objects.filter(is_active=True).prefetch_related("resources")


def calendar_events_recent(*, limit: int = 20) -> QuerySet[CalendarWebhookEvent]:
    return CalendarWebhookEvent.objects.select_related("appointment").order_by("-received_at")[:limit]


def calendar_conflicts_between(*, start: datetime, end: datetime) -> list[dict]:
    """Provider bookings that clashed with ours in [start, end): time, provider and guest, for the calendar."""
    import json

    from appointments.models import CalendarProvider
    from appointments.providers import PayloadError, calcom, calendly
    from appointments.services.sync import conflict_guest_name

    parsers = {CalendarProvider.CALCOM: calcom.parse, CalendarProvider.CALENDLY: calendly.parse}
    found = []
    rows = CalendarWebhookEvent.objects.filter(
        status=CalendarWebhookEvent.Status.CONFLICT, start_at__lt=end, end_at__gt=start
    ).order_by("start_at")
    for row in rows:
        try:
            guest = conflict_guest_name(parsers[row.provider](json.dumps(row.payload).encode()))
        except (PayloadError, KeyError):
            guest = ""
        found.append(
            {
                "event": row,
                "start": row.start_at,
                "end": row.end_at,
                "provider": CalendarProvider(row.provider).label,
                "guest": guest or "a guest",
                "error": row.error,
            }
        )
    return found


def contact_panel(contact):
    """The contact page's "Appointments" section (registered with contacts.hooks): upcoming first, then recent."""
    from contacts.hooks import Panel

    appointments = list(appointments_list().filter(contact=contact).order_by("-start_at")[:10])
    return Panel(
        title="Appointments", template="appointments/contact_panel.html", context={"appointments": appointments}
    )
