"""The slot engine: opening hours, buffers, notice, days ahead, overrides, blocked dates, DST, zones."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from appointments.models import AppointmentStatus
from appointments.services import (
    availability_slots,
    blocked_date_create,
    override_create,
    resource_create,
)
from appointments.slots import local_to_epoch
from tests.appointments.factories import AppointmentFactory
from tests.appointments.helpers import MONDAY, NOW, at, make_calendar

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def local_times(slots, zone):
    return [s.start_at.astimezone(zone).strftime("%H:%M") for s in slots]


def day_slots(appointment_type, resource, day, zone, now=NOW):
    start = datetime.combine(day, time(0), tzinfo=zone)
    return availability_slots(
        appointment_type=appointment_type, resource=resource, start=start, end=start + timedelta(days=1), now=now
    )


def test_it_offers_the_opening_hours_in_steps_of_the_duration(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        slots = day_slots(kind, resource, MONDAY, LONDON)
    assert local_times(slots, LONDON) == ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
    assert all(s.end_at - s.start_at == timedelta(minutes=30) for s in slots)
    assert all(s.resource_ids == (resource.pk,) for s in slots)


def test_it_uses_the_slot_interval_when_set(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(duration_minutes=60, slot_interval_minutes=45)
        slots = day_slots(kind, resource, MONDAY, LONDON)
    assert local_times(slots, LONDON) == ["09:00", "09:45", "10:30"]


def test_several_ranges_a_day(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(weekly={0: [(time(9), time(10)), (time(14), time(15))]})
        slots = day_slots(kind, resource, MONDAY, LONDON)
    assert local_times(slots, LONDON) == ["09:00", "09:30", "14:00", "14:30"]


def test_closed_days_have_no_slots(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        saturday = MONDAY + timedelta(days=5)
        assert day_slots(kind, resource, saturday, LONDON) == []


def test_existing_appointments_are_excluded(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        AppointmentFactory(resource=resource, appointment_type=kind, start_at=at(MONDAY, 10), end_at=at(MONDAY, 10, 30))
        slots = day_slots(kind, resource, MONDAY, LONDON)
    assert "10:00" not in local_times(slots, LONDON)
    assert "09:30" in local_times(slots, LONDON)
    assert "10:30" in local_times(slots, LONDON)


def test_cancelled_appointments_free_their_slot(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        AppointmentFactory(
            resource=resource,
            appointment_type=kind,
            start_at=at(MONDAY, 10),
            end_at=at(MONDAY, 10, 30),
            status=AppointmentStatus.CANCELLED,
        )
        assert "10:00" in local_times(day_slots(kind, resource, MONDAY, LONDON), LONDON)


def test_the_new_types_buffers_keep_clear_of_existing_appointments(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(buffer_before_minutes=15, buffer_after_minutes=15)
        AppointmentFactory(resource=resource, appointment_type=kind, start_at=at(MONDAY, 10), end_at=at(MONDAY, 10, 30))
        slots = local_times(day_slots(kind, resource, MONDAY, LONDON), LONDON)
    # 09:30-10:00 needs until 10:15 clear; 10:30 needs from 10:15 clear.
    assert "09:30" not in slots
    assert "10:30" not in slots
    assert "09:00" in slots
    assert "11:00" in slots


def test_existing_appointments_keep_their_own_buffers(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        AppointmentFactory(
            resource=resource,
            appointment_type=kind,
            start_at=at(MONDAY, 10),
            end_at=at(MONDAY, 10, 30),
            buffer_after_minutes=20,
        )
        slots = local_times(day_slots(kind, resource, MONDAY, LONDON), LONDON)
    assert "10:30" not in slots
    assert "09:30" in slots
    assert "11:00" in slots


def test_minimum_notice(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(min_notice_minutes=60)
        now = at(MONDAY, 9, 40)
        slots = local_times(day_slots(kind, resource, MONDAY, LONDON, now=now), LONDON)
    assert slots == ["11:00", "11:30"]


def test_past_slots_are_never_offered(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        slots = local_times(day_slots(kind, resource, MONDAY, LONDON, now=at(MONDAY, 10, 45)), LONDON)
    assert slots == ["11:00", "11:30"]


def test_maximum_days_ahead(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(max_days_ahead=2)
        start = at(MONDAY, 0)
        slots = availability_slots(
            appointment_type=kind, resource=resource, start=start, end=start + timedelta(days=7), now=at(MONDAY, 8)
        )
    days = sorted({s.start_at.astimezone(LONDON).date() for s in slots})
    assert days == [MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)]


def test_a_date_override_replaces_the_weekly_hours(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        override_create(resource=resource, day=MONDAY, start_time="13:00", end_time="14:00")
        assert local_times(day_slots(kind, resource, MONDAY, LONDON), LONDON) == ["13:00", "13:30"]
        tuesday = MONDAY + timedelta(days=1)
        assert local_times(day_slots(kind, resource, tuesday, LONDON), LONDON)[0] == "09:00"


def test_an_override_can_open_a_closed_day(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        saturday = MONDAY + timedelta(days=5)
        override_create(resource=resource, day=saturday, start_time="10:00", end_time="11:00")
        assert local_times(day_slots(kind, resource, saturday, LONDON), LONDON) == ["10:00", "10:30"]


def test_blocked_dates_of_the_resource_and_of_everyone(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        blocked_date_create(resource=resource, start_date=MONDAY, reason="Training")
        blocked_date_create(start_date=MONDAY + timedelta(days=2), end_date=MONDAY + timedelta(days=3), reason="Closed")
        start = at(MONDAY, 0)
        slots = availability_slots(
            appointment_type=kind, resource=resource, start=start, end=start + timedelta(days=5), now=NOW
        )
    days = sorted({s.start_at.astimezone(LONDON).date() for s in slots})
    assert days == [MONDAY + timedelta(days=1), MONDAY + timedelta(days=4)]


def test_a_blocked_date_beats_an_override(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        override_create(resource=resource, day=MONDAY, start_time="13:00", end_time="14:00")
        blocked_date_create(resource=resource, start_date=MONDAY)
        assert day_slots(kind, resource, MONDAY, LONDON) == []


# --- daylight saving time ---------------------------------------------------------------------------


def _every_day(start, end):
    return {d: [(start, end)] for d in range(7)}


@pytest.mark.parametrize(
    ("zone_name", "before", "after", "utc_before", "utc_after"),
    [
        # London: clocks go forward on 29 March 2026 and back on 25 October 2026.
        ("Europe/London", date(2026, 3, 28), date(2026, 3, 30), "09:00", "08:00"),
        ("Europe/London", date(2026, 10, 24), date(2026, 10, 26), "08:00", "09:00"),
        # New York: forward on 8 March 2026, back on 1 November 2026.
        ("America/New_York", date(2026, 3, 7), date(2026, 3, 9), "14:00", "13:00"),
        ("America/New_York", date(2026, 10, 31), date(2026, 11, 2), "13:00", "14:00"),
    ],
)
def test_nine_oclock_stays_nine_oclock_across_dst(tenant_a, in_tenant, zone_name, before, after, utc_before, utc_after):
    zone = ZoneInfo(zone_name)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with in_tenant(tenant_a):
        resource, kind = make_calendar(zone=zone_name, weekly=_every_day(time(9), time(10)), duration_minutes=60)
        first_before = day_slots(kind, resource, before, zone, now=now)[0].start_at
        first_after = day_slots(kind, resource, after, zone, now=now)[0].start_at
    assert first_before.astimezone(zone).strftime("%H:%M") == "09:00"
    assert first_after.astimezone(zone).strftime("%H:%M") == "09:00"
    assert first_before.strftime("%H:%M") == utc_before
    assert first_after.strftime("%H:%M") == utc_after


def test_spring_forward_skips_the_missing_hour_in_london(tenant_a, in_tenant):
    """00:00-04:00 on 29 March 2026 is three real hours: 01:00-02:00 does not exist."""
    day = date(2026, 3, 29)
    with in_tenant(tenant_a):
        resource, kind = make_calendar(weekly={}, duration_minutes=60)
        override_create(resource=resource, day=day, start_time="00:00", end_time="04:00")
        slots = day_slots(kind, resource, day, LONDON, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert [s.start_at.strftime("%H:%M") for s in slots] == ["00:00", "01:00", "02:00"]
    assert local_times(slots, LONDON) == ["00:00", "02:00", "03:00"]


def test_fall_back_offers_the_repeated_hour_twice_in_new_york(tenant_a, in_tenant):
    """00:00-04:00 on 1 November 2026 is five real hours; 01:00 happens twice (EDT, then EST)."""
    day = date(2026, 11, 1)
    with in_tenant(tenant_a):
        resource, kind = make_calendar(zone="America/New_York", weekly={}, duration_minutes=60)
        override_create(resource=resource, day=day, start_time="00:00", end_time="04:00")
        slots = day_slots(kind, resource, day, NEW_YORK, now=datetime(2026, 1, 1, tzinfo=UTC))
    offsets = [s.start_at.astimezone(NEW_YORK).isoformat()[11:] for s in slots]
    assert offsets == ["00:00:00-04:00", "01:00:00-04:00", "01:00:00-05:00", "02:00:00-05:00", "03:00:00-05:00"]


def test_local_to_epoch_handles_gaps_and_repeats():
    gap = local_to_epoch(date(2026, 3, 29), time(1, 30), LONDON)
    assert datetime.fromtimestamp(gap, UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    first = local_to_epoch(date(2026, 10, 25), time(1, 30), LONDON)
    second = local_to_epoch(date(2026, 10, 25), time(1, 30), LONDON, latest=True)
    assert second - first == 3600


def test_a_resource_in_another_zone_than_the_tenant(tenant_a, in_tenant):
    """Alpha is in London; its New York resource opens at 09:00 New York time (14:00 UTC in winter)."""
    assert tenant_a.timezone == "Europe/London"
    with in_tenant(tenant_a):
        resource, kind = make_calendar(zone="America/New_York", weekly={0: [(time(9), time(10))]})
        slots = day_slots(kind, resource, MONDAY, NEW_YORK)
    assert [s.start_at.strftime("%H:%M") for s in slots] == ["14:00", "14:30"]
    assert local_times(slots, NEW_YORK) == ["09:00", "09:30"]


def test_without_a_resource_it_merges_every_resource_offering_the_type(tenant_a, in_tenant):
    from appointments.services import appointment_type_update

    with in_tenant(tenant_a):
        first, kind = make_calendar(weekly={0: [(time(9), time(10))]})
        second = resource_create(name="Dr Okafor", timezone_name="Europe/London", weekly={0: [(time(9, 30), time(11))]})
        appointment_type_update(appointment_type=kind, resources=[first, second])
        slots = availability_slots(appointment_type=kind, start=at(MONDAY, 0), end=at(MONDAY, 23), now=NOW)
    by_time = {s.start_at.strftime("%H:%M"): set(s.resource_ids) for s in slots}
    assert by_time == {
        "09:00": {first.pk},
        "09:30": {first.pk, second.pk},
        "10:00": {second.pk},
        "10:30": {second.pk},
    }


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (datetime(2027, 1, 11, 12, tzinfo=UTC), datetime(2027, 1, 11, 9, tzinfo=UTC), "end"),
        (datetime(2027, 1, 11), datetime(2027, 1, 12, tzinfo=UTC), "start"),
        (datetime(2027, 1, 1, tzinfo=UTC), datetime(2027, 4, 1, tzinfo=UTC), "end"),
    ],
)
def test_bad_windows_are_refused_with_a_reason(tenant_a, in_tenant, start, end, field):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        with pytest.raises(ValidationError) as excinfo:
            availability_slots(appointment_type=kind, resource=resource, start=start, end=end, now=NOW)
    assert field in excinfo.value.message_dict


def test_a_resource_that_does_not_offer_the_type_is_refused(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _, kind = make_calendar()
        other = resource_create(name="Room 2", timezone_name="Europe/London")
        with pytest.raises(ValidationError) as excinfo:
            availability_slots(appointment_type=kind, resource=other, start=at(MONDAY, 0), end=at(MONDAY, 23), now=NOW)
    assert "resource" in excinfo.value.message_dict
