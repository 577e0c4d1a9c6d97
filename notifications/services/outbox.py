"""Emails that are not about a contact (team invitations, staff alerts), through the same outbox.

Each email is a `Notification` row written first (in the caller's
transaction), then delivered after commit by the `deliver_email` task, with
the same retries, failure reasons and suspended-tenant rule as guest messages.
"""

from __future__ import annotations

from django.db import transaction

from notifications.models import Channel, Notification
from notifications.services.delivery import enqueue
from tenants.roles import Role
from tenants.selectors import member_emails

STAFF_ALERT_ROLES = (Role.OWNER, Role.ADMIN)


@transaction.atomic
def email_queue(*, kind: str, recipient: str, subject: str, body: str, dedupe_key: str | None = None) -> Notification:
    """Queue one email; with `dedupe_key`, asking twice queues it once (and returns the first row)."""
    if dedupe_key:
        existing = Notification.objects.filter(dedupe_key=dedupe_key[:200]).first()
        if existing is not None:
            return existing
    notification = Notification.objects.create(
        kind=kind[:40],
        channel=Channel.EMAIL,
        recipient=recipient,
        subject=subject[:200],
        body=body,
        dedupe_key=dedupe_key[:200] if dedupe_key else None,
    )
    enqueue(notification)
    return notification


def staff_recipients(*, tenant, roles=STAFF_ALERT_ROLES) -> list[str]:
    """Who gets the staff emails: the tenant's active members with these roles."""
    return [email for _, email in member_emails(tenant=tenant, roles=roles) if email]


@transaction.atomic
def staff_email_queue(
    *, tenant, kind: str, subject: str, body: str, dedupe_key: str, roles=STAFF_ALERT_ROLES
) -> list[Notification]:
    """Queue one email per staff recipient (owners and admins unless told)."""
    return [
        email_queue(kind=kind, recipient=email, subject=subject, body=body, dedupe_key=f"{dedupe_key}:{email}")
        for email in staff_recipients(tenant=tenant, roles=roles)
    ]
