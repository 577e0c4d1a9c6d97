"""Demo data for `make run` (called by seed_demo inside the tenant's schema; idempotent).

Acme gets a running reminder campaign that calls through the voice sandbox,
so its campaign page fills up live: thirty patients with tomorrow's
appointment time in their contact record, spread over time zones where it is
daytime when the demo is first seeded (calling hours are the recipient's).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction

from calls import services as call_services
from calls.models import Agent, PhoneNumber
from campaigns import services
from campaigns.models import Campaign, ReminderSettings
from contacts.models import Contact

DEMO_TAG = "demo-reminders"
CAMPAIGN_NAME = "Reminder calls: tomorrow's appointments"
PATIENTS = [
    ("Olivia", "Bennett"),
    ("Liam", "Carter"),
    ("Amelia", "Hughes"),
    ("Noah", "Patel"),
    ("Isla", "Murphy"),
    ("Oliver", "Reid"),
    ("Ava", "Thompson"),
    ("Leo", "Walsh"),
    ("Mia", "Khan"),
    ("Jack", "Evans"),
    ("Grace", "Collins"),
    ("Arthur", "Price"),
    ("Ella", "Foster"),
    ("Henry", "Doyle"),
    ("Freya", "Shaw"),
    ("George", "Ellis"),
    ("Lily", "Barker"),
    ("Theo", "Grant"),
    ("Poppy", "Lloyd"),
    ("Oscar", "Fisher"),
    ("Sophia", "Hart"),
    ("Harry", "Mason"),
    ("Evie", "Knight"),
    ("Charlie", "Stone"),
    ("Ivy", "Burke"),
    ("Alfie", "Rhodes"),
    ("Rosie", "Webb"),
    ("Jacob", "Nash"),
    ("Daisy", "Curtis"),
    ("Finn", "Lowe"),
]
ZONES = (
    "Europe/London",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Pacific/Honolulu",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Asia/Dubai",
    "Pacific/Auckland",
)
TIMES = ("09:00", "09:30", "10:15", "11:00", "11:45", "13:30", "14:00", "15:15", "16:00", "16:45")


def _daytime_zones(now: datetime) -> list[str]:
    zones = [zone for zone in ZONES if 9 <= now.astimezone(ZoneInfo(zone)).hour < 17]
    return zones or ["Europe/London"]


def _reminder_agent(tenant) -> Agent:
    agent = (
        Agent.objects.filter(
            purpose=Agent.Purpose.REMINDER, status=Agent.Status.ACTIVE, published_version__isnull=False
        )
        .order_by("id")
        .first()
    )
    if agent is None:
        agent = call_services.agent_create(tenant=tenant, data={"purpose": Agent.Purpose.REMINDER, "name": "Reminders"})
        call_services.agent_publish(tenant=tenant, agent=agent, note="Demo set-up")
        agent.refresh_from_db()
    return agent


def _number(tenant, agent: Agent) -> PhoneNumber:
    number = PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).order_by("id").first()
    if number is None:
        number = call_services.number_provision(
            tenant=tenant, area_code="415", outbound_agent=agent, nickname="Main line"
        )
    return number


def _sandbox_still_knows(tenant, agent: Agent, number: PhoneNumber) -> None:
    """After the sandbox's Redis was wiped, tell it about our agent and number again."""
    if settings.VOICE_PROVIDER != "sandbox":
        return
    from calls.providers.sandbox import agent_spec_for
    from calls.voice import VoiceProviderError, adapter_for

    if agent_spec_for(agent.provider_agent_id) is None:
        call_services.agent_publish(tenant=tenant, agent=agent, note="Demo set-up (sandbox restored)")
    adapter = adapter_for(tenant)
    inbound = number.inbound_agent.provider_agent_id if number.inbound_agent_id else ""
    outbound = number.outbound_agent.provider_agent_id if number.outbound_agent_id else agent.provider_agent_id
    try:
        adapter.update_number(number=number.number, inbound_agent_id=inbound, outbound_agent_id=outbound)
    except VoiceProviderError:
        adapter.provision_number(number=number.number, inbound_agent_id=inbound, outbound_agent_id=outbound)


def seed(tenant) -> None:
    if tenant.slug != "acme":
        return
    with transaction.atomic():
        agent = _reminder_agent(tenant)
        number = _number(tenant, agent)
    _sandbox_still_knows(tenant, agent, number)
    reminders = ReminderSettings.load()
    if reminders.agent_id is None:
        services.reminder_settings_update(tenant=tenant, agent=agent.pk)
    if Campaign.objects.filter(name=CAMPAIGN_NAME).exists():
        return
    zones = _daytime_zones(datetime.now(UTC))
    with transaction.atomic():
        for index, (first, last) in enumerate(PATIENTS):
            phone = f"+4420794{61000 + index:05d}"
            Contact.objects.get_or_create(
                phone=phone,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "email": f"{first.lower()}.{last.lower()}@example.test",
                    "timezone": zones[index % len(zones)],
                    "tags": [DEMO_TAG],
                    "custom_fields": {"appointment_time": f"tomorrow at {TIMES[index % len(TIMES)]}"},
                },
            )
        campaign = services.campaign_create(
            data={
                "name": CAMPAIGN_NAME,
                "description": "Confirms tomorrow's appointments; runs in each patient's own calling hours.",
                "type": "reminder",
                "agent": agent.pk,
                "audience": {"tags": [DEMO_TAG]},
                "variables": {"appointment_time": "{{custom.appointment_time}}"},
                "voicemail_message": "Hi {{first_name}}, this is Acme Dental about your appointment tomorrow. "
                "Please call us back to confirm.",
                "max_concurrent": 3,
                "calls_per_minute": 6,
                "priority": 70,
                "final_status_map": {"no_answer": "unresponsive", "voicemail": "unresponsive"},
            }
        )
        services.campaign_start(campaign=campaign)
