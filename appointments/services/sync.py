"""Cal.com and Calendly: connection settings, and bookings from their webhooks onto appointments.

A webhook is verified and stored (CalendarWebhookEvent, unique dedupe key)
by the view, then processed here in a task. Provider ids are kept in
ExternalBooking; a reschedule adds the new id to the same appointment, so the
two halves of a Calendly reschedule meet whatever order they arrive in.
"""

from __future__ import annotations

import json
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from appointments import events as appointment_events
from appointments import providers
from appointments.models import (
    Appointment,
    AppointmentEvent,
    AppointmentStatus,
    AppointmentType,
    CalendarIntegration,
    CalendarProvider,
    CalendarWebhookEvent,
    ExternalBooking,
    Resource,
)
from appointments.providers import ProviderEvent
from appointments.services.booking import (
    SlotUnavailable,
    _is_exclusion_violation,
    _record,
    appointment_cancel,
    appointment_reschedule,
    appointment_set_status,
)
from appointments.services.setup import resource_default
from contacts.models import ContactSource
from contacts.phones import InvalidPhone
from contacts.services import contact_find_or_create
from tenants.models import validate_timezone
from tenants.services import hook_token_for, hook_token_rotate
from voiceplatform import crypto
from voiceplatform.links import platform_url

logger = logging.getLogger(__name__)

MAX_SECRET_LENGTH = 500


# --- connection settings ------------------------------------------------------------------


def calendar_integration_get(*, provider: str) -> CalendarIntegration:
    if provider not in CalendarProvider.values:
        raise ValidationError({"provider": ["Choose calcom or calendly."]})
    integration, _ = CalendarIntegration.objects.get_or_create(provider=provider)
    return integration


def calendar_webhook_url(*, tenant, provider: str) -> str:
    """The URL to paste into the provider's webhook settings (on the platform host)."""
    token = hook_token_for(tenant=tenant, purpose=provider).token
    return platform_url(reverse(f"appointments_hooks:{provider}", args=[token], urlconf=settings.PUBLIC_SCHEMA_URLCONF))


def calendar_integration_secret(integration: CalendarIntegration) -> str:
    """The plain signing secret, or "" when none is set or no configured key can read it."""
    if not integration.signing_secret_encrypted:
        return ""
    try:
        return crypto.decrypt(integration.signing_secret_encrypted)
    except crypto.DecryptionError:
        return ""


def calendar_secrets_rotate(rotate) -> int:
    """voiceplatform.crypto.secret_rotators: re-encrypt this schema's signing secrets under the current key."""
    changed = 0
    for integration in CalendarIntegration.objects.exclude(signing_secret_encrypted=""):
        integration.signing_secret_encrypted = rotate(integration.signing_secret_encrypted)
        integration.save(update_fields=["signing_secret_encrypted"])
        changed += 1
    return changed


_UNSET = object()


