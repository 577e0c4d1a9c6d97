"""A new business signs up on the public host, runs the wizard on the bundled demo website, gets a cited answer."""

import secrets

import pytest

from tenants.models import Tenant, User

pytestmark = pytest.mark.browser


@pytest.fixture
def signup_email(django_db_blocker):
    """The new owner's address; the workspace they create is dropped afterwards."""
    email = f"owner-{secrets.token_hex(3)}@sunrise-dental.example"
    yield email
    with django_db_blocker.unblock():
        for tenant in Tenant.objects.filter(memberships__user__email=email):
            tenant.delete(force_drop=True)
        User.objects.filter(email=email).delete()


def test_a_new_business_signs_up_and_gets_a_cited_answer_in_the_preview(
    live_server_port, page, demo_site, signup_email, settings, django_db_blocker
):
    settings.PUBLIC_PORT = str(live_server_port)
    with django_db_blocker.unblock():
        page.goto(f"http://localhost:{live_server_port}/")
        page.get_by_role("link", name="Start free").first.click()
        page.wait_for_url("**/signup/")
        page.get_by_label("Work email").fill(signup_email)
        page.get_by_label("Password").fill("Sunrise-smiles-2026!")
        page.get_by_label("Business name").fill("Sunrise Family Dental")
        page.get_by_label("Kind of business").select_option("dental")
        page.get_by_label("Time zone").select_option("Europe/London")
        page.get_by_role("button", name="Create my workspace").click()

        # Signed in on the new workspace's own host, at the wizard's website step.
        page.wait_for_url(lambda url: url.endswith("/setup/website/"), timeout=60000)
        assert page.url.startswith("http://sunrise-family-dental") and page.url.endswith("/setup/website/"), (
            page.url,
            page.locator("main").inner_text(),
        )
        assert page.locator("#verify-banner").is_visible()
        page.get_by_label("Website address").fill(demo_site + "/")
        page.get_by_role("button", name="Read my website").click()
        page.wait_for_url("**/setup/scan/")
        page.locator('#scan[data-status="ready"]').wait_for(timeout=60000)
        assert int(page.locator("#pages-indexed").inner_text()) >= 5

        page.locator("#scan-continue").click()
        page.wait_for_url("**/setup/preview/")
        page.get_by_label("Your question").fill("is there somewhere to park near the practice?")
        page.get_by_role("button", name="Ask").click()
        page.locator("#preview-answer").wait_for()
        assert "Chapel Road" in page.locator("#preview-answer").inner_text()
        links = page.locator("#preview-citations a")
        assert links.count() >= 1
        assert any("/find-us/" in (links.nth(i).get_attribute("href") or "") for i in range(links.count()))

        page.get_by_role("link", name="Looks good: go live").click()
        page.wait_for_url("**/setup/live/")
        assert page.get_by_role("heading", name="3. Forward your calls").is_visible()
