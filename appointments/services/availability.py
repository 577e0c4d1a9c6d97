"""Free slots: the one service every caller uses (portal, API, in-call functions, guest links).

It loads a resource's rules, overrides, blocked dates and appointments with
two queries and leaves the arithmetic to appointments.slots.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from appointments import slots as engine
from appointments.models import AppointmentType, Resource

MAX_WINDOW = timedelta(days=62)
# Buffers are at most a day, so appointments this far outside the window cannot matter.
BUSY_MARGIN = timedelta(days=2)
# Local days reach up to a day either side of a UTC window.
DAY_PAD = timedelta(days=1)


@dataclass(frozen=True)
class Slot:
    start_at: datetime
    end_at: datetime
    resource_ids: tuple[int, ...]

    def as_dict(self, zone=None) -> dict:
        start, end = self.start_at, self.end_at
        if zone is not None:
            start, end = start.astimezone(zone), end.astimezone(zone)
        return {"start": start.isoformat(), "end": end.isoformat(), "resource_ids": list(self.resource_ids)}


def resources_for_type(appointment_type: AppointmentType) -> list[Resource]:
    """Active resources that offer this type (all active ones when the type names none)."""
    linked = list(appointment_type.resources.filter(is_active=True))
    if linked:
        return linked
    if appointment_type.resources.exists():
        return []
    return list(Resource.objects.filter(is_active=True))


def resource_offers_type(resource: Resource, appointment_type: AppointmentType) -> bool:
    if not resource.is_active:
        return False
    linked_ids = set(appointment_type.resources.values_list("id", flat=True))
    return not linked_ids or resource.pk in linked_ids


def _rules_for(appointment_type: AppointmentType) -> engine.Rules:
    return engine.Rules(
        duration=appointment_type.duration_minutes * 60,
        interval=appointment_type.interval_minutes * 60,
        before=appointment_type.buffer_before_minutes * 60,
        after=appointment_type.buffer_after_minutes * 60,
    )


# Opening hours, overrides and blocked days of some resources, in one round trip.
_HOURS_SQL = """
SELECT 'rule', resource_id, weekday, NULL::date, NULL::date, start_time, end_time
  FROM appointments_availabilityrule WHERE resource_id = ANY(%(ids)s)
UNION ALL
SELECT 'override', resource_id, NULL, date, NULL, start_time, end_time
  FROM appointments_dateoverride WHERE resource_id = ANY(%(ids)s) AND date BETWEEN %(first)s AND %(last)s
UNION ALL
SELECT 'blocked', resource_id, NULL, start_date, end_date, NULL, NULL
  FROM appointments_blockeddate
 WHERE (resource_id = ANY(%(ids)s) OR resource_id IS NULL) AND start_date <= %(last)s AND end_date >= %(first)s
"""

# Appointments as epoch seconds: parsing a thousand timestamps in Python costs more than the arithmetic.
_BUSY_SQL = """
SELECT resource_id, CAST(EXTRACT(EPOCH FROM start_at) AS bigint), CAST(EXTRACT(EPOCH FROM end_at) AS bigint),
       buffer_before_minutes * 60, buffer_after_minutes * 60
  FROM appointments_appointment
 WHERE resource_id = ANY(%(ids)s) AND start_at < %(until)s AND end_at > %(since)s
   AND status <> 'cancelled' AND id <> %(exclude)s
"""


def load_calendars(
    resources: list[Resource], *, start: datetime, end: datetime, exclude_appointment_id: int | None = None
) -> dict[int, engine.Calendar]:
    """Each resource's calendar for [start, end): two queries on one cursor, whatever the number of resources."""
    ids = [r.pk for r in resources]
    calendars = {r.pk: engine.Calendar(zone=r.zone, weekly=defaultdict(list)) for r in resources}
    first_day = (start - DAY_PAD).date()
    last_day = (end + DAY_PAD).date()
    with connection.cursor() as cursor:
        cursor.execute(_HOURS_SQL, {"ids": ids, "first": first_day, "last": last_day})
        hours = cursor.fetchall()
        cursor.execute(
            _BUSY_SQL,
            {
                "ids": ids,
                "since": start - BUSY_MARGIN,
                "until": end + BUSY_MARGIN,
                "exclude": exclude_appointment_id or 0,
            },
        )
        busy = cursor.fetchall()

    for kind, resource_id, weekday, day, last, start_time, end_time in hours:
        if kind == "rule":
            calendars[resource_id].weekly[weekday].append((start_time, end_time))
        elif kind == "override":
            calendars[resource_id].overrides.setdefault(day, []).append((start_time, end_time))
        else:
            targets = [calendars[resource_id]] if resource_id else list(calendars.values())
            current = max(day, first_day)
            while current <= min(last, last_day):
                for calendar in targets:
                    calendar.blocked.add(current)
                current += timedelta(days=1)
    for row in busy:
        calendars[row[0]].busy.append(row[1:])
    return calendars


def _bookable_bounds(appointment_type: AppointmentType, zone, now: datetime) -> tuple[int, int]:
    """Earliest start (now + notice) and the end of the last bookable local day."""
    earliest = now + timedelta(minutes=appointment_type.min_notice_minutes)
    today = now.astimezone(zone).date()
    last_day = today + timedelta(days=appointment_type.max_days_ahead)
    latest = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=zone)
    return int(earliest.timestamp()), int(latest.timestamp())


