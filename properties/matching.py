"""Matching a lead's stated preferences to the available stock, best first, each with its reasons.

Hard limits (a property that fails one is not offered): it is available,
of the type asked for (when one was), and starts at most 10% above the
budget. Then points: within budget 40 (slightly above 15), in a preferred
area 30, the bedrooms asked for 20 (more than asked 10). Ties go to the
cheaper property. A budget in another currency than the property's is not
compared (said in the reasons).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from contacts.hooks import Panel
from properties.models import Availability, Property
from properties.preferences import Preferences, preferences_for
from properties.selectors import has_properties

OVER_BUDGET_TOLERANCE = Decimal("1.10")
DEFAULT_LIMIT = 5
MAX_LIMIT = 20
CANDIDATES = 500


@dataclass
class Match:
    prop: Property
    score: int
    reasons: list[str] = field(default_factory=list)
    caveats: list[str] = field(default_factory=list)


def _money(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount:,.0f}".strip()


def _budget(prop: Property, prefs: Preferences, match: Match) -> bool:
    if prefs.budget_max is None and prefs.budget_min is None:
        return True
    if prefs.currency and prefs.currency != prop.currency:
        match.caveats.append(f"priced in {prop.currency}, budget given in {prefs.currency}")
        return True
    if prefs.budget_max is not None and prop.price_min > prefs.budget_max:
        if prop.price_min > prefs.budget_max * OVER_BUDGET_TOLERANCE:
            return False
        over = (prop.price_min - prefs.budget_max) / prefs.budget_max * 100
        match.score += 15
        match.reasons.append(f"slightly above budget ({over:.0f}% over {_money(prefs.budget_max, prop.currency)})")
        return True
    if prefs.budget_min is not None and prop.price_max < prefs.budget_min:
        match.caveats.append(f"below the budget's lower end ({_money(prefs.budget_min, prop.currency)})")
        return True
    match.score += 40
    match.reasons.append("within budget")
    return True


def _area(prop: Property, prefs: Preferences, match: Match) -> None:
    place = prop.location.lower()
    for wanted in prefs.locations:
        if wanted.lower() in place:
            match.score += 30
            match.reasons.append(f"in preferred area ({wanted})")
            return
    if prefs.locations:
        match.caveats.append(f"not in {' or '.join(prefs.locations)}")


def _bedrooms(prop: Property, prefs: Preferences, match: Match) -> None:
    if prefs.bedrooms is None:
        return
    have = prop.bedrooms
    if have is None:
        match.caveats.append("bedrooms not listed")
    elif have == prefs.bedrooms:
        match.score += 20
        match.reasons.append(f"{have} bedroom{'s' if have != 1 else ''} as asked")
    elif have > prefs.bedrooms:
        match.score += 10
        match.reasons.append(f"{have} bedrooms ({prefs.bedrooms} asked)")
    else:
        match.caveats.append(f"{have} bedroom{'s' if have != 1 else ''} ({prefs.bedrooms} asked)")


def rank(prefs: Preferences, *, limit: int = DEFAULT_LIMIT) -> list[Match]:
    """The best available properties for these preferences, each with why."""
    if prefs.empty:
        return []
    candidates = Property.objects.filter(availability=Availability.AVAILABLE)
    if prefs.property_type:
        candidates = candidates.filter(type=prefs.property_type)
    if prefs.budget_max is not None and not prefs.currency:
        candidates = candidates.filter(price_min__lte=prefs.budget_max * OVER_BUDGET_TOLERANCE)
    elif prefs.budget_max is not None:
        ceiling = prefs.budget_max * OVER_BUDGET_TOLERANCE
        candidates = candidates.exclude(currency=prefs.currency, price_min__gt=ceiling)
    matches = []
    for prop in candidates.order_by("price_min", "id")[:CANDIDATES]:
        match = Match(prop=prop, score=0)
        if not _budget(prop, prefs, match):
            continue
        if prefs.property_type:
            match.score += 10
            match.reasons.append(f"{prop.get_type_display().lower()} as asked")
        _area(prop, prefs, match)
        _bedrooms(prop, prefs, match)
        matches.append(match)
    matches.sort(key=lambda m: (-m.score, m.prop.price_min, m.prop.pk))
    return matches[: max(1, min(limit, MAX_LIMIT))]


def contact_matches(contact, *, limit: int = DEFAULT_LIMIT) -> tuple[Preferences, list[Match]]:
    prefs = preferences_for(contact)
    return prefs, rank(prefs, limit=limit)


def contact_panel(contact) -> Panel | None:
    """The contact page's “Matching properties” section, for workspaces that keep an inventory."""
    if not has_properties():
        return None
    prefs, matches = contact_matches(contact)
    return Panel(
        title="Matching properties",
        template="properties/_contact_panel.html",
        context={"contact": contact, "preferences": prefs, "matches": matches},
    )
