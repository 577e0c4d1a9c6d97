"""Demo data for `make run` (called by seed_demo inside each demo tenant's schema).

Three published agents, each with one purpose: a receptionist answering the
calling number, a reminder agent (used only by appointment reminders) and a
lead qualifier (what list campaigns call with). They speak the business's
English (en-GB for a UK business) and call from a number of its own country.
Idempotent: a tenant that already has agents is left alone.
"""

from django.conf import settings
from django.db import transaction

from calls import services
from calls.models import Agent
from contacts.phones import region_for_timezone

# A number from each country's range set aside for drama and examples (020 7946 0xxx in the UK).
DEMO_NUMBERS = {"GB": {"number": "+442079460123"}, "US": {"area_code": "312"}}
LANGUAGES = {"GB": "en-GB", "US": "en-US", "IE": "en-IE", "AU": "en-AU"}


def country_of(tenant) -> str:
    return region_for_timezone(tenant.timezone) or "US"


@transaction.atomic
def seed(tenant) -> None:
    if settings.VOICE_PROVIDER != "sandbox" or Agent.objects.exists():
        return
    language = LANGUAGES.get(country_of(tenant), "en-US")
    agents = {
        purpose: services.agent_create(tenant=tenant, data={"purpose": purpose, "language": language})
        for purpose in (Agent.Purpose.RECEPTIONIST, Agent.Purpose.REMINDER, Agent.Purpose.QUALIFIER)
    }
    for agent in agents.values():
        services.agent_publish(tenant=tenant, agent=agent, note="Demo")
        agent.refresh_from_db()
    services.number_provision(
        tenant=tenant,
        **DEMO_NUMBERS.get(country_of(tenant), DEMO_NUMBERS["US"]),
        inbound_agent=agents[Agent.Purpose.RECEPTIONIST],
        outbound_agent=agents[Agent.Purpose.QUALIFIER],
        nickname="Main line",
    )
