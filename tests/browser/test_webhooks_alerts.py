"""Webhooks and the alert inbox in a real browser.

An owner adds an endpoint pointing at a local receiver, sends a test event and
sees it in the delivery log; then a staff member assigns an alert to
themselves and resolves it. Celery runs eagerly, so the test event is sent
when the live server's request commits.
"""

import pytest
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from tests.browser.conftest import login
from tests.notifications.receiver import Receiver

pytestmark = pytest.mark.browser


def test_owner_adds_an_endpoint_sends_a_test_event_and_sees_the_delivery(page, live_url, live_tenant, settings):
    with Receiver() as receiver:
        settings.WEBHOOK_ALLOWED_ORIGINS = [receiver.origin]
        login(page, live_url, live_tenant, live_tenant.memberships.get().user.email)
        page.click("nav a:has-text('Webhooks')")
        page.fill("#add-endpoint input[name=url]", receiver.url)
        page.check("#add-endpoint input[name=events][value='call.completed']")
        page.click("#add-endpoint button:has-text('Add endpoint')")
        expect(page.locator("#endpoint-secret code").first).to_contain_text("whsec_")
        page.click("button:has-text('Send test event')")
        row = page.locator("#delivery-log tbody tr").first
        expect(row).to_contain_text("webhook.test")
        expect(row.locator(".dstatus")).to_contain_text("Delivered")
        expect(row).to_contain_text("HTTP 200")
        assert len(receiver.requests) == 1
        assert receiver.requests[0]["headers"]["webhook-signature"].startswith("v1,")
        page.reload()
        expect(page.locator("#endpoint-secret")).to_have_count(0)


def test_a_staff_member_assigns_and_resolves_an_alert(page, live_url, live_tenant):
    from tests.notifications.factories import AlertFactory

    email = live_tenant.memberships.get().user.email
    with schema_context(live_tenant.schema_name):
        alert = AlertFactory(title="Callback requested: Ana Silva", required_action="Call Ana back after 5pm")
    login(page, live_url, live_tenant, email)
    expect(page.locator("nav a:has-text('Alerts') .nav-badge")).to_have_text("1")
    page.click("nav a:has-text('Alerts')")
    page.click(f"tr[data-alert='{alert.pk}'] a")
    expect(page.locator("h1")).to_have_text("Callback requested: Ana Silva")
    page.select_option("select[name=assignee]", label=email)
    page.click("button:has-text('Assign')")
    expect(page.locator("#alert-status")).to_have_text("In progress")
    expect(page.locator("#alert-assignee")).to_have_text(email)
    page.click("button:has-text('Resolve')")
    expect(page.locator("#alert-status")).to_have_text("Resolved")
    expect(page.locator("#alert-history")).to_contain_text("in_progress → resolved")
    expect(page.locator("nav a:has-text('Alerts') .nav-badge")).to_have_count(0)
