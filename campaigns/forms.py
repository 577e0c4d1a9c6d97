"""Turning the portal's campaign form into the data the services take (and back again).

The services check every rule; this only reads form fields into the same
shapes the API uses, so both paths share one set of validations.
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from campaigns.criteria import FINANCING
from campaigns.models import RETRY_OUTCOMES, Campaign
from campaigns.validation import FINAL_OUTCOMES
from campaigns.windows import WEEKDAYS

QUALIFICATION_ROWS = 3
VARIANT_ROWS = 3


def _split(text: str) -> list[str]:
    return [part.strip() for part in (text or "").replace("\n", ",").split(",") if part.strip()]


def _local_moment(value: str, zone) -> datetime | str | None:
    if not value:
        return None
    try:
        naive = datetime.fromisoformat(value)
    except ValueError:
        return value
    return naive if timezone.is_aware(naive) else naive.replace(tzinfo=zone)


def audience_from(post) -> dict:
    audience: dict = {}
    if post.get("audience_all"):
        audience["all"] = True
    ids = _split(post.get("audience_contacts", ""))
    if ids:
        audience["contacts"] = ids
    tags = sorted({*_split(post.get("audience_tags", "")), *post.getlist("audience_tag")})
    if tags:
        audience["tags"] = tags
    groups = [value for value in post.getlist("audience_groups") if value]
    if groups:
        audience["groups"] = groups
    if post.get("audience_saved_view"):
        audience["saved_view"] = post.get("audience_saved_view")
    statuses = post.getlist("audience_statuses")
    if statuses:
        audience["filter"] = {"status": statuses}
    exclude = _split(post.get("audience_exclude_tags", ""))
    if exclude:
        audience["exclude_tags"] = exclude
    return audience


def criteria_from(post) -> dict:
    """The lead-qualification criteria fields, in the shape campaigns.criteria checks."""
    return {
        "budget_min": post.get("criteria_budget_min", "").strip(),
        "budget_max": post.get("criteria_budget_max", "").strip(),
        "currency": post.get("criteria_currency", "").strip(),
        "timeline": post.get("criteria_timeline", "").strip(),
        "property_types": _split(post.get("criteria_property_types", "")),
        "locations": _split(post.get("criteria_locations", "")),
        "financing": post.getlist("criteria_financing"),
        "decision_maker": bool(post.get("criteria_decision_maker")),
        "custom_questions": [q.strip() for q in post.get("criteria_questions", "").splitlines() if q.strip()],
    }


def criteria_initial(criteria: dict) -> dict:
    return {
        "budget_min": criteria.get("budget_min", ""),
        "budget_max": criteria.get("budget_max", ""),
        "currency": criteria.get("currency", ""),
        "timeline": criteria.get("timeline", ""),
        "property_types": ", ".join(criteria.get("property_types", [])),
        "locations": ", ".join(criteria.get("locations", [])),
        "financing": criteria.get("financing", []),
        "decision_maker": bool(criteria.get("decision_maker")),
        "questions": "\n".join(criteria.get("custom_questions", [])),
        "financing_choices": list(FINANCING.items()),
    }


def campaign_data_from(post, *, tenant, draft: bool) -> dict:
    """The service's data dict from the wizard's fields (only the draft's frozen fields when a draft)."""
    zone = tenant.zone
    data: dict = {
        "name": post.get("name", ""),
        "description": post.get("description", ""),
        "priority": post.get("priority") or 50,
        "agent": post.get("agent") or None,
        "from_number": post.get("from_number") or None,
        "ends_at": _local_moment(post.get("ends_at", ""), zone),
        "max_concurrent": post.get("max_concurrent") or None,
        "calls_per_minute": post.get("calls_per_minute") or None,
        "max_attempts": post.get("max_attempts") or None,
        "retry_outcomes": post.getlist("retry_outcomes"),
        "voicemail_message": post.get("voicemail_message", ""),
        "blocked_dates": _split(post.get("blocked_dates", "")),
    }
    gap_hours = post.get("retry_gap_hours", "")
    try:
        data["retry_gap_minutes"] = round(float(gap_hours) * 60)
    except ValueError:
        data["retry_gap_minutes"] = gap_hours
    schedule = {}
    for day in WEEKDAYS:
        if post.get(f"{day}_open"):
            schedule[day] = [[post.get(f"{day}_start", ""), post.get(f"{day}_end", "")]]
        else:
            schedule[day] = []
    data["schedule"] = schedule if any(schedule.values()) else {}
    data["final_status_map"] = {
        outcome: post.get(f"final_{outcome}") for outcome in FINAL_OUTCOMES if post.get(f"final_{outcome}")
    }
    variants = []
    for index in range(VARIANT_ROWS):
        agent = post.get(f"variant_agent_{index}")
        if agent:
            variants.append({"agent": agent, "weight": post.get(f"variant_weight_{index}") or "1"})
    data["variants"] = variants
    rules = []
    for index in range(QUALIFICATION_ROWS):
        field = post.get(f"rule_field_{index}", "").strip()
        if field:
            op = post.get(f"rule_op_{index}", "eq")
            value = post.get(f"rule_value_{index}", "")
            rules.append({"field": field, "op": op, "value": _split(value) if op == "in" else value})
    data["qualification"] = {"match": post.get("rule_match", "all"), "rules": rules} if rules else {}
    variables = {}
    for line in (post.get("variables", "") or "").splitlines():
        if "=" in line:
            name, _, template = line.partition("=")
            variables[name.strip()] = template.strip()
    data["variables"] = variables
    data["qualification_criteria"] = criteria_from(post)
    if draft:
        data["type"] = post.get("type", "outbound")
        data["audience"] = audience_from(post)
        data["starts_at"] = _local_moment(post.get("starts_at", ""), zone)
    return data


def _rule_row(rule: dict) -> dict:
    value = rule.get("value", "")
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return {"field": rule.get("field", ""), "op": rule.get("op", "eq"), "value_text": text}


def initial_from(campaign: Campaign | None, *, tenant) -> dict:
    """What the wizard's fields show for an existing campaign (or a new one)."""
    zone = tenant.zone
    campaign = campaign or Campaign()
    audience = campaign.audience or {}
    schedule = campaign.schedule or {}
    days = [
        {
            "key": day,
            "label": day.capitalize(),
            "open": bool(schedule.get(day)),
            "start": schedule[day][0][0] if schedule.get(day) else "09:00",
            "end": schedule[day][0][1] if schedule.get(day) else "19:00",
        }
        for day in WEEKDAYS
    ]
    rules = (campaign.qualification or {}).get("rules", [])
    variants = campaign.variants or []
    return {
        "days": days,
        "audience_all": bool(audience.get("all")),
        "audience_contacts": ", ".join(str(i) for i in audience.get("contacts", [])),
        "audience_tags": ", ".join(audience.get("tags", [])),
        "audience_statuses": (audience.get("filter") or {}).get("status", []),
        "audience_exclude_tags": ", ".join(audience.get("exclude_tags", [])),
        "audience_groups": [str(g) for g in audience.get("groups", [])],
        "audience_saved_view": str(audience.get("saved_view") or ""),
        "starts_at": campaign.starts_at.astimezone(zone).strftime("%Y-%m-%dT%H:%M") if campaign.starts_at else "",
        "ends_at": campaign.ends_at.astimezone(zone).strftime("%Y-%m-%dT%H:%M") if campaign.ends_at else "",
        "retry_gap_hours": f"{(campaign.retry_gap_minutes or 480) / 60:g}",
        "retry_outcomes": campaign.retry_outcomes if campaign.pk else list(RETRY_OUTCOMES),
        "blocked_dates": ", ".join(d.isoformat() for d in campaign.blocked_dates or []),
        "final_outcomes": [(o, (campaign.final_status_map or {}).get(o, "")) for o in FINAL_OUTCOMES],
        "rule_match": (campaign.qualification or {}).get("match", "all"),
        "rules": [_rule_row(rules[i] if i < len(rules) else {}) for i in range(QUALIFICATION_ROWS)],
        "variants": [variants[i] if i < len(variants) else {"agent": "", "weight": ""} for i in range(VARIANT_ROWS)],
        "variables": "\n".join(f"{k} = {v}" for k, v in (campaign.variables or {}).items()),
        "criteria": criteria_initial(campaign.qualification_criteria or {}),
    }


def initial_from_post(post) -> dict:
    """The wizard's fields as they were typed, to show them again next to the errors."""
    return {
        "days": [
            {
                "key": day,
                "label": day.capitalize(),
                "open": bool(post.get(f"{day}_open")),
                "start": post.get(f"{day}_start", "09:00"),
                "end": post.get(f"{day}_end", "19:00"),
            }
            for day in WEEKDAYS
        ],
        "audience_all": bool(post.get("audience_all")),
        "audience_contacts": post.get("audience_contacts", ""),
        "audience_tags": post.get("audience_tags", ""),
        "audience_statuses": post.getlist("audience_statuses"),
        "audience_exclude_tags": post.get("audience_exclude_tags", ""),
        "audience_groups": post.getlist("audience_groups"),
        "audience_saved_view": post.get("audience_saved_view", ""),
        "starts_at": post.get("starts_at", ""),
        "ends_at": post.get("ends_at", ""),
        "retry_gap_hours": post.get("retry_gap_hours", ""),
        "retry_outcomes": post.getlist("retry_outcomes"),
        "blocked_dates": post.get("blocked_dates", ""),
        "final_outcomes": [(o, post.get(f"final_{o}", "")) for o in FINAL_OUTCOMES],
        "rule_match": post.get("rule_match", "all"),
        "rules": [
            {
                "field": post.get(f"rule_field_{i}", ""),
                "op": post.get(f"rule_op_{i}", "eq"),
                "value_text": post.get(f"rule_value_{i}", ""),
            }
            for i in range(QUALIFICATION_ROWS)
        ],
        "variants": [
            {"agent": post.get(f"variant_agent_{i}", ""), "weight": post.get(f"variant_weight_{i}", "")}
            for i in range(VARIANT_ROWS)
        ],
        "variables": post.get("variables", ""),
        "criteria": {
            **criteria_initial({}),
            **{key: post.get(f"criteria_{key}", "") for key in ("budget_min", "budget_max", "currency", "timeline")},
            "property_types": post.get("criteria_property_types", ""),
            "locations": post.get("criteria_locations", ""),
            "financing": post.getlist("criteria_financing"),
            "decision_maker": bool(post.get("criteria_decision_maker")),
            "questions": post.get("criteria_questions", ""),
        },
    }
