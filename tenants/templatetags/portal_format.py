"""How the portal shows times, phone numbers and money. Every page loads this: `{% load portal_format %}`.

Times are rendered on the server, never in the browser, so one call shows
the same time on every page:

    {{ call.started_at|when }}         4 Dec 2026, 14:05 GMT      (Dec 4, 2026, 2:05 PM CST in the US)
    {{ call.started_at|when:"short" }} 4 Dec, 14:05 GMT           (no year)
    {{ call.started_at|when:"date" }}  4 Dec 2026                 (no clock, no zone)
    {{ call.started_at|when:"time" }}  14:05 GMT
    {{ call.started_at|when:"long" }}  Friday 4 December 2026, 14:05 GMT

The zone is the one `tenants.middleware.TenantAccessMiddleware` activates for
the request (the business's); the format follows the business's country
(`display_country`). The output is a `<time datetime="…">` element whose
title holds the UTC instant. Use `when_text` for plain text (attributes,
`title`, emails).

    {{ contact.phone|phone }}          020 7946 1000 for a UK business's UK number, +1 415-555-0100 for a US one
    {{ campaign.cost_cents|money }}    US$0.62  (provider costs are in US cents; "$0.62" for a US business)
    placeholder="{% example_phone %}"  +44 7400 123456 for a UK business: hints in the business's own numbers
    {% zone_label %}                   Europe/London (GMT), shown in the top bar of every page
"""

from __future__ import annotations

import contextvars
from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

import phonenumbers
from django import template
from django.utils import timezone
from django.utils.html import format_html

from voiceplatform.zones import region_for_timezone

register = template.Library()

# The business's country (ISO code) for this request, set by the tenant middleware.
display_country: contextvars.ContextVar[str | None] = contextvars.ContextVar("display_country", default=None)

# Countries whose people read a 12-hour clock, and those that put the month first.
TWELVE_HOUR = frozenset({"US", "CA", "AU", "NZ", "IN", "PH", "PK"})
MONTH_FIRST = frozenset({"US", "PH"})
CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "CAD": "$", "AUD": "$"}
HOME_CURRENCY = {"US": "USD", "GB": "GBP", "CA": "CAD", "AU": "AUD"}


def current_country() -> str:
    """The country whose conventions the page follows: the business's, else the active zone's."""
    return display_country.get() or region_for_timezone(str(timezone.get_current_timezone())) or "GB"


def _clock(local: datetime, country: str) -> str:
    if country in TWELVE_HOUR:
        hour = local.hour % 12 or 12
        return f"{hour}:{local:%M} {'AM' if local.hour < 12 else 'PM'}"
    return f"{local:%H:%M}"


def _day(local: date, country: str, *, year: bool = True, long: bool = False) -> str:
    month = f"{local:%B}" if long else f"{local:%b}"
    if country in MONTH_FIRST:
        text = f"{month} {local.day}" + (f", {local.year}" if year else "")
        return f"{local:%A}, {text}" if long else text
    text = f"{local.day} {month}" + (f" {local.year}" if year else "")
    return f"{local:%A} {text}" if long else text


def format_moment(value, style: str = "") -> str:
    """The text of `when` (see the module docstring); "" for empty values."""
    if value in (None, ""):
        return ""
    country = current_country()
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
    elif isinstance(value, date):
        return _day(value, country, year=style != "short", long=style == "long")
    elif isinstance(value, time):
        return _clock(datetime.combine(date.today(), value), country)
    else:
        return str(value)
    zone = local.tzname() or ""
    clock = f"{_clock(local, country)} {zone}".strip()
    if style == "date":
        return _day(local, country)
    if style == "time":
        return clock
    if style == "short":
        return f"{_day(local, country, year=False)}, {clock}"
    if style == "long":
        return f"{_day(local, country, long=True)}, {clock}"
    return f"{_day(local, country)}, {clock}"


@register.filter
def when(value, style: str = ""):
    """A moment as `<time>` in the business's zone and format (styles: "", short, date, time, long)."""
    text = format_moment(value, style)
    if not text:
        return "—"
    if isinstance(value, datetime) and timezone.is_aware(value):
        instant = value.astimezone(UTC).isoformat(timespec="seconds")
        title = instant[:16].replace("T", " ") + " UTC"
        return format_html('<time datetime="{}" title="{}">{}</time>', instant, title, text)
    return format_html("<time>{}</time>", text)


@register.filter
def when_text(value, style: str = "") -> str:
    """The same text as `when`, without markup."""
    return format_moment(value, style)


@register.simple_tag
def zone_label() -> str:
    """The zone times are shown in, e.g. "Europe/London (GMT)"."""
    zone = timezone.get_current_timezone()
    return f"{zone} ({timezone.localtime().tzname()})"


@register.filter
def phone(value) -> str:
    """An E.164 number formatted for reading: national for the business's own country, else international."""
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text
    own = phonenumbers.region_code_for_number(number) == current_country()
    style = phonenumbers.PhoneNumberFormat.NATIONAL if own else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, style)


@register.filter
def money(cents, currency: str = "USD") -> str:
    """An amount in cents with its currency: "US$0.62" (or "$0.62" where the dollar is the business's own)."""
    if cents in (None, ""):
        return "—"
    try:
        amount = (Decimal(str(cents)) / 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return str(cents)
    code = (currency or "USD").upper()
    symbol = CURRENCY_SYMBOLS.get(code)
    if symbol is None:
        return f"{amount:,.2f} {code}"
    home = HOME_CURRENCY.get(current_country())
    if symbol == "$" and home != code:
        symbol = {"USD": "US$", "CAD": "CA$", "AUD": "A$"}[code]
    sign = "-" if amount < 0 else ""
    return f"{sign}{symbol}{abs(amount):,.2f}"


@register.simple_tag
def example_phone(kind: str = "mobile") -> str:
    """A made-up-looking example number of the business's own country, for form hints (e.g. 07400 123456)."""
    kinds = {"mobile": phonenumbers.PhoneNumberType.MOBILE, "landline": phonenumbers.PhoneNumberType.FIXED_LINE}
    number = phonenumbers.example_number_for_type(current_country(), kinds.get(kind, kinds["mobile"]))
    if number is None:
        return "+44 7400 123456"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
