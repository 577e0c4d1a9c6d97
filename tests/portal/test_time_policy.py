"""One time policy: every time is rendered on the server, in the business's zone and format, with the zone named."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from calls.models import Call
from tenants.templatetags.portal_format import display_country, format_moment, money, phone, when
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

MOMENT = datetime(2026, 12, 4, 13, 18, tzinfo=UTC)


def render_in(zone: str, country: str, value, style=""):
    token = display_country.set(country)
    timezone.activate(zone)
    try:
        return format_moment(value, style)
    finally:
        timezone.deactivate()
        display_country.reset(token)


def test_a_uk_business_reads_day_month_and_a_24_hour_clock_with_the_zone():
    assert render_in("Europe/London", "GB", MOMENT) == "4 Dec 2026, 13:18 GMT"
    assert render_in("Europe/London", "GB", datetime(2026, 7, 1, 13, 18, tzinfo=UTC), "short") == "1 Jul, 14:18 BST"


def test_a_us_business_reads_month_day_and_a_12_hour_clock_with_the_zone():
    assert render_in("America/Chicago", "US", MOMENT) == "Dec 4, 2026, 7:18 AM CST"
    assert render_in("America/Los_Angeles", "US", MOMENT, "time") == "5:18 AM PST"


def test_the_time_element_carries_the_instant_for_machines():
    token = display_country.set("GB")
    timezone.activate("Europe/London")
    try:
        html = str(when(MOMENT))
    finally:
        timezone.deactivate()
        display_country.reset(token)
    assert (
        html == '<time datetime="2026-12-04T13:18:00+00:00" title="2026-12-04 13:18 UTC">4 Dec 2026, 13:18 GMT</time>'
    )


def test_phone_numbers_are_national_at_home_and_international_abroad():
    token = display_country.set("GB")
    try:
        assert phone("+442079460123") == "020 7946 0123"
        assert phone("+13125550141") == "+1 312-555-0141"
        assert phone("not a number") == "not a number"
    finally:
        display_country.reset(token)


def test_money_names_its_currency():
    token = display_country.set("GB")
    try:
        assert money("61.99") == "US$0.62"
        assert money(None) == "—"
    finally:
        display_country.reset(token)
    token = display_country.set("US")
    try:
        assert money(12345) == "$123.45"
    finally:
        display_country.reset(token)


def test_no_template_formats_times_in_the_browser():
    offenders = [
        str(path)
        for path in Path(settings.BASE_DIR, "templates").rglob("*.html")
        if "data-local-time" in path.read_text()
    ]
    assert offenders == []
    assert "toLocaleString" not in Path(settings.BASE_DIR, "static/js/app.js").read_text()


def test_calls_and_contacts_pages_show_the_same_moment_in_the_business_zone(owner_a, portal, in_tenant):
    with in_tenant(owner_a.tenant):
        contact = ContactFactory(phone="+447911123456")
        Call.objects.create(contact=contact, to_number=contact.phone, started_at=MOMENT, status="completed")
    client = portal(owner_a)
    calls_page = client.get("/calls/").content.decode()
    assert '<time datetime="2026-12-04T13:18:00+00:00"' in calls_page
    assert "4 Dec 2026, 13:18 GMT" in calls_page


def test_form_hints_use_the_business_countrys_numbers():
    from tenants.templatetags.portal_format import example_phone

    for country, prefix in (("GB", "+44 7"), ("US", "+1 ")):
        token = display_country.set(country)
        try:
            assert example_phone().startswith(prefix)
        finally:
            display_country.reset(token)
