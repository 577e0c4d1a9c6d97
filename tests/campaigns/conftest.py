"""Fixtures for campaigns: a controllable clock, the sandbox played in-process, a ready-to-dial tenant.

The voice sandbox's webhooks go through Django's test client (as in the calls
tests), so a placed call plays out completely inside the test's transaction
when on-commit work runs.
"""

import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest
import time_machine
from django.db import connection
from django.test import Client

from calls import services as call_services
from calls.models import Agent

# A Wednesday in winter: 12:00 in London (GMT), 06:00 in Chicago, 07:00 in New York.
WEDNESDAY_NOON = datetime(2027, 1, 13, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _sandbox_settings(settings):
    """The voice sandbox, whatever the environment says (a developer may have a real key set)."""
    settings.VOICE_PROVIDER = "sandbox"
    settings.RETELL_API_KEY = settings.SANDBOX_RETELL_API_KEY
    settings.RETELL_BASE_URL = ""
    settings.PUBLIC_BASE_URL = "http://localhost:8000"


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
def clock():
    """clock(moment) travels there (frozen); clock.shift(timedelta) moves on."""

    class Clock:
        traveller = None

        def __call__(self, moment):
            self.stop()
            self.traveller = time_machine.travel(moment, tick=False)
            self.coordinates = self.traveller.start()
            return self

        def shift(self, delta):
            self.coordinates.shift(delta)

        def stop(self):
            if self.traveller is not None:
                self.traveller.stop()
                self.traveller = None

    c = Clock()
    yield c
    c.stop()


@pytest.fixture
def outcomes(settings):
    """outcomes("no_answer") makes every sandbox call end that way."""

    def force(name: str):
        settings.SANDBOX_OUTCOME_WEIGHTS = f"{name}=1"

    return force


@pytest.fixture
def dialer(tenant_a, in_tenant, run_on_commit, clock):
    """Tenant A with a published agent and a number (sandbox), at a Wednesday noon."""

    class Setup:
        pass

    setup = Setup()
    setup.tenant = tenant_a
    clock(WEDNESDAY_NOON)
    with in_tenant(tenant_a), run_on_commit():
        setup.agent = call_services.agent_create(
            tenant=tenant_a, data={"purpose": Agent.Purpose.QUALIFIER, "name": "Qualifier"}
        )
        call_services.agent_publish(tenant=tenant_a, agent=setup.agent)
        setup.agent.refresh_from_db()
        setup.number = call_services.number_provision(tenant=tenant_a, area_code="415", outbound_agent=setup.agent)
    setup.clock = clock
    return setup
