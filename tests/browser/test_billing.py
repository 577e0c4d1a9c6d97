"""Top up through the sandbox checkout (real HTTP webhook back to the platform) and download an invoice PDF."""

from datetime import date

import pytest

from tests.browser.conftest import login

pytestmark = pytest.mark.browser


def test_owner_tops_up_through_the_sandbox_and_downloads_an_invoice(
    page, live_url, live_tenant, live_server_port, settings, django_db_blocker
):
    settings.PUBLIC_PORT = str(live_server_port)
    settings.PUBLIC_BASE_URL = f"http://localhost:{live_server_port}"
    login(page, live_url, live_tenant, f"owner@{live_tenant.slug}.test")

    page.goto(live_url(live_tenant, "/billing/"))
    assert "USD 0.00" in page.inner_text("[data-testid=balance]")
    page.fill("input[name=amount]", "42.50")
    page.click("#top-up")
    page.wait_for_url("**/billing-sandbox/checkout/**")
    assert "USD 42.50" in page.inner_text("main")
    page.click("button.pay")
    page.wait_for_url(live_url(live_tenant, "/billing/?checkout=done"))
    assert "USD 42.50" in page.inner_text("[data-testid=balance]")
    rows = page.inner_text("#transactions")
    assert "Top-up" in rows and "+42.50" in rows

    from billing.models import LedgerEntry
    from billing.services.invoices import invoice_issue

    with django_db_blocker.unblock():
        assert LedgerEntry.objects.filter(tenant=live_tenant, category="top_up").count() == 1
        invoice, _ = invoice_issue(tenant=live_tenant, period_start=date(2026, 11, 1))
    page.reload()
    with page.expect_download() as download_info:
        page.click("a.invoice-pdf")
    download = download_info.value
    assert download.suggested_filename == f"{invoice.display_number}.pdf"
    with open(download.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"
