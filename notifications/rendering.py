"""Template variables: which exist, checking a template, and filling one in.

Only plain `{name}` placeholders from VARIABLES are allowed (no attribute
access, indexing or format specs), so a template can never reach into
Python objects. `{{` and `}}` write literal braces.
"""

from __future__ import annotations

import string
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError

VARIABLES = {
    "guest_name": "The guest's name",
    "appointment_date": "Date in the guest's time zone, e.g. Tuesday 3 March 2026",
    "appointment_time": "Time in the guest's time zone, e.g. 14:30 GMT",
    "appointment_type": "What is booked, e.g. Check-up",
    "resource_name": "Who or what it is with",
    "company_name": "Your business name",
    "company_phone": "Your support phone number (Settings)",
    "confirm_link": "Link for the guest to confirm",
    "reschedule_link": "Link for the guest to pick another time",
    "cancel_link": "Link for the guest to cancel",
}

_FORMATTER = string.Formatter()


def template_errors(text: str) -> list[str]:
    """What is wrong with a template's placeholders (empty when it is fine)."""
    problems = []
    try:
        parsed = list(_FORMATTER.parse(text or ""))
    except ValueError as exc:
        return [f"Unbalanced braces ({exc}). Write {{{{ and }}}} for literal braces."]
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if field not in VARIABLES or spec or conversion:
            shown = "{" + field + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
            problems.append(f"Unknown variable {shown}. Use one of: " + ", ".join("{" + v + "}" for v in VARIABLES))
    return problems


def render(text: str, context: dict[str, str]) -> str:
    """Fill the placeholders; unknown ones (never saved, but defensively) are left as written."""
    out = []
    for literal, field, _spec, _conversion in _FORMATTER.parse(text or ""):
        out.append(literal)
        if field is not None:
            out.append(str(context.get(field, "{" + field + "}")))
    return "".join(out)


def format_date(value, zone: ZoneInfo) -> str:
    local = value.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}"


def format_time(value, zone: ZoneInfo) -> str:
    """24-hour clock, except in the Americas; with the zone's abbreviation (GMT, BST, CST)."""
    local = value.astimezone(zone)
    if str(zone).startswith("America/"):
        hour = local.hour % 12 or 12
        clock = f"{hour}:{local:%M} {'AM' if local.hour < 12 else 'PM'}"
    else:
        clock = f"{local:%H:%M}"
    return f"{clock} {local.tzname()}"


def check(errors: dict, field: str, text: str) -> None:
    problems = template_errors(text)
    if problems:
        errors[field] = problems


def validate(subject: str, body: str) -> None:
    errors: dict[str, list[str]] = {}
    check(errors, "subject", subject)
    check(errors, "body", body)
    if errors:
        raise ValidationError(errors)
