"""What makes a script valid: known variables, branch targets that exist, and a way out of every loop.

Errors name the step they are about, so the editor can show them there.
Variables are written {contact.first_name}; each maps to the dynamic
variable calls already carry (calls.services.placing.contact_variables,
campaigns.scripting.call_variables, the reminders' appointment fields).
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

ACTIONS = {
    "book_appointment": "Book an appointment (check_availability, then book_appointment)",
    "reschedule": "Move the appointment (check_availability, then reschedule_appointment)",
    "transfer": "Hand over to a person (transfer_to_human)",
    "send_details": "Offer to send the details by text or email",
    "schedule_callback": "Agree a time for a call back",
    "end_call": "End the call politely",
}
# Script variable -> the call's dynamic variable.
BUILT_IN_VARIABLES = {
    "contact.first_name": "first_name",
    "contact.last_name": "last_name",
    "contact.full_name": "full_name",
    "contact.company": "company",
    "contact.email": "email",
    "business.name": "business_name",
    "appointment.time": "appointment_time",
    "appointment.date": "appointment_date",
    "appointment.clock": "appointment_clock",
    "appointment.type": "appointment_type",
    "appointment.resource": "resource_name",
}
VARIABLE = re.compile(r"\{([^{}]*)\}")
KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
WORD = re.compile(r"[a-z0-9']+")
MAX_STEPS = 40
TEXT_LIMITS = {"title": 80, "line": 1000}
STEP_FIELDS = {"key", "title", "line", "expected", "branches", "next", "objections", "actions"}


def words(text: str) -> set[str]:
    """The lower-case words of a line or an answer, as the rehearsal and corrections compare them."""
    return set(WORD.findall(text.lower()))


def variable_catalogue() -> dict[str, str]:
    """Every variable a script may use in this tenant: the built-ins and its contacts' custom fields."""
    from contacts.models import CustomFieldDefinition

    catalogue = dict(BUILT_IN_VARIABLES)
    for key in CustomFieldDefinition.objects.values_list("key", flat=True):
        catalogue[f"contact.custom.{key}"] = "custom_" + key.replace("-", "_")
    return catalogue


def variables_in(text: str) -> list[str]:
    return [name.strip() for name in VARIABLE.findall(text or "")]


def _texts(step: dict) -> list[str]:
    texts = [step["line"]]
    texts += [item["reply"] for item in step["objections"]]
    return texts


def _clean_list(value, where: str, what: str, *, most: int, length: int) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        raise ValidationError({"steps": [f"{where}: {what} is a list of short phrases."]})
    items = [str(item).strip() for item in value if str(item).strip()]
    if len(items) > most or any(len(item) > length for item in items):
        raise ValidationError({"steps": [f"{where}: at most {most} {what} of up to {length} characters."]})
    return items


def _clean_pairs(value, where: str, what: str, left: str, right: str) -> list[dict]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or len(value) > 20:
        raise ValidationError({"steps": [f"{where}: {what} are a list of at most 20 {{{left}, {right}}} objects."]})
    pairs = []
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise ValidationError({"steps": [f"{where}: {what} {index} must be an object with {left} and {right}."]})
        a, b = str(item.get(left) or "").strip(), str(item.get(right) or "").strip()
        if not a or not b or len(a) > 200 or len(b) > 1000:
            raise ValidationError({"steps": [f"{where}: {what} {index} needs a {left} and a {right}."]})
        pairs.append({left: a, right: b})
    return pairs


