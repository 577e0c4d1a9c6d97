"""Phone numbers: parse what people type into E.164, and what a number tells us."""

import functools
import importlib.resources
from dataclasses import dataclass

import phonenumbers
from phonenumbers import timezone as phone_timezone


class InvalidPhone(ValueError):
    """A number that cannot be dialled, with a reason a person can read."""


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    region: str | None
    timezones: tuple[str, ...]


def parse_phone(raw: str, default_region: str | None = None) -> ParsedPhone:
    """Parse `raw` (national or international) into E.164 or raise InvalidPhone."""
    text = (raw or "").strip()
    if not text:
        raise InvalidPhone("No phone number given.")
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidPhone(f"{text!r} is not a phone number ({exc._msg}).") from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhone(f"{text!r} has the wrong number of digits.")
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(f"{text!r} is not a valid number.")
    zones = tuple(z for z in phone_timezone.time_zones_for_number(number) if z != "Etc/Unknown")
    return ParsedPhone(
        e164=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        region=phonenumbers.region_code_for_number(number),
        timezones=zones,
    )


def normalize_phone(raw: str, default_region: str | None = None) -> str:
    return parse_phone(raw, default_region).e164


def zone_for_phone(e164: str) -> str | None:
    """The number's time zone when the number implies exactly one, else None."""
    try:
        parsed = parse_phone(e164)
    except InvalidPhone:
        return None
    if len(parsed.timezones) == 1:
        return parsed.timezones[0]
    # UK numbers also list the Crown Dependencies; keep the zones of the number's own country.
    own = [zone for zone in parsed.timezones if _zone_countries().get(zone) == parsed.region]
    return own[0] if len(own) == 1 else None


@functools.cache
def _zone_countries() -> dict[str, str]:
    """Zone name -> ISO country code, from the IANA zone.tab shipped in tzdata."""
    table = importlib.resources.files("tzdata.zoneinfo") / "zone.tab"
    mapping = {}
    for line in table.read_text().splitlines():
        if line and not line.startswith("#"):
            country, _coordinates, zone, *_ = line.split("\t")
            mapping[zone] = country
    return mapping


def region_for_timezone(zone: str) -> str | None:
    """The country a time zone belongs to (e.g. the tenant's), to read national numbers."""
    return _zone_countries().get(zone)
