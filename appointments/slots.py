"""The slot engine's arithmetic: pure functions over plain data, no database.

Opening hours are wall-clock times in the resource's zone; everything else is
absolute time (epoch seconds), so DST transitions fall out of the zone
conversion: a 09:00 opening is 08:00 UTC in summer and 09:00 UTC in winter
in London, a range that spans a transition is as long as the real time it
covers, and wall-clock times skipped by a spring-forward start at the first
instant that exists.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY = timedelta(days=1)


# An existing appointment as (start, end, buffer before, buffer after), all in seconds.
Busy = tuple[int, int, int, int]


@dataclass
class Calendar:
    """Everything the engine needs to know about one resource."""

    zone: ZoneInfo
    weekly: dict[int, list[tuple[time, time]]]
    overrides: dict[date, list[tuple[time, time]]] = field(default_factory=dict)
    blocked: set[date] = field(default_factory=set)
    busy: list[Busy] = field(default_factory=list)


@dataclass(frozen=True)
class Rules:
    """What the appointment type asks for, in seconds."""

    duration: int
    interval: int
    before: int = 0
    after: int = 0


def _merge(intervals: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, merged, disjoint intervals as two parallel lists of starts and ends."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(intervals):
        if starts and start <= ends[-1]:
            if end > ends[-1]:
                ends[-1] = end
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether [start, end) meets any merged interval. Ends grow with starts, so one probe suffices."""
    index = bisect.bisect_left(starts, end) - 1
    return index >= 0 and ends[index] > start


def local_to_epoch(day: date, wall: time, zone: ZoneInfo, *, latest: bool = False) -> int:
    """The instant a wall-clock time happens on `day`.

    A time skipped by a spring-forward gap maps to the first instant after the
    gap. A time that happens twice (fall back) maps to its first occurrence,
    or its second when `latest` (the end of an opening range).
    """
    naive = datetime.combine(day, wall)
    first = naive.replace(tzinfo=zone, fold=0)
    second = naive.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return int(first.timestamp())
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive:
        # Ambiguous: the wall clock shows this time twice.
        return int((second if latest else first).timestamp())
    # Skipped: walk forward to the first wall-clock minute that exists.
    probe = naive
    while True:
        probe += timedelta(minutes=1)
        candidate = probe.replace(tzinfo=zone)
        if candidate.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == probe:
            return int(candidate.timestamp())


def opening_ranges(calendar: Calendar, day: date) -> list[tuple[int, int]]:
    """Open [start, end) instants on one local date: overrides replace the weekly rules; blocked days have none."""
    if day in calendar.blocked:
        return []
    ranges = calendar.overrides.get(day)
    if ranges is None:
        ranges = calendar.weekly.get(day.weekday(), [])
    result = []
    for start, end in ranges:
        start_epoch = local_to_epoch(day, start, calendar.zone)
        end_epoch = local_to_epoch(day, end, calendar.zone, latest=True)
        if end_epoch > start_epoch:
            result.append((start_epoch, end_epoch))
    return result


def free_slots(
    calendar: Calendar, rules: Rules, *, window_start: int, window_end: int, earliest: int, latest: int
) -> list[int]:
    """Start instants of free slots that begin inside [window_start, window_end).

    `earliest` is now plus the minimum notice; `latest` the last instant a slot
    may start (the end of the last bookable day). A slot is free when the slot
    with this type's buffers touches no existing appointment, and the slot
    itself touches no existing appointment's buffers.
    """
    low = max(window_start, earliest)
    high = min(window_end, latest)
    if high <= low:
        return []
    core_starts, core_ends = _merge([(start, end) for start, end, _, _ in calendar.busy])
    padded_starts, padded_ends = _merge([(start - before, end + after) for start, end, before, after in calendar.busy])

    zone = calendar.zone
    first_day = datetime.fromtimestamp(low, zone).date()
    last_day = datetime.fromtimestamp(high, zone).date()
    found: set[int] = set()
    day = first_day
    while day <= last_day:
        for range_start, range_end in opening_ranges(calendar, day):
            start = range_start
            while start + rules.duration <= range_end:
                if start >= high:
                    break
                end = start + rules.duration
                if (
                    start >= low
                    and not _overlaps(core_starts, core_ends, start - rules.before, end + rules.after)
                    and not _overlaps(padded_starts, padded_ends, start, end)
                ):
                    found.add(start)
                start += rules.interval
        day += DAY
    return sorted(found)