def _clean_step(raw, index: int) -> dict:
    where = f"Step {index}"
    if not isinstance(raw, dict):
        raise ValidationError({"steps": [f"{where}: expected an object with key and line."]})
    unknown = set(raw) - STEP_FIELDS
    if unknown:
        raise ValidationError({"steps": [f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}."]})
    key = str(raw.get("key") or "").strip()
    if not KEY.match(key):
        raise ValidationError({"steps": [f"{where}: the key must be snake_case (a-z, 0-9, _), up to 40 characters."]})
    where = f'Step "{key}"'
    step = {"key": key}
    for field, limit in TEXT_LIMITS.items():
        value = str(raw.get(field) or "").strip()
        if len(value) > limit:
            raise ValidationError({"steps": [f"{where}: the {field} is longer than {limit} characters."]})
        step[field] = value
    if not step["line"]:
        raise ValidationError({"steps": [f"{where}: write what the agent says."]})
    step["title"] = step["title"] or key.replace("_", " ").capitalize()
    if "{{" in step["line"]:
        raise ValidationError({"steps": [f"{where}: write variables with single braces, like {{contact.first_name}}."]})
    step["expected"] = _clean_list(raw.get("expected"), where, "expected answers", most=10, length=100)
    step["branches"] = _clean_pairs(raw.get("branches"), where, "branches", "answer", "goto")
    step["next"] = str(raw.get("next") or "").strip()
    step["objections"] = _clean_pairs(raw.get("objections"), where, "objections", "objection", "reply")
    step["actions"] = _clean_list(raw.get("actions"), where, "actions", most=len(ACTIONS), length=40)
    for action in step["actions"]:
        if action not in ACTIONS:
            raise ValidationError(
                {"steps": [f'{where}: unknown call to action "{action}"; choose from {", ".join(ACTIONS)}.']}
            )
    return step


def successors(step: dict) -> list[str]:
    targets = [branch["goto"] for branch in step["branches"]]
    if step["next"]:
        targets.append(step["next"])
    return targets


def is_end(step: dict) -> bool:
    """A step the call can end on: nothing follows it."""
    return not successors(step)


def _trapped(steps: list[dict]) -> list[str]:
    """Steps reachable from the start from which no end step can be reached (a loop with no exit)."""
    by_key = {step["key"]: step for step in steps}
    can_end = {key for key, step in by_key.items() if is_end(step)}
    changed = True
    while changed:
        changed = False
        for key, step in by_key.items():
            if key not in can_end and any(target in can_end for target in successors(step)):
                can_end.add(key)
                changed = True
    reachable, stack = set(), [steps[0]["key"]]
    while stack:
        key = stack.pop()
        if key in reachable:
            continue
        reachable.add(key)
        stack.extend(successors(by_key[key]))
    return [step["key"] for step in steps if step["key"] in reachable and step["key"] not in can_end]


def clean_content(content, *, catalogue: dict[str, str] | None = None) -> dict:
    """The script content normalised, or a ValidationError whose messages name the step at fault."""
    if not isinstance(content, dict):
        raise ValidationError({"steps": ["A script is an object with a list of steps."]})
    raw_steps = content.get("steps")
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ValidationError({"steps": ["A script needs at least one step."]})
    if len(raw_steps) > MAX_STEPS:
        raise ValidationError({"steps": [f"At most {MAX_STEPS} steps."]})
    catalogue = variable_catalogue() if catalogue is None else catalogue
    steps = [_clean_step(raw, index) for index, raw in enumerate(raw_steps, start=1)]
    keys = [step["key"] for step in steps]
    errors = []
    for key in sorted({key for key in keys if keys.count(key) > 1}):
        errors.append(f'Step "{key}": two steps have this key.')
    for step in steps:
        for name in sorted({name for text in _texts(step) for name in variables_in(text)}):
            if name not in catalogue:
                errors.append(
                    f'Step "{step["key"]}": unknown variable {{{name}}}; use one of '
                    + ", ".join("{" + known + "}" for known in sorted(catalogue))
                    + "."
                )
        for target in successors(step):
            if target not in keys:
                errors.append(f'Step "{step["key"]}": goes to "{target}", which is not a step of this script.')
    if errors:
        raise ValidationError({"steps": errors})
    trapped = _trapped(steps)
    if trapped:
        raise ValidationError(
            {
                "steps": [
                    f'Step "{key}": loops with no way to end the call (add a branch to an end step).' for key in trapped
                ]
            }
        )
    return {"steps": steps}