@transaction.atomic
def calendar_integration_update(
    *,
    tenant,
    provider: str,
    signing_secret: str | None = None,
    is_active: bool | None = None,
    default_resource=_UNSET,
    rotate_webhook_url: bool = False,
    actor=None,
) -> CalendarIntegration:
    """Set the signing secret (write-only), switch on or off, choose where unmatched bookings go.

    Only one of Cal.com and Calendly may be active; a provider cannot be
    switched on without a secret.
    """
    from tenants.services import audit_record

    integration = calendar_integration_get(provider=provider)
    integration = CalendarIntegration.objects.select_for_update().get(pk=integration.pk)
    errors: dict[str, list[str]] = {}
    if signing_secret is not None:
        signing_secret = signing_secret.strip()
        if not signing_secret:
            errors["signing_secret"] = ["The signing secret cannot be empty."]
        elif len(signing_secret) > MAX_SECRET_LENGTH:
            errors["signing_secret"] = [f"At most {MAX_SECRET_LENGTH} characters."]
        elif signing_secret == "no-secret-provided":
            errors["signing_secret"] = ["Set a real secret in the provider's webhook settings."]
    if default_resource is not _UNSET and default_resource is not None and not default_resource.is_active:
        errors["default_resource"] = ["Choose an active resource."]
    will_be_active = integration.is_active if is_active is None else bool(is_active)
    has_secret = bool(signing_secret) or integration.has_secret
    if will_be_active and not has_secret and "signing_secret" not in errors:
        errors["signing_secret"] = ["Set the signing secret before switching the sync on."]
    if will_be_active:
        other = (
            CalendarIntegration.objects.select_for_update().filter(is_active=True).exclude(provider=provider).first()
        )
        if other is not None:
            errors["is_active"] = [f"{other.get_provider_display()} is active. Switch it off first: only one may sync."]
    if errors:
        raise ValidationError(errors)

    if signing_secret:
        integration.signing_secret_encrypted = crypto.encrypt(signing_secret)
    integration.is_active = will_be_active
    if default_resource is not _UNSET:
        integration.default_resource = default_resource
    try:
        with transaction.atomic():
            integration.save()
    except IntegrityError as exc:
        raise ValidationError({"is_active": ["Another calendar sync is active. Switch it off first."]}) from exc
    if rotate_webhook_url:
        hook_token_rotate(tenant=tenant, purpose=provider, actor=actor)
    audit_record(
        action="calendar_sync.updated",
        tenant=tenant,
        actor=actor,
        target=integration,
        metadata={
            "provider": provider,
            "active": integration.is_active,
            "secret_changed": bool(signing_secret),
            "webhook_url_rotated": rotate_webhook_url,
        },
    )
    return integration


# --- receiving and processing webhooks --------------------------------------------------------


def calendar_event_store(*, provider: str, event: ProviderEvent, payload: dict) -> tuple[CalendarWebhookEvent, bool]:
    """Store a verified webhook once; a replay returns the stored row and False."""
    try:
        with transaction.atomic():
            stored = CalendarWebhookEvent.objects.create(
                provider=provider,
                event_type=event.event_type[:60],
                dedupe_key=event.dedupe_key[:300],
                payload=payload,
                status=CalendarWebhookEvent.Status.IGNORED
                if event.action == providers.IGNORED
                else CalendarWebhookEvent.Status.RECEIVED,
            )
    except IntegrityError:
        return CalendarWebhookEvent.objects.get(dedupe_key=event.dedupe_key[:300]), False
    CalendarIntegration.objects.filter(provider=provider).update(last_event_at=timezone.now())
    return stored, True


def _find(provider: str, *external_ids: str) -> Appointment | None:
    ids = [i for i in external_ids if i]
    if not ids:
        return None
    ref = (
        ExternalBooking.objects.select_related("appointment")
        .filter(provider=provider, external_id__in=ids)
        .order_by("-created_at")
        .first()
    )
    return ref.appointment if ref else None


def _link(provider: str, external_id: str, appointment: Appointment) -> None:
    if external_id:
        ExternalBooking.objects.get_or_create(
            provider=provider, external_id=external_id[:300], defaults={"appointment": appointment}
        )


def _resource_for(event: ProviderEvent, integration: CalendarIntegration, tenant) -> Resource:
    if event.host_email:
        match = Resource.objects.filter(is_active=True, email__iexact=event.host_email).first()
        if match is not None:
            return match
    if integration.default_resource_id and integration.default_resource.is_active:
        return integration.default_resource
    return resource_default(tenant=tenant)


def _type_for(event: ProviderEvent) -> AppointmentType | None:
    if not event.type_key:
        return None
    return AppointmentType.objects.filter(slug__in={event.type_key, slugify(event.type_key)}).first()


