"""Booking use cases: book, reschedule, cancel, confirm, complete, no-show.

The database has the last word on double booking (the exclusion constraint
on Appointment). Before inserting, the resource rows are locked so that two
bookings of one resource queue up and the buffer check in Python sees the
other's committed row; the constraint still catches anything that bypasses
this path.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone

from appointments import events as appointment_events
from appointments.models import (
    Appointment,
    AppointmentEvent,
    AppointmentSource,
    AppointmentStatus,
    AppointmentType,
    Resource,
)
from appointments.services.availability import resource_offers_type, resources_for_type, slot_is_free
from contacts.models import Contact, ContactSource
from contacts.phones import InvalidPhone
from contacts.services import contact_find_or_create
from tenants.models import validate_timezone

S = AppointmentStatus
EXCLUSION_VIOLATION = "23P01"

# Status moves a person (or a provider) may make; reschedule and cancel have their own services.
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    S.SCHEDULED: frozenset({S.CONFIRMED, S.COMPLETED, S.NO_SHOW, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.COMPLETED, S.NO_SHOW, S.CANCELLED}),
    S.COMPLETED: frozenset({S.NO_SHOW}),
    S.NO_SHOW: frozenset({S.COMPLETED}),
    S.CANCELLED: frozenset(),
}


class SlotUnavailable(ValidationError):
    """The requested time is taken or not offered. The API answers 409."""

    def __init__(self, message: str = "This time is no longer available. Pick another slot."):
        super().__init__({"start_at": [message]})


def _is_exclusion_violation(exc: IntegrityError) -> bool:
    cause = exc.__cause__
    return getattr(cause, "sqlstate", None) == EXCLUSION_VIOLATION or "appointment_no_double_booking" in str(exc)


def _actor_fields(actor, actor_label: str) -> dict:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return {"actor": user, "actor_label": (actor_label or getattr(user, "email", "") or "system")[:100]}


def _record(appointment: Appointment, action: str, *, actor=None, actor_label: str = "", reason: str = "", **extra):
    return AppointmentEvent.objects.create(
        appointment=appointment, action=action, reason=reason[:300], **_actor_fields(actor, actor_label), **extra
    )


def _guest_contact(
    *, tenant, contact, phone: str, email: str, first_name: str, last_name: str, guest_timezone: str, source: str
) -> Contact:
    if contact is not None:
        return contact
    errors: dict[str, list[str]] = {}
    phone, email = (phone or "").strip(), (email or "").strip().lower()
    if not phone and not email:
        errors["phone"] = ["Give the guest's phone number or email address."]
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = ["Enter a valid email address."]
    if guest_timezone:
        try:
            validate_timezone(guest_timezone)
        except ValidationError as exc:
            errors["guest_timezone"] = exc.messages
    if errors:
        raise ValidationError(errors)
    contact_source = {
        AppointmentSource.CALL: ContactSource.CALL,
        AppointmentSource.CHAT: ContactSource.CHAT,
        AppointmentSource.API: ContactSource.API,
    }.get(source, ContactSource.CALENDAR)
    try:
        contact, _ = contact_find_or_create(
            tenant=tenant,
            phone=phone or None,
            email=email,
            first_name=(first_name or "").strip()[:100],
            last_name=(last_name or "").strip()[:100],
            timezone_name=guest_timezone,
            source=contact_source,
        )
    except InvalidPhone as exc:
        raise ValidationError({"phone": [str(exc)]}) from exc
    return contact


def _check_start(start_at) -> None:
    if not isinstance(start_at, datetime) or timezone.is_naive(start_at):
        raise ValidationError({"start_at": ["Give the start time with a time zone, e.g. 2026-03-02T09:00:00+00:00."]})


def _no_overlap(resource: Resource, start_at: datetime, end_at: datetime, exclude_id: int | None = None) -> bool:
    clashes = Appointment.objects.filter(resource=resource, start_at__lt=end_at, end_at__gt=start_at).exclude(
        status=S.CANCELLED
    )
    if exclude_id is not None:
        clashes = clashes.exclude(pk=exclude_id)
    return not clashes.exists()


def _replay(existing: Appointment, *, appointment_type, start_at, resource) -> Appointment:
    same = existing.start_at == start_at and existing.appointment_type_id == appointment_type.pk
    if resource is not None:
        same = same and existing.resource_id == resource.pk
    if not same:
        raise ValidationError({"idempotency_key": ["This key was already used for a different booking."]})
    return existing


@transaction.atomic
def appointment_book(
    *,
    tenant,
    appointment_type: AppointmentType,
    start_at: datetime,
    resource: Resource | None = None,
    contact: Contact | None = None,
    phone: str = "",
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    guest_timezone: str = "",
    source: str = AppointmentSource.PORTAL,
    notes: str = "",
    idempotency_key: str = "",
    actor=None,
    actor_label: str = "",
    enforce_availability: bool = True,
    notify: bool = True,
    now: datetime | None = None,
) -> Appointment:
    """Book `appointment_type` at `start_at` for a contact (given, or found/created from phone/email).

    Without a resource, the first resource offering the type that is free then.
    With `enforce_availability` the time must be a slot the engine offers
    (opening hours, notice, buffers, blocked dates); without it (staff
    overrides) it must only not overlap another appointment. A repeated
    `idempotency_key` (e.g. call id + slot) returns the first booking.
    Raises SlotUnavailable (a ValidationError) when the time is taken.
    """
    _check_start(start_at)
    if source not in AppointmentSource.values:
        raise ValidationError({"source": [f"Choose one of: {', '.join(AppointmentSource.values)}."]})
    idempotency_key = (idempotency_key or "").strip()[:200]
    if idempotency_key:
        existing = Appointment.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return _replay(existing, appointment_type=appointment_type, start_at=start_at, resource=resource)
    if not appointment_type.is_active:
        raise ValidationError({"appointment_type": ["This appointment type is not bookable."]})
    if resource is not None and not resource_offers_type(resource, appointment_type):
        raise ValidationError({"resource": ["This resource does not offer this appointment type."]})

    guest = _guest_contact(
        tenant=tenant,
        contact=contact,
        phone=phone,
        email=email,
        first_name=first_name,
        last_name=last_name,
        guest_timezone=guest_timezone,
        source=source,
    )
    candidates = [resource] if resource is not None else resources_for_type(appointment_type)
    # Lock in id order so concurrent bookings of several resources cannot deadlock.
    locked = list(Resource.objects.select_for_update().filter(pk__in=[c.pk for c in candidates]).order_by("pk"))
    by_id = {r.pk: r for r in locked}
    end_at = start_at + timedelta(minutes=appointment_type.duration_minutes)

    chosen = None
    for candidate in candidates:
        current = by_id.get(candidate.pk)
        if current is None:
            continue
        if enforce_availability:
            free = slot_is_free(appointment_type=appointment_type, resource=current, start_at=start_at, now=now)
        else:
            free = _no_overlap(current, start_at, end_at)
        if free:
            chosen = current
            break
    if chosen is None:
        raise SlotUnavailable()

    try:
        with transaction.atomic():
            appointment = Appointment.objects.create(
                contact=guest,
                resource=chosen,
                appointment_type=appointment_type,
                start_at=start_at,
                end_at=end_at,
                buffer_before_minutes=appointment_type.buffer_before_minutes,
                buffer_after_minutes=appointment_type.buffer_after_minutes,
                source=source,
                notes=notes or "",
                idempotency_key=idempotency_key or None,
                created_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
    except IntegrityError as exc:
        if _is_exclusion_violation(exc):
            raise SlotUnavailable() from exc
        if idempotency_key:
            existing = Appointment.objects.filter(idempotency_key=idempotency_key).first()
            if existing is not None:
                return _replay(existing, appointment_type=appointment_type, start_at=start_at, resource=resource)
        raise
    _record(
        appointment,
        AppointmentEvent.Action.CREATED,
        actor=actor,
        actor_label=actor_label or source,
        to_status=appointment.status,
        to_start_at=start_at,
        to_end_at=end_at,
        to_resource_id=chosen.pk,
    )
    appointment_events.announce(appointment=appointment, kind=appointment_events.CREATED, notify_guest=notify)
    return appointment


def _locked(appointment: Appointment) -> Appointment:
    return (
        Appointment.objects.select_for_update(of=("self",))
        .select_related("appointment_type", "resource", "contact")
        .get(pk=appointment.pk)
    )


@transaction.atomic
def appointment_reschedule(
    *,
    appointment: Appointment,
    start_at: datetime,
    resource: Resource | None = None,
    end_at: datetime | None = None,
    actor=None,
    actor_label: str = "",
    reason: str = "",
    enforce_availability: bool = True,
    notify: bool = True,
    now: datetime | None = None,
) -> Appointment:
    """Move an open appointment to another time (and optionally resource), keeping the history.

    The length stays the type's duration (or the current length without a
    type) unless `end_at` is given. A moved appointment needs confirming again.
    """
    _check_start(start_at)
    appointment = _locked(appointment)
    if not appointment.is_open:
        raise ValidationError(
            {"status": [f"A {appointment.get_status_display().lower()} appointment cannot be moved."]}
        )
    target = resource or appointment.resource
    if resource is not None:
        target = Resource.objects.select_for_update().get(pk=resource.pk)
    else:
        Resource.objects.select_for_update().filter(pk=target.pk).first()
    appointment_type = appointment.appointment_type
    if end_at is None:
        length = (
            timedelta(minutes=appointment_type.duration_minutes)
            if appointment_type
            else appointment.end_at - appointment.start_at
        )
        end_at = start_at + length
    elif end_at <= start_at:
        raise ValidationError({"end_at": ["The end must be after the start."]})
    if start_at == appointment.start_at and end_at == appointment.end_at and target.pk == appointment.resource_id:
        return appointment

    if enforce_availability and appointment_type is not None:
        if not resource_offers_type(target, appointment_type):
            raise ValidationError({"resource": ["This resource does not offer this appointment type."]})
        free = slot_is_free(
            appointment_type=appointment_type,
            resource=target,
            start_at=start_at,
            now=now,
            exclude_appointment_id=appointment.pk,
        )
    else:
        free = _no_overlap(target, start_at, end_at, exclude_id=appointment.pk)
    if not free:
        raise SlotUnavailable()

    previous = (appointment.start_at, appointment.end_at, appointment.resource_id, appointment.status)
    appointment.start_at, appointment.end_at, appointment.resource = start_at, end_at, target
    appointment.status = S.SCHEDULED
    appointment.confirmed_at = None
    appointment.sequence += 1
    try:
        with transaction.atomic():
            appointment.save()
    except IntegrityError as exc:
        if _is_exclusion_violation(exc):
            raise SlotUnavailable() from exc
        raise
    _record(
        appointment,
        AppointmentEvent.Action.RESCHEDULED,
        actor=actor,
        actor_label=actor_label,
        reason=reason,
        from_start_at=previous[0],
        from_end_at=previous[1],
        from_resource_id=previous[2],
        from_status=previous[3],
        to_start_at=start_at,
        to_end_at=end_at,
        to_resource_id=target.pk,
        to_status=appointment.status,
    )
    appointment_events.announce(
        appointment=appointment, kind=appointment_events.RESCHEDULED, previous_start_at=previous[0], notify_guest=notify
    )
    return appointment


@transaction.atomic
def appointment_cancel(
    *, appointment: Appointment, reason: str = "", actor=None, actor_label: str = "", notify: bool = True
) -> Appointment:
    """Cancel an open appointment; cancelling a cancelled one changes nothing."""
    appointment = _locked(appointment)
    if appointment.status == S.CANCELLED:
        return appointment
    if not appointment.is_open:
        raise ValidationError(
            {"status": [f"A {appointment.get_status_display().lower()} appointment cannot be cancelled."]}
        )
    previous_status = appointment.status
    appointment.status = S.CANCELLED
    appointment.cancellation_reason = (reason or "").strip()[:300]
    appointment.cancelled_at = timezone.now()
    appointment.sequence += 1
    appointment.save()
    _record(
        appointment,
        AppointmentEvent.Action.CANCELLED,
        actor=actor,
        actor_label=actor_label,
        reason=appointment.cancellation_reason,
        from_status=previous_status,
        to_status=S.CANCELLED,
    )
    appointment_events.announce(appointment=appointment, kind=appointment_events.CANCELLED, notify_guest=notify)
    return appointment


_STATUS_ACTIONS = {
    S.CONFIRMED: (AppointmentEvent.Action.CONFIRMED, appointment_events.CONFIRMED),
    S.COMPLETED: (AppointmentEvent.Action.COMPLETED, appointment_events.COMPLETED),
    S.NO_SHOW: (AppointmentEvent.Action.NO_SHOW, appointment_events.NO_SHOW),
}


@transaction.atomic
def appointment_set_status(
    *, appointment: Appointment, status: str, actor=None, actor_label: str = "", now: datetime | None = None
) -> Appointment:
    """Confirm, complete or mark a no-show, as STATUS_TRANSITIONS allows.

    Completed and no-show need the appointment to have started.
    """
    if status not in _STATUS_ACTIONS:
        raise ValidationError({"status": ["Choose confirmed, completed or no_show."]})
    appointment = _locked(appointment)
    if appointment.status == status:
        return appointment
    if status not in STATUS_TRANSITIONS[appointment.status]:
        raise ValidationError(
            {
                "status": [
                    f"A {appointment.get_status_display().lower()} appointment cannot become {S(status).label.lower()}."
                ]
            }
        )
    now = now or timezone.now()
    if status in (S.COMPLETED, S.NO_SHOW) and appointment.start_at > now:
        raise ValidationError({"status": ["Only an appointment that has started can be completed or a no-show."]})
    previous_status = appointment.status
    appointment.status = status
    if status == S.CONFIRMED:
        appointment.confirmed_at = now
    appointment.save()
    action, kind = _STATUS_ACTIONS[status]
    _record(appointment, action, actor=actor, actor_label=actor_label, from_status=previous_status, to_status=status)
    appointment_events.announce(appointment=appointment, kind=kind, notify_guest=False)
    return appointment


def appointment_confirm(*, appointment: Appointment, actor=None, actor_label: str = "") -> Appointment:
    """The guest (or staff on their behalf) confirms they will come."""
    return appointment_set_status(appointment=appointment, status=S.CONFIRMED, actor=actor, actor_label=actor_label)


@transaction.atomic
def appointment_update(*, appointment: Appointment, actor=None, **changes) -> Appointment:
    """Edit the free-text parts (notes, title). Times move through appointment_reschedule."""
    allowed = {"notes", "title"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError({field: ["Use the reschedule or cancel actions to change this."] for field in unknown})
    appointment = _locked(appointment)
    for field, value in changes.items():
        setattr(appointment, field, (value or "")[:200] if field == "title" else (value or ""))
    if changes:
        appointment.save(update_fields=[*changes, "updated_at"])
        _record(appointment, AppointmentEvent.Action.UPDATED, actor=actor, reason=", ".join(sorted(changes)))
    return appointment


def appointment_record_resend(*, appointment: Appointment, actor=None) -> None:
    _record(appointment, AppointmentEvent.Action.NOTIFIED, actor=actor)


def appointment_confirmation_resend(*, tenant, appointment: Appointment, actor=None) -> list[str]:
    """Send the guest's booking confirmation again; returns the channels queued (may be none)."""
    from appointments.hooks import guest_messengers

    if not appointment.is_open:
        raise ValidationError("Only an upcoming appointment's confirmation can be resent.")
    channels: list[str] = []
    for messenger in guest_messengers:
        channels += messenger(tenant=tenant, appointment=appointment, event="booked", resend=True)
    appointment_record_resend(appointment=appointment, actor=actor)
    return channels
