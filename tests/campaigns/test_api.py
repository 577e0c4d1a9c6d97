"""The campaigns API and the calling settings: shapes, every validation rule, transitions, permissions."""

import csv
import io

import pytest

from campaigns.models import Campaign, CampaignContact, CampaignStatusChange
from tenants.models import AuditEvent, TenantSettings
from tests.campaigns.helpers import chicago_contacts, london_contacts, utc
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/campaigns/"


def create(client, **data):
    return client.post(URL, {"name": "Spring offer", "audience": {"tags": ["spring"]}, **data}, format="json")


def count(tenant, in_tenant):
    with in_tenant(tenant):
        return Campaign.objects.count()


def test_create_and_read_a_campaign(owner_a, api, in_tenant):
    client = api(owner_a)
    response = create(client, description="Call last year's leads", priority=70, schedule={"mon": [["09:00", "17:00"]]})
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "draft"
    assert body["max_attempts"] == 2
    assert body["retry_gap_minutes"] == 480
    assert body["retry_outcomes"] == ["no_answer", "voicemail", "busy", "failed"]
    assert body["schedule"]["mon"] == [["09:00", "17:00"]]
    detail = client.get(f"{URL}{body['id']}/").json()
    assert detail["name"] == "Spring offer"
    with in_tenant(owner_a.tenant):
        assert CampaignStatusChange.objects.filter(campaign_id=body["id"], to_status="draft").count() == 1


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"type": "robocall"}, "type"),
        ({"priority": 101}, "priority"),
        ({"max_concurrent": 0}, "max_concurrent"),
        ({"calls_per_minute": "lots"}, "calls_per_minute"),
        ({"max_attempts": 11}, "max_attempts"),
        ({"retry_gap_minutes": 5}, "retry_gap_minutes"),
        ({"retry_outcomes": ["maybe"]}, "retry_outcomes"),
        ({"audience": {"everyone": True}}, "audience"),
        ({"audience": {"contacts": [999999]}}, "audience"),
        ({"audience": {"filter": {"status": ["sleepy"]}}}, "audience"),
        ({"audience": {"groups": [999999]}}, "audience"),
        ({"audience": "all"}, "audience"),
        ({"schedule": {"mon": [["17:00", "09:00"]]}}, "schedule"),
        ({"schedule": {"funday": []}}, "schedule"),
        ({"blocked_dates": ["christmas"]}, "blocked_dates"),
        ({"starts_at": "2027-02-01T09:00:00Z", "ends_at": "2027-01-01T09:00:00Z"}, "ends_at"),
        ({"agent": 999999}, "agent"),
        ({"from_number": 999999}, "from_number"),
        ({"variants": [{"agent": 999999, "weight": 50}]}, "variants"),
        ({"final_status_map": {"no_answer": "furious"}}, "final_status_map"),
        ({"final_status_map": {"exploded": "lost"}}, "final_status_map"),
        ({"qualification": {"rules": [{"field": "budget", "op": "gte", "value": "big"}]}}, "qualification"),
        ({"variables": {"1st": "x"}}, "variables"),
        ({"variables": {"offer": "{{ password }}"}}, "variables"),
        ({"voicemail_message": "x" * 1001}, "voicemail_message"),
    ],
)
def test_bad_input_is_refused_with_a_field_message_and_nothing_is_created(owner_a, api, in_tenant, data, field):
    response = create(api(owner_a), **data)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"], error
    assert count(owner_a.tenant, in_tenant) == 0


def test_list_filters_searches_orders_and_pages(owner_a, api):
    client = api(owner_a)
    for name, priority in (("Alpha leads", 10), ("Beta leads", 90), ("Gamma", 50)):
        create(client, name=name, priority=priority)
    body = client.get(URL, {"search": "leads", "ordering": "-priority", "page_size": 1}).json()
    assert body["count"] == 2
    assert [c["name"] for c in body["results"]] == ["Beta leads"]
    assert client.get(URL, {"status": "running"}).json()["count"] == 0
    assert client.get(URL, {"status": "bogus"}).status_code == 400


