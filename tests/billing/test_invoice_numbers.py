"""Invoice numbers under concurrency, on committed data (threads have their own connections)."""

import threading
from datetime import date

import pytest
from django.db import connections

from billing.models import Invoice
from billing.services.invoices import credit_note_issue, invoice_issue

NOVEMBER = date(2026, 11, 1)


def test_invoice_numbers_have_no_gaps_under_concurrency(django_db_setup, django_db_blocker, transactional_tenant):
    tenant = transactional_tenant
    with django_db_blocker.unblock():
        invoice, _ = invoice_issue(tenant=tenant, period_start=NOVEMBER)
        errors = []

        def issue(n):
            try:
                if n % 2:
                    credit_note_issue(invoice=invoice, amount="0.01", reason=f"note {n}")
                else:
                    invoice_issue(tenant=tenant, period_start=date(2025, 1 + n // 2, 1))
            except Exception as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=issue, args=(n,)) for n in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors
        numbers = sorted(Invoice.objects.filter(tenant=tenant).values_list("number", flat=True))
        assert numbers == list(range(1, 18))


@pytest.fixture
def transactional_tenant(django_db_setup, django_db_blocker):
    """A committed tenant row (billing is public: no schema needed); GlobalRates has a fee so invoices debit."""
    import secrets

    from tenants.models import Tenant

    with django_db_blocker.unblock():
        slug = "inv" + secrets.token_hex(3)
        (tenant,) = Tenant.objects.bulk_create([Tenant(schema_name=f"t_{slug}", slug=slug, name="Numbers Ltd")])
        yield tenant
        Tenant.objects.filter(pk=tenant.pk).delete()
