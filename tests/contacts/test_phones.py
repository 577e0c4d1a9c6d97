"""The phone fast path gives phonenumbers' answer or steps aside, never a different one."""

import random

import phonenumbers
import pytest

from contacts.phones import InvalidPhone, fast_e164, normalize_phone, parse_phone

REGIONS = [
    "GB",
    "US",
    "CA",
    "DE",
    "FR",
    "IT",
    "ES",
    "NL",
    "IE",
    "AU",
    "IN",
    "BR",
    "MX",
    "AR",
    "JP",
    "CN",
    "RU",
    "ZA",
    "JE",
]
TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]


def slow(raw, region):
    try:
        return parse_phone(raw, region).e164
    except InvalidPhone:
        return None


def generated(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        region = rng.choice(REGIONS)
        example = phonenumbers.example_number_for_type(region, rng.choice(TYPES))
        if example is None:
            continue
        digits = list(phonenumbers.national_significant_number(example))
        for index in range(len(digits)):
            if rng.random() < 0.5:
                digits[index] = str(rng.randint(0, 9))
        if rng.random() < 0.15:
            digits.pop()
        body = "".join(digits)
        country = phonenumbers.country_code_for_region(region)
        trunk = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix or ""
        raw = rng.choice([f"+{country} {body}", trunk + body, body, f"+{country}{trunk}{body}", f"{country}{body}"])
        if rng.random() < 0.3:
            raw = f"{raw[:4]} {raw[4:7]}-{raw[7:]}"
        yield raw, rng.choice([region, region, "GB", "US", None])


def test_fast_path_never_disagrees_with_phonenumbers():
    answered = 0
    for raw, region in generated(20_000, seed=20240601):
        fast = fast_e164(raw, region)
        if fast is not None:
            answered += 1
            assert fast == slow(raw, region), (raw, region)
    assert answered > 2_000  # it does take the common cases


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("07912 345678", "GB", "+447912345678"),
        ("+44 (0)7912 345678", "GB", "+447912345678"),
        ("0044 7912 345678", "GB", "+447912345678"),
        ("(312) 555-0100", "US", "+13125550100"),
        ("1-312-555-0100", "US", "+13125550100"),
        ("030 123456", "DE", "+4930123456"),
        ("+39 06 1234 5678", None, "+390612345678"),
    ],
)
def test_normalize_phone_handles_what_people_type(raw, region, expected):
    assert normalize_phone(raw, region) == expected


def test_normalize_phone_refuses_with_a_reason():
    with pytest.raises(InvalidPhone, match=r"wrong number of digits|not a valid number"):
        normalize_phone("07912 34", "GB")


def test_a_national_number_without_a_country_says_what_to_do():
    with pytest.raises(InvalidPhone, match="no country code"):
        normalize_phone("07912 345678", None)


def test_zone_shortcut_names_the_numbers_own_country():
    """For one-zone countries the zone comes from the country; phonenumbers agrees where it names one
    (up to aliases such as Asia/Calcutta for Asia/Kolkata, and it names none for some mobiles)."""
    import datetime as dt
    import zoneinfo

    from contacts.phones import _single_zone_country, zone_for_phone, zone_from_phonenumbers
    from voiceplatform.zones import zone_countries

    checked = 0
    moment = dt.datetime(2025, 7, 1, 12, tzinfo=dt.UTC)
    for raw, region in generated(6_000, seed=7):
        e164 = slow(raw, region)
        quick = _single_zone_country(e164) if e164 else None
        if quick is None:
            continue
        checked += 1
        number = phonenumbers.parse(e164)
        assert zone_countries()[quick] == phonenumbers.region_code_for_number(number), e164
        full = zone_from_phonenumbers(e164)
        if full is not None:
            assert (
                moment.astimezone(zoneinfo.ZoneInfo(full)).utcoffset()
                == moment.astimezone(zoneinfo.ZoneInfo(quick)).utcoffset()
            ), (e164, quick, full)
    assert checked > 100
    assert zone_for_phone("+447912345678") == "Europe/London"
    assert zone_for_phone("+13125550100") == "America/Chicago"
