"""The calls journey in a real browser: set up the sandbox, place a call, read it, test an agent.

The session's live server thread serves the portal; the tenant and its owner are
committed from a helper thread (the server cannot see the test's
transaction) and dropped afterwards. Celery runs eagerly, so the sandbox
plays the call out while the "Call" request is being answered, posting its
signed events to the same live server over HTTP.
"""

import re
import threading
from datetime import UTC, timedelta

import pytest
from django.db import connections
from playwright.sync_api import expect

from tenants.models import Tenant, User
from tenants.services import tenant_create

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SLUG = "calls-browser"
EMAIL = "owner@calls-browser.test"
PASSWORD = "correct-horse-battery-9"


def committed(fn):
    """Run `fn` in its own thread (own connection, autocommit) and return its result."""
    outcome = {}

    def run():
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            outcome["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture(autouse=True)
def _any_hour_is_calling_time(monkeypatch):
    """Calls are dialled at whatever hour the test runs (calling hours are tested in tests/campaigns)."""
    monkeypatch.setattr(
        "campaigns.compliance.calling_hours",
        lambda tenant, contact, now: (UTC, [(now - timedelta(days=1), now + timedelta(days=8))]),
    )


@pytest.fixture
def tenant():
    created = committed(
        lambda: tenant_create(
            slug=SLUG, name="Browser Dental", owner_email=EMAIL, owner_password=PASSWORD, timezone_name="Europe/London"
        )
    )
    yield created

    def drop():
        Tenant.objects.get(pk=created.pk).delete(force_drop=True)
        User.objects.filter(email=EMAIL).delete()

    committed(drop)


@pytest.fixture
def server(settings, live_server_port):
    """The session's live server, with the sandbox posting its webhooks back to it."""
    settings.VOICE_PROVIDER = "sandbox"
    settings.RETELL_API_KEY = settings.SANDBOX_RETELL_API_KEY
    # A call that uses the in-call functions (availability, booking), every time.
    settings.SANDBOX_OUTCOME_WEIGHTS = "reschedule_requested=1"
    settings.PUBLIC_BASE_URL = f"http://localhost:{live_server_port}"
    settings.PUBLIC_PORT = str(live_server_port)
    return live_server_port


@pytest.fixture
def page(server, tenant, browser):
    context = browser.new_context(base_url=f"http://{SLUG}.localhost:{server}")
    page = context.new_page()
    # The sandbox plays a whole call out inside the "Call" request (Celery runs eagerly here).
    page.set_default_timeout(60_000)
    page.set_default_navigation_timeout(120_000)
    page.goto("/accounts/login/")
    page.fill("input[name=login]", EMAIL)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/$"))
    yield page
    context.close()


def test_set_up_place_a_call_and_read_it(page):
    page.get_by_role("link", name="Agents").click()
    expect(page.get_by_text("No agents yet")).to_be_visible()
    page.get_by_role("button", name="Set up a receptionist, a reminder agent, a lead qualifier and a number").click()
    expect(page.get_by_role("link", name="Appointment reminder")).to_be_visible()

    page.get_by_role("link", name="Calls").click()
    expect(page.get_by_text("No calls yet")).to_be_visible()
    page.fill("input[name=phone]", "07911 123456")
    page.fill("input[name=first_name]", "Jane")
    page.select_option("select[name=agent]", label="Appointment reminder")
    page.get_by_role("button", name="Call", exact=True).click()

    page.wait_for_url(re.compile(r"/calls/\d+/$"))
    expect(page.locator(".call-detail h1")).to_contain_text("Outbound call with Jane")
    expect(page.locator(".bubble.agent").first).to_contain_text("Browser Dental")
    expect(page.locator(".card", has_text="Summary")).not_to_contain_text("arrives shortly")
    expect(page.locator("audio[data-call-audio]")).to_have_count(1)
    expect(page.get_by_role("button", name="Call again")).to_be_visible()

    page.get_by_role("link", name="← All calls").click()
    page.fill("input[name=q]", "appointment")
    page.keyboard.press("Enter")
    expect(page.locator(".calls-table tbody tr")).to_have_count(1)


def test_the_agent_test_panel_talks_back(page):
    page.goto("/calls/agents/")
    page.get_by_role("button", name="Set up a receptionist, a reminder agent, a lead qualifier and a number").click()
    page.get_by_role("link", name="Receptionist").click()
    page.get_by_role("button", name="Start a typed test call").click()
    expect(page.locator("#test-panel .bubble.agent").first).to_contain_text("thanks for calling Browser Dental")
    page.fill("#test-panel input[name=message]", "I'd like to book an appointment")
    page.locator("#test-panel").get_by_role("button", name="Say").click()
    expect(page.locator("#test-panel .bubble.agent").last).to_contain_text("I can offer")
    page.fill("#test-panel input[name=message]", "The first one please")
    page.locator("#test-panel").get_by_role("button", name="Say").click()
    expect(page.locator("#test-panel .bubble.agent").last).to_contain_text("booked for")
