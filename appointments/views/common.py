"""Shared bits of the calendar pages: filters from the query string, dates, error dicts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlencode

from django.utils import timezone

from appointments.models import AppointmentStatus, AppointmentType, Resource


def _ints(values: list[str]) -> list[int]:
    result = []
    for value in values:
        try:
            result.append(int(value))
        except (TypeError, ValueError):
            continue
    return result


@dataclass
class CalendarFilters:
    resource_ids: list[int]
    type_ids: list[int]
    statuses: list[str]

    @classmethod
    def from_request(cls, request) -> CalendarFilters:
        statuses = [s for s in request.GET.getlist("status") if s in AppointmentStatus.values]
        return cls(
            resource_ids=_ints(request.GET.getlist("resource")),
            type_ids=_ints(request.GET.getlist("type")),
            statuses=statuses,
        )

    def query(self, **extra) -> str:
        pairs = [("resource", r) for r in self.resource_ids]
        pairs += [("type", t) for t in self.type_ids]
        pairs += [("status", s) for s in self.statuses]
        pairs += [(k, v) for k, v in extra.items() if v not in (None, "")]
        return urlencode(pairs)

    def context(self) -> dict:
        return {
            "filters": self,
            "filter_resources": Resource.objects.filter(is_active=True),
            "filter_types": AppointmentType.objects.filter(is_active=True),
            "filter_statuses": AppointmentStatus.choices,
        }


def anchor_date(request, zone) -> date:
    raw = request.GET.get("date", "")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return timezone.now().astimezone(zone).date()


def parse_local(value: str, zone) -> datetime | None:
    """A datetime-local field ('2026-03-02T09:30') read in `zone`; full ISO strings keep their offset."""
    try:
        moment = datetime.fromisoformat((value or "").strip())
    except ValueError:
        return None
    return moment.replace(tzinfo=zone) if timezone.is_naive(moment) else moment
