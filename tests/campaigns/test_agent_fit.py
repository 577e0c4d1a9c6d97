"""A campaign's agent must fit its type, and a campaign's dates and audience are checked when it is saved."""

import pytest
from django.core.exceptions import ValidationError

from calls import services as call_services
from calls.models import Agent
from campaigns import services
from campaigns.models import Campaign
from tests.campaigns.helpers import london_contacts

pytestmark = pytest.mark.django_db


def published(tenant, purpose, name):
    agent = call_services.agent_create(tenant=tenant, data={"purpose": purpose, "name": name})
    call_services.agent_publish(tenant=tenant, agent=agent)
    agent.refresh_from_db()
    return agent


def test_a_list_campaign_left_on_no_agent_gets_the_lead_qualifier(dialer, in_tenant):
    with in_tenant(dialer.tenant):
        published(dialer.tenant, Agent.Purpose.REMINDER, "Reminders")
        campaign = services.campaign_create(data={"name": "New leads", "audience": {"tags": ["spring"]}})
    assert campaign.agent.purpose == Agent.Purpose.QUALIFIER


def test_a_list_campaign_refuses_a_reminder_agent(dialer, in_tenant):
    with in_tenant(dialer.tenant):
        reminder = published(dialer.tenant, Agent.Purpose.REMINDER, "Reminders")
        with pytest.raises(ValidationError) as error:
            services.campaign_create(data={"name": "New leads", "audience": {"tags": ["spring"]}, "agent": reminder.pk})
        assert not Campaign.objects.exists()
    assert "Choose a lead-qualification" in error.value.message_dict["agent"][0]


def test_starting_on_a_reminder_numbers_agent_with_no_qualifier_is_refused(dialer, in_tenant):
    with in_tenant(dialer.tenant):
        london_contacts(1)
        reminder = published(dialer.tenant, Agent.Purpose.REMINDER, "Reminders")
        dialer.number.outbound_agent = reminder
        dialer.number.save()
        Agent.objects.filter(pk=dialer.agent.pk).update(status=Agent.Status.PAUSED)
        campaign = services.campaign_create(data={"name": "New leads", "audience": {"tags": ["spring"]}})
        assert campaign.agent is None
        with pytest.raises(ValidationError) as error:
            services.campaign_start(campaign=campaign)
    assert "calling number's agent does not fit" in error.value.message_dict["agent"][0]


def test_a_hand_made_reminder_campaign_is_refused(dialer, in_tenant):
    with in_tenant(dialer.tenant):
        reminder = published(dialer.tenant, Agent.Purpose.REMINDER, "Reminders")
        with pytest.raises(ValidationError) as error:
            services.campaign_create(
                data={"name": "Tomorrow", "type": "reminder", "audience": {"tags": ["x"]}, "agent": reminder.pk}
            )
    assert "only for real appointments" in error.value.message_dict["type"][0]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"starts_at": "2027-01-12T09:00:00+00:00"}, "starts_at", "already passed"),
        ({"ends_at": "2027-01-13T11:00:00+00:00"}, "ends_at", "already passed"),
        (
            {"starts_at": "2027-02-02T09:00:00+00:00", "ends_at": "2027-02-01T09:00:00+00:00"},
            "ends_at",
            "after the start",
        ),
        ({"audience": {}}, "audience", "Choose who to call"),
    ],
)
def test_dates_in_the_past_end_before_start_and_no_audience_are_refused_on_save(
    dialer, in_tenant, data, field, message
):
    with in_tenant(dialer.tenant):
        with pytest.raises(ValidationError) as error:
            services.campaign_create(data={"name": "Spring", "audience": {"tags": ["spring"]}, **data})
        assert not Campaign.objects.exists()
    assert message in error.value.message_dict[field][0]


def test_the_wizard_offers_no_hand_made_reminder_type_and_takes_groups_as_audience(owner_a, portal, in_tenant):
    from contacts.models import Group

    with in_tenant(owner_a.tenant):
        group = Group.objects.create(name="Spring leads")
        for contact in london_contacts(2):
            contact.groups.add(group)
    client = portal(owner_a)
    page = client.get("/campaigns/new/").content.decode()
    assert 'value="reminder"' not in page
    assert f'name="audience_groups" value="{group.pk}"' in page
    preview = client.post("/campaigns/audience-preview/", {"audience_groups": [str(group.pk)]}).content.decode()
    assert '<div class="count">2</div>' in preview
