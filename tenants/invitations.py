"""Invitation links: signed, expiring, bound to one membership in one tenant."""

from django.conf import settings
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse

from tenants.models import Membership

INVITE_SALT = "tenants.invitation"
INVITE_MAX_AGE = 7 * 24 * 3600


def invitation_token(membership: Membership) -> str:
    return signing.dumps({"m": membership.pk, "t": membership.tenant_id}, salt=INVITE_SALT)


def membership_for_token(token: str, tenant) -> Membership | None:
    """The invited membership for a token, or None when it is forged, expired or for another tenant."""
    try:
        data = signing.loads(token, salt=INVITE_SALT, max_age=INVITE_MAX_AGE)
    except signing.BadSignature:
        return None
    if data.get("t") != tenant.pk:
        return None
    return Membership.objects.select_related("user", "tenant").filter(pk=data.get("m"), tenant=tenant).first()


def invitation_email(*, membership_id: int) -> tuple[str, str] | None:
    """(subject, body) of the invitation email with the member's link, or None when the invitation is gone."""
    from tenants.services import tenant_url

    membership = Membership.objects.select_related("user", "tenant", "invited_by").filter(pk=membership_id).first()
    if membership is None:
        return None
    link = tenant_url(
        membership.tenant,
        reverse("invitation_accept", args=[invitation_token(membership)], urlconf=settings.ROOT_URLCONF),
    )
    context = {"membership": membership, "link": link, "days": INVITE_MAX_AGE // 86400}
    return (
        f"You're invited to {membership.tenant.name} on Voice Platform",
        render_to_string("tenants/email/invitation.txt", context),
    )
