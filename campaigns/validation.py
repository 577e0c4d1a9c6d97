"""Checking a campaign's fields: shapes, ranges, and references to this workspace's own rows.

The API and the portal both pass their input through `clean_campaign`, so
one set of rules (and messages) applies whichever way a campaign is edited.
"""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

from calls.models import Agent, PhoneNumber
from campaigns import criteria, scripting
from campaigns.audience import clean_audience
from campaigns.models import RETRY_OUTCOMES, CampaignType
from contacts.models import LeadStatus
from tenants.services import validate_business_hours

# The outcomes a final status map can name: business outcomes first, then how the call ended.
FINAL_OUTCOMES = (
    "confirmed",
    "reschedule_requested",
    "cancelled",
    "qualified",
    "not_interested",
    "callback_requested",
    "completed",
    "transferred",
    "voicemail",
    "ivr",
    "no_answer",
    "busy",
    "failed",
)

# Fields that can change at any time, and those that only make sense before the audience is frozen.
LIVE_FIELDS = frozenset(
    {
        "name",
        "description",
        "agent",
        "variants",
        "from_number",
        "variables",
        "qualification",
        "qualification_criteria",
        "ends_at",
        "schedule",
        "blocked_dates",
        "priority",
        "max_concurrent",
        "calls_per_minute",
        "max_attempts",
        "retry_gap_minutes",
        "retry_outcomes",
        "voicemail_message",
        "final_status_map",
    }
)
DRAFT_FIELDS = frozenset({"type", "audience", "starts_at"})
FIELDS = LIVE_FIELDS | DRAFT_FIELDS

RANGES = {
    "priority": (0, 100),
    "max_concurrent": (1, 500),
    "calls_per_minute": (1, 6000),
    "max_attempts": (1, 10),
    "retry_gap_minutes": (15, 10080),
}


# --- validation -----------------------------------------------------------------------------


def _int(errors: dict, field: str, value):
    low, high = RANGES[field]
    if isinstance(value, bool):
        value = None
    try:
        number = int(value)
    except (TypeError, ValueError):
        errors[field] = [f"Enter a whole number from {low} to {high}."]
        return None
    if not low <= number <= high:
        errors[field] = [f"Enter a whole number from {low} to {high}."]
        return None
    return number


def _moment(errors: dict, field: str, value) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            errors[field] = ["Give a date and time like 2026-03-02T09:00:00+00:00."]
            return None
    if not isinstance(value, datetime) or timezone.is_naive(value):
        errors[field] = ["Give the time with its time zone, e.g. 2026-03-02T09:00:00+00:00."]
        return None
    return value


def _agent(errors: dict, field: str, value) -> Agent | None:
    if value in (None, ""):
        return None
    if isinstance(value, Agent):
        return value
    try:
        agent = Agent.objects.filter(pk=int(value)).first()
    except (TypeError, ValueError):
        agent = None
    if agent is None:
        errors[field] = ["Choose one of this workspace's agents."]
    return agent


def _variants(errors: dict, value) -> list[dict]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or len(value) > 5:
        errors["variants"] = ['Variants are a list of at most 5 {"agent": id, "weight": 1-100}.']
        return []
    cleaned, seen = [], set()
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            errors["variants"] = [f"Variant {index}: give an agent and a weight."]
            return []
        problems: dict = {}
        agent = _agent(problems, "agent", item.get("agent"))
        if agent is None:
            errors["variants"] = [f"Variant {index}: choose one of this workspace's agents."]
            return []
        weight = item.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, int | str) or not str(weight).isdigit():
            errors["variants"] = [f"Variant {index}: the weight is a whole number from 1 to 100."]
            return []
        weight = int(weight)
        if not 1 <= weight <= 100:
            errors["variants"] = [f"Variant {index}: the weight is a whole number from 1 to 100."]
            return []
        if agent.pk in seen:
            errors["variants"] = [f"Variant {index}: {agent.name} is already a variant."]
            return []
        seen.add(agent.pk)
        cleaned.append({"agent": agent.pk, "weight": weight})
    if len(cleaned) == 1:
        errors["variants"] = ["A/B testing needs at least two variants (or none)."]
        return []
    return cleaned


