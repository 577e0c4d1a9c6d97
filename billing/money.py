"""Money arithmetic: Decimal only, rounded half up to the cent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def round_half_up(value: Decimal, step: Decimal = CENT) -> Decimal:
    return Decimal(value).quantize(step, rounding=ROUND_HALF_UP)


def call_cost(*, seconds: int, per_minute: Decimal, per_started_minute: bool = False) -> Decimal:
    """`round_half_up(seconds × per_minute / 60, 0.01)`, or whole started minutes × per_minute."""
    if seconds <= 0:
        return Decimal("0.00")
    if per_started_minute:
        minutes = -(-seconds // 60)
        return round_half_up(Decimal(minutes) * per_minute)
    return round_half_up(Decimal(seconds) * Decimal(per_minute) / Decimal(60))


def parse_amount(value, *, field: str = "amount", minimum: Decimal = CENT, maximum: Decimal | None = None) -> Decimal:
    """A positive amount with at most two decimals, from user input; ValidationError otherwise."""
    from decimal import InvalidOperation

    from django.core.exceptions import ValidationError

    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError, TypeError):
        raise ValidationError({field: ["Give an amount such as 25 or 25.50."]}) from None
    if not amount.is_finite() or amount != amount.quantize(CENT):
        raise ValidationError({field: ["Give an amount with at most two decimals."]})
    if amount < minimum:
        raise ValidationError({field: [f"The amount must be at least {minimum}."]})
    if maximum is not None and amount > maximum:
        raise ValidationError({field: [f"The amount must be at most {maximum}."]})
    return amount
