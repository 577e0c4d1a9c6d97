"""Browser tests: a live server on loopback and headless Debian Chromium via Playwright.

The server runs in a thread with its own database connections, so the data
it serves must be committed: `live_tenant` creates a throwaway tenant (with
committed rows) and drops its schema afterwards. Playwright drives the
system Chromium; it never downloads a browser.
"""

import os
import secrets

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.test.testcases import LiveServerThread

from tenants.models import Tenant, User
from tenants.services import tenant_create

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
BROWSER_PASSWORD = "browser-pass-123"


@pytest.fixture(scope="session")
def live_server_port(django_db_setup, django_db_blocker):
    thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield thread.port
    thread.terminate()


@pytest.fixture
def live_tenant(django_db_setup, django_db_blocker):
    """A committed tenant with an owner (password BROWSER_PASSWORD), dropped afterwards."""
    slug = "br" + secrets.token_hex(3)
    # The database stays open for the whole test: the server thread and the
    # test both use real, committed data.
    with django_db_blocker.unblock():
        tenant = tenant_create(
            slug=slug,
            name=f"Browser Clinic {slug}",
            owner_email=f"owner@{slug}.test",
            owner_password=BROWSER_PASSWORD,
            vertical="dental",
            timezone_name="Europe/London",
        )
        yield tenant
        owners = list(User.objects.filter(memberships__tenant=tenant))
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
        for user in owners:
            if not user.memberships.exists():
                user.delete()


@pytest.fixture
def live_url(live_server_port):
    """live_url(tenant, path) -> http://<slug>.localhost:<port><path>"""
    return lambda tenant, path="/": f"http://{tenant.slug}.localhost:{live_server_port}{path}"


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package (see .ci/ensure-browser).")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the ORM calls the
    # tests make around it are still plain synchronous code.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def login(page, live_url, tenant, email, password=BROWSER_PASSWORD):
    page.goto(live_url(tenant, "/accounts/login/"))
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("form button[type=submit]")
    page.wait_for_url(live_url(tenant, "/"))
