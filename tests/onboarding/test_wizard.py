"""The onboarding wizard: industry, website, scan progress, a cited preview, go live; resumable and skippable."""

import pytest
from allauth.account.models import EmailAddress
from django_tenants.utils import schema_context

from calls.models import Agent, PhoneNumber
from knowledge.models import ChatWidget, Source
from onboarding.models import OnboardingProgress

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(owner_a, portal):
    return portal(owner_a)


def progress(tenant):
    return OnboardingProgress.objects.get(tenant=tenant)


def test_the_wizard_resumes_at_the_furthest_step(owner, tenant_a):
    assert owner.get("/setup/")["Location"] == "/setup/industry/"
    OnboardingProgress.objects.filter(tenant=tenant_a).update(step="preview", steps_done=["industry", "website"])
    assert owner.get("/setup/")["Location"] == "/setup/preview/"


def test_picking_the_industry_applies_its_template(owner, tenant_a):
    response = owner.post("/setup/industry/", {"vertical": "salon"})
    assert response.status_code == 302 and response["Location"] == "/setup/website/"
    tenant_a.refresh_from_db()
    assert tenant_a.vertical == "salon"
    with schema_context(tenant_a.schema_name):
        assert "patch test" in Agent.objects.get(purpose="receptionist").system_prompt
    assert progress(tenant_a).steps_done == ["industry"]


def test_a_bad_industry_or_website_is_explained_and_changes_nothing(owner, tenant_a):
    response = owner.post("/setup/industry/", {"vertical": "spaceships"})
    assert response.status_code == 400 and "Choose one of" in response.content.decode()
    for url in ("", "not a url at all", "ftp://example.com/", "http://exa mple.com/"):
        response = owner.post("/setup/website/", {"url": url})
        assert response.status_code == 400, url
        assert 'class="field-error">' in response.content.decode()
    with schema_context(tenant_a.schema_name):
        assert not Source.objects.exists() and not Agent.objects.exists()
    assert progress(tenant_a).steps_done == []


def test_the_website_is_read_with_live_progress_and_the_preview_answers_with_citations(
    owner, tenant_a, demo_site, run_on_commit
):
    owner.post("/setup/industry/", {"vertical": "dental"})
    response = owner.get("/setup/scan/")
    assert "No website yet" in response.content.decode()
    with run_on_commit():
        response = owner.post("/setup/website/", {"url": demo_site + "/"})
    assert response["Location"] == "/setup/scan/"
    assert progress(tenant_a).source_id is not None
    # The crawl ran (Celery eager); the polled fragment shows the counts.
    fragment = owner.get("/setup/scan/", HTTP_HX_REQUEST="true").content.decode()
    assert fragment.strip().startswith('<section id="scan"') and 'data-status="ready"' in fragment
    with schema_context(tenant_a.schema_name):
        source = Source.objects.get()
        assert source.pages_found >= 5 and source.pages_indexed >= 5
    assert f'<dd id="pages-indexed">{source.pages_indexed}</dd>' in fragment
    assert "hx-trigger" not in fragment, "polling stops once the scan is done"
    assert "scan" in progress(tenant_a).steps_done

    # Posting the same address again does not start a second crawl.
    owner.post("/setup/website/", {"url": demo_site + "/"})
    with schema_context(tenant_a.schema_name):
        assert Source.objects.count() == 1

    answer = owner.post(
        "/setup/preview/", {"question": "is there somewhere to park near the practice?"}, HTTP_HX_REQUEST="true"
    )
    html = answer.content.decode()
    assert answer.status_code == 200 and html.strip().startswith('<section id="answer"')
    assert "Chapel Road" in html and "/find-us/" in html
    assert "preview" in progress(tenant_a).steps_done
    assert owner.post("/setup/preview/", {"question": ""}).status_code == 400


def test_the_scan_page_polls_while_the_crawl_is_running(owner, tenant_a, demo_site):
    owner.post("/setup/website/", {"url": demo_site + "/"})  # not committed: the crawl has not run
    page = owner.get("/setup/scan/").content.decode()
    assert 'hx-trigger="every 1s"' in page and 'data-status="queued"' in page
    assert "scan" not in progress(tenant_a).steps_done


