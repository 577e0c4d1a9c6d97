"""End to end over real HTTP: the sandbox posts signed events to a running server, as the provider would.

The server thread only sees committed data, so the test works in its own
tenant, created and dropped from a helper thread with its own (autocommit)
database connection; the test itself stays marked for the database so the
test database is set up even when this file runs alone.
"""

import threading

import pytest
from django.db import connections
from django.test.testcases import LiveServerThread
from django_tenants.utils import schema_context

from calls import services
from calls.events import CallFinished
from calls.models import Call, FunctionCall, WebhookEvent
from contacts.models import Contact
from tenants.models import Tenant, User
from tenants.services import tenant_create
from voiceplatform import events

pytestmark = pytest.mark.django_db


def committed(fn):
    """Run `fn` in a thread of its own, so what it writes is committed at once."""
    outcome = {}

    def run():
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            outcome["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def sandbox_transport():
    """Replaces the in-process transport: here the sandbox really posts over HTTP."""
    return None


@pytest.fixture
def live_tenant():
    tenant = committed(
        lambda: tenant_create(
            slug="calls-live", name="Live Calls Ltd", owner_email="owner@calls-live.test", timezone_name="Europe/London"
        )
    )
    yield tenant

    def drop():
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
        User.objects.filter(email="owner@calls-live.test").delete()

    committed(drop)


@pytest.fixture
def live_server_url(settings):
    server = LiveServerThread("127.0.0.1", static_handler=lambda app: app, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    settings.PUBLIC_BASE_URL = f"http://localhost:{server.port}"
    yield settings.PUBLIC_BASE_URL
    server.terminate()


def test_a_sandbox_call_is_ingested_over_real_http(live_tenant, live_server_url):
    finished = []

    def receiver(event):
        finished.append(event.call_id)

    def scenario():
        with schema_context(live_tenant.schema_name):
            agent = services.agent_create(tenant=live_tenant, data={"purpose": "reminder"})
            services.agent_publish(tenant=live_tenant, agent=agent)
            agent.refresh_from_db()
            services.number_provision(tenant=live_tenant, area_code="415", outbound_agent=agent)
            contact = Contact.objects.create(first_name="Ann", phone="+447911123456")
            placed = services.call_place(
                tenant=live_tenant, contact=contact, metadata={"sandbox_outcome": "reschedule_requested"}
            )
            contact.refresh_from_db()
            return {
                "call": Call.objects.get(pk=placed.pk),
                "events": dict(WebhookEvent.objects.values_list("event", "status")),
                "functions": set(FunctionCall.objects.values_list("name", flat=True)),
                "contact_status": contact.status,
            }

    events.subscribe(CallFinished, receiver)
    try:
        result = committed(scenario)
    finally:
        events.unsubscribe(CallFinished, receiver)
    call = result["call"]
    assert result["events"] == {"call_started": "processed", "call_ended": "processed", "call_analyzed": "processed"}
    assert (call.status, call.outcome) == ("completed", "reschedule_requested")
    assert call.recording_url.startswith(live_server_url)
    assert {"check_availability", "book_appointment"} <= result["functions"]
    assert result["contact_status"] == "follow_up"
    assert finished == [call.pk]
