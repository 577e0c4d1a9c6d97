"""What the appointments app keeps about a person, for the contact timeline, the GDPR export and erasure.

Registered with `contacts.hooks` in AppointmentsConfig.ready(). Erasure keeps
each appointment (the calendar and its statistics need the slot and status)
and removes the free text about the person and the calendar providers' raw
payloads, which carry the guest's name, email and phone.
"""

from __future__ import annotations

from django.urls import reverse

from appointments.models import Appointment, AppointmentEvent, CalendarWebhookEvent
from contacts.hooks import Erasure, TimelineEntry

TIMELINE_LIMIT = 100


def appointment_timeline(contact) -> list[TimelineEntry]:
    appointments = Appointment.objects.filter(contact=contact).select_related("appointment_type", "resource")
    return [
        TimelineEntry(
            at=appointment.created_at,
            kind="appointment",
            title=f"{appointment.display_title} with {appointment.resource.name} on "
            f"{appointment.start_at:%Y-%m-%d %H:%M} UTC · {appointment.get_status_display().lower()}",
            detail=appointment.notes,
            url=reverse("appointments:detail", args=[appointment.pk]),
        )
        for appointment in appointments.order_by("-created_at")[:TIMELINE_LIMIT]
    ]


def appointments_export(contact) -> dict:
    appointments = Appointment.objects.filter(contact=contact).select_related("appointment_type", "resource")
    return {
        "appointments": [
            {
                "id": a.pk,
                "title": a.display_title,
                "with": a.resource.name,
                "start_at": a.start_at.isoformat(),
                "end_at": a.end_at.isoformat(),
                "status": a.status,
                "source": a.source,
                "notes": a.notes,
                "cancellation_reason": a.cancellation_reason,
                "history": [
                    {"action": e.action, "by": e.actor_label, "reason": e.reason, "at": e.created_at.isoformat()}
                    for e in AppointmentEvent.objects.filter(appointment=a).order_by("created_at", "id")
                ],
            }
            for a in appointments.order_by("start_at", "id")
        ]
    }


def appointments_erase(erasure: Erasure) -> None:
    appointments = Appointment.objects.filter(contact_id__in=erasure.contact_ids)
    appointments.update(title="", notes="", cancellation_reason="")
    AppointmentEvent.objects.filter(appointment__in=appointments).exclude(reason="").update(reason="")
    CalendarWebhookEvent.objects.filter(appointment__in=appointments).update(payload={}, error="")