def test_lifecycle_through_the_api(dialer, owner_a, api, in_tenant):
    client = api(owner_a)
    with in_tenant(dialer.tenant):
        london_contacts(2)
        chicago_contacts(1)
    campaign_id = create(client, agent=dialer.agent.pk).json()["id"]
    assert client.post(f"{URL}{campaign_id}/resume/").status_code == 400
    started = client.post(f"{URL}{campaign_id}/start/")
    assert started.status_code == 200 and started.json()["status"] == "running"
    assert client.patch(f"{URL}{campaign_id}/", {"audience": {"all": True}}, format="json").status_code == 400
    assert client.patch(f"{URL}{campaign_id}/", {"max_concurrent": 3}, format="json").json()["max_concurrent"] == 3
    paused = client.post(f"{URL}{campaign_id}/pause/", {"reason": "lunch"}, format="json").json()
    assert (paused["status"], paused["paused_reason"]) == ("paused", "lunch")
    assert client.post(f"{URL}{campaign_id}/resume/").json()["status"] == "running"
    assert client.delete(f"{URL}{campaign_id}/").status_code == 400
    assert client.post(f"{URL}{campaign_id}/cancel/").json()["status"] == "cancelled"
    assert client.post(f"{URL}{campaign_id}/archive/").json()["status"] == "archived"
    assert client.patch(f"{URL}{campaign_id}/", {"name": "Again"}, format="json").status_code == 400


def test_starting_needs_an_active_agent_and_someone_to_call(dialer, owner_a, api, in_tenant):
    from calls import services as call_services

    client = api(owner_a)
    nobody = create(client, agent=dialer.agent.pk).json()["id"]
    response = client.post(f"{URL}{nobody}/start/")
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["audience"] == ["Nobody matches this audience."]
    with in_tenant(dialer.tenant):
        london_contacts(1)
        call_services.agent_set_status(tenant=dialer.tenant, agent=dialer.agent, status="paused")
    response = client.post(f"{URL}{nobody}/start/")
    assert response.status_code == 400
    assert "agent" in response.json()["error"]["fields"]
    with in_tenant(dialer.tenant):
        assert Campaign.objects.get(pk=nobody).status == "draft"
        assert not CampaignContact.objects.filter(campaign_id=nobody).exists()


def test_only_drafts_are_deleted(owner_a, api, in_tenant):
    client = api(owner_a)
    campaign_id = create(client).json()["id"]
    assert client.delete(f"{URL}{campaign_id}/").status_code == 204
    assert count(owner_a.tenant, in_tenant) == 0


def test_contacts_show_state_reasons_and_when_they_may_be_called(dialer, owner_a, api, in_tenant):
    client = api(owner_a)
    with in_tenant(dialer.tenant):
        (early,) = chicago_contacts(1)
        london_contacts(1)
    campaign_id = create(client, agent=dialer.agent.pk).json()["id"]
    client.post(f"{URL}{campaign_id}/start/")
    from campaigns import services

    with in_tenant(dialer.tenant):
        services.dialer_tick(tenant=dialer.tenant)
    queued = client.get(f"{URL}{campaign_id}/contacts/", {"state": "queued"}).json()
    assert queued["count"] == 1
    row = queued["results"][0]
    assert row["contact"]["id"] == early.pk
    assert row["reason"] == "Outside calling hours in America/Chicago until 08:00"
    assert row["eligible_at"] == "2027-01-13T14:00:00Z"
    assert client.get(f"{URL}{campaign_id}/contacts/", {"state": "dialing"}).json()["count"] == 1
    assert client.get(f"{URL}{campaign_id}/contacts/", {"state": "nonsense"}).status_code == 400


def test_contacts_can_be_added_late_and_stats_describe_the_campaign(dialer, owner_a, api, in_tenant):
    client = api(owner_a)
    with in_tenant(dialer.tenant):
        london_contacts(2)
        late = ContactFactory(phone="+442079469999", tags=["late"])
    campaign_id = create(client, agent=dialer.agent.pk).json()["id"]
    draft_add = client.post(f"{URL}{campaign_id}/contacts/", {"audience": {"tags": ["late"]}}, format="json")
    assert draft_add.status_code == 400
    client.post(f"{URL}{campaign_id}/start/")
    added = client.post(f"{URL}{campaign_id}/contacts/", {"audience": {"contacts": [late.pk]}}, format="json")
    assert (added.status_code, added.json()) == (201, {"added": 1})
    again = client.post(f"{URL}{campaign_id}/contacts/", {"audience": {"contacts": [late.pk]}}, format="json")
    assert again.json() == {"added": 0}
    stats = client.get(f"{URL}{campaign_id}/stats/").json()
    assert stats["total"] == 3
    assert stats["by_state"]["queued"] == 3
    assert stats["rates"]["tenant_per_15_minutes"] == {"used": 0, "limit": 25}
    assert stats["cost_cents"] == "0.00"


