"""The dashboard's filters (period and campaign), parsed the same way for the portal and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.core.exceptions import ValidationError

PRESETS = {"7": 7, "30": 30, "90": 90}
MAX_DAYS = 366


@dataclass(frozen=True)
class Filters:
    start: date
    end: date  # inclusive
    campaign_id: int | None = None
    preset: str = "30"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Filters:
        """The period of the same length just before this one."""
        end = self.start - timedelta(days=1)
        return Filters(start=end - timedelta(days=self.days - 1), end=end, campaign_id=self.campaign_id)

    def querystring(self) -> str:
        parts = [f"period={self.preset}"]
        if self.preset == "custom":
            parts += [f"start={self.start.isoformat()}", f"end={self.end.isoformat()}"]
        if self.campaign_id:
            parts.append(f"campaign={self.campaign_id}")
        return "&".join(parts)


def _date(value: str, field: str, errors: dict) -> date | None:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        errors[field] = ["Give a date as YYYY-MM-DD."]
        return None


def parse_filters(params, *, today: date) -> Filters:
    """`period` = 7|30|90|custom (with `start` and `end`), optional `campaign` id; ValidationError otherwise."""
    errors: dict[str, list[str]] = {}
    preset = (params.get("period") or "30").strip()
    start = end = None
    if preset in PRESETS:
        end = today
        start = today - timedelta(days=PRESETS[preset] - 1)
    elif preset == "custom":
        start = _date(params.get("start", ""), "start", errors)
        end = _date(params.get("end", ""), "end", errors)
        if start and end:
            if start > end:
                errors["end"] = ["The end date is before the start date."]
            elif (end - start).days + 1 > MAX_DAYS:
                errors["end"] = [f"A period is at most {MAX_DAYS} days."]
    else:
        errors["period"] = ["Choose 7, 30, 90 or custom."]
    campaign_id = None
    raw_campaign = (params.get("campaign") or "").strip()
    if raw_campaign:
        if not raw_campaign.isdigit():
            errors["campaign"] = ["A campaign is given by its id."]
        else:
            from campaigns.models import Campaign

            campaign_id = int(raw_campaign)
            if not Campaign.objects.filter(pk=campaign_id).exists():
                errors["campaign"] = ["No such campaign in this workspace."]
    if errors:
        raise ValidationError(errors)
    return Filters(start=start, end=end, campaign_id=campaign_id, preset=preset)
