"""Audit trail for sign-ins, failed sign-ins and lockouts."""

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver

from tenants.request_utils import client_ip, request_tenant


@receiver(user_logged_in)
def audit_login(sender, request, user, **kwargs):
    from tenants.services import audit_record

    if getattr(request, "skip_login_audit", False):
        return
    audit_record(
        action="auth.login", tenant=request_tenant(request), actor=user, target=user, ip_address=client_ip(request)
    )


@receiver(user_login_failed)
def audit_login_failed(sender, credentials, request=None, **kwargs):
    from tenants.services import audit_record

    if request is None:
        return
    attempted = (credentials or {}).get("email") or (credentials or {}).get("username") or ""
    audit_record(
        action="auth.login_failed",
        tenant=request_tenant(request),
        ip_address=client_ip(request),
        metadata={"email": str(attempted)[:254]},
    )


@receiver(user_locked_out)
def audit_lockout(sender, request, username, ip_address, **kwargs):
    from tenants.services import audit_record

    audit_record(
        action="auth.locked_out",
        tenant=request_tenant(request),
        ip_address=ip_address,
        metadata={"email": str(username or "")[:254]},
    )
