"""Demo data for `make run` (called by seed_demo inside each demo tenant's schema).

Three published agents, each with one purpose: a receptionist answering the
calling number, a reminder agent (used only by appointment reminders) and a
lead qualifier (what list campaigns call with). They speak the business's
English (en-GB for a UK business) and call from a number of its own country.
Idempotent: a tenant that already has agents is left alone.
"""

from django.conf import settings

from calls import services
from calls.models import Agent
from calls.services.agents import demo_country as country_of

__all__ = ["country_of", "seed"]


def seed(tenant) -> None:
    if settings.VOICE_PROVIDER != "sandbox" or Agent.objects.exists():
        return
    services.demo_agents_create(tenant=tenant, note="Demo")