def _number(errors: dict, value) -> PhoneNumber | None:
    if value in (None, ""):
        return None
    if isinstance(value, PhoneNumber):
        return value
    try:
        number = PhoneNumber.objects.filter(pk=int(value), status=PhoneNumber.Status.ACTIVE).first()
    except (TypeError, ValueError):
        number = None
    if number is None:
        errors["from_number"] = ["Choose one of this workspace's active numbers."]
    return number


def _dates(errors: dict, value) -> list[date]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or len(value) > 366:
        errors["blocked_dates"] = ["Blocked dates are a list of dates like 2026-12-25."]
        return []
    out = set()
    for item in value:
        try:
            out.add(item if isinstance(item, date) else date.fromisoformat(str(item)))
        except ValueError:
            errors["blocked_dates"] = [f"{item!r} is not a date like 2026-12-25."]
            return []
    return sorted(out)


def _status_map(errors: dict, value) -> dict:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        errors["final_status_map"] = ['Map outcomes to lead statuses, e.g. {"no_answer": "unresponsive"}.']
        return {}
    unknown = sorted(set(value) - set(FINAL_OUTCOMES))
    if unknown:
        errors["final_status_map"] = [f"Unknown outcome(s): {', '.join(unknown)}. Use {', '.join(FINAL_OUTCOMES)}."]
        return {}
    bad = sorted({str(v) for v in value.values()} - set(LeadStatus.values))
    if bad:
        errors["final_status_map"] = [f"Unknown lead status(es): {', '.join(bad)}."]
        return {}
    return {str(k): str(v) for k, v in value.items()}


def clean_campaign(data: dict) -> dict:
    """Check every field given; return model-ready values or raise ValidationError with field messages."""
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ValidationError({field: ["Unknown field."] for field in unknown})
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    for field, value in data.items():
        if field == "name":
            name = (value or "").strip() if isinstance(value, str) else ""
            if not name:
                errors["name"] = ["Give the campaign a name."]
            elif len(name) > 120:
                errors["name"] = ["At most 120 characters."]
            cleaned["name"] = name
        elif field == "description":
            cleaned["description"] = str(value or "")[:5000]
        elif field == "type":
            if value not in CampaignType.values:
                errors["type"] = [f"Choose one of: {', '.join(CampaignType.values)}."]
            cleaned["type"] = value
        elif field == "agent":
            cleaned["agent"] = _agent(errors, "agent", value)
        elif field == "variants":
            cleaned["variants"] = _variants(errors, value)
        elif field == "from_number":
            cleaned["from_number"] = _number(errors, value)
        elif field == "audience":
            try:
                cleaned["audience"] = clean_audience(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field == "variables":
            try:
                cleaned["variables"] = scripting.clean_variables(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field == "qualification":
            try:
                cleaned["qualification"] = scripting.clean_qualification(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field == "qualification_criteria":
            try:
                cleaned["qualification_criteria"] = criteria.clean_criteria(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field in ("starts_at", "ends_at"):
            cleaned[field] = _moment(errors, field, value)
        elif field == "schedule":
            try:
                schedule = validate_business_hours(value or {})
                cleaned["schedule"] = schedule if any(schedule.values()) else {}
            except ValidationError as exc:
                errors["schedule"] = exc.messages
        elif field == "blocked_dates":
            cleaned["blocked_dates"] = _dates(errors, value)
        elif field in RANGES:
            cleaned[field] = _int(errors, field, value)
        elif field == "retry_outcomes":
            outcomes = value if isinstance(value, list) else None
            if outcomes is None or not all(isinstance(o, str) for o in outcomes):
                errors["retry_outcomes"] = [f"Choose from: {', '.join(RETRY_OUTCOMES)}."]
            elif set(outcomes) - set(RETRY_OUTCOMES):
                bad = ", ".join(sorted(set(outcomes) - set(RETRY_OUTCOMES)))
                errors["retry_outcomes"] = [f"Unknown outcome(s): {bad}. Choose from: {', '.join(RETRY_OUTCOMES)}."]
            else:
                cleaned["retry_outcomes"] = [o for o in RETRY_OUTCOMES if o in outcomes]
        elif field == "voicemail_message":
            message = str(value or "").strip()
            if len(message) > 1000:
                errors["voicemail_message"] = ["At most 1000 characters."]
            cleaned["voicemail_message"] = message
        elif field == "final_status_map":
            cleaned["final_status_map"] = _status_map(errors, value)
    if errors:
        raise ValidationError(errors)
    return cleaned
