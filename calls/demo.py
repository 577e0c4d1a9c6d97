"""Demo data for `make run` (called by seed_demo inside each demo tenant's schema).

A published receptionist answering a sandbox number and a published reminder
agent calling out from it, so a new user can place a call at once. Idempotent:
a tenant that already has agents is left alone.
"""

from django.conf import settings

from calls import services
from calls.models import Agent


def seed(tenant) -> None:
    if settings.VOICE_PROVIDER != "sandbox" or Agent.objects.exists():
        return
    services.demo_agents_create(tenant=tenant, note="Demo")
