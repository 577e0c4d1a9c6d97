"""The missed-call calculator: what unanswered calls cost a business each month."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
DEFAULTS = {"calls_per_week": "60", "missed_percent": "25", "booking_percent": "30", "customer_value": "250"}
LIMITS = {
    "calls_per_week": (Decimal(1), Decimal(20000), "calls a week, from 1 to 20,000"),
    "missed_percent": (Decimal(0), Decimal(100), "a percentage from 0 to 100"),
    "booking_percent": (Decimal(0), Decimal(100), "a percentage from 0 to 100"),
    "customer_value": (Decimal(0), Decimal(1_000_000), "an amount from 0 to 1,000,000"),
}


@dataclass(frozen=True)
class Estimate:
    missed_per_month: Decimal
    customers_lost_per_month: Decimal
    money_lost_per_month: Decimal
    money_lost_per_year: Decimal


def parse(data) -> tuple[dict[str, Decimal], dict[str, str]]:
    """The inputs (defaults for missing ones) and a message per field that is not a valid number in range."""
    values, errors = {}, {}
    for field, (low, high, wording) in LIMITS.items():
        raw = str(data.get(field) or DEFAULTS[field]).strip().replace(",", "")
        try:
            number = Decimal(raw)
            if not number.is_finite() or not low <= number <= high:
                raise InvalidOperation
        except InvalidOperation:
            errors[field] = f"Enter {wording}."
            continue
        values[field] = number
    return values, errors


def estimate(
    *, calls_per_week: Decimal, missed_percent: Decimal, booking_percent: Decimal, customer_value: Decimal
) -> Estimate:
    """Missed calls a month × the share that would have booked × what a customer is worth."""
    missed = calls_per_week * WEEKS_PER_MONTH * missed_percent / 100
    lost_customers = missed * booking_percent / 100
    money = lost_customers * customer_value

    def whole(value: Decimal) -> Decimal:
        return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)

    return Estimate(
        missed_per_month=whole(missed),
        customers_lost_per_month=lost_customers.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
        money_lost_per_month=whole(money),
        money_lost_per_year=whole(money * 12),
    )
