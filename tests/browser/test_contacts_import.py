"""A person imports a CSV through the column-mapping flow, then finds a contact by a national number.

The app is served by a live-server thread that sees committed data, so the
test creates its own tenant (and drops it afterwards) instead of relying on
the rolled-back per-test transaction. Celery runs eagerly (tests/conftest.py),
so the import task runs inside the request that starts it.
"""

import secrets

import pytest
from playwright.sync_api import expect

from tenants.models import User
from tenants.services import tenant_create
from tests.browser.conftest import login

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery-9"
CSV = (
    "\ufeffFull Name;Mobile;E-mail;Organisation Name;Notes\n"
    "Ann Lee;+44 7912 345678;ann@example.test;Lee Dental;Prefers mornings\n"
    "Bob Ray;07700 123456;bob@example.test;Ray Plumbing;\n"
    "Cy Oh;12345;cy@example.test;;bad number\n"
)


@pytest.fixture
def workspace(django_db_setup, django_db_blocker):
    """A committed tenant of its own, visible to the server thread; dropped afterwards."""
    with django_db_blocker.unblock():
        slug = f"browser-{secrets.token_hex(3)}"
        email = f"owner@{slug}.test"
        tenant = tenant_create(
            slug=slug, name="Browser Dental", owner_email=email, owner_password=PASSWORD, timezone_name="Europe/London"
        )
        try:
            yield tenant, email
        finally:
            tenant.delete(force_drop=True)
            User.objects.filter(email=email).delete()


def test_import_through_the_mapping_flow_then_find_by_national_number(
    workspace, tmp_path, django_db_blocker, browser, live_url
):
    tenant, email = workspace
    upload = tmp_path / "patients.csv"
    upload.write_bytes(CSV.encode("utf-8"))
    # One Playwright per process: the session's browser (tests/browser/conftest.py) drives this page too.
    with django_db_blocker.unblock():
        base = live_url(tenant, "")
        context = browser.new_context()
        try:
            page = context.new_page()
            login(page, live_url, tenant, email, PASSWORD)

            page.goto(f"{base}/contacts/import/")
            page.set_input_files("input[name=file]", str(upload))
            page.get_by_role("button", name="Upload and map columns").click()

            # The columns are suggested from their headers; the organisation column is mapped by hand.
            expect(page.get_by_label("Field for column Full Name")).to_have_value("full_name")
            expect(page.get_by_label("Field for column Mobile")).to_have_value("phone")
            expect(page.get_by_label("Field for column E-mail")).to_have_value("email")
            expect(page.get_by_label("Field for column Organisation Name")).to_have_value("")
            page.get_by_label("Field for column Organisation Name").select_option("company")
            page.get_by_label("Fill in only what the contact is missing").check()
            page.get_by_role("button", name="Check the file").click()

            expect(page.get_by_role("heading", name="Ready to import")).to_be_visible()
            expect(page.locator("body")).to_contain_text("'12345' is not a valid number")
            page.get_by_role("button", name="Import 2 contacts").click()
            expect(page.get_by_role("heading", name="Imported")).to_be_visible()
            expect(page.locator(".figures")).to_contain_text("2 new contacts")

            page.goto(f"{base}/contacts/")
            page.get_by_label("Search contacts").fill("07912 345678")
            results = page.locator("#results")
            expect(results).to_contain_text("Ann Lee")
            expect(results).to_contain_text("07912 345678")  # a UK number, read the UK way
            expect(results).not_to_contain_text("Bob Ray")
            page.get_by_role("link", name="Ann Lee").click()
            expect(page.locator("body")).to_contain_text("Lee Dental")
            expect(page.locator("body")).to_contain_text("Europe/London")
        finally:
            context.close()
