"""The training loop in a real browser: test the draft, flag its answer, apply it, compare versions, publish."""

import pytest
from django.db import close_old_connections
from django_tenants.utils import schema_context

from calls import services
from calls.models import Agent
from knowledge.models import Flag
from knowledge.services import sources
from tests.browser.conftest import login
from tests.voice_sandbox import use_sandbox

pytestmark = pytest.mark.browser

NOTES = """# Parking

Free parking is available in the car park behind the building.

# Opening hours

We are open Monday to Friday from 8am to 6pm."""


@pytest.fixture
def trained_agent(live_tenant, settings, django_db_blocker):
    use_sandbox(settings)
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        sources.source_create(kind="text", name="Notes", content=NOTES)
        agent = services.agent_create(tenant=live_tenant, data={"purpose": "receptionist", "name": "Ava"})
        services.agent_publish(tenant=live_tenant, agent=agent, note="Launch")
        services.agent_update(tenant=live_tenant, agent=agent, data={"greeting": "Hi, Ava at {{business_name}}."})
        yield agent
        close_old_connections()


def test_test_the_draft_flag_an_answer_compare_and_publish(
    page, live_url, live_tenant, trained_agent, django_db_blocker
):
    with django_db_blocker.unblock():
        email = live_tenant.memberships.get().user.email
        login(page, live_url, live_tenant, email)
        page.goto(live_url(live_tenant, f"/knowledge/agents/{trained_agent.pk}/training/"))

        page.fill("#test input[name=question]", "Where can I park?")
        page.click("#test button[value=ask]")
        page.locator("#transcript").wait_for()
        assert page.locator("#transcript li").first.inner_text().startswith(f"Hi, Ava at {live_tenant.name}.")
        assert "behind the building" in page.locator("#transcript").inner_text()

        page.locator("#transcript li").nth(2).get_by_role("button", name="Flag").click()
        form = page.locator(".flag-form form")
        form.locator("select[name=reason]").select_option("incomplete")
        form.locator("textarea[name=better_answer]").fill("Park behind the building; the code for the barrier is 1234.")
        form.get_by_role("button", name="Flag").click()
        page.get_by_role("link", name="Open the flag").click()
        page.wait_for_url("**/knowledge/flags/*/")
        page.get_by_label("Custom answer").check()
        page.locator("#apply-form button").click()
        page.locator("#flag-status", has_text="Applied").wait_for()
        assert "flag.applied" in page.locator("#flag-history").inner_text()

        page.goto(live_url(live_tenant, f"/knowledge/agents/{trained_agent.pk}/training/"))
        page.fill("#compare textarea[name=questions]", "Where can I park?\nWhen are you open?")
        page.click("#compare button")
        page.locator("#comparison").wait_for()
        rows = page.locator("#comparison tbody tr")
        assert rows.count() == 2
        assert "barrier is 1234" in rows.nth(0).inner_text()

        page.fill("input[name=note]", "New greeting, tested")
        page.get_by_role("button", name="Publish").click()
        page.get_by_text("Published version 2").wait_for()
        with schema_context(live_tenant.schema_name):
            agent = Agent.objects.select_related("published_version").get(pk=trained_agent.pk)
            assert agent.published_version.note == "New greeting, tested"
            assert agent.published_version.created_by.email == email
            assert Flag.objects.get().status == "applied"