def _contact_for(event: ProviderEvent, tenant):
    guest = event.guest or providers.Guest()
    first, last = guest.first_name, guest.last_name
    if not (first or last) and guest.name:
        first, _, last = guest.name.partition(" ")
    zone = guest.timezone
    if zone:
        try:
            validate_timezone(zone)
        except ValidationError:
            zone = ""
    phone = guest.phone
    for attempt_phone in [phone, None] if phone else [None]:
        if not attempt_phone and not guest.email:
            break
        try:
            contact, _ = contact_find_or_create(
                tenant=tenant,
                phone=attempt_phone,
                email=guest.email.lower(),
                first_name=first[:100],
                last_name=last[:100],
                timezone_name=zone,
                source=ContactSource.CALENDAR,
            )
            return contact
        except InvalidPhone:
            continue
    raise ValidationError({"guest": ["The booking has neither a usable phone number nor an email address."]})


def _create_from(event: ProviderEvent, *, provider: str, integration, tenant) -> Appointment:
    resource = _resource_for(event, integration, tenant)
    appointment_type = _type_for(event)
    contact = _contact_for(event, tenant)
    try:
        with transaction.atomic():
            appointment = Appointment.objects.create(
                contact=contact,
                resource=resource,
                appointment_type=appointment_type,
                title=event.title[:200],
                start_at=event.start_at,
                end_at=event.end_at,
                buffer_before_minutes=appointment_type.buffer_before_minutes if appointment_type else 0,
                buffer_after_minutes=appointment_type.buffer_after_minutes if appointment_type else 0,
                source=provider,
                notes=event.notes,
            )
    except IntegrityError as exc:
        if _is_exclusion_violation(exc):
            raise SlotUnavailable(f"{resource.name} already has an appointment at this time.") from exc
        raise
    _link(provider, event.external_id, appointment)
    _record(
        appointment,
        AppointmentEvent.Action.CREATED,
        actor_label=provider,
        to_status=appointment.status,
        to_start_at=appointment.start_at,
        to_end_at=appointment.end_at,
        to_resource_id=resource.pk,
    )
    # The provider sends the guest its own confirmation; reminders still hear about it.
    appointment_events.announce(appointment=appointment, kind=appointment_events.CREATED, notify_guest=False)
    return appointment


def _apply(event: ProviderEvent, *, provider: str, integration, tenant) -> tuple[str, Appointment | None]:
    """What the event means for our appointments. Returns (status, appointment)."""
    processed, ignored = CalendarWebhookEvent.Status.PROCESSED, CalendarWebhookEvent.Status.IGNORED
    action = event.action
    label = CalendarProvider(provider).label

    if action in (providers.CREATED, providers.REQUESTED):
        existing = _find(provider, event.external_id)
        if existing is not None:
            return processed, existing
        return processed, _create_from(event, provider=provider, integration=integration, tenant=tenant)

    if action == providers.RESCHEDULED:
        existing = _find(provider, event.external_id, event.previous_external_id)
        if existing is None or existing.status == AppointmentStatus.CANCELLED:
            return processed, _create_from(event, provider=provider, integration=integration, tenant=tenant)
        if existing.is_open and (existing.start_at, existing.end_at) != (event.start_at, event.end_at):
            existing = appointment_reschedule(
                appointment=existing,
                start_at=event.start_at,
                end_at=event.end_at,
                actor_label=label,
                reason=f"Rescheduled in {label}",
                enforce_availability=False,
                notify=False,
            )
        _link(provider, event.external_id, existing)
        return processed, existing

    if action == providers.CANCELLED_FOR_RESCHEDULE:
        existing = _find(provider, event.external_id)
        if existing is None:
            return ignored, None
        successor = _find(provider, event.next_external_id)
        if successor is not None and successor.pk != existing.pk and existing.is_open:
            # The new booking arrived first and became its own appointment: retire the old one.
            appointment_cancel(appointment=existing, reason=f"Rescheduled in {label}", actor_label=label, notify=False)
            return processed, successor
        _link(provider, event.next_external_id, existing)
        return processed, existing

    if action in (providers.CANCELLED, providers.REJECTED):
        existing = _find(provider, event.external_id)
        if existing is None:
            return ignored, None
        if existing.is_open:
            reason = event.reason or ("Rejected" if action == providers.REJECTED else f"Cancelled in {label}")
            existing = appointment_cancel(appointment=existing, reason=reason, actor_label=label, notify=False)
        return processed, existing

    if action == providers.NO_SHOW:
        existing = _find(provider, event.external_id)
        if existing is None:
            return ignored, None
        if event.no_show and existing.status != AppointmentStatus.NO_SHOW:
            existing = appointment_set_status(appointment=existing, status=AppointmentStatus.NO_SHOW, actor_label=label)
        elif not event.no_show and existing.status == AppointmentStatus.NO_SHOW:
            existing = appointment_set_status(
                appointment=existing, status=AppointmentStatus.COMPLETED, actor_label=label
            )
        return processed, existing

    if action == providers.ENDED:
        existing = _find(provider, event.external_id)
        if existing is None:
            return ignored, None
        if existing.is_open and existing.start_at <= timezone.now():
            existing = appointment_set_status(
                appointment=existing, status=AppointmentStatus.COMPLETED, actor_label=label
            )
        return processed, existing
    return ignored, None


