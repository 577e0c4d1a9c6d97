"""Sending messages: the log row first, then the provider, then the row again.

Queueing creates Notification rows (one per channel) and enqueues delivery
on commit. Delivery claims a row with a conditional UPDATE, so a task that
runs twice sends once. Transient failures set `next_attempt_at`; the beat
sweep picks them up (no long countdowns on the broker).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from contacts.models import ConsentRecord
from contacts.services import consent_record, contact_timezone, dnc_add, has_consent, is_on_dnc
from notifications import rendering
from notifications.events import MessageAccepted
from notifications.models import Channel, Notification, NotificationStatus, TemplateEvent
from notifications.providers.email import Attachment, EmailError, email_provider
from notifications.providers.sms import SmsError, sms_provider
from notifications.services.templates import notification_settings_get, template_for
from voiceplatform import events
from voiceplatform.links import platform_url
from voiceplatform.tasks import current_tenant, enqueue_on_commit

logger = logging.getLogger(__name__)

RETRY_DELAYS = (60, 300, 900, 3600)
STUCK_AFTER = timedelta(minutes=15)
NS = NotificationStatus


def company_phone(tenant) -> str:
    from tenants.models import TenantSettings

    row = TenantSettings.objects.filter(tenant=tenant).first()
    return row.support_phone if row else ""


def appointment_context(*, appointment, tenant) -> dict[str, str]:
    """The template variables for one appointment, times in the guest's zone."""
    from zoneinfo import ZoneInfo

    from appointments.links import guest_links

    contact = appointment.contact
    zone = ZoneInfo(contact_timezone(contact, tenant))
    links = guest_links(appointment, tenant)
    return {
        "guest_name": contact.full_name or contact.first_name or "there",
        "appointment_date": rendering.format_date(appointment.start_at, zone),
        "appointment_time": rendering.format_time(appointment.start_at, zone),
        "appointment_type": appointment.display_title,
        "resource_name": appointment.resource.name,
        "company_name": tenant.name,
        "company_phone": company_phone(tenant),
        "confirm_link": links["confirm"],
        "reschedule_link": links["reschedule"],
        "cancel_link": links["cancel"],
    }


def _sms_block_reason(contact) -> str:
    if not contact.phone:
        return "no phone number"
    if is_on_dnc(contact.phone):
        return "the number is on the do-not-contact list"
    if ConsentRecord.objects.filter(contact=contact, channel=ConsentRecord.Channel.SMS).exists() and not has_consent(
        contact, ConsentRecord.Channel.SMS
    ):
        return "the guest opted out of SMS"
    return ""


def enqueue(notification: Notification) -> None:
    """Deliver this outbox row after the transaction commits."""
    from notifications.tasks import deliver_email, deliver_sms

    task = deliver_sms if notification.channel == Channel.SMS else deliver_email
    enqueue_on_commit(task, notification.pk)


@transaction.atomic
def appointment_notify(
    *, tenant, appointment, event: str, resend: bool = False, dedupe_suffix: str = ""
) -> list[Notification]:
    """Queue the guest's email and SMS for a booked / rescheduled / cancelled / reminder event.

    One row per channel. The same appointment version (its sequence) is
    messaged once per event and channel unless `resend`. A channel that is
    switched off, has no recipient or may not be used (opt-out, DNC) gets a
    `skipped` row saying why, so the log explains every silence.
    """
    if event not in TemplateEvent.values:
        raise ValueError(f"unknown template event {event!r}")
    switches = notification_settings_get()
    contact = appointment.contact
    context = appointment_context(appointment=appointment, tenant=tenant)
    created = []
    for channel in (Channel.EMAIL, Channel.SMS):
        template = template_for(tenant=tenant, event=event, channel=channel)
        recipient = contact.email if channel == Channel.EMAIL else (contact.phone or "")
        skip = ""
        if not template.is_active:
            skip = "the template is switched off"
        elif channel == Channel.EMAIL and not switches.email_enabled:
            skip = "email is switched off"
        elif channel == Channel.SMS and not switches.sms_enabled:
            skip = "SMS is switched off"
        elif channel == Channel.EMAIL and not recipient:
            skip = "no email address"
        elif channel == Channel.SMS:
            skip = _sms_block_reason(contact)
        if skip in ("no email address", "no phone number"):
            continue
        dedupe_key = None
        if not resend:
            dedupe_key = f"appointment:{appointment.pk}:{event}:{appointment.sequence}:{channel}{dedupe_suffix}"[:200]
            if Notification.objects.filter(dedupe_key=dedupe_key).exists():
                continue
        notification = Notification.objects.create(
            kind=f"appointment.{event}",
            channel=channel,
            recipient=recipient,
            contact=contact,
            appointment=appointment,
            template=template,
            subject=rendering.render(template.subject, context) if channel == Channel.EMAIL else "",
            body=rendering.render(template.body, context),
            status=NS.SKIPPED if skip else NS.PENDING,
            error_message=f"Not sent: {skip}." if skip else "",
            dedupe_key=dedupe_key,
        )
        if not skip:
            enqueue(notification)
        created.append(notification)
    return created


