"""Every page shows what the role may see, says why something is hidden, and offers no action the role lacks."""

import pytest
from django.utils import timezone

from calls import services as call_services
from calls.models import Agent, Call
from campaigns.models import CallAttempt, Campaign, CampaignContact
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls_of_others(owner_a, in_tenant):
    with in_tenant(owner_a.tenant):
        contact = ContactFactory(phone="+447911123456", first_name="Olivia", last_name="Secret")
        campaign = Campaign.objects.create(name="Spring", status="running", audience={"tags": ["x"]})
        target = CampaignContact.objects.create(
            campaign=campaign, contact=contact, key=f"contact:{contact.pk}", eligible_at=timezone.now()
        )
        calls = []
        for index in range(3):
            call = Call.objects.create(
                contact=contact,
                to_number=contact.phone,
                status="completed",
                outcome="qualified",
                campaign_id=campaign.pk,
            )
            CallAttempt.objects.create(
                campaign=campaign,
                target=target,
                contact=contact,
                number=index + 1,
                state="finished",
                call=call,
                reservation=f"r{index}",
                reserved_at=timezone.now(),
                outcome="qualified",
                call_status="completed",
            )
            calls.append(call)
    return campaign, calls


def test_a_viewer_is_told_calls_are_hidden_not_that_there_are_none(viewer_a, portal, calls_of_others):
    page = portal(viewer_a).get("/calls/").content.decode()
    assert "No calls yet" not in page
    assert "place a call below" not in page
    assert "3 other calls in this workspace are hidden from your role" in page


def test_the_owner_sees_the_campaign_by_name_with_cost_and_sentiment_columns(owner_a, portal, calls_of_others):
    campaign, _ = calls_of_others
    page = portal(owner_a).get("/calls/").content.decode()
    assert f'<a href="/campaigns/{campaign.pk}/">Spring</a>' in page
    assert "<th>Cost</th>" in page and "<th>Sentiment</th>" in page


def test_a_viewer_sees_no_names_or_links_of_calls_they_cannot_open(viewer_a, owner_a, portal, calls_of_others):
    campaign, calls = calls_of_others
    viewer_page = portal(viewer_a).get(f"/campaigns/{campaign.pk}/").content.decode()
    owner_page = portal(owner_a).get(f"/campaigns/{campaign.pk}/").content.decode()
    assert f"/calls/{calls[0].pk}/" in owner_page and "Olivia Secret" in owner_page
    assert f"/calls/{calls[0].pk}/" not in viewer_page
    assert "Olivia Secret" not in viewer_page
    assert "Hidden from your role" in viewer_page
    assert "¢" not in owner_page


def test_a_viewer_gets_no_test_call_button(viewer_a, owner_a, portal, in_tenant):
    with in_tenant(owner_a.tenant):
        agent = call_services.agent_create(tenant=owner_a.tenant, data={"purpose": Agent.Purpose.QUALIFIER})
        call_services.agent_publish(tenant=owner_a.tenant, agent=agent)
    viewer_page = portal(viewer_a).get(f"/calls/agents/{agent.pk}/").content.decode()
    owner_page = portal(owner_a).get(f"/calls/agents/{agent.pk}/").content.decode()
    test_url = f"/calls/agents/{agent.pk}/test/"
    assert test_url in owner_page
    assert test_url not in viewer_page
    assert "your role can read this agent" in viewer_page


@pytest.mark.parametrize(
    ("path", "active"), [("/calls/", "Calls"), ("/calls/agents/", "Agents"), ("/calls/numbers/", "Agents")]
)
def test_the_sidebar_highlights_only_the_area_you_are_in(owner_a, portal, path, active):
    import re

    page = portal(owner_a).get(path).content.decode()
    assert re.findall(r'<a href="[^"]+" class="active">([^<]+)</a>', page) == [active]


def test_every_page_names_its_favicon(owner_a, portal):
    page = portal(owner_a).get("/").content.decode()
    assert 'rel="icon"' in page and "favicon.svg" in page


def test_an_unknown_tenant_path_shows_the_projects_404_page_even_in_debug(owner_a, portal, settings):
    settings.DEBUG = True
    response = portal(owner_a).get("/no/such/page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in page
    assert "URLconf" not in page
