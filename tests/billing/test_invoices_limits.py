import datetime
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from billing import limits
from billing.models import BillingAccount, GlobalRates, Invoice, LedgerEntry, Plan, UsageRecord
from billing.services import ledger
from billing.services.invoices import credit_note_issue, invoice_issue, invoice_render
from billing.services.usage import call_rate, chat_message_meter, message_rate
from tenants.models import AuditEvent

pytestmark = pytest.mark.django_db

NOVEMBER = date(2026, 11, 1)


def _usage_in_november(tenant):
    from django.utils import timezone

    call_rate(tenant=tenant, call_id=1, duration_ms=125_000)  # 125 s → 2.08
    message_rate(tenant=tenant, channel="sms", message_id=1, segments=2)  # 0.10
    message_rate(tenant=tenant, channel="email", message_id=2)  # 0.01
    UsageRecord.objects.filter(tenant=tenant).update(occurred_at=timezone.datetime(2026, 11, 15, tzinfo=datetime.UTC))


def test_the_monthly_invoice_itemises_usage_and_tax(tenant_a):
    GlobalRates.objects.update(tax_rate=Decimal("0.2"))
    ledger.credit(tenant=tenant_a, amount="100.00")
    _usage_in_november(tenant_a)
    invoice, created = invoice_issue(tenant=tenant_a, period_start=NOVEMBER)
    assert created and invoice.number == 1 and invoice.display_number == "INV-000001"
    lines = {line.category: line for line in invoice.lines.all()}
    assert lines["subscription"].amount == Decimal("249.00")  # the trial plan's fee
    assert lines["calls"].amount == Decimal("2.08")
    assert lines["sms"].amount == Decimal("0.10") and lines["sms"].quantity == 2
    assert lines["email"].amount == Decimal("0.01")
    assert invoice.subtotal == Decimal("251.19") and invoice.tax == Decimal("50.24")
    assert invoice.total == Decimal("301.43")
    # Fee and tax are taken from the balance, under the invoice's references; the ledger still adds up.
    assert LedgerEntry.objects.filter(tenant=tenant_a, reference_type__in=["invoice", "invoice_tax"]).count() == 2
    assert ledger.entries_sum(tenant_a) == BillingAccount.objects.get(tenant=tenant_a).balance
    again, created_again = invoice_issue(tenant=tenant_a, period_start=NOVEMBER)
    assert not created_again and again.pk == invoice.pk


def test_rendering_sends_the_invoice_and_a_top_up_settles_it(tenant_a):
    invoice, _ = invoice_issue(tenant=tenant_a, period_start=NOVEMBER)  # the fee makes the balance negative
    invoice = invoice_render(invoice_id=invoice.pk)
    assert bytes(invoice.pdf).startswith(b"%PDF") and invoice.status == "sent"
    ledger.credit(tenant=tenant_a, amount="500.00", category="top_up")
    assert Invoice.objects.get(pk=invoice.pk).status == "paid"


def test_credit_notes_are_numbered_in_sequence_and_credit_the_balance(tenant_a):
    invoice, _ = invoice_issue(tenant=tenant_a, period_start=NOVEMBER)
    before = BillingAccount.objects.get(tenant=tenant_a).balance
    note = credit_note_issue(invoice=invoice, amount="9.00", reason="Outage on 3 November")
    assert note.number == 2 and note.display_number == "CN-000002" and note.corrects == invoice
    assert BillingAccount.objects.get(tenant=tenant_a).balance == before + Decimal("9.00")
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        credit_note_issue(invoice=invoice, amount="100000", reason="too much")
    with pytest.raises(ValidationError):
        credit_note_issue(invoice=invoice, amount="1", reason="")


def test_billing_invoices_command_is_idempotent(tenant_a, tenant_b):
    out = StringIO()
    call_command("billing_invoices", "--period", "2026-11", stdout=out)
    assert "2026-11" in out.getvalue()
    count = Invoice.objects.count()
    call_command("billing_invoices", "--period", "2026-11", stdout=StringIO())
    assert Invoice.objects.count() == count
    assert Invoice.objects.filter(tenant=tenant_a).get().pdf_rendered_at is not None
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("billing_invoices", "--period", "November", stdout=StringIO())


