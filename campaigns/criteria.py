"""Lead-qualification criteria: what the agent must find out on a campaign's calls, and what the
business is looking for (a budget range, a timeline, property types, locations, financing,
whether the person decides, and the business's own questions).

Stored on the campaign (`Campaign.qualification_criteria`), checked here, and written into
each call's context as script variables: `qualification_criteria` (the whole brief in one
paragraph, for the prompt) and one `qualify_<name>` per criterion that is set. The
`qualification` rules are separate: they judge the analysis after the call.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

FINANCING = {
    "cash": "paying cash",
    "mortgage_approved": "a mortgage already approved",
    "mortgage_needed": "needs a mortgage",
    "loan": "a bank loan",
}
FIELDS = (
    "budget_min",
    "budget_max",
    "currency",
    "timeline",
    "property_types",
    "locations",
    "financing",
    "decision_maker",
    "custom_questions",
)
MAX_LIST = 10
MAX_QUESTIONS = 10
VARIABLE_LIMIT = 500


def _error(message: str) -> ValidationError:
    return ValidationError({"qualification_criteria": [message]})


def _amount(value, label: str) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, bool | dict | list):
        raise _error(f"{label}: give an amount, e.g. 450000.")
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except (InvalidOperation, ValueError):
        raise _error(f"{label}: give an amount, e.g. 450000.") from None
    if not amount.is_finite() or amount < 0 or amount > Decimal("1e13"):
        raise _error(f"{label}: give an amount from 0 up.")
    return amount


def _words(value, label: str, *, limit: int = MAX_LIST, length: int = 80) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _error(f"{label}: give a list of words.")
    items = []
    for item in value:
        item = item.strip()
        if not item:
            continue
        if len(item) > length:
            raise _error(f"{label}: “{item[:20]}…” is longer than {length} characters.")
        if item.lower() not in (i.lower() for i in items):
            items.append(item)
    if len(items) > limit:
        raise _error(f"{label}: at most {limit}.")
    return items


def clean_criteria(value) -> dict:
    """The criteria as stored (only what is set), or ValidationError naming the problem."""
    if value in (None, "", {}):
        return {}
    if not isinstance(value, dict):
        raise _error('Criteria are an object such as {"budget_max": 500000, "currency": "GBP"}.')
    unknown = sorted(set(value) - set(FIELDS))
    if unknown:
        raise _error(f"Unknown criteria: {', '.join(map(str, unknown))}. Use {', '.join(FIELDS)}.")
    cleaned: dict = {}
    low = _amount(value.get("budget_min"), "Lowest budget")
    high = _amount(value.get("budget_max"), "Highest budget")
    if low is not None and high is not None and low > high:
        raise _error("The highest budget must be at least the lowest.")
    if low is not None:
        cleaned["budget_min"] = str(low)
    if high is not None:
        cleaned["budget_max"] = str(high)
    currency = str(value.get("currency") or "").strip().upper()
    if currency:
        if len(currency) != 3 or not currency.isalpha() or not currency.isascii():
            raise _error("Currency: a three-letter code such as GBP, USD or INR.")
        cleaned["currency"] = currency
    timeline = value.get("timeline")
    if timeline not in (None, ""):
        if not isinstance(timeline, str) or len(timeline.strip()) > 120:
            raise _error("Timeline: a short phrase such as “within 6 months” (at most 120 characters).")
        cleaned["timeline"] = timeline.strip()
    for field, label in (("property_types", "Property types"), ("locations", "Locations")):
        items = _words(value.get(field), label)
        if items:
            cleaned[field] = items
    financing = _words(value.get("financing"), "Financing")
    bad = [item for item in financing if item not in FINANCING]
    if bad:
        raise _error(f"Financing: unknown status {', '.join(bad)}; choose from {', '.join(FINANCING)}.")
    if financing:
        cleaned["financing"] = financing
    decision_maker = value.get("decision_maker")
    if decision_maker not in (None, ""):
        if not isinstance(decision_maker, bool):
            raise _error("Decision maker: true (speak to the person who decides) or false.")
        if decision_maker:
            cleaned["decision_maker"] = True
    questions = _words(value.get("custom_questions"), "Custom questions", limit=MAX_QUESTIONS, length=300)
    if questions:
        cleaned["custom_questions"] = questions
    return cleaned


def _money(amount: str, currency: str) -> str:
    number = Decimal(amount)
    text = f"{number:,.0f}" if number == number.to_integral_value() else f"{number:,.2f}"
    return f"{currency} {text}".strip()


def _budget(criteria: dict) -> str:
    currency = criteria.get("currency", "")
    low, high = criteria.get("budget_min"), criteria.get("budget_max")
    if low and high:
        return f"between {_money(low, currency)} and {_money(high, currency)}"
    if high:
        return f"up to {_money(high, currency)}"
    if low:
        return f"at least {_money(low, currency)}"
    return ""


def criteria_variables(criteria: dict) -> dict[str, str]:
    """The call's script variables for these criteria (nothing when there are none)."""
    if not criteria:
        return {}
    parts: dict[str, str] = {}
    budget = _budget(criteria)
    if budget:
        parts["qualify_budget"] = f"Budget {budget}"
    if criteria.get("timeline"):
        parts["qualify_timeline"] = f"Timeline {criteria['timeline']}"
    if criteria.get("property_types"):
        parts["qualify_property_type"] = "Property type: " + " or ".join(criteria["property_types"])
    if criteria.get("locations"):
        parts["qualify_location"] = "Location: " + " or ".join(criteria["locations"])
    if criteria.get("financing"):
        parts["qualify_financing"] = "Financing: " + " or ".join(FINANCING[f] for f in criteria["financing"])
    if criteria.get("decision_maker"):
        parts["qualify_decision_maker"] = "Confirm they make the decision, or who else decides"
    if criteria.get("custom_questions"):
        parts["qualify_questions"] = "Also ask: " + " ".join(
            q if q.endswith("?") else f"{q}?" for q in criteria["custom_questions"]
        )
    summary = "Qualify the lead. Find out and note: " + "; ".join(parts.values()) + "."
    variables = {name: text[:VARIABLE_LIMIT] for name, text in parts.items()}
    variables["qualification_criteria"] = summary[:VARIABLE_LIMIT]
    return variables
