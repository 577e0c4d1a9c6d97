"""The tenant's calling rules as the settings API shows and changes them.

`GET/PATCH /api/v1/settings` carries `calling_limits` ({per_15_minutes,
per_day}, plus the per-number limits and the platform's ceiling, read-only)
and `quiet_hours` ({start, end}: calls only start in this local window of
the person called), and `calling_rules` (minimum gap, consent; the platform's
pause switch, read-only). The tenant can only be stricter than the ceiling
the platform owner set in the admin.
"""

from __future__ import annotations

from datetime import time

from django.core.exceptions import ValidationError
from django.db import transaction

from campaigns.compliance import limits_for
from campaigns.models import CallingSettings

KEYS = ("calling_limits", "quiet_hours", "calling_rules")


def calling_settings_payload(tenant) -> dict:
    limits = limits_for(tenant)
    own = CallingSettings.load()
    return {
        "calling_limits": {
            "per_15_minutes": limits.per_15_minutes,
            "per_day": limits.per_day,
            "number_per_minute": limits.number_per_minute,
            "number_per_day": limits.number_per_day,
            "ceiling": {"per_15_minutes": limits.ceiling_per_15_minutes, "per_day": limits.ceiling_per_day},
        },
        "quiet_hours": {"start": own.quiet_start.strftime("%H:%M"), "end": own.quiet_end.strftime("%H:%M")},
        "calling_rules": {
            "minimum_gap_minutes": own.minimum_gap_minutes,
            "require_consent": own.require_consent,
            "paused": limits.paused,
            "paused_reason": limits.paused_reason,
        },
    }


def _count(errors: dict, key: str, value, *, ceiling: int | None, low: int = 1, high: int = 1_000_000):
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        errors[key] = ["Enter a whole number."]
        return None
    top = min(high, ceiling) if ceiling is not None else high
    if not low <= value <= top:
        note = (
            f" (the platform's ceiling for this workspace is {ceiling})"
            if ceiling is not None and value > ceiling
            else ""
        )
        errors[key] = [f"Enter a whole number from {low} to {top}{note}."]
        return None
    return value


def _clock(errors: dict, key: str, value) -> time | None:
    try:
        hours, minutes = str(value).split(":")
        if len(hours) != 2 or len(minutes) != 2:
            raise ValueError
        return time(int(hours), int(minutes))
    except (TypeError, ValueError):
        errors[key] = ["Give a time like 08:00."]
        return None


def _object(errors: dict, name: str, value, allowed: set[str]) -> dict | None:
    if not isinstance(value, dict):
        errors[name] = ["Expected an object."]
        return None
    unknown = sorted(set(value) - allowed)
    if unknown:
        errors[name] = [f"Unknown key(s): {', '.join(unknown)}."]
        return None
    return value


@transaction.atomic
def calling_settings_update(
    *, tenant, calling_limits=None, quiet_hours=None, calling_rules=None, actor=None, ip_address=None
) -> CallingSettings:
    """Validate everything first; change nothing unless all of it is right."""
    from tenants.services import audit_record

    row = CallingSettings.objects.select_for_update().get(pk=CallingSettings.load().pk)
    limits = limits_for(tenant)
    errors: dict[str, list[str]] = {}
    changes: dict = {}
    if calling_limits is not None:
        given = _object(
            errors,
            "calling_limits",
            calling_limits,
            {"per_15_minutes", "per_day", "number_per_minute", "number_per_day", "ceiling"},
        )
        if given is not None:
            nested: dict = {}
            for key, ceiling in (
                ("per_15_minutes", limits.ceiling_per_15_minutes),
                ("per_day", limits.ceiling_per_day),
            ):
                if key in given:
                    changes[key] = _count(nested, key, given[key], ceiling=ceiling)
            for key in ("number_per_minute", "number_per_day"):
                if key in given:
                    value = _count(nested, key, given[key], ceiling=None)
                    if value is None and key not in nested:
                        nested[key] = ["Enter a whole number."]
                    changes[key] = value
            per_15 = changes.get("per_15_minutes", row.per_15_minutes) or limits.ceiling_per_15_minutes
            per_day = changes.get("per_day", row.per_day) or limits.ceiling_per_day
            if not nested and per_15 > per_day:
                nested["per_15_minutes"] = ["Cannot be more than the daily limit."]
            if nested:
                errors["calling_limits"] = [f"{key}: {' '.join(messages)}" for key, messages in nested.items()]
    if quiet_hours is not None:
        given = _object(errors, "quiet_hours", quiet_hours, {"start", "end"})
        if given is not None:
            nested = {}
            start = _clock(nested, "start", given.get("start", row.quiet_start.strftime("%H:%M")))
            end = _clock(nested, "end", given.get("end", row.quiet_end.strftime("%H:%M")))
            if not nested and start >= end:
                nested["end"] = ["The end must be after the start (calls may start between them, local time)."]
            if nested:
                errors["quiet_hours"] = [f"{key}: {' '.join(messages)}" for key, messages in nested.items()]
            else:
                changes.update(quiet_start=start, quiet_end=end)
    if calling_rules is not None:
        given = _object(
            errors,
            "calling_rules",
            calling_rules,
            {"minimum_gap_minutes", "require_consent", "paused", "paused_reason"},
        )
        if given is not None:
            nested = {}
            if "minimum_gap_minutes" in given:
                value = _count(
                    nested, "minimum_gap_minutes", given["minimum_gap_minutes"], ceiling=None, low=0, high=10080
                )
                if value is None and "minimum_gap_minutes" not in nested:
                    nested["minimum_gap_minutes"] = ["Enter a whole number of minutes."]
                changes["minimum_gap_minutes"] = value
            if "require_consent" in given:
                if not isinstance(given["require_consent"], bool):
                    nested["require_consent"] = ["Enter true or false."]
                changes["require_consent"] = given["require_consent"]
            if given.get("paused", limits.paused) != limits.paused:
                nested["paused"] = ["Only the platform can pause or resume calling."]
            if nested:
                errors["calling_rules"] = [f"{key}: {' '.join(messages)}" for key, messages in nested.items()]
    if errors:
        raise ValidationError(errors)
    for field, value in changes.items():
        setattr(row, field, value)
    row.save()
    if changes:
        audit_record(
            action="calling_settings.updated",
            tenant=tenant,
            actor=actor,
            ip_address=ip_address,
            metadata={"fields": sorted(changes)},
        )
    return row