def test_billing_credit_command_is_audited(tenant_a):
    call_command("billing_credit", "alpha", "15.50", "--note", "Goodwill", stdout=StringIO())
    assert BillingAccount.objects.get(tenant=tenant_a).balance == Decimal("15.50")
    event = AuditEvent.objects.get(tenant=tenant_a, action="billing.credit")
    assert event.metadata["amount"] == "15.50" and event.metadata["note"] == "Goodwill"
    from django.core.management.base import CommandError

    for args in (("alpha", "abc"), ("nobody", "5"), ("alpha", "-3")):
        with pytest.raises(CommandError):
            call_command("billing_credit", *args, "--note", "x", stdout=StringIO())


# --- plan limits --------------------------------------------------------------------------------


def _on_plan(tenant, code):
    account = ledger.account_for(tenant)
    BillingAccount.objects.filter(pk=account.pk).update(plan=Plan.objects.get(code=code))


def test_limits_refuse_past_the_plan_with_a_clear_message(tenant_a, tenant_b):
    _on_plan(tenant_a, "starter")
    limits.check(tenant_a, "agents", used=0)
    with pytest.raises(limits.LimitExceeded, match="Starter plan allows 1 agents"):
        limits.check(tenant_a, "agents", used=1)
    for n in range(1000):
        chat_message_meter(tenant=tenant_a, message_id=n)
    chat_message_meter(tenant=tenant_a, message_id=5)  # counted once
    with pytest.raises(limits.LimitExceeded):
        limits.check(tenant_a, "chat_messages")
    limits.check(tenant_b, "chat_messages")  # the other tenant's meter is its own
    with pytest.raises(ValueError):
        limits.check(tenant_a, "agents")


def test_an_expired_trial_without_a_subscription_stops_new_things(tenant_a):
    from django.utils import timezone

    account = ledger.account_for(tenant_a)
    BillingAccount.objects.filter(pk=account.pk).update(trial_ends_at=timezone.now() - timezone.timedelta(days=1))
    with pytest.raises(limits.LimitExceeded, match="trial has ended"):
        limits.check(tenant_a, "agents", used=0)


def test_agent_api_answers_400_with_the_limit_not_500(tenant_a, owner_a, api, in_tenant):
    _on_plan(tenant_a, "starter")
    client = api(owner_a)
    assert (
        client.post("/api/v1/agents/", {"name": "First", "purpose": "receptionist"}, format="json").status_code == 201
    )
    response = client.post("/api/v1/agents/", {"name": "Second", "purpose": "receptionist"}, format="json")
    assert response.status_code == 400
    assert "Starter plan allows 1 agents" in response.json()["error"]["fields"]["limit"][0]


def test_portal_agent_form_shows_the_limit(tenant_a, owner_a, portal):
    _on_plan(tenant_a, "starter")
    client = portal(owner_a)
    client.post("/calls/agents/", {"name": "First", "purpose": "receptionist"})
    response = client.post("/calls/agents/", {"name": "Second", "purpose": "receptionist"})
    assert response.status_code == 400 and "Starter plan allows 1 agents" in response.content.decode()


def _in_calling_hours():
    """Today at 18:00 UTC: mid-morning for the test contact's California number, whenever the suite runs."""
    from django.utils import timezone

    return timezone.now().replace(hour=18, minute=0, second=0, microsecond=0)


def test_compliance_guard_blocks_calls_at_zero_when_set(tenant_a, in_tenant):
    from calls.compliance import check_outbound_call
    from contacts.models import Contact

    with in_tenant(tenant_a):
        contact = Contact.objects.create(first_name="Ann", phone="+14155550123")
        assert check_outbound_call(tenant_a, contact, _in_calling_hours()).allowed  # zero balance, switch off
        BillingAccount.objects.filter(tenant=tenant_a).update(stop_outbound_at_zero=True)
        decision = check_outbound_call(tenant_a, contact, _in_calling_hours())
        assert not decision.allowed and decision.code == "balance_depleted"
        assert "Top up" in decision.reason
        ledger.credit(tenant=tenant_a, amount="5.00")
        assert check_outbound_call(tenant_a, contact, _in_calling_hours()).allowed


def test_compliance_guard_blocks_calls_past_the_voice_minutes(tenant_a, in_tenant):
    from calls.compliance import check_outbound_call
    from contacts.models import Contact

    _on_plan(tenant_a, "starter")  # 300 minutes, no metered overage
    ledger.credit(tenant=tenant_a, amount="1000.00")
    call_rate(tenant=tenant_a, call_id=1, duration_ms=300 * 60_000)
    with in_tenant(tenant_a):
        contact = Contact.objects.create(first_name="Ann", phone="+14155550123")
        decision = check_outbound_call(tenant_a, contact, _in_calling_hours())
    assert not decision.allowed and decision.code == "plan_limit" and "300 voice minutes" in decision.reason