def calendar_event_process(*, event_id: int, tenant) -> CalendarWebhookEvent | None:
    """Apply one stored webhook. Safe to run twice: only a RECEIVED event is taken, under a row lock."""
    from appointments.providers import calcom, calendly

    parsers = {CalendarProvider.CALCOM: calcom.parse, CalendarProvider.CALENDLY: calendly.parse}
    with transaction.atomic():
        stored = (
            CalendarWebhookEvent.objects.select_for_update(skip_locked=True)
            .filter(pk=event_id, status=CalendarWebhookEvent.Status.RECEIVED)
            .first()
        )
        if stored is None:
            return None
        integration = calendar_integration_get(provider=stored.provider)
        event = parsers[stored.provider](json.dumps(stored.payload).encode())
        try:
            with transaction.atomic():
                status, appointment = _apply(event, provider=stored.provider, integration=integration, tenant=tenant)
        except SlotUnavailable as exc:
            # Confirmed to the guest by the provider, so it must not vanish: staff decide what to do.
            stored.status = CalendarWebhookEvent.Status.CONFLICT
            stored.error = "; ".join(exc.messages)[:1000]
            stored.start_at, stored.end_at = event.start_at, event.end_at
            appointment = None
            _alert_conflict(stored, event, tenant)
        except ValidationError as exc:
            stored.status = CalendarWebhookEvent.Status.FAILED
            stored.error = "; ".join(exc.messages)[:1000]
            appointment = None
        else:
            stored.status = status
            stored.error = ""
        stored.appointment = appointment
        stored.processed_at = timezone.now()
        stored.save(update_fields=["status", "error", "appointment", "processed_at", "start_at", "end_at"])
    return stored


def conflict_guest_name(event: ProviderEvent) -> str:
    if event.guest is None:
        return ""
    return event.guest.name or f"{event.guest.first_name} {event.guest.last_name}".strip()


def _alert_conflict(stored: CalendarWebhookEvent, event: ProviderEvent, tenant) -> None:
    from voiceplatform.events import StaffAlert, publish

    label = CalendarProvider(stored.provider).label
    guest = conflict_guest_name(event)
    local = event.start_at.astimezone(tenant.zone) if event.start_at else None
    when = f"{local:%a %d %b %H:%M}" if local else "an unknown time"
    publish(
        StaffAlert(
            type="review_required",
            priority="high",
            title=f"Double booking from {label}: {guest or 'a guest'} on {when}",
            message=f"{label} confirmed this booking to the guest, but {stored.error}",
            required_action=f"Move one of the two appointments, or cancel the booking in {label}.",
            link=(reverse("appointments:calendar", urlconf=settings.ROOT_URLCONF) + f"?date={local:%Y-%m-%d}")
            if local
            else "",
            dedupe_key=f"calendar-conflict:{stored.pk}",
        )
    )
