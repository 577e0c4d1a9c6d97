"""Roll-ups: the tenant's day, the call-finished path, the beat job, and rebuild == live computation."""

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from analytics import rollups, tasks
from analytics.models import CallRollup, DailyMetric
from calls.events import CallFinished
from contacts.models import StatusChange
from tests.analytics.helpers import make_call
from tests.appointments.factories import AppointmentFactory
from tests.calls.factories import AgentFactory
from tests.contacts.factories import ContactFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db(transaction=False)
LONDON = ZoneInfo("Europe/London")


def test_a_day_is_the_tenants_day_across_midnight_and_dst(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        make_call(datetime(2026, 3, 28, 23, 30, tzinfo=UTC))  # 23:30 GMT on the 28th
        make_call(datetime(2026, 3, 29, 0, 30, tzinfo=UTC))  # 00:30 GMT on the 29th (clocks go forward at 01:00)
        make_call(datetime(2026, 3, 29, 1, 30, tzinfo=UTC))  # 02:30 BST on the 29th
        make_call(datetime(2026, 6, 30, 23, 30, tzinfo=UTC))  # 00:30 BST on 1 July
        rollups.rebuild_all()
        rows = sorted(CallRollup.objects.values_list("day", "hour", "weekday", "calls"))
    assert rows == [
        (date(2026, 3, 28), 23, 5, 1),
        (date(2026, 3, 29), 0, 6, 1),
        (date(2026, 3, 29), 2, 6, 1),
        (date(2026, 7, 1), 0, 2, 1),
    ]


def test_the_same_instant_is_another_day_in_chicago(tenant_b, in_tenant):
    with in_tenant(tenant_b):
        make_call(datetime(2026, 7, 1, 3, 0, tzinfo=UTC))  # 22:00 CDT on 30 June
        rollups.rebuild_all()
        assert list(CallRollup.objects.values_list("day", "hour")) == [(date(2026, 6, 30), 22)]


def test_day_bounds_follow_dst():
    start, end = rollups.day_bounds(date(2026, 3, 29), LONDON)
    assert (start, end) == (datetime(2026, 3, 29, 0, 0, tzinfo=UTC), datetime(2026, 3, 29, 23, 0, tzinfo=UTC))


def test_a_finished_call_updates_its_day(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a):
        at = datetime.now(UTC) - timedelta(hours=1)
        with run_on_commit():
            call = make_call(at, outcome="qualified", seconds=90, cost=Decimal("12.5"))
            events.publish(CallFinished.of(call, schema_name=tenant_a.schema_name))
        row = CallRollup.objects.get()
        assert (row.calls, row.answered, row.qualified, row.talk_ms, row.cost_cents) == (1, 1, 1, 90_000, 12.5)
        assert row.day == at.astimezone(LONDON).date()
        with run_on_commit():
            second = make_call(at, status="no_answer")
            events.publish(CallFinished.of(second, schema_name=tenant_a.schema_name))
            # delivered twice: the day is recomputed, not added to
            events.publish(CallFinished.of(second, schema_name=tenant_a.schema_name))
        row = CallRollup.objects.get()
        assert (row.calls, row.answered, row.no_answer) == (2, 1, 1)


def test_calls_not_yet_finished_are_not_counted(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        make_call(datetime(2026, 5, 5, 10, tzinfo=UTC), finished=False)
        rollups.rebuild_all()
        assert CallRollup.objects.count() == 0


def test_the_beat_job_recomputes_today_in_every_tenant(tenant_a, tenant_b, in_tenant):
    for tenant in (tenant_a, tenant_b):
        with in_tenant(tenant):
            make_call(datetime.now(UTC) - timedelta(minutes=5))
            ContactFactory()
    assert tasks.refresh_recent.delay().get() >= 2
    for tenant in (tenant_a, tenant_b):
        with in_tenant(tenant):
            assert CallRollup.objects.get().calls == 1
            assert DailyMetric.objects.get(metric="leads_added").value == 1
            assert DailyMetric.objects.get(metric="status_snapshot", dimension="new").value == 1


def _random_history(seed: int) -> None:
    rng = random.Random(seed)
    agents = [AgentFactory(), AgentFactory()]
    contacts = [ContactFactory(source=rng.choice(["manual", "csv", "api"])) for _ in range(8)]
    base = datetime(2026, 3, 25, tzinfo=UTC)
    for _ in range(60):
        at = base + timedelta(minutes=rng.randrange(0, 60 * 24 * 10))
        status = rng.choice(["completed", "completed", "transferred", "no_answer", "busy", "voicemail", "failed"])
        outcome = rng.choice(["", "qualified", "confirmed", "not_interested"]) if status == "completed" else ""
        make_call(
            at,
            status=status,
            outcome=outcome,
            seconds=rng.randrange(0, 300),
            cost=Decimal(rng.randrange(0, 500)) / 10,
            agent=rng.choice([*agents, None]),
            campaign_id=rng.choice([None, 7, 8]),
            contact=rng.choice(contacts),
            direction=rng.choice(["inbound", "outbound"]),
        )
    for contact in contacts[:4]:
        StatusChange.objects.create(contact=contact, from_status="new", to_status="qualified")
    for _ in range(5):
        AppointmentFactory(
            contact=rng.choice(contacts),
            status=rng.choice(["scheduled", "confirmed", "completed", "no_show", "cancelled"]),
        )


def _daily_from_hourly(rows: list[tuple]) -> list[tuple]:
    """(day, campaign, agent, sums...) from the hourly rows (day, hour, weekday, campaign, agent, ...)."""
    sums: dict[tuple, list] = {}
    for row in rows:
        key = (row[0], row[3], row[4])
        values = list(row[5:])
        sums[key] = [a + b for a, b in zip(sums[key], values, strict=True)] if key in sums else values
    return sorted((*key, *values) for key, values in sums.items())


def _hour_totals_from_hourly(rows: list[tuple]) -> list[tuple]:
    """(day, hour, weekday, calls, answered) over every campaign and agent, from the hourly rows."""
    sums: dict[tuple, tuple[int, int]] = {}
    for row in rows:
        key = row[:3]
        calls, answered = sums.get(key, (0, 0))
        sums[key] = (calls + row[5], answered + row[7])
    return sorted((*key, *values) for key, values in sums.items())


def test_rebuild_equals_live_computation(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _random_history(seed=15)
        call_command("analytics_rebuild", "--schema", tenant_a.schema_name, verbosity=0)
        assert rollups.stored_call_rows() == rollups.live_call_rows()
        assert rollups.stored_metric_rows() == rollups.live_metric_rows()
        assert rollups.stored_day_rows() == _daily_from_hourly(rollups.live_call_rows())
        assert rollups.stored_hour_rows() == _hour_totals_from_hourly(rollups.live_call_rows())
        assert sum(row[5] for row in rollups.stored_call_rows()) == 60


def test_day_by_day_refresh_equals_rebuild(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _random_history(seed=4)
        for offset in range(12):
            rollups.refresh_call_day(date(2026, 3, 24) + timedelta(days=offset))
        by_day = rollups.stored_call_rows()
        daily = rollups.stored_day_rows()
        hours = rollups.stored_hour_rows()
        rollups.rebuild_all()
        assert by_day == rollups.stored_call_rows() == rollups.live_call_rows()
        assert daily == rollups.stored_day_rows() == _daily_from_hourly(by_day)
        assert hours == rollups.stored_hour_rows() == _hour_totals_from_hourly(by_day)


def test_an_appointment_change_refreshes_its_start_day(tenant_a, in_tenant, run_on_commit):
    from appointments.events import AppointmentChanged

    with in_tenant(tenant_a):
        start = datetime(2026, 8, 3, 23, 30, tzinfo=UTC)  # 00:30 BST on 4 August
        with run_on_commit():
            appointment = AppointmentFactory(status="no_show", start_at=start, confirmed_at=start)
            events.publish(AppointmentChanged(appointment_id=appointment.pk, kind="no_show", start_at=start))
        states = dict(
            DailyMetric.objects.filter(metric="appointments", day=date(2026, 8, 4)).values_list("dimension", "value")
        )
    assert states == {"total": 1, "confirmed": 1, "no_show": 1}


def test_the_rebuild_command_refuses_an_unknown_schema():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("analytics_rebuild", "--schema", "nope", verbosity=0)


def test_heatmap_from_hour_totals_equals_the_hourly_rows(tenant_a, in_tenant):
    from analytics import selectors
    from analytics.filters import Filters

    with in_tenant(tenant_a):
        _random_history(seed=9)
        rollups.rebuild_all()
        rows = rollups.live_call_rows()
        for campaign_id in (None, 7):
            heat = selectors.heatmap(Filters(start=date(2026, 3, 20), end=date(2026, 4, 10), campaign_id=campaign_id))
            expected: dict[tuple, int] = {}
            for row in rows:
                if campaign_id is None or row[3] == campaign_id:
                    expected[(row[2], row[1])] = expected.get((row[2], row[1]), 0) + row[5]
            got = {
                (weekday, cell["hour"]): cell["calls"]
                for weekday, day in enumerate(heat["grid"])
                for cell in day["hours"]
                if cell["calls"]
            }
            assert got == expected
            assert heat["max_calls"] == max(expected.values())
