"""Checking a property's fields. The API, the portal form and the CSV import all pass through
`clean_property`, so one set of rules (and messages) applies however a property arrives."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError

from properties.currencies import CURRENCIES
from properties.models import Availability, PropertyType

FIELDS = (
    "name",
    "type",
    "location",
    "price_min",
    "price_max",
    "currency",
    "amenities",
    "specifications",
    "availability",
    "reference",
    "description",
)
MAX_PRICE = Decimal("999999999999.99")
MAX_AMENITIES = 40
MAX_SPECIFICATIONS = 40
SPEC_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
TYPE_SYNONYMS = {
    "flat": "apartment",
    "condo": "apartment",
    "condominium": "apartment",
    "apt": "apartment",
    "home": "house",
    "detached": "house",
    "semi-detached": "house",
    "bungalow": "villa",
    "land": "plot",
    "lot": "plot",
    "shop": "commercial",
    "retail": "commercial",
    "row house": "townhouse",
}


def property_type(value) -> str | None:
    """The type a word names (`flat` is an apartment), or None."""
    word = str(value or "").strip().lower()
    for candidate in (word, word.rstrip("s")):
        if candidate in PropertyType.values:
            return candidate
        if candidate in TYPE_SYNONYMS:
            return TYPE_SYNONYMS[candidate]
    return None


def price(value) -> Decimal | None:
    """A price from 450000, "450,000", "450000.00"; None when it is not one."""
    if isinstance(value, bool) or value is None:
        return None
    text = str(value).replace(",", "").replace("_", "").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    if not number.is_finite():
        return None
    return number


def _text(errors: dict, field: str, value, *, limit: int, required: bool = False) -> str:
    text = value.strip() if isinstance(value, str) else ("" if value is None else None)
    if text is None:
        errors[field] = ["Enter text."]
        return ""
    if required and not text:
        errors[field] = ["This field is required."]
    elif len(text) > limit:
        errors[field] = [f"At most {limit} characters."]
    return text


def _amenities(errors: dict, value) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        value = re.split(r"[;|\n]", value)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        errors["amenities"] = ['Amenities are a list of words, e.g. ["parking", "gym"].']
        return []
    items, seen = [], set()
    for item in value:
        item = item.strip()
        if not item or item.lower() in seen:
            continue
        if len(item) > 60:
            errors["amenities"] = [f"“{item[:20]}…” is longer than 60 characters."]
            return []
        seen.add(item.lower())
        items.append(item)
    if len(items) > MAX_AMENITIES:
        errors["amenities"] = [f"At most {MAX_AMENITIES} amenities."]
        return []
    return items


def _specifications(errors: dict, value) -> dict:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        errors["specifications"] = ['Specifications are an object of names to values, e.g. {"bedrooms": 3}.']
        return {}
    if len(value) > MAX_SPECIFICATIONS:
        errors["specifications"] = [f"At most {MAX_SPECIFICATIONS} specifications."]
        return {}
    cleaned = {}
    for key, item in value.items():
        name = str(key).strip().lower().replace(" ", "_").replace("-", "_")
        if not SPEC_KEY.match(name):
            errors["specifications"] = [f"{key!r} is not a specification name (letters, digits, _; up to 40)."]
            return {}
        if isinstance(item, dict | list) or item is None:
            errors["specifications"] = [f"{name}: the value must be text, a number or yes/no."]
            return {}
        if isinstance(item, str):
            item = item.strip()[:200]
        cleaned[name] = item
    bedrooms = cleaned.get("bedrooms")
    if bedrooms not in (None, ""):
        try:
            count = int(str(bedrooms).strip())
        except ValueError:
            count = -1
        if not 0 <= count <= 100:
            errors["specifications"] = ["bedrooms: give a whole number from 0 to 100."]
            return {}
        cleaned["bedrooms"] = count
    return cleaned


def clean_property(data: dict, *, instance=None) -> dict:
    """Check every field given (all required ones when creating); model-ready values or ValidationError."""
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise ValidationError({field: ["Unknown field."] for field in unknown})
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    creating = instance is None
    for field in ("name", "location"):
        if field in data or creating:
            cleaned[field] = _text(errors, field, data.get(field), limit=200, required=True)
    if "reference" in data:
        cleaned["reference"] = _text(errors, "reference", data.get("reference"), limit=60)
    if "description" in data:
        cleaned["description"] = _text(errors, "description", data.get("description"), limit=10000)
    if "type" in data or creating:
        chosen = property_type(data.get("type")) if data.get("type") not in (None, "") else PropertyType.APARTMENT
        if chosen is None:
            errors["type"] = [f"Choose one of: {', '.join(PropertyType.values)}."]
        cleaned["type"] = chosen
    if "availability" in data:
        value = str(data.get("availability") or "").strip().lower()
        if value not in Availability.values:
            errors["availability"] = [f"Choose one of: {', '.join(Availability.values)}."]
        cleaned["availability"] = value
    if "currency" in data or creating:
        code = str(data.get("currency") or "").strip().upper()
        if code not in CURRENCIES:
            errors["currency"] = ["Give an ISO 4217 currency code such as GBP, USD, EUR or INR."]
        cleaned["currency"] = code
    if creating and "price_max" not in data and "price_min" in data:
        data = {**data, "price_max": data["price_min"]}  # one price: the range is that price
    for field in ("price_min", "price_max"):
        if field in data or creating:
            amount = price(data.get(field))
            if amount is None:
                errors[field] = ["Enter a price, e.g. 450000."]
            elif amount < 0:
                errors[field] = ["A price cannot be negative."]
            elif amount > MAX_PRICE:
                errors[field] = ["That price is too large."]
            elif amount != amount.quantize(Decimal("0.01")):
                errors[field] = ["At most two decimal places."]
            cleaned[field] = amount
    if "amenities" in data:
        cleaned["amenities"] = _amenities(errors, data.get("amenities"))
    if "specifications" in data:
        cleaned["specifications"] = _specifications(errors, data.get("specifications"))
    if "price_min" not in errors and "price_max" not in errors:
        low = cleaned.get("price_min", getattr(instance, "price_min", None))
        high = cleaned.get("price_max", getattr(instance, "price_max", None))
        if low is not None and high is not None and low > high:
            errors["price_max"] = ["The highest price must be at least the lowest."]
    if errors:
        raise ValidationError(errors)
    return cleaned
