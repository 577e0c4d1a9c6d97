"""What the notifications app keeps about a person, for the contact timeline, the GDPR export and erasure.

Registered with `contacts.hooks` in NotificationsConfig.ready(). Erasure keeps
each notification row (delivery statistics and SMS costs) without its
recipient, subject and body, blanks the person's inbound messages, and drops
the SMS sandbox's copies (it plays the provider, which would keep them).
"""

from __future__ import annotations

from django.db.models import Q

from contacts.hooks import Erasure, TimelineEntry
from notifications.alerts.models import Alert
from notifications.models import InboundMessage, Notification, SandboxMessage

TIMELINE_LIMIT = 100


def message_timeline(contact) -> list[TimelineEntry]:
    entries = [
        TimelineEntry(
            at=n.sent_at or n.created_at,
            kind="message",
            title=f"{n.get_channel_display()} {n.get_status_display().lower()}: {n.kind}",
            detail=n.subject or n.body[:200],
        )
        for n in Notification.objects.filter(contact=contact).order_by("-created_at")[:TIMELINE_LIMIT]
    ]
    entries += [
        TimelineEntry(at=m.received_at, kind="message", title="SMS received", detail=m.body[:200])
        for m in InboundMessage.objects.filter(contact=contact).order_by("-received_at")[:TIMELINE_LIMIT]
    ]
    return entries


def messages_export(contact) -> dict:
    sent = Notification.objects.filter(contact=contact).order_by("created_at", "id")
    received = InboundMessage.objects.filter(contact=contact).order_by("received_at", "id")
    return {
        "messages": {
            "sent": [
                {
                    "channel": n.channel,
                    "kind": n.kind,
                    "recipient": n.recipient,
                    "subject": n.subject,
                    "body": n.body,
                    "status": n.status,
                    "created_at": n.created_at.isoformat(),
                    "sent_at": n.sent_at and n.sent_at.isoformat(),
                }
                for n in sent
            ],
            "received": [
                {"from": m.from_number, "body": m.body, "action": m.action, "received_at": m.received_at.isoformat()}
                for m in received
            ],
        }
    }


def messages_erase(erasure: Erasure) -> None:
    sent = Q(contact_id__in=erasure.contact_ids) | Q(recipient__in=erasure.phones)
    for email in erasure.emails:
        sent |= Q(recipient__iexact=email)
    Notification.objects.filter(sent).update(recipient="", subject="", body="", error_message="")
    InboundMessage.objects.filter(Q(contact_id__in=erasure.contact_ids) | Q(from_number__in=erasure.phones)).update(
        from_number="", body=""
    )
    # Staff alerts about the person keep their type and history, not their words; nor do the staff
    # emails and texts that told members about them.
    alerts = Alert.objects.filter(contact_id__in=erasure.contact_ids)
    told = Q(pk__in=[])
    for alert_id in alerts.values_list("pk", flat=True):
        told |= Q(dedupe_key__startswith=f"alert:{alert_id}:")
    Notification.objects.filter(told).update(subject="", body="", error_message="")
    alerts.update(title="Alert about an erased contact", message="", required_action="")
    if erasure.phones:
        SandboxMessage.objects.filter(Q(to__in=erasure.phones) | Q(from_number__in=erasure.phones)).delete()
