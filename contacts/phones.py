"""Phone numbers: parse what people type into E.164, and what a number tells us."""

import functools
import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumber
from phonenumbers import timezone as phone_timezone

from voiceplatform.zones import country_zones, region_for_timezone, zone_countries

__all__ = ["InvalidPhone", "normalize_phone", "region_for_timezone", "zone_for_phone"]


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
        if exc.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE and not text.startswith("+"):
            raise InvalidPhone(
                f"{text!r} has no country code, and no country is set for national numbers: write it as "
                "+<country code> <number>, or set the country in the contact settings."
            ) from exc
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
    """E.164 for what was typed, or InvalidPhone. Same answers as `parse_phone`, faster."""
    return fast_e164(raw, default_region) or parse_phone(raw, default_region).e164


# --- the fast path ------------------------------------------------------------------------
# Imports read 100,000 numbers at a time, and phonenumbers.parse dominates that.
# Most numbers are typed as "+<cc> <digits>" or as a national number with a
# plain trunk prefix; for those the steps of phonenumbers.parse are replayed
# from its own metadata, and phonenumbers' own validity check decides. Anything
# unusual (extensions, international dialling prefixes, carrier codes,
# transform rules, leading zeros) returns None so the full parser answers.
# tests/contacts/test_phones.py checks the two agree on many generated inputs.

_SEPARATORS = re.compile(r"[\s\-./()\u00a0]")
_DIGITS = re.compile(r"\+?[1-9]\d{3,16}|0\d{3,16}")


@functools.cache
def _metadata(region: str):
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None
    return (
        metadata,
        re.compile(metadata.national_prefix_for_parsing) if metadata.national_prefix_for_parsing else None,
        re.compile(metadata.international_prefix) if metadata.international_prefix else None,
    )


# The number types phonenumbers tries (phonenumberutil._number_type_helper); a number is
# valid for a region when it fits the general description and any one of these. Which one
# does not matter for validity, so the common ones come first.
_TYPE_DESCRIPTIONS = (
    "mobile",
    "fixed_line",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)


@functools.cache
def _validity_rules(region: str):
    """(general rule, type rules) for a region; a rule is (possible lengths, compiled pattern)."""
    metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None

    def rule(description):
        if description is None or not description.national_number_pattern:
            return None
        return frozenset(description.possible_length), re.compile(description.national_number_pattern)

    general = rule(metadata.general_desc)
    types = tuple(r for r in (rule(getattr(metadata, name)) for name in _TYPE_DESCRIPTIONS) if r)
    return (general, types) if general else None


def _fits(rule, national: str) -> bool:
    lengths, pattern = rule
    return (not lengths or len(national) in lengths) and pattern.fullmatch(national) is not None


def _valid(country_code: int, national: str) -> bool:
    """phonenumbers.is_valid_number, answered from precompiled patterns for the country's main
    region; other regions sharing the code (Canada for +1) go through phonenumbers itself."""
    rules = _validity_rules(phonenumbers.region_code_for_country_code(country_code))
    if rules is not None and _fits(rules[0], national) and any(_fits(rule, national) for rule in rules[1]):
        return True
    return phonenumbers.is_valid_number(PhoneNumber(country_code=country_code, national_number=int(national)))


def fast_e164(raw: str, region: str | None) -> str | None:
    """E.164 when the number is plainly written and valid; None means "ask phonenumbers.parse"."""
    text = _SEPARATORS.sub("", raw or "")
    if not _DIGITS.fullmatch(text):
        return None
    if text[0] == "+":
        digits = text[1:]
        for size in (1, 2, 3):
            country_code = int(digits[:size])
            if country_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                break
        else:
            return None
        national = digits[size:]
        entry = _metadata(phonenumbers.region_code_for_country_code(country_code))
        if entry is None or (entry[1] is not None and entry[1].match(national)):
            return None
    else:
        entry = _metadata(region) if region else None
        if entry is None:
            return None
        metadata, prefix, international = entry
        country_code = metadata.country_code
        if (international is not None and international.match(text)) or text.startswith(str(country_code)):
            return None
        national = text
        if prefix is not None:
            match = prefix.match(text)
            if match:
                if metadata.national_prefix_transform_rule and match.lastindex and match.group(match.lastindex):
                    return None
                national = text[match.end() :]
    if not national or national[0] == "0" or not 2 <= len(national) <= 17:
        return None
    return f"+{country_code}{national}" if _valid(country_code, national) else None


def zone_for_phone(e164: str) -> str | None:
    """The number's time zone when the number implies exactly one, else None."""
    return _single_zone_country(e164) or zone_from_phonenumbers(e164)


def zone_from_phonenumbers(e164: str) -> str | None:
    try:
        parsed = parse_phone(e164)
    except InvalidPhone:
        return None
    if len(parsed.timezones) == 1:
        return parsed.timezones[0]
    # UK numbers also list the Crown Dependencies; keep the zones of the number's own country.
    own = [zone for zone in parsed.timezones if zone_countries().get(zone) == parsed.region]
    return own[0] if len(own) == 1 else None


def _single_zone_country(e164: str) -> str | None:
    """Shortcut for an E.164 number valid in its code's main country when that country has one
    zone (the UK, France, Germany...): the zone follows from the country. Else None."""
    if not e164.startswith("+") or not e164[1:].isdigit():
        return None
    digits = e164[1:]
    for size in (1, 2, 3):
        country_code = int(digits[:size])
        if country_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    zones = country_zones().get(region, ())
    national = digits[size:]
    if len(zones) != 1 or not national or national[0] == "0":
        return None
    rules = _validity_rules(region)
    if rules is None or not _fits(rules[0], national) or not any(_fits(rule, national) for rule in rules[1]):
        return None
    return zones[0]