def availability_slots(
    *,
    appointment_type: AppointmentType,
    start: datetime,
    end: datetime,
    resource: Resource | None = None,
    now: datetime | None = None,
    exclude_appointment_id: int | None = None,
) -> list[Slot]:
    """Free slots of `appointment_type` that start in [start, end), soonest first.

    With a resource, that resource's slots; without one, every resource that
    offers the type, with the ids free at each start. Times are UTC; show them
    in the resource's zone (`resource.zone`). Raises ValidationError for a
    bad window.
    """
    errors = {}
    if start is None or timezone.is_naive(start):
        errors["start"] = ["Give a start time with a time zone."]
    if end is None or timezone.is_naive(end):
        errors["end"] = ["Give an end time with a time zone."]
    if not errors and end <= start:
        errors["end"] = ["The end must be after the start."]
    if not errors and end - start > MAX_WINDOW:
        errors["end"] = [f"Ask for at most {MAX_WINDOW.days} days at a time."]
    if not appointment_type.is_active:
        errors["type"] = ["This appointment type is not bookable."]
    if resource is not None and not resource_offers_type(resource, appointment_type):
        errors["resource"] = ["This resource does not offer this appointment type."]
    if errors:
        raise ValidationError(errors)

    now = now or timezone.now()
    resources = [resource] if resource is not None else resources_for_type(appointment_type)
    if not resources:
        return []
    calendars = load_calendars(resources, start=start, end=end, exclude_appointment_id=exclude_appointment_id)
    rules = _rules_for(appointment_type)
    window_start, window_end = int(start.timestamp()), int(end.timestamp())

    by_start: dict[int, list[int]] = defaultdict(list)
    for res in resources:
        calendar = calendars[res.pk]
        earliest, latest = _bookable_bounds(appointment_type, calendar.zone, now)
        for slot_start in engine.free_slots(
            calendar, rules, window_start=window_start, window_end=window_end, earliest=earliest, latest=latest
        ):
            by_start[slot_start].append(res.pk)
    return [
        Slot(
            start_at=datetime.fromtimestamp(slot_start, UTC),
            end_at=datetime.fromtimestamp(slot_start + rules.duration, UTC),
            resource_ids=tuple(ids),
        )
        for slot_start, ids in sorted(by_start.items())
    ]


def slot_is_free(
    *,
    appointment_type: AppointmentType,
    resource: Resource,
    start_at: datetime,
    now: datetime | None = None,
    exclude_appointment_id: int | None = None,
) -> bool:
    """Whether `start_at` is one of the slots the engine offers for this resource."""
    slots = availability_slots(
        appointment_type=appointment_type,
        resource=resource,
        start=start_at,
        end=start_at + timedelta(seconds=1),
        now=now,
        exclude_appointment_id=exclude_appointment_id,
    )
    return any(slot.start_at == start_at for slot in slots)


def local_day_bounds(day: date, zone) -> tuple[datetime, datetime]:
    """[start, end) of a local calendar day as aware datetimes."""
    start = datetime.combine(day, time(0), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return start, end


def booking_refusal(
    *, appointment_type: AppointmentType, resources: list[Resource], start_at: datetime, now: datetime | None = None
) -> str:
    """Which rule refuses `start_at` (past, notice, out of range, closed day, outside hours, taken), in words."""
    now = now or timezone.now()
    if start_at < now:
        return "This time is in the past. Pick a time from now on."
    if start_at < now + timedelta(minutes=appointment_type.min_notice_minutes):
        return f"{appointment_type.name} needs at least {appointment_type.min_notice_minutes} minutes' notice."
    zone = resources[0].zone if resources else timezone.get_current_timezone()
    _earliest, latest = _bookable_bounds(appointment_type, zone, now)
    if start_at.timestamp() >= latest:
        return f"{appointment_type.name} can be booked at most {appointment_type.max_days_ahead} days ahead."
    if not resources:
        return f"No active resource offers {appointment_type.name}."
    end_at = start_at + timedelta(minutes=appointment_type.duration_minutes)
    calendars = load_calendars(resources, start=start_at, end=end_at)
    day = start_at.astimezone(zone).date()
    ranges = [engine.opening_ranges(calendars[r.pk], start_at.astimezone(r.zone).date()) for r in resources]
    if not any(ranges):
        if all(day in calendars[r.pk].blocked for r in resources):
            return f"{day:%A} {day.day} {day:%B} is blocked (closed)."
        return f"Closed on {day:%A}s."
    start, end = int(start_at.timestamp()), int(end_at.timestamp())
    if not any(low <= start and end <= high for per_resource in ranges for low, high in per_resource):
        hours = ", ".join(
            f"{datetime.fromtimestamp(low, zone):%H:%M}–{datetime.fromtimestamp(high, zone):%H:%M}"
            for low, high in sorted({pair for per_resource in ranges for pair in per_resource})
        )
        return f"Outside opening hours on {day:%A} ({hours}, {zone})."
    return "This time is already booked, or is not one of the offered start times. Pick another slot."
