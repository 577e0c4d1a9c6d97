"""Every KPI and chart against hand-computed figures, read from the roll-ups."""

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import ValidationError

from analytics import rollups, selectors
from analytics.filters import Filters, parse_filters
from contacts.models import StatusChange
from tests.analytics.helpers import make_call
from tests.appointments.factories import AppointmentFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

# Alpha is Europe/London (BST in June: UTC+1).
PERIOD = Filters(start=date(2026, 6, 8), end=date(2026, 6, 14), preset="custom")  # previous: 1-7 June


def _at(day: int, hour_utc: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour_utc, minute, tzinfo=UTC)


@pytest.fixture
def history(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        # this period: 4 calls, 3 answered (60 s, 120 s, 30 s), 1 qualified, 1 confirmed, 1 booked
        make_call(_at(8, 9), outcome="qualified", seconds=60, cost=Decimal("300"))
        make_call(_at(9, 14), outcome="confirmed", seconds=120, cost=Decimal("100"))
        make_call(_at(14, 22, 30), seconds=30, cost=Decimal("50"))  # 23:30 BST on the 14th: inside
        make_call(_at(10, 9), status="no_answer")
        make_call(_at(14, 23, 30))  # 00:30 BST on the 15th: outside the period
        make_call(_at(7, 23, 10))  # 00:10 BST on the 8th: inside (its UTC day is the 7th)
        # previous period: 2 calls, both answered, 1 qualified
        make_call(_at(3, 10), outcome="qualified", seconds=100, cost=Decimal("200"))
        make_call(_at(4, 10), seconds=20)
        contacts = [ContactFactory(source="csv"), ContactFactory(source="csv"), ContactFactory(source="api")]
        for contact in contacts:
            type(contact).objects.filter(pk=contact.pk).update(created_at=_at(9, 12))
        qualified = StatusChange.objects.create(contact=contacts[0], from_status="new", to_status="qualified")
        StatusChange.objects.filter(pk=qualified.pk).update(created_at=_at(10, 12))
        contacts[2].status = "human_input_needed"
        contacts[2].save(update_fields=["status"])
        for status, confirmed in (("completed", True), ("no_show", True), ("cancelled", False), ("confirmed", True)):
            AppointmentFactory(
                contact=contacts[0],
                status=status,
                start_at=_at(12, 9),
                confirmed_at=_at(11, 9) if confirmed else None,
            )
        AppointmentFactory(contact=contacts[0], status="scheduled", start_at=_at(13, 9))
        with time_machine.travel(_at(14, 12)):
            rollups.rebuild_all()
        yield


def _kpis(include_costs=False):
    return {k["key"]: k for k in selectors.overview(PERIOD, include_costs=include_costs)}


def test_kpis_with_change_against_the_previous_period(history, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        kpis = _kpis()
    assert (kpis["calls"]["value"], kpis["calls"]["previous"], kpis["calls"]["change"]) == (5, 2, 150.0)
    # 4 answered of 5 (the 00:10 call is answered too, 0 s), before 2 of 2
    assert (kpis["answer_rate"]["value"], kpis["answer_rate"]["previous"], kpis["answer_rate"]["change"]) == (
        80.0,
        100.0,
        -20.0,
    )
    assert kpis["confirmations"]["value"] == 1
    assert kpis["qualified_leads"]["value"] == 1 and kpis["qualified_leads"]["previous"] == 1
    assert kpis["qualified_leads"]["change"] == 0.0
    assert kpis["conversion_rate"]["value"] == 50.0  # (1 qualified + 1 confirmed) / 4 answered
    assert kpis["conversion_rate"]["previous"] == 50.0
    assert kpis["average_call_seconds"]["value"] == 52.5  # 210 s / 4
    assert kpis["average_call_seconds"]["previous"] == 60.0
    assert kpis["leads_added"]["value"] == 3 and kpis["leads_added"]["previous"] == 0
    assert kpis["leads_added"]["change"] is None
    assert kpis["human_pending"]["value"] == 1
    assert "cost_per_qualified_lead" not in kpis


def test_cost_per_qualified_lead_only_when_costs_are_shown(history, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        kpis = _kpis(include_costs=True)
    assert kpis["cost_per_qualified_lead"]["value"] == Decimal("4.50")  # 450 cents / 1 qualified
    assert kpis["cost_per_qualified_lead"]["previous"] == Decimal("2.00")


def test_timeseries_heatmap_and_funnel(history, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        series = selectors.timeseries(PERIOD)
        heat = selectors.heatmap(PERIOD)
        funnel = selectors.funnel(PERIOD)
    assert [d["day"] for d in series] == [f"2026-06-{n:02d}" for n in range(8, 15)]
    assert [d["calls"] for d in series] == [2, 1, 1, 0, 0, 0, 1]
    assert series[2]["unreached"] == 1
    monday = heat["grid"][0]  # 8 June 2026 is a Monday
    assert monday["hours"][0]["calls"] == 1 and monday["hours"][10]["calls"] == 1
    assert heat["grid"][6]["hours"][23]["calls"] == 1  # Sunday 14th 23:30 BST
    assert [(s["key"], s["count"]) for s in funnel] == [
        ("contacted", 5),
        ("answered", 4),
        ("interested", 2),
        ("booked", 0),
    ]
    assert funnel[1]["share"] == 80.0


def test_leads_sources_statuses_and_appointments(history, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        data = selectors.dashboard(PERIOD, include_costs=False)
    sources = {s["source"]: s for s in data["lead_sources"]}
    assert (
        sources["csv"]["added"] == 2 and sources["csv"]["qualified"] == 1 and sources["csv"]["qualified_rate"] == 50.0
    )
    assert sources["api"]["added"] == 1
    statuses = {s["status"]: s["count"] for s in data["lead_statuses"]}
    assert statuses == {"new": 2, "human_input_needed": 1}
    appointments = data["appointments"]["current"]
    assert appointments["total"] == 5 and appointments["cancelled"] == 1
    assert appointments["confirmation_rate"] == 75.0  # confirmed 3 of the 4 not cancelled
    assert appointments["no_show_rate"] == 50.0  # 1 no-show of 2 that happened


def test_the_campaign_filter_narrows_call_figures(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        make_call(_at(9, 9), campaign_id=5, outcome="qualified", seconds=10)
        make_call(_at(9, 9), campaign_id=6)
        rollups.rebuild_all()
        both = {k["key"]: k["value"] for k in selectors.overview(PERIOD, include_costs=False)}
        one = {
            k["key"]: k["value"]
            for k in selectors.overview(Filters(PERIOD.start, PERIOD.end, campaign_id=5), include_costs=False)
        }
    assert both["calls"] == 2 and one["calls"] == 1 and one["qualified_leads"] == 1


def test_filters_parse_presets_and_reject_bad_input(tenant_a, in_tenant):
    today = date(2026, 6, 14)
    assert parse_filters({"period": "7"}, today=today) == Filters(date(2026, 6, 8), today, None, "7")
    assert parse_filters({}, today=today).days == 30
    custom = parse_filters({"period": "custom", "start": "2026-01-01", "end": "2026-01-31"}, today=today)
    assert custom.days == 31 and custom.previous() == Filters(date(2025, 12, 1), date(2025, 12, 31))
    for params, field in (
        ({"period": "12"}, "period"),
        ({"period": "custom", "start": "nope", "end": "2026-01-01"}, "start"),
        ({"period": "custom", "start": "2026-02-01", "end": "2026-01-01"}, "end"),
        ({"period": "custom", "start": "2020-01-01", "end": "2026-01-01"}, "end"),
        ({"campaign": "x"}, "campaign"),
    ):
        with pytest.raises(ValidationError) as caught:
            parse_filters(params, today=today)
        assert field in caught.value.message_dict
    with in_tenant(tenant_a), pytest.raises(ValidationError) as caught:
        parse_filters({"campaign": "999999"}, today=today)
    assert "campaign" in caught.value.message_dict


def test_an_empty_workspace_has_zeros_not_errors(tenant_b, in_tenant):
    with in_tenant(tenant_b):
        data = selectors.dashboard(PERIOD, include_costs=True)
    kpis = {k["key"]: k for k in data["kpis"]}
    assert kpis["calls"]["value"] == 0 and kpis["answer_rate"]["value"] is None
    assert kpis["cost_per_qualified_lead"]["value"] is None
    assert all(day["calls"] == 0 for day in data["timeseries"])
    assert timedelta(days=len(data["timeseries"])) == timedelta(days=7)
