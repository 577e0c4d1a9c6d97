"""Reading times people and programs send: ISO dates or date-times, in a given zone when naive."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

DEFAULT_SPAN = timedelta(days=7)


def parse_moment(
    value: str | None,
    zone,
    *,
    field: str,
    default_from: datetime | None = None,
    end_of_day: bool = False,
) -> datetime:
    """An aware datetime from '2026-03-02', '2026-03-02T09:00' (read in `zone`) or a full ISO time.

    Empty means now (or `default_from` + 7 days). A bare date used as an end
    means the end of that day (`end_of_day`).
    """
    if value in (None, ""):
        return (default_from + DEFAULT_SPAN) if default_from is not None else timezone.now()
    text = str(value).strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day + timedelta(days=1) if end_of_day else day, time(0), tzinfo=zone)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError({field: [f"{value!r} is not an ISO date or date-time."]}) from exc
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=zone)
    return moment
