"""Demo data for `make run` (called by seed_demo inside the tenant's schema; idempotent).

Reminder calls come only from real appointments: the reminder automation is
switched on with the reminder agent, and every appointment the calendar demo
books gets its reminder (called through the voice sandbox, in each patient's
own calling hours). List campaigns are for leads: a draft lead-qualification
campaign over a handful of new enquiries shows the wizard's result without
calling anyone until someone presses Start.
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction

from calls import services as call_services
from calls.models import Agent
from campaigns import services
from campaigns.models import Campaign, ReminderSettings
from contacts.models import Contact

ENQUIRY_TAG = "new-enquiry"
CAMPAIGN_NAME = "New enquiries: qualification calls"
ENQUIRIES = {
    "GB": [
        ("Olivia", "Bennett", "+447912301101", "Europe/London"),
        ("Liam", "Carter", "+447912301102", "Europe/London"),
        ("Amelia", "Hughes", "+447912301103", "Europe/London"),
        ("Noah", "Patel", "+447912301104", "Europe/London"),
    ],
    "US": [
        ("Ava", "Thompson", "+13125550141", "America/Chicago"),
        ("Leo", "Walsh", "+13125550142", "America/Chicago"),
        ("Mia", "Khan", "+13125550143", "America/Chicago"),
    ],
}


def _agent(tenant, purpose: str) -> Agent | None:
    return (
        Agent.objects.filter(purpose=purpose, status=Agent.Status.ACTIVE, published_version__isnull=False)
        .order_by("id")
        .first()
    )


def _sandbox_still_knows(tenant) -> None:
    """After the sandbox's Redis was wiped, tell it about our agents and numbers again."""
    if settings.VOICE_PROVIDER != "sandbox":
        return
    from calls.models import PhoneNumber
    from calls.providers.sandbox import agent_spec_for
    from calls.voice import VoiceProviderError, adapter_for

    for agent in Agent.objects.filter(published_version__isnull=False):
        if agent_spec_for(agent.provider_agent_id) is None:
            call_services.agent_publish(tenant=tenant, agent=agent, note="Demo set-up (sandbox restored)")
    adapter = adapter_for(tenant)
    for number in PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).select_related(
        "inbound_agent", "outbound_agent"
    ):
        inbound = number.inbound_agent.provider_agent_id if number.inbound_agent_id else ""
        outbound = number.outbound_agent.provider_agent_id if number.outbound_agent_id else ""
        try:
            adapter.update_number(number=number.number, inbound_agent_id=inbound, outbound_agent_id=outbound)
        except VoiceProviderError:
            adapter.provision_number(number=number.number, inbound_agent_id=inbound, outbound_agent_id=outbound)


def seed(tenant) -> None:
    from calls.demo import country_of

    _sandbox_still_knows(tenant)
    reminder = _agent(tenant, Agent.Purpose.REMINDER)
    if reminder is not None and ReminderSettings.load().agent_id is None:
        services.reminder_settings_update(tenant=tenant, agent=reminder.pk)
    qualifier = _agent(tenant, Agent.Purpose.QUALIFIER)
    if qualifier is None or Campaign.objects.filter(name=CAMPAIGN_NAME).exists():
        return
    people = ENQUIRIES.get(country_of(tenant), ENQUIRIES["US"])
    with transaction.atomic():
        for first, last, phone, zone in people:
            Contact.objects.get_or_create(
                phone=phone,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{first.lower()}.{last.lower()}@example.test",
                    "timezone": zone,
                    "tags": [ENQUIRY_TAG],
                },
            )
        services.campaign_create(
            data={
                "name": CAMPAIGN_NAME,
                "description": "Calls new enquiries to learn what they need; books them in when they are ready.",
                "type": "outbound",
                "agent": qualifier.pk,
                "audience": {"tags": [ENQUIRY_TAG]},
                "max_concurrent": 2,
                "calls_per_minute": 4,
                "priority": 60,
                "final_status_map": {"no_answer": "unresponsive", "voicemail": "unresponsive"},
            }
        )
