"""Demo data tells the truth: reminders only for real appointments, fitting agents, the business's own country."""

import pytest
from django_tenants.utils import schema_context

from appointments.models import Appointment
from calls.models import Agent, PhoneNumber
from campaigns.models import Campaign, CampaignContact, CampaignType, ReminderSettings
from tenants.models import Tenant
from tests.voice_sandbox import use_sandbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def uk_clinic(tenant_a, settings, run_on_commit):
    use_sandbox(settings)
    Tenant.objects.filter(pk=tenant_a.pk).update(vertical="dental", timezone="Europe/London")
    tenant = Tenant.objects.get(pk=tenant_a.pk)
    from appointments import demo as appointments_demo
    from calls import demo as calls_demo
    from campaigns import demo as campaigns_demo

    with schema_context(tenant.schema_name), run_on_commit():
        for module in (calls_demo, campaigns_demo, appointments_demo):
            module.seed(tenant)
    return tenant


def test_every_reminder_call_is_for_a_real_appointment(uk_clinic):
    with schema_context(uk_clinic.schema_name):
        appointments = list(Appointment.objects.select_related("contact", "appointment_type", "resource"))
        reminder_targets = list(CampaignContact.objects.filter(campaign__type=CampaignType.REMINDER))
        zones = {a.contact.timezone for a in appointments}
        hand_made_reminders = Campaign.objects.filter(type=CampaignType.REMINDER, is_automation=False)
        assert not hand_made_reminders.exists()
    assert len(appointments) >= 6
    assert len(zones) >= 3, zones
    assert reminder_targets and all(t.appointment_id for t in reminder_targets)
    by_id = {a.pk: a for a in appointments}
    for target in reminder_targets:
        # The words of the call come from the appointment itself, not from a contact field.
        appointment = by_id[target.appointment_id]
        assert target.contact_id == appointment.contact_id
        assert appointment.display_title in target.variables["appointment_type"]
        assert "custom_appointment_time" not in target.variables


def test_the_list_campaign_calls_with_the_lead_qualifier_and_reminders_with_the_reminder_agent(uk_clinic):
    with schema_context(uk_clinic.schema_name):
        campaign = Campaign.objects.get(is_automation=False)
        reminder_agent = ReminderSettings.load().agent
        assert campaign.type == CampaignType.OUTBOUND
        assert campaign.agent.purpose == Agent.Purpose.QUALIFIER
        assert reminder_agent.purpose == Agent.Purpose.REMINDER


def test_a_uk_clinic_gets_a_uk_number_and_british_english_agents(uk_clinic):
    with schema_context(uk_clinic.schema_name):
        numbers = list(PhoneNumber.objects.values_list("number", flat=True))
        languages = set(Agent.objects.values_list("language", flat=True))
    assert numbers and all(n.startswith("+44") for n in numbers)
    assert languages == {"en-GB"}
