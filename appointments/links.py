"""Self-service links for guests: signed, expiring, bound to one appointment in one tenant.

No login: the signature is the credential. Links stop working after
GUEST_LINK_MAX_AGE_DAYS, once the appointment has started, or once it is no
longer open (cancelled, completed).
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.urls import reverse

from appointments.models import Appointment

SALT = "appointments.guest-link"


def guest_token(appointment: Appointment, tenant) -> str:
    return signing.dumps({"a": appointment.pk, "t": tenant.pk}, salt=SALT, compress=True)


def appointment_for_token(token: str, tenant) -> Appointment | None:
    """The appointment a token names, or None when forged, expired or for another tenant."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.GUEST_LINK_MAX_AGE_DAYS * 86400)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("t") != tenant.pk:
        return None
    return (
        Appointment.objects.select_related("contact", "resource", "appointment_type").filter(pk=data.get("a")).first()
    )


def guest_links(appointment: Appointment, tenant) -> dict[str, str]:
    """Absolute URLs for the guest's manage, confirm, cancel and reschedule pages."""
    from tenants.services import tenant_url

    token = guest_token(appointment, tenant)
    # The tenant's URLconf whatever the current request's host (bookings also arrive on the public host).
    return {
        name: tenant_url(tenant, reverse(f"appointments:guest_{name}", args=[token], urlconf=settings.ROOT_URLCONF))
        for name in ("manage", "confirm", "cancel", "reschedule")
    }
