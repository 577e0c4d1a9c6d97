"""The owner requests a data export in the portal, watches it finish and downloads the ZIP."""

import csv
import io
import json
import zipfile

import pytest
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from tenants.exports import data_export_build
from tenants.models import DataExport, Membership
from tests.browser.conftest import login
from tests.calls.factories import CallFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.browser


def test_owner_requests_the_export_and_downloads_the_zip(
    live_tenant, live_url, page, settings, tmp_path, django_db_blocker
):
    settings.DATA_EXPORT_DIR = tmp_path / "exports"
    with django_db_blocker.unblock():
        with schema_context(live_tenant.schema_name):
            contact = ContactFactory(first_name="Grace", last_name="Hopper")
            CallFactory(contact=contact, transcript="Agent: Good morning Grace.")
        owner = Membership.objects.get(tenant=live_tenant).user

        login(page, live_url, live_tenant, owner.email)
        page.goto(live_url(live_tenant, "/settings/"))
        page.get_by_role("link", name="Export all your data").click()
        expect(page.get_by_role("heading", name="Export your data")).to_be_visible()
        page.get_by_role("button", name="Request an export").click()
        expect(page.locator("body")).to_contain_text("Your export is being prepared")
        download_link = page.get_by_role("link", name="Download ZIP")
        expect(download_link).to_have_count(1)

        with page.expect_download() as info:
            download_link.click()
        saved = tmp_path / "download.zip"
        info.value.save_as(saved)
        with zipfile.ZipFile(saved) as archive:
            names = set(archive.namelist())
            assert {"README.md", "contacts.csv", "contacts.json", "calls.csv", "calls.json", "audit_trail.csv"} <= names
            contacts = list(csv.DictReader(io.StringIO(archive.read("contacts.csv").decode())))
            assert [(c["first_name"], c["last_name"]) for c in contacts] == [("Grace", "Hopper")]
            assert json.loads(archive.read("calls.json"))[0]["transcript"] == "Agent: Good morning Grace."
            assert "## calls" in archive.read("README.md").decode()

        # An export being built shows its progress, and the page picks up the finished file by itself.
        pending = DataExport.objects.create(tenant=live_tenant, requested_by=owner, phase="Waiting to start")
        page.reload()
        expect(page.locator(f"tr[data-export='{pending.pk}'] progress")).to_be_visible()
        data_export_build(export_id=pending.pk)
        expect(page.locator(f"tr[data-export='{pending.pk}']")).to_contain_text("Download ZIP", timeout=10000)
        expect(page.get_by_role("link", name="Download ZIP")).to_have_count(2)
        DataExport.objects.filter(tenant=live_tenant).delete()
