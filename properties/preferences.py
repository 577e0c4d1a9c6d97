"""What a lead asked for, read from what the calls found out.

The keys the post-call analysis (an agent's `analysis_fields`) or the
contact's custom fields use, each with the names people give them:

    budget         "£450k", "4.5 crore", "400-500k", "up to 600,000" (also budget_min / budget_max)
    location       "Bandra or Juhu" (several areas: comma, "or", "and", "/")
    property_type  "flat", "3BHK apartment", "villa"
    bedrooms       3, "3 bed", "3BHK"
    timeline       "within 3 months" (shown; stock has no move-in dates to rank by)

Staff corrections on the contact (custom fields) win over the calls; among
calls the newest answer wins and older calls fill what it left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from calls.models import Call
from properties.currencies import CURRENCIES, SYMBOLS
from properties.validation import property_type

KEYS = {
    "budget": ("budget", "price_range", "budget_range", "max_budget", "budget_max", "budget_min", "min_budget"),
    "location": ("location", "preferred_location", "area", "preferred_area", "locality", "city"),
    "property_type": ("property_type", "type_of_property", "home_type"),
    "bedrooms": ("bedrooms", "beds", "bhk", "bedroom_count"),
    "timeline": ("timeline", "purchase_timeline", "move_in", "buying_timeline", "timeframe"),
}
CALLS_READ = 10
MULTIPLIERS = {
    "k": Decimal(1_000),
    "thousand": Decimal(1_000),
    "m": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "million": Decimal(1_000_000),
    "l": Decimal(100_000),
    "lac": Decimal(100_000),
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "lacs": Decimal(100_000),
    "cr": Decimal(10_000_000),
    "crore": Decimal(10_000_000),
    "crores": Decimal(10_000_000),
}
AMOUNT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(" + "|".join(sorted(MULTIPLIERS, key=len, reverse=True)) + r")?\b", re.I)


@dataclass
class Preferences:
    budget_min: Decimal | None = None
    budget_max: Decimal | None = None
    currency: str = ""
    locations: list[str] = field(default_factory=list)
    property_type: str = ""
    bedrooms: int | None = None
    timeline: str = ""
    stated: dict = field(default_factory=dict)  # key -> the words as given, for showing

    @property
    def empty(self) -> bool:
        return not (self.budget_max or self.budget_min or self.locations or self.property_type or self.bedrooms)


def _amounts(text: str) -> list[Decimal]:
    amounts = []
    for number, unit in AMOUNT.findall(text):
        value = Decimal(number.replace(",", ""))
        amounts.append(value * MULTIPLIERS[unit.lower()] if unit else value)
    # "4-5 crore": the unit after the second number applies to the first too.
    if len(amounts) == 2:
        units = [unit for _, unit in AMOUNT.findall(text)]
        if units[1] and not units[0]:
            amounts[0] *= MULTIPLIERS[units[1].lower()]
    return amounts


def _currency(text: str) -> str:
    lowered = text.lower()
    for symbol, code in SYMBOLS.items():
        if symbol in lowered if not symbol.isalpha() else re.search(rf"\b{symbol}\b", lowered):
            return code
    for word in re.findall(r"\b[A-Za-z]{3}\b", text):
        if word.upper() in CURRENCIES and word.isupper():
            return word.upper()
    return ""


def parse_budget(value) -> tuple[Decimal | None, Decimal | None, str]:
    """(lowest, highest, currency) from what someone said about money; a single figure is a ceiling."""
    if isinstance(value, bool) or value in (None, ""):
        return None, None, ""
    if isinstance(value, int | float | Decimal):
        return None, Decimal(str(value)), ""
    text = str(value)
    amounts = _amounts(text)
    currency = _currency(text)
    if not amounts:
        return None, None, currency
    lowered = text.lower()
    if len(amounts) >= 2:
        low, high = sorted(amounts[:2])
        return low, high, currency
    if re.search(r"\b(at least|from|above|over|minimum|min|more than)\b", lowered):
        return amounts[0], None, currency
    return None, amounts[0], currency


def parse_bedrooms(value) -> int | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    match = re.search(r"\d+", str(value))
    if not match:
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "studio": 0}
        return next((n for word, n in words.items() if word in str(value).lower()), None)
    number = int(match.group())
    return number if 0 <= number <= 100 else None


def parse_locations(value) -> list[str]:
    if isinstance(value, list):
        parts = [str(item) for item in value]
    else:
        parts = re.split(r",|/|;|\bor\b|\band\b", str(value or ""), flags=re.I)
    return [part.strip() for part in parts if len(part.strip()) >= 2][:5]


def _first(source: dict, names: tuple[str, ...]):
    for name in names:
        value = source.get(name)
        if value not in (None, "", [], {}) and not isinstance(value, bool):
            return name, value
    return None, None


def _merge(into: dict, source: dict) -> None:
    """Fill the keys `into` lacks from `source` (analysis or custom fields)."""
    if not isinstance(source, dict):
        return
    lowered = {str(k).strip().lower(): v for k, v in source.items()}
    for key, names in KEYS.items():
        if key in into:
            continue
        if key == "budget":
            low = _first(lowered, ("budget_min", "min_budget"))[1]
            high = _first(lowered, ("budget_max", "max_budget"))[1]
            if low is not None or high is not None:
                into[key] = (
                    f"{low or ''}-{high or ''}" if low is not None and high is not None else (high or f"from {low}")
                )
                continue
        name, value = _first(lowered, names)
        if name is not None:
            into[key] = value


def stated_preferences(contact) -> dict:
    """{key: the value as given}: the contact's custom fields first, then the newest calls' analysis."""
    stated: dict = {}
    _merge(stated, contact.custom_fields or {})
    analyses = (
        Call.objects.filter(contact=contact)
        .exclude(analysis={})
        .order_by("-created_at", "-id")
        .values_list("analysis", flat=True)[:CALLS_READ]
    )
    for analysis in analyses:
        _merge(stated, analysis)
    return stated


def preferences_for(contact) -> Preferences:
    stated = stated_preferences(contact)
    prefs = Preferences(stated={key: str(value)[:200] for key, value in stated.items()})
    if "budget" in stated:
        prefs.budget_min, prefs.budget_max, prefs.currency = parse_budget(stated["budget"])
    if "location" in stated:
        prefs.locations = parse_locations(stated["location"])
    if "property_type" in stated:
        text = str(stated["property_type"])
        prefs.property_type = property_type(text) or next(
            (kind for word in re.findall(r"[a-z-]+", text.lower()) if (kind := property_type(word))), ""
        )
        if prefs.bedrooms is None and re.search(r"\d\s*bhk", text.lower()):
            prefs.bedrooms = parse_bedrooms(text)
    if "bedrooms" in stated:
        prefs.bedrooms = parse_bedrooms(stated["bedrooms"])
    if "timeline" in stated:
        prefs.timeline = str(stated["timeline"])[:200]
    return prefs
