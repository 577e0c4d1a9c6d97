"""Fixtures for campaigns: a controllable clock, the sandbox played in-process, a ready-to-dial tenant.

The voice sandbox's webhooks go through Django's test client (as in the calls
tests), so a placed call plays out completely inside the test's transaction
when on-commit work runs.
"""

from datetime import UTC, datetime

import pytest
import time_machine

from calls import services as call_services
from calls.models import Agent
from tests.voice_sandbox import deliver_through_test_client, use_sandbox

# A Wednesday in winter: 12:00 in London (GMT), 06:00 in Chicago, 07:00 in New York.
WEDNESDAY_NOON = datetime(2027, 1, 13, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _sandbox_settings(settings):
    use_sandbox(settings)


@pytest.fixture(autouse=True)
def sandbox_transport(monkeypatch):
    return deliver_through_test_client(monkeypatch)


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
