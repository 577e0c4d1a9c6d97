"""Superuser impersonation of a tenant member: time-limited, bannered, audited.

The platform admin (public host) mints a one-minute, single-use token; the
tenant host exchanges it for a session as the member that expires after
IMPERSONATION_MINUTES. Start, stop and expiry are audit events.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import login, logout
from django.core import signing
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from tenants.models import Membership, User
from tenants.request_utils import client_ip

TOKEN_SALT = "tenants.impersonation"
TOKEN_MAX_AGE = 60
SESSION_KEY = "impersonation"


class ImpersonationError(Exception):
    pass


def impersonation_url(*, admin: User, membership: Membership) -> str:
    from tenants.services import tenant_url

    if not admin.is_superuser:
        raise ImpersonationError("Only platform superusers can impersonate.")
    token = signing.dumps({"a": admin.pk, "m": membership.pk, "n": secrets.token_hex(8)}, salt=TOKEN_SALT)
    return tenant_url(membership.tenant, reverse("impersonation_start", args=[token], urlconf=settings.ROOT_URLCONF))


def impersonation_start(request, token: str) -> Membership:
    from tenants.services import audit_record

    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature as exc:
        raise ImpersonationError("This impersonation link is invalid or has expired.") from exc
    # Single use: the nonce may be claimed once.
    if not cache.add(f"impersonation-nonce:{data['n']}", 1, timeout=TOKEN_MAX_AGE * 2):
        raise ImpersonationError("This impersonation link has already been used.")
    admin = User.objects.filter(pk=data["a"], is_superuser=True, is_active=True).first()
    membership = Membership.objects.select_related("user", "tenant").filter(pk=data["m"], tenant=request.tenant).first()
    if admin is None or membership is None:
        raise ImpersonationError("This impersonation link is not valid for this tenant.")
    expires_at = timezone.now() + timedelta(minutes=settings.IMPERSONATION_MINUTES)
    request.skip_login_audit = True
    login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
    request.session[SESSION_KEY] = {
        "admin_id": admin.pk,
        "admin_email": admin.email,
        "membership_id": membership.pk,
        "expires_at": expires_at.isoformat(),
    }
    audit_record(
        action="impersonation.started",
        tenant=membership.tenant,
        actor=admin,
        target=membership,
        ip_address=client_ip(request),
        metadata={"expires_at": expires_at.isoformat()},
    )
    return membership


def current_impersonation(request) -> dict | None:
    session = getattr(request, "session", None)
    return session.get(SESSION_KEY) if session is not None else None


def impersonation_expired(info: dict) -> bool:
    expires_at = parse_datetime(info.get("expires_at", ""))
    return expires_at is None or expires_at <= timezone.now()


def impersonation_stop(request, *, reason: str = "stopped") -> None:
    from tenants.services import audit_record

    info = current_impersonation(request)
    if not info:
        return
    admin = User.objects.filter(pk=info.get("admin_id")).first()
    audit_record(
        action=f"impersonation.{reason}",
        tenant=getattr(request, "tenant", None),
        actor=admin,
        target=getattr(request, "user", None),
        ip_address=client_ip(request),
        metadata={"membership_id": info.get("membership_id")},
    )
    logout(request)
