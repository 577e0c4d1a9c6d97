from decimal import Decimal

import pytest
from django.test import Client

from billing.models import BillingAccount
from billing.services import ledger
from billing.services.usage import call_rate
from tenants.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(django_user_model):
    user = django_user_model.objects.create_superuser("root@platform.test", "pw-123456789")
    client = Client(HTTP_HOST="localhost")
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_revenue_and_usage_reports_are_csv_by_tenant_and_month(superuser_client, tenant_a, tenant_b):
    ledger.credit(tenant=tenant_a, amount="50.00", category="top_up")
    call_rate(tenant=tenant_a, call_id=1, duration_ms=120_000)
    call_rate(tenant=tenant_b, call_id=1, duration_ms=60_000)
    revenue = superuser_client.get("/admin/billing/billingaccount/reports/revenue.csv")
    assert revenue.status_code == 200 and revenue["Content-Type"].startswith("text/csv")
    lines = revenue.content.decode().splitlines()
    assert lines[0] == "tenant__slug,month,charged,topped_up,refunded"
    assert any(line.startswith("alpha,") and ",2.00,50.00," in line for line in lines)
    usage = superuser_client.get("/admin/billing/billingaccount/reports/usage.csv").content.decode()
    assert "alpha," in usage and "beta," in usage and ",call,120," in usage


def test_admin_adjustment_is_posted_and_audited(superuser_client, tenant_a):
    account = ledger.account_for(tenant_a)
    response = superuser_client.post(
        f"/admin/billing/billingaccount/{account.pk}/adjust/",
        {"direction": "credit", "amount": "12.00", "note": "Refund for outage"},
    )
    assert response.status_code == 302
    assert BillingAccount.objects.get(pk=account.pk).balance == Decimal("12.00")
    assert AuditEvent.objects.filter(
        tenant=tenant_a, action="billing.credit", actor_email="root@platform.test"
    ).exists()
    response = superuser_client.post(
        f"/admin/billing/billingaccount/{account.pk}/adjust/", {"direction": "credit", "amount": "-1", "note": "x"}
    )
    assert response.status_code == 200 and BillingAccount.objects.get(pk=account.pk).balance == Decimal("12.00")


def test_admin_pages_load(superuser_client, tenant_a):
    ledger.account_for(tenant_a)
    for path in (
        "/admin/billing/globalrates/",
        "/admin/billing/plan/",
        "/admin/billing/billingaccount/",
        "/admin/billing/ledgerentry/",
        "/admin/billing/invoice/",
        "/admin/billing/stripeevent/",
    ):
        assert superuser_client.get(path).status_code == 200, path
