"""The webhook, REST hook, event catalogue and alert APIs: happy paths, bad input and roles."""

import pytest

from notifications.models import Alert, WebhookDelivery, WebhookEndpoint
from tests.notifications.factories import AlertFactory
from tests.notifications.receiver import Receiver

pytestmark = pytest.mark.django_db


def test_an_endpoint_is_created_with_its_secret_shown_once(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    response = client.post(
        "/api/v1/webhooks/", {"url": "https://hooks.example.com/a", "events": ["call.completed"]}, format="json"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["secret"].startswith("whsec_") and body["events"] == ["call.completed"]
    listed = client.get("/api/v1/webhooks/").json()["results"]
    assert [e["id"] for e in listed] == [body["id"]] and "secret" not in listed[0]
    patched = client.patch(f"/api/v1/webhooks/{body['id']}/", {"is_enabled": False}, format="json").json()
    assert patched["is_enabled"] is False
    rotated = client.post(f"/api/v1/webhooks/{body['id']}/rotate-secret/", {}, format="json").json()
    assert rotated["secret"].startswith("whsec_") and rotated["secret"] != body["secret"]
    assert client.delete(f"/api/v1/webhooks/{body['id']}/").status_code == 204
    with in_tenant(tenant_a):
        assert not WebhookEndpoint.objects.exists()


def test_bad_endpoint_input_is_a_clear_error_and_changes_nothing(api, owner_a, tenant_a, in_tenant):
    response = api(owner_a).post("/api/v1/webhooks/", {"url": "javascript:alert(1)", "events": ["x.y"]}, format="json")
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and set(error["fields"]) == {"url", "events"}
    with in_tenant(tenant_a):
        assert not WebhookEndpoint.objects.exists()


def test_send_test_event_and_read_the_delivery_log(api, owner_a, settings, run_on_commit):
    with Receiver() as fake:
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        client = api(owner_a)
        endpoint = client.post("/api/v1/webhooks/", {"url": fake.url, "events": ["*"]}, format="json").json()
        with run_on_commit():
            response = client.post(f"/api/v1/webhooks/{endpoint['id']}/test/")
        assert response.status_code == 202
        assert len(fake.requests) == 1 and fake.requests[0]["headers"]["x-webhook-event"] == "webhook.test"
        log = client.get(f"/api/v1/webhooks/{endpoint['id']}/deliveries/").json()["results"]
        assert log[0]["status"] == "delivered" and log[0]["log"][0]["status_code"] == 200
        assert "webhook-signature" not in log[0]["log"][0]["request_headers"]
        with run_on_commit():
            again = client.post(f"/api/v1/webhook-deliveries/{log[0]['id']}/redeliver/")
        assert again.status_code == 202 and len(fake.requests) == 2


def test_only_integration_managers_see_webhooks(api, manager_a, viewer_a):
    assert api(manager_a).get("/api/v1/webhooks/").status_code == 403
    assert api(viewer_a).post("/api/v1/webhooks/", {"url": "https://x.example", "events": ["*"]}).status_code == 403


def test_rest_hooks_subscribe_and_unsubscribe(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    response = client.post(
        "/api/v1/hooks/subscriptions/",
        {"target_url": "https://hooks.zapier.com/h/1", "event": "lead.qualified"},
        format="json",
    )
    assert response.status_code == 201 and response.json()["event"] == "lead.qualified"
    assert (
        client.post(
            "/api/v1/hooks/subscriptions/", {"target_url": "https://z.example/2", "event": "nope"}, format="json"
        ).status_code
        == 400
    )
    second = client.post(
        "/api/v1/hooks/subscriptions/",
        {"target_url": "https://hooks.zapier.com/h/2", "event": "contact.created"},
        format="json",
    ).json()
    assert client.get("/api/v1/webhooks/").json()["results"] == []  # subscriptions are not listed as webhooks
    assert client.delete("/api/v1/hooks/subscriptions/?target_url=https://hooks.zapier.com/h/1").status_code == 204
    assert client.delete(f"/api/v1/hooks/subscriptions/{second['id']}/").status_code == 204
    assert client.delete("/api/v1/hooks/subscriptions/").status_code == 400
    with in_tenant(tenant_a):
        assert not WebhookEndpoint.objects.exists()


def test_catalogue_and_samples(api, viewer_a, owner_a):
    types = {e["type"]: e for e in api(viewer_a).get("/api/v1/events/").json()}
    assert {"call.completed", "appointment.created", "lead.qualified", "balance.low", "conversation.escalated"} <= set(
        types
    )
    assert set(types["call.completed"]["sample"]) == {"id", "type", "version", "created_at", "data"}
    [sample] = api(owner_a).get("/api/v1/hooks/samples/lead.qualified/").json()
    assert sample["type"] == "lead.qualified" and sample["data"]["to_status"] == "qualified"
    assert api(owner_a).get("/api/v1/hooks/samples/nope.nope/").status_code == 404


def test_alerts_api_filters_assigns_and_resolves(api, owner_a, agent_a, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        first, second = AlertFactory(), AlertFactory(type="qualified_lead", priority="normal")
    client = api(agent_a)
    listed = client.get("/api/v1/alerts/", {"type": "qualified_lead"}).json()["results"]
    assert [a["id"] for a in listed] == [second.pk]
    assigned = client.post(f"/api/v1/alerts/{first.pk}/assign/", {"assignee": agent_a.user_id}, format="json")
    assert assigned.status_code == 200 and assigned.json()["status"] == "in_progress"
    assert assigned.json()["assignee_email"] == agent_a.user.email
    bad = client.post(f"/api/v1/alerts/{first.pk}/assign/", {"assignee": 999999}, format="json")
    assert bad.status_code == 400 and "assignee" in bad.json()["error"]["fields"]
    assert client.patch(f"/api/v1/alerts/{first.pk}/", {"status": "nope"}, format="json").status_code == 400
    resolved = client.patch(f"/api/v1/alerts/{first.pk}/", {"status": "resolved"}, format="json").json()
    assert resolved["status"] == "resolved" and resolved["resolved_by_email"] == agent_a.user.email
    assert [h["action"] for h in resolved["history"]] == ["assigned", "status", "status"]
    assert client.get("/api/v1/alerts/counts/").json() == {"pending": 1, "in_progress": 0, "mine": 0}
    assert client.post("/api/v1/alerts/bulk-resolve/", {"ids": [second.pk]}, format="json").json() == {"resolved": 1}
    assert client.post("/api/v1/alerts/bulk-resolve/", {"ids": "all"}, format="json").status_code == 400
    assert api(viewer_a).patch(f"/api/v1/alerts/{first.pk}/", {"status": "pending"}, format="json").status_code == 403
    with in_tenant(tenant_a):
        assert set(Alert.objects.values_list("status", flat=True)) == {"resolved"}


def test_alert_preferences_api(api, agent_a):
    client = api(agent_a)
    assert client.get("/api/v1/alert-preferences/me/").json()["channels"] == ["in_app"]
    response = client.patch("/api/v1/alert-preferences/me/", {"channels": ["email", "sms"]}, format="json")
    assert response.status_code == 400 and "phone" in response.json()["error"]["fields"]
    response = client.patch(
        "/api/v1/alert-preferences/me/",
        {
            "channels": ["email", "sms"],
            "phone": "+447912345678",
            "quiet_start": "22:00",
            "quiet_end": "07:00",
            "daily_summary": False,
        },
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["quiet_start"] == "22:00:00" and response.json()["daily_summary"] is False
    assert client.patch("/api/v1/alert-preferences/me/", {"quiet_start": "25:99"}, format="json").status_code == 400


def test_deliveries_of_another_tenant_are_invisible(api, owner_a, owner_b, tenant_a, in_tenant):
    from tests.notifications.factories import WebhookDeliveryFactory

    with in_tenant(tenant_a):
        delivery = WebhookDeliveryFactory()
    assert api(owner_b).post(f"/api/v1/webhook-deliveries/{delivery.pk}/redeliver/").status_code == 404
    with in_tenant(tenant_a):
        assert WebhookDelivery.objects.get().status == "failed"
