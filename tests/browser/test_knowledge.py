"""Knowledge in a real browser: add the bundled demo website as a source, see it ready, get a cited answer."""

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_add_the_demo_website_and_get_a_cited_answer(page, live_url, live_tenant, demo_site, django_db_blocker):
    with django_db_blocker.unblock():
        email = live_tenant.memberships.get().user.email
        login(page, live_url, live_tenant, email)
        page.goto(live_url(live_tenant, "/knowledge/"))
        form = page.locator("#add-source")
        form.locator("select[name=kind]").select_option("website")
        form.locator("input[name=url]").fill(demo_site + "/")
        form.locator("button").click()
        page.wait_for_url("**/knowledge/sources/*/")
        page.locator('#source-status[data-status="ready"]').wait_for(timeout=60000)
        assert page.get_by_text("/emergency-dentist/").first.is_visible()

        page.goto(live_url(live_tenant, "/knowledge/try/"))
        page.fill("input[name=question]", "is there somewhere to park near the practice?")
        page.click("#try-form button")
        page.locator("#answer-text").wait_for()
        assert "Chapel Road" in page.locator("#answer-text").inner_text()
        citations = page.locator("#citations a")
        assert citations.count() >= 1
        assert any("/find-us/" in (citations.nth(i).get_attribute("href") or "") for i in range(citations.count()))
