"""Time windows in a time zone, as lists of UTC intervals.

Calling hours, campaign windows, business hours and blocked dates are all
written in someone's local time ("Mon-Fri 09:00-19:00 in America/Chicago").
Turning them into half-open UTC intervals [start, end) once makes every rule
the same simple question (is this instant inside? when is the next or the
last allowed instant?), and puts the daylight-saving arithmetic in one place:
a local wall time is placed with zoneinfo, so a window keeps its local hours
on both sides of a change, a time skipped by the spring change is read with
the offset in force before it, and a repeated one as its first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Interval = tuple[datetime, datetime]


def all_day() -> dict[str, list[list[str]]]:
    """A weekly schedule open around the clock."""
    return {day: [["00:00", "24:00"]] for day in WEEKDAYS}


def parse_clock(value: str) -> time | None:
    """ "09:30" -> 09:30; "24:00" -> None, meaning the end of the day."""
    hours, minutes = (int(part) for part in value.split(":"))
    if hours == 24:
        return None
    return time(hours, minutes)


def _local(day: date, clock: str, zone: ZoneInfo) -> datetime:
    moment = parse_clock(clock)
    if moment is None:
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def weekly(
    schedule: dict[str, list[list[str]]],
    zone: ZoneInfo,
    start: datetime,
    end: datetime,
    *,
    blocked: Iterable[date] = (),
) -> list[Interval]:
    """The intervals of a weekly schedule ({"mon": [["09:00", "17:00"]], ...}) that fall in [start, end)."""
    blocked = set(blocked)
    first = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    intervals = []
    day = first
    while day <= last:
        if day not in blocked:
            for opens, closes in schedule.get(WEEKDAYS[day.weekday()], []):
                a, b = _local(day, opens, zone), _local(day, closes, zone)
                a, b = max(a, start), min(b, end)
                if a < b:
                    intervals.append((a, b))
        day += timedelta(days=1)
    return merge(intervals)


def daily(opens: time, closes: time, zone: ZoneInfo, start: datetime, end: datetime) -> list[Interval]:
    """The same hours every day."""
    clock = [[opens.strftime("%H:%M"), closes.strftime("%H:%M")]]
    return weekly(dict.fromkeys(WEEKDAYS, clock), zone, start, end)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    merged: list[list[datetime]] = []
    for a, b in sorted(intervals):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def intersect(left: list[Interval], right: list[Interval]) -> list[Interval]:
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        a = max(left[i][0], right[j][0])
        b = min(left[i][1], right[j][1])
        if a < b:
            out.append((a, b))
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return out


def contains(intervals: list[Interval], moment: datetime) -> bool:
    return any(a <= moment < b for a, b in intervals)


def next_allowed(intervals: list[Interval], moment: datetime) -> datetime | None:
    """`moment` if it is inside, else the start of the next interval (None when there is none)."""
    for a, b in intervals:
        if moment < b:
            return max(a, moment)
    return None


def last_allowed(intervals: list[Interval], moment: datetime, *, lead: timedelta) -> datetime | None:
    """`moment` if inside, else the latest start at or before it that leaves `lead` before its interval closes."""
    best = None
    for a, b in intervals:
        if a <= moment < b:
            return moment
        if b <= moment:
            best = max(a, b - lead)
    return best


def describe_until(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """ "09:00", "09:00 tomorrow" or "Mon 09:00", in the zone's wall time."""
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    clock = f"{local:%H:%M}"
    if local.date() == today:
        return clock
    if local.date() == today + timedelta(days=1):
        return f"{clock} tomorrow"
    if local.date() < today + timedelta(days=7):
        return f"{local:%a} {clock}"
    return f"{local:%a} {local.day} {local:%b} {clock}"
