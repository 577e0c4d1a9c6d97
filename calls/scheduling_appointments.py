"""In-call scheduling on top of the appointments app (the default CALLS_SCHEDULER).

`AppointmentsScheduler` answers the five `Scheduler` methods with the
appointments services: slots from `availability_slots`, bookings through
`appointment_book` / `appointment_reschedule` / `appointment_cancel`, and a
caller's upcoming appointments from `upcoming_for_contact`. A tenant that has
not set up appointments yet (no active type offered by an active resource
with opening hours) keeps working on `BusinessHoursScheduler`.

Booking ids handed to the agent are "appt_<pk>" for appointments; plain
digits are the business-hours scheduler's `CallBooking` ids, so bookings made
before a tenant set up appointments can still be moved or cancelled.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from appointments.models import (
    Appointment,
    AppointmentSource,
    AppointmentStatus,
    AppointmentType,
    AvailabilityRule,
    Resource,
)
from appointments.selectors import upcoming_for_contact
from appointments.services import (
    SlotUnavailable,
    appointment_book,
    appointment_cancel,
    appointment_reschedule,
    availability_slots,
    resources_for_type,
)
from calls.scheduling import (
    SEARCH_DAYS,
    Booking,
    BusinessHoursScheduler,
    NoAppointment,
    NotBookable,
    Slot,
    SlotTaken,
)

ID_PREFIX = "appt_"
ALTERNATIVES = 3
ACTOR = "call"


def _booking(appointment: Appointment) -> Booking:
    return Booking(
        id=f"{ID_PREFIX}{appointment.pk}",
        start=appointment.start_at,
        end=appointment.end_at,
        status=appointment.status,
        contact_id=appointment.contact_id,
    )


class AppointmentsScheduler:
    """Availability and bookings from the appointments app, business hours when it is not set up.

    Which appointment type a call books: the functions name none, only a
    duration (30 minutes unless the caller asks otherwise). Among the active
    types that some active resource with opening hours offers, the first (by
    name, as the portal lists them) whose duration equals the requested one;
    when none matches, the first of them. The booking then lasts the type's
    duration, with its buffers, notice and horizon, so what the agent offers
    is exactly what the portal would.
    """

    def __init__(self, fallback: BusinessHoursScheduler | None = None):
        self.fallback = fallback or BusinessHoursScheduler()

    # --- which type ------------------------------------------------------------------------------

    def appointment_type(self, duration: timedelta | None = None) -> AppointmentType | None:
        """The type a call books, or None when the tenant has not set appointments up."""
        bookable = []
        for kind in AppointmentType.objects.filter(is_active=True).prefetch_related("resources"):
            resources = resources_for_type(kind)
            if resources and AvailabilityRule.objects.filter(resource__in=resources).exists():
                bookable.append(kind)
        if not bookable:
            return None
        if duration is not None:
            minutes = int(duration.total_seconds() // 60)
            for kind in bookable:
                if kind.duration_minutes == minutes:
                    return kind
        return bookable[0]

    # --- reading -----------------------------------------------------------------------------------

    def upcoming(self, *, tenant, contact) -> list[Booking]:
        if contact is None:
            return []
        bookings = [_booking(a) for a in upcoming_for_contact(contact_id=contact.pk).order_by("start_at")[:5]]
        bookings += self.fallback.upcoming(tenant=tenant, contact=contact)
        return sorted(bookings, key=lambda b: b.start)[:5]

    def _slots(self, kind: AppointmentType, after: datetime, limit: int, exclude_id: int | None = None) -> list[Slot]:
        after = max(after, timezone.now())
        slots = availability_slots(
            appointment_type=kind,
            start=after,
            end=after + timedelta(days=SEARCH_DAYS + 1),
            exclude_appointment_id=exclude_id,
        )
        return [Slot(start=s.start_at, end=s.end_at) for s in slots[:limit]]

    def free_slots(self, *, tenant, after: datetime, duration: timedelta, limit: int = 5) -> list[Slot]:
        kind = self.appointment_type(duration)
        if kind is None:
            return self.fallback.free_slots(tenant=tenant, after=after, duration=duration, limit=limit)
        return self._slots(kind, after, limit)

    # --- writing -----------------------------------------------------------------------------------

    def _refusal(self, kind: AppointmentType, start: datetime, exclude_id: int | None = None):
        """Why the engine did not offer `start`: taken by someone (with alternatives) or never open."""
        if start < timezone.now() + timedelta(minutes=kind.min_notice_minutes):
            return NotBookable("That time is too soon or in the past.")
        end = start + timedelta(minutes=kind.duration_minutes)
        clashes = (
            Appointment.objects.filter(resource__in=resources_for_type(kind), start_at__lt=end, end_at__gt=start)
            .exclude(status=AppointmentStatus.CANCELLED)
            .exclude(pk=exclude_id or 0)
        )
        if clashes.exists():
            return SlotTaken(self._slots(kind, start, ALTERNATIVES, exclude_id))
        return NotBookable("That time is outside opening hours.")

    def book(self, *, tenant, contact, start, duration, idempotency_key, provider_call_id="") -> Booking:
        kind = self.appointment_type(duration)
        if kind is None:
            return self.fallback.book(
                tenant=tenant,
                contact=contact,
                start=start,
                duration=duration,
                idempotency_key=idempotency_key,
                provider_call_id=provider_call_id,
            )
        if contact is None:
            raise NotBookable("I need the caller's phone number to book.")
        try:
            appointment = appointment_book(
                tenant=tenant,
                appointment_type=kind,
                start_at=start,
                contact=contact,
                source=AppointmentSource.CALL,
                idempotency_key=idempotency_key,
                actor_label=ACTOR,
                notes=f"Booked on call {provider_call_id}" if provider_call_id else "",
            )
        except SlotUnavailable:
            raise self._refusal(kind, start) from None
        except ValidationError as exc:
            raise NotBookable(" ".join(exc.messages)) from None
        return _booking(appointment)

    def _target(self, contact, booking_id: str) -> Appointment | None:
        """The caller's own open appointment named by `booking_id` (their next one when empty).

        None means "not an appointment id": the business-hours scheduler may know it.
        """
        if contact is None:
            raise NoAppointment("I couldn't find an upcoming appointment.")
        mine = upcoming_for_contact(contact_id=contact.pk).filter(start_at__gte=timezone.now()).order_by("start_at")
        booking_id = str(booking_id or "").strip()
        if not booking_id:
            return mine.first()
        if booking_id.startswith(ID_PREFIX):
            pk = booking_id[len(ID_PREFIX) :]
            row = mine.filter(pk=int(pk)).first() if pk.isdigit() else None
            if row is None:
                raise NoAppointment("I couldn't find an upcoming appointment.")
            return row
        if booking_id.isdigit():
            return mine.filter(pk=int(booking_id)).first()
        raise NoAppointment("I couldn't find an upcoming appointment.")

    def reschedule(self, *, tenant, contact, booking_id, new_start, idempotency_key) -> Booking:
        appointment = self._target(contact, booking_id)
        if appointment is None:
            return self.fallback.reschedule(
                tenant=tenant,
                contact=contact,
                booking_id=booking_id,
                new_start=new_start,
                idempotency_key=idempotency_key,
            )
        kind = appointment.appointment_type
        resource = None
        if kind is not None and appointment.start_at != new_start:
            # Keep the same resource when it is free; otherwise any resource offering the type.
            offered = availability_slots(
                appointment_type=kind,
                start=new_start,
                end=new_start + timedelta(seconds=1),
                exclude_appointment_id=appointment.pk,
            )
            ids = next((s.resource_ids for s in offered if s.start_at == new_start), ())
            if ids and appointment.resource_id not in ids:
                resource = Resource.objects.get(pk=ids[0])
        try:
            appointment = appointment_reschedule(
                appointment=appointment,
                start_at=new_start,
                resource=resource,
                actor_label=ACTOR,
                reason="Moved on a call",
            )
        except SlotUnavailable:
            if kind is None:
                raise SlotTaken([]) from None
            raise self._refusal(kind, new_start, exclude_id=appointment.pk) from None
        except ValidationError as exc:
            raise NotBookable(" ".join(exc.messages)) from None
        return _booking(appointment)

    def cancel(self, *, tenant, contact, booking_id, reason="") -> Booking:
        appointment = self._target(contact, booking_id)
        if appointment is None:
            return self.fallback.cancel(tenant=tenant, contact=contact, booking_id=booking_id, reason=reason)
        try:
            appointment = appointment_cancel(appointment=appointment, reason=reason, actor_label=ACTOR)
        except ValidationError as exc:
            raise NoAppointment(" ".join(exc.messages)) from None
        return _booking(appointment)