def test_going_live_needs_a_confirmed_email_then_gives_a_sandbox_number(owner, owner_a, tenant_a):
    owner.post("/setup/industry/", {"vertical": "home_services"})
    refused = owner.post("/setup/live/", {"action": "number"})
    assert refused.status_code == 400 and "Confirm your email address" in refused.content.decode()
    with schema_context(tenant_a.schema_name):
        assert not PhoneNumber.objects.exists()

    EmailAddress.objects.create(user=owner_a.user, email=owner_a.user.email, primary=True, verified=True)
    page = owner.post("/setup/live/", {"action": "number"}).content.decode()
    with schema_context(tenant_a.schema_name):
        number = PhoneNumber.objects.get()
        agent = Agent.objects.get(purpose="receptionist")
        assert number.inbound_agent == agent and agent.published_version_id is not None
    assert f'<strong id="live-number">{number.number}</strong>' in page
    assert f"**61*{number.number}#" in page
    assert "go_live_widget" not in page  # the slot renders its content, not its name
    with schema_context(tenant_a.schema_name):
        key = ChatWidget.objects.get(agent=agent).public_key
    assert f"/widget/{key}.js&quot; async&gt;&lt;/script&gt;" in page  # the snippet to paste, escaped for display
    # Asking again keeps the one number.
    owner.post("/setup/live/", {"action": "number"})
    with schema_context(tenant_a.schema_name):
        assert PhoneNumber.objects.count() == 1


def test_finishing_and_skipping_show_on_the_home_checklist(owner, tenant_a):
    home = owner.get("/?setup=1").content.decode()
    assert "Set up your receptionist (5-minute guide)" in home and 'href="/setup/"' in home
    owner.post("/setup/skip/")
    assert progress(tenant_a).skipped_at is not None
    assert "Skipped: open it again any time." in owner.get("/?setup=1").content.decode()
    owner.get("/setup/")  # opening it again resumes
    assert progress(tenant_a).skipped_at is None
    response = owner.post("/setup/live/", {"action": "finish"})
    assert response.status_code == 302
    assert progress(tenant_a).completed_at is not None
    assert "Finished." in owner.get("/?setup=1").content.decode()


def test_only_owners_and_admins_run_the_wizard(portal, viewer_a, manager_a, admin_a):
    assert portal(viewer_a).get("/setup/industry/").status_code == 403
    assert portal(manager_a).post("/setup/industry/", {"vertical": "legal"}).status_code == 403
    assert portal(admin_a).get("/setup/industry/").status_code == 200


def test_one_workspace_never_sees_anothers_wizard(portal, owner_a, owner_b, tenant_a, tenant_b, demo_site):
    portal(owner_a).post("/setup/website/", {"url": demo_site + "/"})
    assert portal(owner_b).get("/setup/scan/").content.decode().count(demo_site) == 0
    # B's owner on A's host is refused.
    foreign = portal(owner_b, tenant=tenant_a)
    assert foreign.get("/setup/scan/").status_code == 403
    assert foreign.post("/setup/industry/", {"vertical": "legal"}).status_code == 403
    tenant_a.refresh_from_db()
    assert tenant_a.vertical == "other"
    assert not OnboardingProgress.objects.filter(tenant=tenant_b, website_url__contains="127.0.0.1").exists()


def test_the_owner_can_ask_for_the_confirmation_email_again(owner, owner_a):
    from django.core import mail

    page = owner.get("/setup/website/").content.decode()
    assert 'id="verify-banner"' in page
    response = owner.post("/setup/verify-email/", {"step": "website"})
    assert response.status_code == 302 and response["Location"] == "/setup/website/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [owner_a.user.email]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    EmailAddress.objects.filter(user=owner_a.user).update(verified=True)
    assert 'id="verify-banner"' not in owner.get("/setup/website/").content.decode()
    owner.post("/setup/verify-email/", {"step": "website"})
    assert len(mail.outbox) == 1, "a confirmed address is not sent another link"
