"""Message pages: the log, the SMS sandbox (with simulated replies), templates with preview."""

import pytest
from django.test import override_settings

from contacts.models import DncEntry
from notifications.models import NotificationTemplate, SandboxMessage
from notifications.services import template_for
from tests.notifications.factories import NotificationFactory

pytestmark = pytest.mark.django_db


def test_log_lists_messages_with_filters_and_an_empty_state(portal, viewer_a, tenant_a, in_tenant):
    client = portal(viewer_a)
    assert "No messages yet" in client.get("/messages/").content.decode()
    with in_tenant(tenant_a):
        sms = NotificationFactory(body="Your dental appointment is booked", status="delivered")
        NotificationFactory(channel="email", recipient="b@example.test", subject="Booked", status="failed")
    page = client.get("/messages/").content.decode()
    assert sms.recipient in page
    assert "b@example.test" in page
    only_email = client.get("/messages/", {"channel": "email"}).content.decode()
    assert "b@example.test" in only_email
    assert sms.recipient not in only_email
    partial = client.get("/messages/", {"q": "dental"}, HTTP_HX_REQUEST="true").content.decode()
    assert partial.lstrip().startswith('<div id="log-table">')
    assert sms.recipient in partial
    detail = client.get(f"/messages/{sms.pk}/")
    assert "Your dental appointment is booked" in detail.content.decode()


def test_sandbox_shows_texts_and_simulates_replies(portal, manager_a, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        SandboxMessage.objects.create(sid="SMx1", to="+447912345000", body="Booked for Monday")
    assert "Booked for Monday" in portal(viewer_a).get("/messages/sandbox/").content.decode()
    assert (
        portal(viewer_a).post("/messages/sandbox/", {"from_number": "+447912345000", "body": "STOP"}).status_code == 403
    )
    client = portal(manager_a)
    response = client.post("/messages/sandbox/", {"from_number": "07912 345000", "body": "STOP"})
    assert response.status_code == 200
    assert "opted out" in response.content.decode()
    with in_tenant(tenant_a):
        assert DncEntry.objects.filter(phone="+447912345000").exists()
    help_reply = client.post("/messages/sandbox/", {"from_number": "+447912345000", "body": "HELP"})
    assert "Reply sent to the guest" in help_reply.content.decode()
    bad = client.post("/messages/sandbox/", {"from_number": "12", "body": "STOP"}, follow=True)
    assert "wrong number of digits" in bad.content.decode()


def test_simulated_replies_exist_only_in_the_sandbox(portal, manager_a, tenant_a, in_tenant):
    with override_settings(SMS_PROVIDER="twilio"):
        portal(manager_a).post("/messages/sandbox/", {"from_number": "+447912345000", "body": "STOP"})
    with in_tenant(tenant_a):
        assert not DncEntry.objects.exists()


def test_templates_edit_preview_and_reset(portal, manager_a, viewer_a, tenant_a, in_tenant):
    client = portal(manager_a)
    listing = client.get("/messages/templates/")
    assert listing.status_code == 200
    with in_tenant(tenant_a):
        template = template_for(tenant=tenant_a, event="booked", channel="sms")
        assert NotificationTemplate.objects.count() == 8
    url = f"/messages/templates/{template.pk}/"
    page = client.get(url).content.decode()
    assert "Preview" in page
    assert "Alpha Dental: your appointment is booked" in page
    preview = client.post(f"{url}preview/", {"body": "Hi {guest_name} from {company_name}"}, HTTP_HX_REQUEST="true")
    assert "Hi Jamie Rivera from Alpha Dental" in preview.content.decode()
    broken = client.post(f"{url}preview/", {"body": "Hi {name}"}, HTTP_HX_REQUEST="true")
    assert "Unknown variable {name}" in broken.content.decode()
    bad = client.post(url, {"body": "Hi {name}", "is_active": "1"})
    assert bad.status_code == 400
    saved = client.post(url, {"body": "Hi {guest_name}", "is_active": "1"})
    assert saved.status_code == 302
    with in_tenant(tenant_a):
        template.refresh_from_db()
        assert template.body == "Hi {guest_name}"
    client.post(url, {"reset": "1"})
    with in_tenant(tenant_a):
        template.refresh_from_db()
        assert template.body != "Hi {guest_name}"
    assert portal(viewer_a).post(url, {"body": "Hacked"}).status_code == 403


def test_messaging_settings(portal, manager_a, tenant_a, in_tenant):
    from notifications.services import notification_settings_get

    client = portal(manager_a)
    bad = client.post("/messages/templates/", {"sms_enabled": "1", "sms_help_text": "Call {nobody}"})
    assert bad.status_code == 400
    client.post("/messages/templates/", {"sms_enabled": "1", "sms_help_text": "Call {company_phone}"})
    with in_tenant(tenant_a):
        row = notification_settings_get()
        assert (row.email_enabled, row.sms_enabled, row.sms_help_text) == (False, True, "Call {company_phone}")
