"""The analytics API and portal pages: filters, errors, role checks and isolation."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from analytics import rollups
from tests.analytics.helpers import make_call
from tests.campaigns.factories import CampaignFactory

pytestmark = pytest.mark.django_db

ENDPOINTS = ("overview", "timeseries", "funnel", "heatmap", "insights", "leaderboard")


@pytest.fixture
def recent_calls(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        now = datetime.now(UTC)
        make_call(now - timedelta(days=2), outcome="qualified", seconds=60, cost=Decimal("250"))
        make_call(now - timedelta(days=1), status="no_answer")
        rollups.rebuild_all()


def test_every_endpoint_answers_with_the_period(recent_calls, owner_a, api):
    client = api(owner_a, scope="read")
    for name in ENDPOINTS:
        response = client.get(f"/api/v1/analytics/{name}/?period=7")
        assert response.status_code in (200, 202), (name, response.content)
        assert response.json()["period"]["days"] == 7
    overview = client.get("/api/v1/analytics/overview/?period=7").json()
    kpis = {k["key"]: k["value"] for k in overview["kpis"]}
    assert kpis["calls"] == 2 and kpis["answer_rate"] == 50.0
    assert sum(d["calls"] for d in client.get("/api/v1/analytics/timeseries/").json()["days"]) == 2


def test_bad_filters_are_a_400_with_field_messages(owner_a, api):
    client = api(owner_a)
    for query, field in (
        ("period=5", "period"),
        ("period=custom&start=2026-02-01&end=x", "end"),
        ("campaign=abc", "campaign"),
    ):
        response = client.get(f"/api/v1/analytics/overview/?{query}")
        assert response.status_code == 400
        assert field in response.json()["error"]["fields"]


def test_cost_figures_are_for_billing_roles_only(recent_calls, owner_a, viewer_a, manager_a, api):
    def keys(membership, scope="write"):
        return {k["key"] for k in api(membership, scope=scope).get("/api/v1/analytics/overview/").json()["kpis"]}

    assert "cost_per_qualified_lead" in keys(owner_a)
    assert "cost_per_qualified_lead" not in keys(owner_a, scope="read")
    assert "cost_per_qualified_lead" not in keys(viewer_a)
    assert "cost_per_qualified_lead" not in keys(manager_a)
    kpis = api(owner_a).get("/api/v1/analytics/overview/").json()["kpis"]
    owner_value = next(k["value"] for k in kpis if k["key"] == "cost_per_qualified_lead")
    assert owner_value == "2.50"


def test_viewers_see_the_dashboard_without_money(recent_calls, viewer_a, owner_a, portal):
    page = portal(viewer_a).get("/")
    assert page.status_code == 200
    assert b'data-chart="timeseries"' in page.content
    assert b"Cost per qualified lead" not in page.content
    assert b"Cost per qualified lead" in portal(owner_a).get("/").content


def test_the_home_page_is_the_checklist_until_there_is_history(owner_a, portal):
    page = portal(owner_a).get("/")
    assert b"Setup" in page.content and b"data-chart" not in page.content
    assert b'data-chart="funnel"' in portal(owner_a).get("/analytics/").content


def test_htmx_refresh_returns_only_the_dashboard_body(recent_calls, owner_a, portal):
    response = portal(owner_a).get("/?period=7", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="dashboard-body"') and "<html" not in body
    assert 'hx-trigger="every 30s"' in body


def test_bad_portal_filters_show_the_error(owner_a, portal):
    response = portal(owner_a).get("/analytics/?period=custom&start=2026-03-01&end=2026-02-01")
    assert response.status_code == 400
    assert b"The end date is before the start date." in response.content


def test_each_chart_exports_csv(recent_calls, owner_a, viewer_a, portal):
    response = portal(owner_a).get("/analytics/export/timeseries.csv?period=7")
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode().strip().splitlines()
    assert lines[0] == "day,calls,answered,unreached,qualified,confirmed,not_interested" and len(lines) == 8
    for chart in ("kpis", "heatmap", "funnel", "lead_statuses", "lead_sources", "appointments"):
        assert portal(owner_a).get(f"/analytics/export/{chart}.csv").status_code == 200
    assert portal(owner_a).get("/analytics/export/nothing.csv").status_code == 404
    assert portal(owner_a).get("/analytics/export/kpis.csv?period=x").status_code == 400
    assert b"Cost per qualified lead" not in portal(viewer_a).get("/analytics/export/kpis.csv").content


def test_campaign_results_endpoint_and_pages(tenant_a, in_tenant, owner_a, api, portal):
    with in_tenant(tenant_a):
        campaign = CampaignFactory()
        make_call(datetime.now(UTC) - timedelta(hours=3), campaign_id=campaign.pk, outcome="qualified", seconds=40)
        rollups.rebuild_all()
    body = api(owner_a).get(f"/api/v1/analytics/campaigns/{campaign.pk}/?period=7").json()
    assert body["campaign"]["id"] == campaign.pk and body["totals"]["calls"] == 1
    assert api(owner_a).get("/api/v1/analytics/campaigns/999999/").status_code == 404
    assert campaign.name.encode() in portal(owner_a).get("/analytics/campaigns/").content
    assert b"Timeline" in portal(owner_a).get(f"/analytics/campaigns/{campaign.pk}/").content


def test_tenant_b_sees_none_of_tenant_a(recent_calls, owner_b, api, portal):
    body = api(owner_b).get("/api/v1/analytics/overview/?period=7").json()
    assert {k["key"]: k["value"] for k in body["kpis"]}["calls"] == 0
    assert b"data-chart" not in portal(owner_b).get("/").content


def test_compliance_page(owner_a, portal, tenant_a, in_tenant):
    from tests.contacts.factories import DncEntryFactory

    with in_tenant(tenant_a):
        DncEntryFactory()
        DncEntryFactory()
    page = portal(owner_a).get("/analytics/compliance/")
    assert page.status_code == 200
    assert b"Do-not-call list: 2 numbers" in page.content