def test_results_export_is_a_csv_with_outcomes_and_call_links(
    dialer, manager_a, api, in_tenant, run_on_commit, outcomes
):
    outcomes("confirmed")
    client = api(manager_a)
    with in_tenant(dialer.tenant):
        ContactFactory(phone="+442079460001", first_name="=HYPERLINK(1)", tags=["spring"])
    campaign_id = create(client, agent=dialer.agent.pk).json()["id"]
    client.post(f"{URL}{campaign_id}/start/")
    from campaigns import services

    with in_tenant(dialer.tenant), run_on_commit():
        services.dialer_tick(tenant=dialer.tenant)
    response = client.get(f"{URL}{campaign_id}/results.csv", HTTP_ACCEPT="text/csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert len(rows) == 1
    assert rows[0]["name"].startswith("'=HYPERLINK")
    assert rows[0]["phone"] == "+442079460001"
    assert rows[0]["final_outcome"] == "qualified"
    assert rows[0]["attempts"] == "1"
    assert "budget=" in rows[0]["qualification"]
    # Links point where the platform is served (PUBLIC_SCHEME/PUBLIC_PORT), not at the Host header.
    from voiceplatform.links import tenant_url

    assert rows[0]["last_call_url"].startswith(tenant_url(manager_a.tenant, "/calls/"))


def test_the_audience_preview_counts_and_explains(dialer, owner_a, api, in_tenant):
    from contacts.services import dnc_add

    with in_tenant(dialer.tenant):
        london_contacts(2)
        chicago_contacts(1)
        dnc_add(phone="+442079400001", tenant=dialer.tenant)
    response = api(owner_a).post(f"{URL}preview/", {"audience": {"tags": ["spring"]}}, format="json").json()
    assert response["count"] == 3
    assert response["callable_now"] == 1
    reasons = {group["code"]: group["examples"][0]["reason"] for group in response["blocked"]}
    assert reasons == {
        "dnc": "On DNC list since 2027-01-13",
        "outside_hours": "Outside calling hours in America/Chicago until 08:00",
    }
    bad = api(owner_a).post(f"{URL}preview/", {"audience": {"bogus": 1}}, format="json")
    assert bad.status_code == 400


@pytest.mark.parametrize(
    ("role", "method", "path", "allowed"),
    [
        ("viewer", "get", "", True),
        ("viewer", "post", "", False),
        ("agent", "post", "", False),
        ("viewer", "get", "{id}/stats/", True),
        ("viewer", "post", "{id}/start/", False),
        ("viewer", "get", "{id}/results.csv", False),
        ("agent", "get", "{id}/results.csv", False),
        ("manager", "get", "{id}/results.csv", True),
        ("manager", "post", "{id}/pause/", True),
    ],
)
def test_permissions_follow_the_roles(request, owner_a, api, role, method, path, allowed, viewer_a, agent_a, manager_a):
    campaign_id = create(api(owner_a)).json()["id"]
    member = {"viewer": viewer_a, "agent": agent_a, "manager": manager_a}[role]
    response = getattr(api(member), method)(URL + path.format(id=campaign_id))
    if allowed:
        assert response.status_code not in (401, 403)
    else:
        assert response.status_code == 403


def test_a_read_only_key_cannot_change_campaigns(owner_a, api):
    campaign_id = create(api(owner_a)).json()["id"]
    reader = api(owner_a, scope="read")
    assert reader.get(f"{URL}{campaign_id}/").status_code == 200
    assert reader.post(f"{URL}{campaign_id}/start/").status_code == 403
    assert reader.patch(f"{URL}{campaign_id}/", {"name": "x"}, format="json").status_code == 403


def test_reminder_settings_api(owner_a, viewer_a, api):
    client = api(owner_a)
    assert client.get("/api/v1/reminders/settings").json()["hours_before"] == 24
    changed = client.patch(
        "/api/v1/reminders/settings",
        {"hours_before": 48, "second_enabled": True, "second_hours_before": 2},
        format="json",
    )
    assert changed.status_code == 200
    assert changed.json()["hours_before"] == 48
    bad = client.patch("/api/v1/reminders/settings", {"hours_before": 200}, format="json")
    assert bad.status_code == 400 and "hours_before" in bad.json()["error"]["fields"]
    assert client.get("/api/v1/reminders/settings").json()["hours_before"] == 48
    assert api(viewer_a).patch("/api/v1/reminders/settings", {"hours_before": 2}, format="json").status_code == 403


def test_settings_carry_calling_limits_and_quiet_hours(owner_a, api):
    client = api(owner_a)
    body = client.get("/api/v1/settings").json()
    assert body["calling_limits"]["per_15_minutes"] == 25
    assert body["calling_limits"]["per_day"] == 300
    assert body["calling_limits"]["ceiling"] == {"per_15_minutes": 25, "per_day": 300}
    assert body["quiet_hours"] == {"start": "08:00", "end": "20:00"}
    changed = client.patch(
        "/api/v1/settings",
        {"calling_limits": {"per_15_minutes": 10, "per_day": 100}, "quiet_hours": {"start": "09:00", "end": "19:30"}},
        format="json",
    ).json()
    assert changed["calling_limits"]["per_15_minutes"] == 10
    assert changed["quiet_hours"] == {"start": "09:00", "end": "19:30"}
    assert AuditEvent.objects.filter(tenant=owner_a.tenant, action="calling_settings.updated").exists()


@pytest.mark.parametrize(
    "payload",
    [
        {"calling_limits": {"per_15_minutes": 26}},
        {"calling_limits": {"per_day": 0}},
        {"calling_limits": {"per_15_minutes": 20, "per_day": 10}},
        {"calling_limits": {"per_15_minutes": "ten"}},
        {"calling_limits": {"hourly": 5}},
        {"calling_limits": 5},
        {"quiet_hours": {"start": "21:00", "end": "08:00"}},
        {"quiet_hours": {"start": "8am"}},
        {"calling_rules": {"paused": True}},
        {"calling_rules": {"minimum_gap_minutes": -1}},
        {"calling_limits": {"per_15_minutes": 5}, "timezone": "Mars/Olympus"},
    ],
)
def test_bad_calling_settings_are_refused_and_change_nothing(owner_a, api, payload):
    client = api(owner_a)
    before = client.get("/api/v1/settings").json()
    response = client.patch("/api/v1/settings", payload, format="json")
    assert response.status_code == 400
    assert client.get("/api/v1/settings").json() == before


def test_the_platform_ceiling_caps_the_tenants_own_limit(owner_a, api):
    client = api(owner_a)
    client.patch("/api/v1/settings", {"calling_limits": {"per_15_minutes": 20}}, format="json")
    TenantSettings.objects.filter(tenant=owner_a.tenant).update(calls_per_15_minutes_ceiling=5)
    body = client.get("/api/v1/settings").json()
    assert body["calling_limits"]["per_15_minutes"] == 5
    refused = client.patch("/api/v1/settings", {"calling_limits": {"per_15_minutes": 6}}, format="json").json()
    assert "the platform's ceiling for this workspace is 5" in refused["error"]["fields"]["calling_limits"][0]


def test_only_settings_managers_change_calling_limits(manager_a, api):
    response = api(manager_a).patch("/api/v1/settings", {"calling_limits": {"per_day": 10}}, format="json")
    assert response.status_code == 403


def test_campaign_times_come_back_in_utc(owner_a, api):
    body = create(api(owner_a), starts_at="2027-02-01T09:00:00+01:00").json()
    assert body["starts_at"] == "2027-02-01T08:00:00Z"
    assert utc(2027, 2, 1, 8).isoformat().startswith("2027-02-01T08:00")