def test_metered_overage_goes_to_the_stripe_meter_not_the_balance(tenant_a, run_on_commit):
    from billing.models import MeterReport

    account = ledger.account_for(tenant_a)
    BillingAccount.objects.filter(pk=account.pk).update(
        plan=Plan.objects.get(code="pro"),
        stripe_customer_id="cus_1",
        stripe_subscription_id="sub_1",
        subscription_status="active",
    )
    with run_on_commit():
        call_rate(tenant=tenant_a, call_id=1, duration_ms=1_499 * 60_000)
        call_rate(tenant=tenant_a, call_id=2, duration_ms=120_000)  # 60 s within, 60 s over
    record = UsageRecord.objects.get(tenant=tenant_a, reference="2")
    assert (record.billed_quantity, record.overage_quantity, record.amount) == (60, 60, Decimal("1.00"))
    report = MeterReport.objects.get(tenant=tenant_a)
    assert report.identifier == "alpha:2" and report.value == 60 and report.reported_at is not None


# --- API shapes -----------------------------------------------------------------------------------


def test_balance_rates_usage_and_transactions_api(tenant_a, owner_a, api):
    ledger.credit(tenant=tenant_a, amount="30.00", category="top_up")
    call_rate(tenant=tenant_a, call_id=3, duration_ms=60_000)
    client = api(owner_a)
    assert client.get("/api/v1/billing/balance/").json() == {
        "balance": "29.00",
        "currency": "USD",
        "low_balance_threshold": "10.00",
        "state": "ok",
    }
    rates = client.get("/api/v1/billing/rates/").json()
    assert rates["per_minute"] == "1.0000" and rates["per_sms"] == "0.0500" and rates["currency"] == "USD"
    assert set(rates) == {"per_minute", "per_sms", "per_email", "monthly_fee", "tax_rate", "currency"}
    usage = {row["category"]: row for row in client.get("/api/v1/billing/usage/").json()["categories"]}
    assert usage["call"]["quantity"] == 60 and usage["call"]["amount"] == "1.00"
    page = client.get("/api/v1/billing/transactions/?kind=debit").json()
    assert page["count"] == 1 and page["results"][0]["category"] == "call"
    csv = client.get("/api/v1/billing/transactions/?export=csv")
    assert csv["Content-Type"].startswith("text/csv") and csv.content.decode().count("\n") == 3
    bad = client.get("/api/v1/billing/transactions/?kind=sideways")
    assert bad.status_code == 400 and bad.json()["error"]["fields"]["kind"]


def test_invoices_api_and_pdf_are_the_tenants_own(tenant_a, tenant_b, owner_a, owner_b, api, portal):
    invoice, _ = invoice_issue(tenant=tenant_a, period_start=NOVEMBER)
    mine = api(owner_a)
    listing = mine.get("/api/v1/billing/invoices/").json()
    assert listing["results"][0]["number"] == "INV-000001"
    assert mine.get(f"/api/v1/billing/invoices/{invoice.pk}/").json()["total"] == str(invoice.total)
    pdf = mine.get(f"/api/v1/billing/invoices/{invoice.pk}/pdf/")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    other = api(owner_b)
    assert other.get(f"/api/v1/billing/invoices/{invoice.pk}/").status_code == 404
    assert other.get(f"/api/v1/billing/invoices/{invoice.pk}/pdf/").status_code == 404
    assert portal(owner_b).get(f"/billing/invoices/{invoice.pk}/pdf/").status_code == 404
    assert portal(owner_a).get(f"/billing/invoices/{invoice.pk}/pdf/").status_code == 200


def test_billing_page_is_for_owners_and_admins(owner_a, admin_a, manager_a, viewer_a, portal):
    for member in (owner_a, admin_a):
        response = portal(member).get("/billing/")
        assert response.status_code == 200 and "Top up" in response.content.decode()
    for member in (manager_a, viewer_a):
        assert portal(member).get("/billing/").status_code == 403
    assert "/billing/" in portal(owner_a).get("/").content.decode()
    assert 'href="/billing/"' not in portal(viewer_a).get("/").content.decode()


def test_portal_top_up_redirects_to_the_sandbox_checkout(owner_a, portal):
    response = portal(owner_a).post("/billing/", {"action": "top_up", "amount": "20"})
    assert response.status_code == 302 and "/billing-sandbox/checkout/cs_sandbox_" in response["Location"]
    response = portal(owner_a).post("/billing/", {"action": "top_up", "amount": "nope"}, follow=True)
    assert "Give an amount" in response.content.decode()
