import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_owner_logs_in_and_sees_the_dashboard(page, live_url, live_tenant):
    login(page, live_url, live_tenant, live_tenant.memberships.get().user.email)
    assert page.locator("h1").inner_text() == f"Welcome to {live_tenant.name}"
    assert page.locator("nav a", has_text="Team").is_visible()
    assert page.locator(".checklist li").count() == 5
    assert "Set up your receptionist" in page.locator(".checklist li").first.inner_text()


def test_wrong_password_shows_an_error_and_stays_signed_out(page, live_url, live_tenant):
    page.goto(live_url(live_tenant, "/accounts/login/"))
    page.fill("input[name=login]", live_tenant.memberships.get().user.email)
    page.fill("input[name=password]", "not-the-password")
    page.click("form button[type=submit]")
    assert "/accounts/login/" in page.url
    assert page.get_by_text("not correct", exact=False).is_visible()
