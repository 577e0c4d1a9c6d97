"""A/B results with the significance note, the team's comments/assignments/leaderboard, and the
platform owner's reports in the admin."""

from datetime import UTC, date, datetime, timedelta

import pytest

from analytics import campaign_results, platform, rollups, team
from analytics.filters import Filters
from analytics.models import Assignment, CallComment
from analytics.stats import two_proportion_z
from tests.analytics.helpers import make_call
from tests.calls.factories import AgentFactory
from tests.campaigns.factories import CampaignFactory
from tests.contacts.factories import ContactFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db

PERIOD = Filters(start=date(2026, 4, 1), end=date(2026, 4, 30), preset="custom")


def test_two_proportion_z_against_a_worked_example():
    # 60/200 vs 40/200: pooled 0.25, se = sqrt(.25*.75*(2/200)) = 0.0433, z = 0.1/0.0433 = 2.309, p = 0.0209
    result = two_proportion_z(60, 200, 40, 200)
    assert result["z"] == 2.309 and result["p_value"] == 0.0209 and result["significant"] is True
    assert "significant at 95%" in result["note"]
    close = two_proportion_z(52, 200, 48, 200)
    assert close["significant"] is False and "could be chance" in close["note"]
    assert two_proportion_z(3, 10, 1, 10)["z"] is None  # too small a sample
    assert "no calls" in two_proportion_z(0, 0, 5, 50)["note"]


