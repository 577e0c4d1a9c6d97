"""Portal pages for alerts and webhooks: inbox, badge, handling an alert, adding an endpoint, the log."""

import pytest

from notifications.models import Alert, WebhookEndpoint
from tests.notifications.factories import AlertFactory
from tests.notifications.receiver import Receiver

pytestmark = pytest.mark.django_db


def test_the_inbox_lists_open_alerts_and_the_navigation_counts_them(portal, agent_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        AlertFactory(title="Call Ana back")
        AlertFactory(title="Old one", status="resolved")
    page = portal(agent_a).get("/alerts/").content.decode()
    assert "Call Ana back" in page and "Old one" not in page
    assert 'class="nav-badge" aria-label="1 open"' in page
    filtered = portal(agent_a).get("/alerts/?status=resolved").content.decode()
    assert "Old one" in filtered and "Call Ana back" not in filtered


def test_a_member_assigns_and_resolves_an_alert(portal, agent_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        alert = AlertFactory()
    client = portal(agent_a)
    client.post(f"/alerts/{alert.pk}/", {"action": "assign", "assignee": agent_a.user_id})
    client.post(f"/alerts/{alert.pk}/", {"action": "status", "status": "resolved"})
    with in_tenant(tenant_a):
        alert.refresh_from_db()
    assert alert.status == "resolved" and alert.assignee_id == agent_a.user_id
    page = client.get(f"/alerts/{alert.pk}/").content.decode()
    assert "in_progress → resolved" in page


def test_bulk_resolve_and_viewers_cannot(portal, owner_a, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        first, second = AlertFactory(), AlertFactory()
    assert portal(viewer_a).post("/alerts/resolve/", {"ids": [first.pk]}).status_code == 403
    portal(owner_a).post("/alerts/resolve/", {"ids": [first.pk, second.pk]})
    with in_tenant(tenant_a):
        assert set(Alert.objects.values_list("status", flat=True)) == {"resolved"}


def test_preferences_page_saves_and_explains_errors(portal, agent_a):
    client = portal(agent_a)
    response = client.post("/alerts/preferences/", {"channels": ["sms"], "phone": ""})
    assert response.status_code == 400 and "Give a mobile number" in response.content.decode()
    response = client.post(
        "/alerts/preferences/", {"channels": ["email"], "quiet_start": "22:00", "quiet_end": "07:00"}
    )
    assert response.status_code == 302


def test_adding_an_endpoint_shows_the_secret_once_and_sends_a_test(portal, owner_a, settings, run_on_commit):
    with Receiver() as fake:
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        client = portal(owner_a)
        response = client.post("/webhooks/", {"url": fake.url, "events": ["call.completed"]})
        assert response.status_code == 302
        detail = client.get(response["Location"]).content.decode()
        assert "whsec_" in detail
        assert "whsec_" not in client.get(response["Location"]).content.decode()
        with run_on_commit():
            client.post(response["Location"], {"action": "test"})
        assert len(fake.requests) == 1
        log = client.get(response["Location"]).content.decode()
        assert "webhook.test" in log and "HTTP 200" in log


def test_bad_endpoint_form_is_explained(portal, owner_a, manager_a, tenant_a, in_tenant):
    response = portal(owner_a).post("/webhooks/", {"url": "not a url"})
    assert response.status_code == 400 and "Choose at least one event" in response.content.decode()
    assert portal(manager_a).get("/webhooks/").status_code == 403
    with in_tenant(tenant_a):
        assert not WebhookEndpoint.objects.exists()


def test_the_event_catalogue_page(portal, viewer_a):
    page = portal(viewer_a).get("/webhooks/events/").content.decode()
    assert "call.completed" in page and "balance.depleted" in page and "&quot;data&quot;" in page
