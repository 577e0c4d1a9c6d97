"""Time zones and countries: which country a zone belongs to, from the IANA zone.tab shipped in tzdata.

Kernel code: the tenants app (formatting for the business's country) and the
contacts app (reading national phone numbers) both need it.
"""

import functools
import importlib.resources


@functools.cache
def zone_countries() -> dict[str, str]:
    """Zone name -> ISO country code."""
    table = importlib.resources.files("tzdata.zoneinfo") / "zone.tab"
    mapping = {}
    for line in table.read_text().splitlines():
        if line and not line.startswith("#"):
            country, _coordinates, zone, *_ = line.split("\t")
            mapping[zone] = country
    return mapping


@functools.cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """ISO country code -> its zones."""
    zones: dict[str, list[str]] = {}
    for zone, country in zone_countries().items():
        zones.setdefault(country, []).append(zone)
    return {country: tuple(sorted(names)) for country, names in zones.items()}


def region_for_timezone(zone: str) -> str | None:
    """The country a time zone belongs to (e.g. the tenant's), to read national numbers."""
    return zone_countries().get(zone)
