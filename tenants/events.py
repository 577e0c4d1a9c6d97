"""What the tenants app announces to other apps (voiceplatform.events)."""

from __future__ import annotations

from dataclasses import dataclass

from voiceplatform.events import Event


@dataclass(frozen=True, kw_only=True)
class MemberInvited(Event):
    """Someone was invited to a tenant's team; they need the email with their link.

    Published in the tenant's schema. The notifications app sends the email
    (tenants.invitations.invitation_email says what it contains).
    """

    membership_id: int
    tenant_id: int
    email: str
