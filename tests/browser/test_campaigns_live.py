"""Campaigns in a real browser: the campaign page updates live, the wizard counts the audience as you type."""

import pytest
from django.db import close_old_connections
from django_tenants.utils import schema_context

from calls.models import PhoneNumber
from campaigns import services
from campaigns.models import CampaignContact
from contacts.models import Contact
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


@pytest.fixture
def live_campaign(live_tenant, django_db_blocker):
    """A running campaign with three contacts in the committed browser tenant (nothing is dialled)."""
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        PhoneNumber.objects.create(number="+14155550100")
        for index in range(3):
            Contact.objects.create(phone=f"+44207946{index:04d}", first_name=f"Pat{index}", tags=["spring"])
        campaign = services.campaign_create(data={"name": "Spring offer", "audience": {"tags": ["spring"]}})
        services.campaign_start(campaign=campaign)
        yield campaign
        close_old_connections()


def test_the_campaign_page_shows_progress_without_a_reload(
    page, live_url, live_tenant, live_campaign, django_db_blocker
):
    login(page, live_url, live_tenant, live_tenant.memberships.get().user.email)
    page.goto(live_url(live_tenant, f"/campaigns/{live_campaign.pk}/"))
    assert page.get_by_text("0 of 3 contacts settled").is_visible()
    page.evaluate("window.__notReloaded = true")
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        target = CampaignContact.objects.filter(campaign=live_campaign).first()
        CampaignContact.objects.filter(pk=target.pk).update(state="done", final_outcome="confirmed")
    page.get_by_text("1 of 3 contacts settled").wait_for(timeout=15000)
    assert page.evaluate("window.__notReloaded") is True
    assert page.locator("ul.counts").inner_text().startswith("confirmed: 1")


def test_the_wizard_counts_the_audience_as_you_type(page, live_url, live_tenant, live_campaign):
    login(page, live_url, live_tenant, live_tenant.memberships.get().user.email)
    page.goto(live_url(live_tenant, "/campaigns/new/"))
    page.locator("#preview").get_by_text("Choose who to call.").wait_for()
    # Step 1, type and agent: the audience is not shown yet.
    assert not page.locator("input[name=audience_tags]").is_visible()
    page.fill("input[name=name]", "From the browser")
    page.click("button:has-text('Next: audience')")
    page.fill("input[name=audience_tags]", "spring")
    page.locator("#preview .count").get_by_text("3").wait_for(timeout=15000)
    page.click("button:has-text('Next: schedule and limits')")
    page.click("button:has-text('Next: review')")
    assert page.locator("[data-summary-of=name]").inner_text() == "From the browser"
    page.click("button[type=submit]:has-text('Save as draft')")
    page.get_by_text("Campaign saved as a draft").wait_for()
    assert page.locator("h1").inner_text() == "From the browser"
