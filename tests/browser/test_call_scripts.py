"""The script studio in a real browser: a three-step script with one branch from a template, previewed,
rehearsed with the draft agent in the sandbox, and published with a reason."""

import pytest
from django.db import close_old_connections
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from calls import services
from calls.models import Agent, CallScript
from tests.browser.conftest import login
from tests.voice_sandbox import use_sandbox

pytestmark = pytest.mark.browser


@pytest.fixture
def draft_agent(live_tenant, settings, django_db_blocker):
    use_sandbox(settings)
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        agent = services.agent_create(tenant=live_tenant, data={"purpose": "reminder", "name": "Recall Rosa"})
        yield agent
        close_old_connections()


def test_build_preview_rehearse_and_publish_a_script(live_url, live_tenant, draft_agent, django_db_blocker, page):
    login(page, live_url, live_tenant, f"owner@{live_tenant.slug}.test")
    page.goto(live_url(live_tenant, "/calls/scripts/"))
    page.select_option("select[name=template]", "dental_recall")
    page.fill("input[name=name]", "Check-up recall")
    page.click("text=Create script")
    expect(page.locator("h1")).to_have_text("Check-up recall")
    steps = page.locator("[data-step]")
    expect(steps).to_have_count(3)

    # One branch only: "yes" books; any other answer goes to goodbye.
    recall = page.locator('[data-step="recall"]')
    recall.locator("textarea[name$=-branches]").fill("yes -> book")
    recall.locator("select[name$=-next]").select_option("goodbye")
    page.fill("input[name=note]", "One branch")
    page.click("[data-save-script]")
    expect(page.locator(".message").first).to_contain_text("Saved as version 2")
    expect(page.locator('[data-step="recall"]')).to_contain_text("“yes” → book")

    page.select_option("#preview >> xpath=.. >> select[name=persona]", "london_formal")
    page.click("[data-preview-button]")
    prompt = page.locator("[data-preview-prompt]")
    expect(prompt).to_contain_text('- If they answer "yes": go to step 2 (book).')
    expect(prompt).to_contain_text("- Otherwise: go to step 3 (goodbye).")
    expect(prompt).to_contain_text("You speak UK English and know the London area.")

    page.select_option("form[action$='/apply/'] select[name=agent]", str(draft_agent.pk))
    page.select_option("form[action$='/apply/'] select[name=persona]", "london_formal")
    page.click("[data-apply-script]")
    expect(page.locator(".message").first).to_contain_text("Recall Rosa's draft now uses version 2")

    panel = page.locator(f'[data-agent-panel="{draft_agent.pk}"]')
    panel.locator("button[value=start]").click()
    chat = panel.locator("[data-rehearsal]")
    expect(chat.locator("li").first).to_contain_text(f"Hello Alex, it's {live_tenant.name}.")
    panel.locator("input[name=message]").fill("Yes please")
    panel.locator("button[value=say]").click()
    expect(chat.locator("li")).to_have_count(3)
    expect(chat.locator("li").last).to_have_text("Which day and time of day suit you best?")

    panel.locator("input[name=reason]").fill("New recall script")
    panel.locator("[data-publish]").click()
    expect(page.locator(".message").first).to_contain_text("Published Recall Rosa version 1")

    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        agent = Agent.objects.select_related("published_version").get(pk=draft_agent.pk)
        script = CallScript.objects.get()
        assert agent.published_version.note == "New recall script [script: Check-up recall v2]"
        assert agent.published_version.created_by.email == f"owner@{live_tenant.slug}.test"
        assert agent.status == Agent.Status.ACTIVE and script.current_version.number == 2
        close_old_connections()