def _claim(notification_id: int, now: datetime) -> bool:
    return bool(
        Notification.objects.filter(pk=notification_id, status__in=[NS.PENDING, NS.RETRYING])
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .update(status=NS.SENDING, attempts=F("attempts") + 1, updated_at=now)
    )


def status_callback_url(tenant) -> str:
    from tenants.services import hook_token_for

    token = hook_token_for(tenant=tenant, purpose="twilio").token
    return platform_url(
        reverse("notifications_hooks:twilio_status", args=[token], urlconf=settings.PUBLIC_SCHEMA_URLCONF)
    )


def _send_email(notification: Notification, tenant) -> None:
    from appointments.ics import invitation_ics

    attachments = ()
    appointment = notification.appointment
    if appointment is not None:
        ics = invitation_ics(appointment, tenant=tenant)
        method = "CANCEL" if appointment.status == "cancelled" else "REQUEST"
        attachments = (Attachment("invite.ics", ics, f"text/calendar; method={method}; charset=utf-8"),)
    email_provider().send(
        to=notification.recipient, subject=notification.subject, body=notification.body, attachments=attachments
    )


def _fail_or_retry(notification: Notification, *, message: str, code: str, permanent: bool, now: datetime) -> None:
    notification.error_message = message[:500]
    notification.error_code = code[:20]
    if permanent or notification.attempts >= settings.NOTIFICATION_MAX_ATTEMPTS:
        notification.status = NS.FAILED
        notification.next_attempt_at = None
    else:
        delay = RETRY_DELAYS[min(notification.attempts - 1, len(RETRY_DELAYS) - 1)]
        notification.status = NS.RETRYING
        notification.next_attempt_at = now + timedelta(seconds=delay)


def notification_deliver(*, notification_id: int, now: datetime | None = None) -> Notification | None:
    """Send one queued notification. Returns None when another worker has it or it is done."""
    now = now or timezone.now()
    if not _claim(notification_id, now):
        return None
    notification = Notification.objects.select_related("contact", "appointment__contact", "appointment__resource").get(
        pk=notification_id
    )
    tenant = current_tenant()
    if notification.channel == Channel.SMS:
        provider = sms_provider()
        notification.provider = provider.name
        callback = status_callback_url(tenant) if provider.name == "twilio" else None
        try:
            result = provider.send(to=notification.recipient, body=notification.body, status_callback=callback)
        except SmsError as exc:
            _fail_or_retry(notification, message=str(exc), code=exc.code, permanent=exc.permanent, now=now)
            if exc.opted_out:
                _mirror_opt_out(notification.recipient, tenant, evidence=f"Twilio error {exc.code} on send")
        else:
            notification.provider_id = result.provider_id
            notification.provider_status = result.status
            notification.segments = result.segments
            notification.price = result.price
            notification.price_unit = result.price_unit
            notification.status = NS.DELIVERED if result.status == "delivered" else NS.SENT
            notification.sent_at = now
            if notification.status == NS.DELIVERED:
                notification.delivered_at = now
            notification.error_message = notification.error_code = ""
            notification.next_attempt_at = None
    else:
        notification.provider = email_provider().name
        try:
            _send_email(notification, tenant)
        except EmailError as exc:
            _fail_or_retry(notification, message=str(exc), code=exc.code, permanent=exc.permanent, now=now)
        else:
            notification.status = NS.SENT
            notification.sent_at = now
            notification.error_message = notification.error_code = ""
            notification.next_attempt_at = None
    notification.save()
    if notification.status in (NS.SENT, NS.DELIVERED):
        events.publish(
            MessageAccepted(
                notification_id=notification.pk, channel=notification.channel, segments=notification.segments or 1
            )
        )
    return notification