def test_ab_variants_per_agent(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        a, b = AgentFactory(name="Variant A"), AgentFactory(name="Variant B")
        campaign = CampaignFactory(variants=[{"agent": a.pk, "weight": 50}, {"agent": b.pk, "weight": 50}])
        at = datetime(2026, 4, 10, 10, tzinfo=UTC)
        for agent, answered, converted, unanswered in ((a, 50, 30, 10), (b, 50, 12, 30)):
            for index in range(answered):
                make_call(
                    at,
                    agent=agent,
                    campaign_id=campaign.pk,
                    seconds=60 if agent == a else 30,
                    outcome="qualified" if index < converted else "not_interested",
                )
            for _ in range(unanswered):
                make_call(at, agent=agent, campaign_id=campaign.pk, status="no_answer")
        rollups.rebuild_all()
        results = campaign_results.campaign_results(campaign, PERIOD)
        comparison = campaign_results.comparison(PERIOD)
    variants = {v["name"]: v for v in results["variants"]}
    assert results["is_ab_test"] is True
    assert variants["Variant A"]["answer_rate"] == 83.3 and variants["Variant B"]["answer_rate"] == 62.5
    assert variants["Variant A"]["conversion_rate"] == 60.0 and variants["Variant B"]["conversion_rate"] == 24.0
    assert variants["Variant A"]["average_seconds"] == 60.0 and variants["Variant B"]["average_seconds"] == 30.0
    assert variants["Variant B"]["outcomes"]["not_interested"] == 38
    assert variants["Variant A"]["weight"] == 50
    significance = results["significance"]
    assert significance["leader"] == "Variant A"
    assert significance["conversion"]["significant"] is True
    assert significance["conversion"] == two_proportion_z(30, 50, 12, 50)
    assert results["timeline"][9] == {
        "day": "2026-04-10",
        "calls": 140,
        "answered": 100,
        "converted": 42,
        "cumulative_calls": 140,
    }
    assert comparison == [dict(comparison[0], campaign_id=campaign.pk, calls=140)]


def test_a_mention_raises_a_review_alert(tenant_a, in_tenant, owner_a, agent_a, run_on_commit):
    received = []
    events.subscribe(events.StaffAlert, received.append)
    try:
        with in_tenant(tenant_a):
            call = make_call(datetime.now(UTC))
            handle = agent_a.user.email.split("@")[0]
            with run_on_commit():
                comment = team.comment_add(call=call, author=owner_a.user, body=f"@{handle} listen from 1:20 please")
            assert comment.mentioned_user_ids == [agent_a.user_id]
            with run_on_commit():
                team.comment_add(call=call, author=owner_a.user, body="no mention here")
    finally:
        events.unsubscribe(events.StaffAlert, received.append)
    assert len(received) == 1
    alert = received[0]
    assert alert.type == "review_required" and alert.call_id == call.pk and agent_a.user.email in alert.title
    assert alert.schema_name == tenant_a.schema_name


def test_comments_and_assignments_through_the_api(tenant_a, in_tenant, owner_a, agent_a, viewer_a, owner_b, api):
    with in_tenant(tenant_a):
        call = make_call(datetime.now(UTC))
        contact = ContactFactory()
    client = api(owner_a)
    created = client.post(f"/api/v1/analytics/calls/{call.pk}/comments/", {"body": "Good call"}, format="json")
    assert created.status_code == 201 and created.json()["author_label"] == owner_a.user.email
    assert client.post(f"/api/v1/analytics/calls/{call.pk}/comments/", {"body": " "}, format="json").status_code == 400
    assert [c["body"] for c in client.get(f"/api/v1/analytics/calls/{call.pk}/comments/").json()] == ["Good call"]
    assigned = client.post(
        "/api/v1/analytics/assignments/",
        {"kind": "contact", "object_id": contact.pk, "assignee": agent_a.user_id},
        format="json",
    )
    assert assigned.status_code == 201 and assigned.json()["contact_id"] == contact.pk
    bad = client.post(
        "/api/v1/analytics/assignments/",
        {"kind": "call", "object_id": call.pk, "assignee": owner_b.user_id},
        format="json",
    )
    assert bad.status_code == 400 and "assignee" in bad.json()["error"]["fields"]
    viewer = api(viewer_a)
    assert viewer.post(f"/api/v1/analytics/calls/{call.pk}/comments/", {"body": "x"}, format="json").status_code == 403
    with in_tenant(tenant_a):
        assert CallComment.objects.count() == 1 and Assignment.objects.count() == 1


def test_the_call_review_page(tenant_a, in_tenant, owner_a, agent_a, viewer_a, portal):
    with in_tenant(tenant_a):
        call = make_call(datetime.now(UTC))
    client = portal(owner_a)
    assert client.post(f"/analytics/calls/{call.pk}/review/", {"body": "Check the ending"}).status_code == 302
    assert (
        client.post(
            f"/analytics/calls/{call.pk}/review/", {"action": "assign", "assignee": agent_a.user_id}
        ).status_code
        == 302
    )
    page = client.get(f"/analytics/calls/{call.pk}/review/")
    assert b"Check the ending" in page.content and agent_a.user.email.encode() in page.content
    assert client.post(f"/analytics/calls/{call.pk}/review/", {"body": ""}).status_code == 400
    assert portal(viewer_a).post(f"/analytics/calls/{call.pk}/review/", {"body": "x"}).status_code == 403


def test_the_leaderboard_ranks_handled_follow_ups_then_conversions(tenant_a, in_tenant, owner_a, agent_a, manager_a):
    with in_tenant(tenant_a):
        won = ContactFactory(status="converted")
        lost = ContactFactory()
        for contact, member in ((won, agent_a), (lost, manager_a)):
            assignment = team.assignment_set(
                kind="contact", object_id=contact.pk, assignee_id=member.user_id, by=owner_a.user
            )
            team.assignment_done(assignment=assignment)
        team.assignment_set(
            kind="contact", object_id=ContactFactory().pk, assignee_id=manager_a.user_id, by=owner_a.user
        )
        today = rollups.local_today()
        board = team.leaderboard(Filters(start=today - timedelta(days=6), end=today))
    top = [(row["email"], row["handled"], row["conversions"], row["open"]) for row in board[:2]]
    assert top == [(agent_a.user.email, 1, 1, 0), (manager_a.user.email, 1, 0, 1)]


def test_the_platform_dashboard_reads_each_tenants_rollups(tenant_a, tenant_b, in_tenant, admin_client_public):
    with in_tenant(tenant_a):
        for _ in range(3):
            make_call(datetime.now(UTC) - timedelta(minutes=30), seconds=120)
        rollups.rebuild_all()
    with in_tenant(tenant_b):
        make_call(datetime.now(UTC) - timedelta(minutes=30), seconds=60)
        rollups.rebuild_all()
    report = platform.platform_dashboard()
    month = datetime.now(UTC).strftime("%Y-%m")
    by_tenant = {r.schema: r for r in report["usage"] if r.month == month}
    assert by_tenant[tenant_a.schema_name].calls == 3 and str(by_tenant[tenant_a.schema_name].minutes) == "6.0"
    assert by_tenant[tenant_b.schema_name].calls == 1
    assert report["top_tenants"][0].schema == tenant_a.schema_name
    assert report["has_revenue"] is False and by_tenant[tenant_a.schema_name].revenue is None
    page = admin_client_public.get("/admin/analytics/platformreport/")
    assert page.status_code == 200 and b"Top tenants this month" in page.content
    csv_lines = admin_client_public.get("/admin/analytics/platformreport/usage.csv").content.decode().splitlines()
    assert csv_lines[0] == ",".join(platform.USAGE_HEADERS)
    assert any(line.startswith(f"{tenant_a.name},{tenant_a.schema_name},{month},3,6.0") for line in csv_lines)
    compliance = admin_client_public.get("/admin/analytics/platformreport/compliance/")
    assert compliance.status_code == 200 and tenant_a.name.encode() in compliance.content


def test_revenue_comes_from_a_registered_source(tenant_a, in_tenant):
    from decimal import Decimal

    month = datetime.now(UTC).strftime("%Y-%m")

    def ledger(first, last):
        return {(tenant_a.pk, month): Decimal("42.00")}

    platform.revenue_sources.register(ledger)
    try:
        rows = {r.schema: r for r in platform.usage_by_month(months=1)}
    finally:
        platform.revenue_sources.unregister(ledger)
    assert rows[tenant_a.schema_name].revenue == Decimal("42.00")


def test_platform_reports_are_for_superusers_only(public_client, owner_a):
    public_client.force_login(owner_a.user, backend="django.contrib.auth.backends.ModelBackend")
    assert public_client.get("/admin/analytics/platformreport/").status_code in (302, 403)
    assert public_client.get("/admin/analytics/platformreport/usage.csv").status_code in (302, 403)


@pytest.fixture
def admin_client_public(public_client):
    from tests.factories import UserFactory

    user = UserFactory(is_staff=True, is_superuser=True)
    public_client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return public_client
