"""Fixtures for the calls app: the sandbox's HTTP goes through Django's test client, in-process.

That keeps every delivery inside the test's transaction (so it sees the
test's data) while the signed requests still pass the real URL routing,
middleware and views.
"""

import json
from datetime import UTC, timedelta
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test import Client

from calls import services, signatures
from calls.models import Agent
from tests.contacts.factories import ContactFactory


@pytest.fixture(autouse=True)
def _any_hour_is_calling_time(monkeypatch):
    """Every outbound call passes the recipient's calling hours (campaigns.compliance, tested there);
    these tests dial at whatever hour they run."""
    monkeypatch.setattr(
        "campaigns.compliance.calling_hours",
        lambda tenant, contact, now: (UTC, [(now - timedelta(days=1), now + timedelta(days=8))]),
    )


@pytest.fixture(autouse=True)
def _sandbox_settings(settings):
    """Tests run the sandbox whatever the environment says (a developer may have a real key set)."""
    settings.VOICE_PROVIDER = "sandbox"
    settings.RETELL_API_KEY = settings.SANDBOX_RETELL_API_KEY
    settings.RETELL_BASE_URL = ""
    settings.PUBLIC_BASE_URL = "http://localhost:8000"


@pytest.fixture(autouse=True)
def _fresh_token_cache():
    from calls import webhooks

    webhooks._TOKENS.clear()
    yield
    webhooks._TOKENS.clear()


@pytest.fixture(autouse=True)
def sandbox_transport(monkeypatch):
    sent = []

    def post_json(url, *, body, headers, timeout=10.0):
        parts = urlsplit(url)
        extra = {"HTTP_" + key.upper().replace("-", "_"): value for key, value in headers.items()}
        schema = connection.schema_name
        try:
            response = Client(HTTP_HOST=parts.hostname).post(
                parts.path + (f"?{parts.query}" if parts.query else ""),
                data=body.encode("utf-8"),
                content_type="application/json",
                **extra,
            )
        finally:
            connection.set_schema(schema)
        sent.append({"url": url, "body": json.loads(body), "status": response.status_code})
        return response.status_code, response.content.decode()

    monkeypatch.setattr("calls.http.post_json", post_json)
    return sent


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """`with run_on_commit():` runs on-commit work (tasks, hooks) when the block ends, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def sign():
    """sign(body, key=None) -> an X-Retell-Signature header value, as the provider computes it."""
    from django.conf import settings

    def make(body: str, key: str | None = None, timestamp: int | None = None) -> str:
        return signatures.sign(body, key or settings.RETELL_API_KEY, timestamp)

    return make


@pytest.fixture
def voice(tenant_a, in_tenant, run_on_commit):
    """A published reminder agent, a number it calls from, and a contact, in tenant A (sandbox)."""

    class Voice:
        pass

    v = Voice()
    v.tenant = tenant_a
    with in_tenant(tenant_a), run_on_commit():
        v.agent = services.agent_create(tenant=tenant_a, data={"purpose": Agent.Purpose.REMINDER, "name": "Reminder"})
        services.agent_publish(tenant=tenant_a, agent=v.agent)
        v.agent.refresh_from_db()
        v.number = services.number_provision(tenant=tenant_a, area_code="415", outbound_agent=v.agent)
        v.contact = ContactFactory(first_name="Jane", last_name="Doe", phone="+447911123456")
    return v
