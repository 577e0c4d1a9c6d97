"""iCalendar output: subscription feeds for staff and .ics invitations for guests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parseaddr

import icalendar
from django.conf import settings
from django.db import connection

from appointments.models import Appointment, AppointmentStatus

PRODID = "-//Voice Platform//Appointments//EN"


def appointment_uid(appointment: Appointment) -> str:
    """Stable across reschedules, so calendars move the event instead of adding one."""
    return f"appointment-{appointment.pk}.{connection.schema_name}@{settings.BASE_HOST}"


def _organizer_email(tenant) -> str:
    support = getattr(getattr(tenant, "settings", None), "support_email", "")
    return support or parseaddr(settings.DEFAULT_FROM_EMAIL)[1] or "no-reply@localhost"


def _event(appointment: Appointment, *, tenant, for_guest: bool) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", appointment_uid(appointment))
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", appointment.start_at.astimezone(UTC))
    event.add("dtend", appointment.end_at.astimezone(UTC))
    event.add("sequence", appointment.sequence)
    contact = appointment.contact
    if for_guest:
        event.add("summary", f"{appointment.display_title} with {tenant.name}")
    else:
        guest = contact.full_name or contact.phone or contact.email or "Guest"
        event.add("summary", f"{appointment.display_title}: {guest}")
        lines = [f"Guest: {guest}"]
        if contact.phone:
            lines.append(f"Phone: {contact.phone}")
        if contact.email:
            lines.append(f"Email: {contact.email}")
        if appointment.notes:
            lines.append(f"Notes: {appointment.notes}")
        event.add("description", "\n".join(lines))
    event.add("location", appointment.resource.name)
    cancelled = appointment.status == AppointmentStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    organizer = icalendar.vCalAddress(f"mailto:{_organizer_email(tenant)}")
    organizer.params["cn"] = icalendar.vText(tenant.name)
    event.add("organizer", organizer)
    if for_guest and contact.email:
        attendee = icalendar.vCalAddress(f"mailto:{contact.email}")
        attendee.params["cn"] = icalendar.vText(contact.full_name or contact.email)
        attendee.params["role"] = icalendar.vText("REQ-PARTICIPANT")
        event.add("attendee", attendee)
    return event


def _calendar(name: str, method: str | None = None) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    if method:
        calendar.add("method", method)
    return calendar


def feed_ics(appointments: Iterable[Appointment], *, tenant, name: str) -> bytes:
    """A subscription feed: one event per appointment, for staff."""
    calendar = _calendar(name)
    for appointment in appointments:
        calendar.add_component(_event(appointment, tenant=tenant, for_guest=False))
    return calendar.to_ical()


def invitation_ics(appointment: Appointment, *, tenant) -> bytes:
    """The guest's .ics attachment: REQUEST for a booking or move, CANCEL for a cancellation."""
    cancelled = appointment.status == AppointmentStatus.CANCELLED
    calendar = _calendar(tenant.name, "CANCEL" if cancelled else "REQUEST")
    calendar.add_component(_event(appointment, tenant=tenant, for_guest=True))
    return calendar.to_ical()
