"""Where in-call availability and booking come from: a small interface and one implementation.

The in-call functions talk only to `calls.hooks.scheduler()`, the class the
CALLS_SCHEDULER setting names. The default, `calls.scheduling_appointments.AppointmentsScheduler`,
uses the appointments app's services; `BusinessHoursScheduler` here answers
from the tenant's business hours and keeps what callers book as `CallBooking`
rows, for tenants that have not set appointments up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol

from django.db import connection, transaction
from django.utils import timezone

from calls.models import CallBooking

SEARCH_DAYS = 14
MIN_NOTICE = timedelta(minutes=30)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Slot:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Booking:
    id: str
    start: datetime
    end: datetime
    status: str
    contact_id: int | None


class SchedulingError(Exception):
    code = "error"


class SlotTaken(SchedulingError):
    code = "slot_taken"

    def __init__(self, next_slots: list[Slot]):
        super().__init__("That time was just taken.")
        self.next_slots = next_slots


class NotBookable(SchedulingError):
    code = "not_bookable"


class NoAppointment(SchedulingError):
    code = "no_appointment"


class Scheduler(Protocol):
    def upcoming(self, *, tenant, contact) -> list[Booking]: ...

    def free_slots(self, *, tenant, after: datetime, duration: timedelta, limit: int = 5) -> list[Slot]: ...

    def book(
        self, *, tenant, contact, start: datetime, duration: timedelta, idempotency_key: str, provider_call_id: str = ""
    ) -> Booking: ...

    def reschedule(self, *, tenant, contact, booking_id: str, new_start: datetime, idempotency_key: str) -> Booking: ...

    def cancel(self, *, tenant, contact, booking_id: str, reason: str = "") -> Booking: ...


def _booking(row: CallBooking) -> Booking:
    return Booking(id=str(row.pk), start=row.start, end=row.end, status=row.status, contact_id=row.contact_id)


class BusinessHoursScheduler:
    """Slots inside the tenant's business hours that no call booking holds yet."""

    # --- reading -----------------------------------------------------------------------------

    def upcoming(self, *, tenant, contact) -> list[Booking]:
        if contact is None:
            return []
        rows = CallBooking.objects.filter(
            contact=contact, status=CallBooking.Status.BOOKED, start__gte=timezone.now()
        ).order_by("start")[:5]
        return [_booking(row) for row in rows]

    def _open_ranges(self, tenant, day: date) -> list[tuple[datetime, datetime]]:
        zone = tenant.zone
        ranges = []
        for start_text, end_text in (tenant.business_hours or {}).get(WEEKDAYS[day.weekday()], []):
            start = datetime.combine(day, time.fromisoformat(start_text), tzinfo=zone)
            if end_text == "24:00":
                end = datetime.combine(day + timedelta(days=1), time(0, 0), tzinfo=zone)
            else:
                end = datetime.combine(day, time.fromisoformat(end_text), tzinfo=zone)
            ranges.append((start, end))
        return ranges

    def _candidate_slots(self, tenant, after: datetime, duration: timedelta, days: int = SEARCH_DAYS):
        earliest = max(after, timezone.now() + MIN_NOTICE)
        first_day = earliest.astimezone(tenant.zone).date()
        for offset in range(days):
            for range_start, range_end in self._open_ranges(tenant, first_day + timedelta(days=offset)):
                start = range_start
                while start + duration <= range_end:
                    if start >= earliest:
                        yield Slot(start=start, end=start + duration)
                    start += duration

    def _taken(self, start: datetime, end: datetime, exclude_id: int | None = None) -> list[tuple[datetime, datetime]]:
        rows = CallBooking.objects.filter(status=CallBooking.Status.BOOKED, start__lt=end, end__gt=start)
        if exclude_id is not None:
            rows = rows.exclude(pk=exclude_id)
        return list(rows.values_list("start", "end"))

    def free_slots(
        self, *, tenant, after: datetime, duration: timedelta, limit: int = 5, exclude_id=None
    ) -> list[Slot]:
        window_end = after + timedelta(days=SEARCH_DAYS + 1)
        taken = self._taken(min(after, timezone.now()), window_end, exclude_id)
        free = []
        for slot in self._candidate_slots(tenant, after, duration):
            if any(start < slot.end and end > slot.start for start, end in taken):
                continue
            free.append(slot)
            if len(free) >= limit:
                break
        return free

    # --- writing ------------------------------------------------------------------------------

    def _check_bookable(self, tenant, start: datetime, duration: timedelta) -> None:
        if start < timezone.now() + MIN_NOTICE:
            raise NotBookable("That time is too soon or in the past.")
        local_day = start.astimezone(tenant.zone).date()
        for range_start, range_end in self._open_ranges(tenant, local_day):
            if range_start <= start and start + duration <= range_end:
                return
        raise NotBookable("That time is outside opening hours.")

    @staticmethod
    def _lock() -> None:
        """Serialise bookings within this tenant schema for the rest of the transaction."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':calls.booking'))")

    @transaction.atomic
    def book(self, *, tenant, contact, start, duration, idempotency_key, provider_call_id="") -> Booking:
        existing = CallBooking.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return _booking(existing)
        self._check_bookable(tenant, start, duration)
        self._lock()
        existing = CallBooking.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return _booking(existing)
        if self._taken(start, start + duration):
            raise SlotTaken(self.free_slots(tenant=tenant, after=start, duration=duration, limit=3))
        row = CallBooking.objects.create(
            contact=contact,
            provider_call_id=provider_call_id,
            start=start,
            end=start + duration,
            idempotency_key=idempotency_key,
            name=(contact.full_name if contact else "")[:150],
        )
        return _booking(row)

    def _target(self, contact, booking_id: str) -> CallBooking:
        rows = CallBooking.objects.select_for_update().filter(
            status=CallBooking.Status.BOOKED, start__gte=timezone.now()
        )
        if contact is not None:
            rows = rows.filter(contact=contact)
        elif not booking_id:
            raise NoAppointment("I couldn't find an upcoming appointment.")
        if booking_id:
            rows = rows.filter(pk=int(booking_id)) if str(booking_id).isdigit() else rows.none()
        row = rows.order_by("start").first()
        if row is None:
            raise NoAppointment("I couldn't find an upcoming appointment.")
        return row

    @transaction.atomic
    def reschedule(self, *, tenant, contact, booking_id, new_start, idempotency_key) -> Booking:
        self._lock()
        row = self._target(contact, booking_id)
        duration = row.end - row.start
        if row.start == new_start:
            return _booking(row)
        self._check_bookable(tenant, new_start, duration)
        if self._taken(new_start, new_start + duration, exclude_id=row.pk):
            raise SlotTaken(
                self.free_slots(tenant=tenant, after=new_start, duration=duration, limit=3, exclude_id=row.pk)
            )
        row.start, row.end = new_start, new_start + duration
        row.save(update_fields=["start", "end", "updated_at"])
        return _booking(row)

    @transaction.atomic
    def cancel(self, *, tenant, contact, booking_id, reason="") -> Booking:
        row = self._target(contact, booking_id)
        row.status = CallBooking.Status.CANCELLED
        if reason:
            row.notes = (row.notes + "\n" if row.notes else "") + f"Cancelled: {reason[:200]}"
        row.save(update_fields=["status", "notes", "updated_at"])
        return _booking(row)