def _mirror_opt_out(phone: str, tenant, *, evidence: str) -> None:
    from contacts.models import Contact

    dnc_add(phone=phone, tenant=tenant, reason="Opted out of SMS", source="sms_stop")
    for contact in Contact.objects.filter(phone=phone):
        consent_record(contact=contact, channel="sms", granted=False, source="sms_stop", evidence=evidence)


# Twilio message statuses, in the order a message moves through them.
STATUS_RANK = {
    "accepted": 1,
    "scheduled": 1,
    "queued": 1,
    "sending": 2,
    "sent": 3,
    "delivered": 4,
    "undelivered": 4,
    "failed": 4,
    "canceled": 4,
    "read": 5,
}
_OUR_STATUS = {
    "sent": NS.SENT,
    "delivered": NS.DELIVERED,
    "read": NS.DELIVERED,
    "undelivered": NS.FAILED,
    "failed": NS.FAILED,
    "canceled": NS.FAILED,
}


@transaction.atomic
def notification_status_update(
    *, message_sid: str, message_status: str, error_code: str = "", tenant=None
) -> Notification | None:
    """Apply a Twilio status callback. Repeats and late arrivals never move a status backwards."""
    message_status = (message_status or "").lower()
    rank = STATUS_RANK.get(message_status)
    if not message_sid or rank is None:
        return None
    notification = Notification.objects.select_for_update().filter(provider_id=message_sid).first()
    if notification is None:
        return None
    if STATUS_RANK.get(notification.provider_status, 0) >= rank:
        return notification
    now = timezone.now()
    notification.provider_status = message_status
    ours = _OUR_STATUS.get(message_status)
    if ours is not None:
        notification.status = ours
    if ours == NS.DELIVERED:
        notification.delivered_at = now
    if ours == NS.FAILED:
        notification.error_code = (error_code or "")[:20]
        notification.error_message = f"Twilio reported {message_status}" + (
            f" (error {error_code})" if error_code else ""
        )
        if error_code == "21610":
            _mirror_opt_out(notification.recipient, tenant or current_tenant(), evidence="Twilio error 21610")
    notification.save()
    return notification


def notifications_due(*, now: datetime | None = None) -> list[int]:
    """Ids whose retry time has come; interrupted sends are failed rather than risked twice."""
    now = now or timezone.now()
    Notification.objects.filter(status=NS.SENDING, updated_at__lt=now - STUCK_AFTER).update(
        status=NS.FAILED,
        error_message="Delivery was interrupted; not retried so the guest is not messaged twice.",
        updated_at=now,
    )
    return list(
        Notification.objects.filter(
            Q(status=NS.RETRYING, next_attempt_at__lte=now)
            | Q(status=NS.PENDING, created_at__lt=now - timedelta(minutes=2))
        ).values_list("pk", flat=True)[:500]
    )


@transaction.atomic
def contact_text(*, contact, body: str, kind: str = "contact.message") -> Notification:
    """A text staff send a contact (typed, or a list they asked for): checked like every SMS
    (switch, opt-out, DNC), logged, sent."""
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": ["Write the message."]})
    if len(body) > 1000:
        raise ValidationError({"body": ["At most 1000 characters."]})
    if not notification_settings_get().sms_enabled:
        raise ValidationError({"body": ["SMS is switched off (Messages → Templates)."]})
    blocked = _sms_block_reason(contact)
    if blocked:
        raise ValidationError({"body": [f"Not sent: {blocked}."]})
    notification = Notification.objects.create(
        kind=kind[:40], channel=Channel.SMS, recipient=contact.phone, contact=contact, body=body
    )
    enqueue(notification)
    return notification


@transaction.atomic
def contact_email(*, contact, subject: str, body: str, kind: str = "contact.email") -> Notification:
    """An email staff send a contact: checked (switch, address), logged on the contact, sent after commit."""
    subject, body = (subject or "").strip(), (body or "").strip()
    if not subject or not body:
        raise ValidationError({"body": ["Write the subject and the message."]})
    if len(subject) > 200 or len(body) > 20000:
        raise ValidationError({"body": ["The subject is at most 200 characters and the message 20,000."]})
    if not notification_settings_get().email_enabled:
        raise ValidationError({"channel": ["Email is switched off (Messages → Templates)."]})
    if not contact.email:
        raise ValidationError({"channel": ["Not sent: the contact has no email address."]})
    notification = Notification.objects.create(
        kind=kind[:40], channel=Channel.EMAIL, recipient=contact.email, contact=contact, subject=subject, body=body
    )
    enqueue(notification)
    return notification
