"""Fixtures for the calls app: the sandbox's HTTP goes through Django's test client, in-process.

That keeps every delivery inside the test's transaction (so it sees the
test's data) while the signed requests still pass the real URL routing,
middleware and views.
"""

from datetime import UTC, datetime

import pytest
import time_machine

from calls import services, signatures
from calls.models import Agent
from tests.contacts.factories import ContactFactory
from tests.voice_sandbox import deliver_through_test_client, use_sandbox


@pytest.fixture(autouse=True)
def _sandbox_settings(settings):
    use_sandbox(settings)


@pytest.fixture(autouse=True)
def _fresh_token_cache():
    from calls import webhooks

    webhooks._TOKENS.clear()
    yield
    webhooks._TOKENS.clear()


@pytest.fixture(autouse=True)
def _within_calling_hours():
    """Every outbound call passes the calling-hours guard (campaigns): run these tests at a weekday noon."""
    with time_machine.travel(datetime(2027, 1, 13, 12, tzinfo=UTC), tick=True):
        yield


@pytest.fixture(autouse=True)
def sandbox_transport(monkeypatch):
    return deliver_through_test_client(monkeypatch)


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
