"""What a campaign tells its agent and how it reads the answer.

- Script variables: each call gets the contact's own fields and custom
  fields, the target's frozen variables (an appointment's time), and the
  campaign's extra variables, whose values may use {{first_name}},
  {{company}} or {{custom.<key>}}.
- Qualification criteria: which post-call analysis fields and values make
  a lead `qualified`, e.g. {"match": "all", "rules": [{"field": "budget",
  "op": "gte", "value": 1000}]}. Without criteria, the call's own outcome
  (calls.outcomes) decides.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}")
CONTACT_FIELDS = ("first_name", "last_name", "full_name", "company", "email", "phone")
MAX_VARIABLES = 30
MAX_CALL_VARIABLES = 50  # what calls.services accepts
OPS = ("eq", "ne", "in", "gt", "gte", "lt", "lte", "truthy", "falsy", "contains")


def clean_variables(value) -> dict[str, str]:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise ValidationError({"variables": ["Variables are an object of names to text."]})
    if len(value) > MAX_VARIABLES:
        raise ValidationError({"variables": [f"At most {MAX_VARIABLES} variables."]})
    cleaned = {}
    for name, template in value.items():
        if not isinstance(name, str) or not NAME.match(name):
            raise ValidationError(
                {"variables": [f"{name!r} is not a variable name (a letter, then letters, digits, _)."]}
            )
        if not isinstance(template, str | int | float) or isinstance(template, bool):
            raise ValidationError({"variables": [f"{name}: the value must be text."]})
        template = str(template)[:500]
        for field in PLACEHOLDER.findall(template):
            if field not in CONTACT_FIELDS and not field.startswith("custom."):
                raise ValidationError(
                    {
                        "variables": [
                            f"{name}: unknown placeholder {{{{{field}}}}}; use a contact field or custom.<key>."
                        ]
                    }
                )
        cleaned[name] = template
    return cleaned


def contact_values(contact) -> dict[str, str]:
    values = {field: str(getattr(contact, field, "") or "") for field in CONTACT_FIELDS}
    for key, item in (contact.custom_fields or {}).items():
        if isinstance(item, str | int | float | bool):
            values[f"custom.{key}"] = str(item)
    return values


def render(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), template)


def call_variables(*, campaign, target, contact) -> dict[str, str]:
    """Everything the call's script can use (calls.services adds business_name and the names).

    The qualification criteria come last and are never cut: they are the brief for the call.
    """
    from campaigns.criteria import criteria_variables

    criteria = criteria_variables(campaign.qualification_criteria or {})
    values = contact_values(contact)
    variables = {key.replace("custom.", "custom_"): value for key, value in values.items() if value}
    variables.update({k: str(v)[:500] for k, v in (target.variables or {}).items()})
    variables.update({name: render(template, values)[:500] for name, template in (campaign.variables or {}).items()})
    if campaign.voicemail_message:
        variables["voicemail_message"] = render(campaign.voicemail_message, values)[:500]
    variables = {k: v for k, v in variables.items() if NAME.match(k) and k not in criteria}
    return dict(list(variables.items())[: MAX_CALL_VARIABLES - len(criteria)]) | criteria


# --- qualification ----------------------------------------------------------------------------


def clean_qualification(value) -> dict:
    if value in (None, "", {}):
        return {}
    if not isinstance(value, dict):
        raise ValidationError({"qualification": ['Criteria are {"match": "all", "rules": [...]}.']})
    match = value.get("match", "all")
    if match not in ("all", "any"):
        raise ValidationError({"qualification": ['"match" is "all" or "any".']})
    rules = value.get("rules") or []
    if not isinstance(rules, list) or len(rules) > 20:
        raise ValidationError({"qualification": ["Rules are a list of at most 20."]})
    cleaned = []
    for index, rule in enumerate(rules, start=1):
        if not isinstance(rule, dict) or not isinstance(rule.get("field"), str) or not rule["field"].strip():
            raise ValidationError({"qualification": [f"Rule {index}: name the analysis field."]})
        op = rule.get("op", "eq")
        if op not in OPS:
            raise ValidationError({"qualification": [f"Rule {index}: the operator is one of {', '.join(OPS)}."]})
        item = {"field": rule["field"].strip()[:60], "op": op}
        if op not in ("truthy", "falsy"):
            if "value" not in rule:
                raise ValidationError({"qualification": [f"Rule {index}: give a value to compare with."]})
            wanted = rule["value"]
            if op == "in" and not isinstance(wanted, list):
                raise ValidationError({"qualification": [f"Rule {index}: 'in' needs a list of values."]})
            if op in ("gt", "gte", "lt", "lte") and _number(wanted) is None:
                raise ValidationError({"qualification": [f"Rule {index}: compare numbers with a number."]})
            item["value"] = wanted
        cleaned.append(item)
    return {"match": match, "rules": cleaned} if cleaned else {}


def _number(value) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        return Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        return None


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "y")
    return bool(value)


def _same(left, right) -> bool:
    if isinstance(left, str) or isinstance(right, str):
        return str(left).strip().lower() == str(right).strip().lower()
    return left == right


def _rule_holds(rule: dict, analysis: dict) -> bool:
    actual = analysis.get(rule["field"])
    op, wanted = rule["op"], rule.get("value")
    if op == "truthy":
        return _truthy(actual)
    if op == "falsy":
        return not _truthy(actual)
    if actual is None:
        return False
    if op == "eq":
        return _same(actual, wanted)
    if op == "ne":
        return not _same(actual, wanted)
    if op == "in":
        return any(_same(actual, item) for item in wanted)
    if op == "contains":
        return str(wanted).lower() in str(actual).lower()
    left, right = _number(actual), _number(wanted)
    if left is None or right is None:
        return False
    return {"gt": left > right, "gte": left >= right, "lt": left < right, "lte": left <= right}[op]


def is_qualified(criteria: dict, analysis: dict, outcome: str) -> bool | None:
    """True/False for an answered call; None when there is nothing to judge."""
    if not criteria:
        return True if outcome == "qualified" else None
    analysis = analysis if isinstance(analysis, dict) else {}
    if not analysis:
        return None
    results = [_rule_holds(rule, analysis) for rule in criteria["rules"]]
    return all(results) if criteria["match"] == "all" else any(results)
