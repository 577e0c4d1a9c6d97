"""A refused booking says which rule refused it, not only that the time is "no longer available"."""

from datetime import UTC, datetime, timedelta

import pytest

from appointments.services import SlotUnavailable, appointment_book
from tests.appointments.factories import BlockedDateFactory
from tests.appointments.helpers import MONDAY, NOW, at, make_calendar

pytestmark = pytest.mark.django_db


def refusal(tenant, kind, start, resource=None) -> str:
    with pytest.raises(SlotUnavailable) as error:
        appointment_book(
            tenant=tenant,
            appointment_type=kind,
            start_at=start,
            resource=resource,
            now=NOW,
            phone="+447912345123",
            first_name="Ann",
        )
    return error.value.message_dict["start_at"][0]


@pytest.mark.parametrize(
    ("start", "words"),
    [
        (datetime(1900, 1, 1, 9, tzinfo=UTC), "in the past"),
        (NOW - timedelta(hours=1), "in the past"),
        (NOW + timedelta(days=400), "days ahead"),
        (at(MONDAY + timedelta(days=5), 10), "Closed on Saturdays"),
        (at(MONDAY, 23, 45), "Outside opening hours on Monday (09:00–12:00"),
    ],
)
def test_each_rule_names_itself(tenant_a, in_tenant, start, words):
    with in_tenant(tenant_a):
        _, kind = make_calendar()
        assert words in refusal(tenant_a, kind, start)


def test_too_short_notice_says_how_much_is_needed(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _, kind = make_calendar(min_notice_minutes=8 * 24 * 60)
        assert "at least 11520 minutes' notice" in refusal(tenant_a, kind, at(MONDAY, 10))


def test_a_blocked_day_says_it_is_blocked(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        BlockedDateFactory(resource=resource, start_date=MONDAY, end_date=MONDAY)
        assert "is blocked" in refusal(tenant_a, kind, at(MONDAY, 10), resource)


def test_a_taken_slot_says_it_is_booked(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment_book(
            tenant=tenant_a,
            appointment_type=kind,
            start_at=at(MONDAY, 10),
            resource=resource,
            now=NOW,
            phone="+447912345999",
            first_name="Bea",
        )
        assert "already booked" in refusal(tenant_a, kind, at(MONDAY, 10), resource)
