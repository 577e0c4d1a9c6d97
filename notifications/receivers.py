"""What the notifications app does for other apps: guest messages that follow appointment changes, and
the team invitation email (subscribed and registered in NotificationsConfig.ready)."""

from __future__ import annotations

from appointments import events as appointment_events
from notifications.models import TemplateEvent
from tenants.events import MemberInvited

EVENTS = {
    appointment_events.CREATED: TemplateEvent.BOOKED,
    appointment_events.RESCHEDULED: TemplateEvent.RESCHEDULED,
    appointment_events.CANCELLED: TemplateEvent.CANCELLED,
}


def on_appointment_change(change: appointment_events.AppointmentChanged) -> None:
    event = EVENTS.get(change.kind)
    if event is None or not change.notify_guest:
        return
    from appointments.models import Appointment
    from notifications.services import appointment_notify
    from voiceplatform.tasks import current_tenant

    appointment = (
        Appointment.objects.select_related("contact", "resource", "appointment_type")
        .filter(pk=change.appointment_id)
        .first()
    )
    if appointment is None:
        return
    appointment_notify(tenant=current_tenant(), appointment=appointment, event=event)


def message_guest(*, tenant, appointment, event: str, resend: bool = False) -> list[str]:
    """appointments.hooks.guest_messengers: queue the guest's email and SMS; the channels queued."""
    from notifications.models import NotificationStatus
    from notifications.services import appointment_notify

    sent = appointment_notify(tenant=tenant, appointment=appointment, event=event, resend=resend)
    return [n.get_channel_display() for n in sent if n.status != NotificationStatus.SKIPPED]


def on_member_invited(event: MemberInvited) -> None:
    """Queue the invitation email with the member's link (once per membership)."""
    from notifications.services import email_queue
    from tenants.invitations import invitation_email

    message = invitation_email(membership_id=event.membership_id)
    if message is None:
        return
    subject, body = message
    email_queue(
        kind="team.invitation",
        recipient=event.email,
        subject=subject,
        body=body,
        dedupe_key=f"invitation:{event.membership_id}",
    )
