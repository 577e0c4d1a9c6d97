"""Demo data for `make run` (called by seed_demo inside each demo tenant's schema).

A published receptionist answering a sandbox number and a published reminder
agent calling out from it, so a new user can place a call at once. Idempotent:
a tenant that already has agents is left alone.
"""

from django.conf import settings
from django.db import transaction

from calls import services
from calls.models import Agent


@transaction.atomic
def seed(tenant) -> None:
    if settings.VOICE_PROVIDER != "sandbox" or Agent.objects.exists():
        return
    receptionist = services.agent_create(tenant=tenant, data={"purpose": Agent.Purpose.RECEPTIONIST})
    reminder = services.agent_create(tenant=tenant, data={"purpose": Agent.Purpose.REMINDER})
    for agent in (receptionist, reminder):
        services.agent_publish(tenant=tenant, agent=agent, note="Demo")
        agent.refresh_from_db()
    services.number_provision(
        tenant=tenant, area_code="415", inbound_agent=receptionist, outbound_agent=reminder, nickname="Main line"
    )
