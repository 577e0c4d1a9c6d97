"""An estate agency imports its stock from CSV (preview, then commit), then sends a lead the
properties that match what the lead asked for on a call, from the lead's page."""

import pytest
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from calls.models import Call
from contacts.models import Contact
from notifications.models import Notification
from tenants.models import Tenant
from tests.browser.conftest import login

pytestmark = pytest.mark.browser

CSV = (
    "name,type,location,price_min,price_max,currency,bedrooms,reference\n"
    'Canal-side flat,flat,"Camden, London",480000,495000,GBP,3,CAM-1\n'
    "Broken row,flat,Camden,500000,400000,GBP,2,CAM-2\n"
    'Hackney flat,apartment,"Hackney, London",450000,450000,GBP,3,HAC-3\n'
)


def test_import_the_stock_then_send_a_lead_its_matches(live_url, live_tenant, page, tmp_path, django_db_blocker):
    upload = tmp_path / "stock.csv"
    upload.write_text(CSV)
    with django_db_blocker.unblock():
        Tenant.objects.filter(pk=live_tenant.pk).update(vertical="real_estate")
        with schema_context(live_tenant.schema_name):
            lead = Contact.objects.create(first_name="Priya", phone="+447912345678", email="priya@example.test")
            Call.objects.create(
                direction="outbound",
                contact=lead,
                status="completed",
                analysis={"budget": "£500k", "location": "Camden", "property_type": "flat", "bedrooms": 3},
            )
        login(page, live_url, live_tenant, f"owner@{live_tenant.slug}.test")

        page.get_by_role("link", name="Properties").first.click()
        expect(page.get_by_text("No properties yet")).to_be_visible()
        page.get_by_role("link", name="Import CSV").click()
        page.set_input_files("input[name=file]", str(upload))
        page.get_by_role("button", name="Preview").click()
        expect(page.get_by_text("The highest price must be at least the lowest.")).to_be_visible()
        page.get_by_role("button", name="Import 2 properties").click()
        expect(page.get_by_text("Imported: 2 added, 0 updated, 1 rows left out.")).to_be_visible()
        expect(page.get_by_role("cell", name="Canal-side flat ref CAM-1")).to_be_visible()

        page.goto(live_url(live_tenant, f"/contacts/{lead.pk}/"))
        expect(page.get_by_role("heading", name="Matching properties")).to_be_visible()
        expect(
            page.get_by_text("within budget, apartment as asked, in preferred area (Camden), 3 bedrooms as asked")
        ).to_be_visible()
        page.get_by_role("button", name="Send by SMS").click()
        expect(page.get_by_text("Matching properties queued by SMS.")).to_be_visible()
        with schema_context(live_tenant.schema_name):
            sms = Notification.objects.get(kind="properties.matches")
        assert sms.recipient == "+447912345678"
        assert "1. Canal-side flat, Camden, London: GBP 480,000–495,000 (ref CAM-1)" in sms.body
