"""Monthly invoices and credit notes.

An invoice is issued once per tenant and month (a partial unique index), inside
a transaction that locks the tenant's billing account: the lock hands out the
next number, so numbers have no gaps however many invoices are issued at once.
The lines come from billing's own usage records and ledger. Usage was already
paid from the prepaid balance as it happened; the monthly fee (unless Stripe
charges it with a subscription) and the tax are debited when the invoice is
issued. The PDF is rendered by a task, which also sends the draft.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from billing import limits
from billing.models import ZERO, BillingAccount, Category, Invoice, InvoiceLine, InvoiceStatus, UsageRecord
from billing.money import parse_amount, round_half_up
from billing.services.ledger import account_for, credit, debit, rates_for
from voiceplatform.tasks import enqueue_on_commit


def parse_period(value: str) -> date:
    try:
        year, month = (int(part) for part in value.split("-"))
        return date(year, month, 1)
    except (ValueError, TypeError):
        raise ValidationError({"period": ["Use YYYY-MM, e.g. 2026-11."]}) from None


def previous_period(today: date | None = None) -> date:
    today = today or timezone.now().date()
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1)


def period_bounds(start: date) -> tuple[datetime, datetime, date]:
    end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    zone = timezone.get_default_timezone()
    begin = datetime(start.year, start.month, 1, tzinfo=zone)
    after = datetime(end.year, end.month, end.day, tzinfo=zone) + timedelta(days=1)
    return begin, after, end


def _next_number(account: BillingAccount) -> int:
    number = account.next_invoice_number
    BillingAccount.objects.filter(pk=account.pk).update(next_invoice_number=number + 1)
    account.next_invoice_number = number + 1
    return number


def _usage(tenant, begin, after) -> dict:
    rows = (
        UsageRecord.objects.filter(tenant=tenant, occurred_at__gte=begin, occurred_at__lt=after)
        .values("kind")
        .annotate(
            quantity=Sum("quantity"),
            billed=Sum("billed_quantity"),
            overage=Sum("overage_quantity"),
            amount=Sum("amount"),
        )
    )
    return {row["kind"]: row for row in rows}


def _minutes(seconds) -> Decimal:
    return round_half_up(Decimal(seconds or 0) / 60)


@transaction.atomic
def invoice_issue(*, tenant, period_start: date, now: datetime | None = None) -> tuple[Invoice, bool]:
    """The tenant's invoice for the month starting `period_start`; (invoice, created). Safe to run again."""
    now = now or timezone.now()
    account_for(tenant)
    account = BillingAccount.objects.select_for_update(of=("self",)).select_related("plan").get(tenant=tenant)
    existing = Invoice.objects.filter(tenant=tenant, kind=Invoice.Kind.INVOICE, period_start=period_start).first()
    if existing is not None:
        return existing, False
    begin, after, end = period_bounds(period_start)
    rates = rates_for(account)
    usage = _usage(tenant, begin, after)
    lines: list[InvoiceLine] = []
    subscribed = limits.is_subscribed(account)
    if rates.monthly_fee > ZERO:
        name = account.plan.name if account.plan else "Platform"
        lines.append(
            InvoiceLine(
                category=InvoiceLine.Category.SUBSCRIPTION,
                description=f"{name} plan, {period_start:%B %Y}" + (" (charged to card)" if subscribed else ""),
                quantity=Decimal(1),
                unit_price=rates.monthly_fee,
                amount=rates.monthly_fee,
            )
        )
    calls = usage.get(UsageRecord.Kind.CALL)
    if calls and calls["amount"]:
        lines.append(
            InvoiceLine(
                category=InvoiceLine.Category.CALLS,
                description="Call minutes",
                quantity=_minutes(calls["billed"]),
                unit_price=rates.per_minute,
                amount=calls["amount"],
            )
        )
    for kind, category, label, unit in (
        (UsageRecord.Kind.SMS, InvoiceLine.Category.SMS, "SMS messages (segments)", rates.per_sms),
        (UsageRecord.Kind.EMAIL, InvoiceLine.Category.EMAIL, "Emails", rates.per_email),
    ):
        row = usage.get(kind)
        if row and row["amount"]:
            lines.append(
                InvoiceLine(
                    category=category,
                    description=label,
                    quantity=Decimal(row["quantity"]),
                    unit_price=unit,
                    amount=row["amount"],
                )
            )
    if calls and calls["overage"] and account.plan:
        minutes = _minutes(calls["overage"])
        lines.append(
            InvoiceLine(
                category=InvoiceLine.Category.OVERAGE,
                description="Voice overage minutes (charged to card)",
                quantity=minutes,
                unit_price=account.plan.overage_per_minute,
                amount=round_half_up(minutes * account.plan.overage_per_minute),
            )
        )
    subtotal = sum((line.amount for line in lines), ZERO)
    tax = round_half_up(subtotal * rates.tax_rate)
    invoice = Invoice.objects.create(
        tenant=tenant,
        number=_next_number(account),
        period_start=period_start,
        period_end=end,
        currency=rates.currency,
        subtotal=subtotal,
        tax_rate=rates.tax_rate,
        tax=tax,
        total=subtotal + tax,
        issued_at=now,
        due_at=now + timedelta(days=settings.BILLING_INVOICE_DUE_DAYS),
    )
    for line in lines:
        line.invoice = invoice
    InvoiceLine.objects.bulk_create(lines)
    if rates.monthly_fee > ZERO and not subscribed:
        debit(
            tenant=tenant,
            amount=rates.monthly_fee,
            category=Category.SUBSCRIPTION,
            reference_type="invoice",
            reference_id=str(invoice.number),
            description=f"Monthly fee on {invoice.display_number}",
        )
    if tax > ZERO:
        debit(
            tenant=tenant,
            amount=tax,
            category=Category.ADJUSTMENT,
            reference_type="invoice_tax",
            reference_id=str(invoice.number),
            description=f"Tax ({rates.tax_rate * 100:.2f}%) on {invoice.display_number}",
        )
    from billing.tasks import render_invoice_pdf

    enqueue_on_commit(render_invoice_pdf, invoice.pk)
    return invoice, True


@transaction.atomic
def credit_note_issue(*, invoice: Invoice, amount, reason: str, actor=None) -> Invoice:
    """Correct an issued invoice: a numbered credit note and the amount back on the balance."""
    if invoice.kind != Invoice.Kind.INVOICE:
        raise ValidationError({"invoice": ["Credit notes correct invoices, not other credit notes."]})
    amount = parse_amount(amount)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": ["Say what the correction is for."]})
    tenant = invoice.tenant
    account = BillingAccount.objects.select_for_update().get(tenant=tenant)
    credited = invoice.credit_notes.aggregate(total=Sum("total"))["total"] or ZERO
    if credited + amount > invoice.total:
        raise ValidationError({"amount": [f"At most {invoice.total - credited} is left to credit on this invoice."]})
    now = timezone.now()
    note = Invoice.objects.create(
        tenant=tenant,
        number=_next_number(account),
        kind=Invoice.Kind.CREDIT_NOTE,
        corrects=invoice,
        period_start=invoice.period_start,
        period_end=invoice.period_end,
        status=InvoiceStatus.DRAFT,
        currency=invoice.currency,
        subtotal=amount,
        total=amount,
        note=reason[:300],
        issued_at=now,
        due_at=now,
    )
    InvoiceLine.objects.create(
        invoice=note,
        category=InvoiceLine.Category.CORRECTION,
        description=f"Correction to {invoice.display_number}: {reason}"[:200],
        quantity=Decimal(1),
        unit_price=amount,
        amount=amount,
    )
    credit(
        tenant=tenant,
        amount=amount,
        category=Category.REFUND,
        reference_type="credit_note",
        reference_id=str(note.number),
        description=f"{note.display_number} correcting {invoice.display_number}",
        actor=actor,
    )
    from billing.tasks import render_invoice_pdf

    enqueue_on_commit(render_invoice_pdf, note.pk)
    return note


def invoice_render(*, invoice_id: int) -> Invoice | None:
    """Render the PDF and send the draft: paid when the balance covers it, otherwise sent."""
    from billing.pdf import invoice_pdf

    invoice = Invoice.objects.select_related("tenant").filter(pk=invoice_id).first()
    if invoice is None:
        return None
    content = invoice_pdf(invoice)
    now = timezone.now()
    Invoice.objects.filter(pk=invoice.pk).update(pdf=content, pdf_rendered_at=now)
    if invoice.status == InvoiceStatus.DRAFT:
        account = account_for(invoice.tenant)
        paid = invoice.kind == Invoice.Kind.CREDIT_NOTE or account.balance >= ZERO
        Invoice.objects.filter(pk=invoice.pk, status=InvoiceStatus.DRAFT).update(
            status=InvoiceStatus.PAID if paid else InvoiceStatus.SENT, paid_at=now if paid else None
        )
    invoice.refresh_from_db()
    return invoice


def invoices_settle(*, tenant, balance: Decimal) -> int:
    """After a credit: open invoices are paid once the balance is no longer negative."""
    if balance < ZERO:
        return 0
    return Invoice.objects.filter(tenant=tenant, status__in=[InvoiceStatus.SENT, InvoiceStatus.OVERDUE]).update(
        status=InvoiceStatus.PAID, paid_at=timezone.now()
    )


def invoices_mark_overdue(now: datetime | None = None) -> int:
    return Invoice.objects.filter(status=InvoiceStatus.SENT, due_at__lt=now or timezone.now()).update(
        status=InvoiceStatus.OVERDUE
    )


def invoices_issue_all(*, period_start: date) -> tuple[int, int]:
    """Issue the period's invoice for every business tenant; (created, already there)."""
    from tenants.models import Tenant

    created = existing = 0
    for tenant in Tenant.objects.businesses().order_by("pk").iterator(chunk_size=500):
        _, made = invoice_issue(tenant=tenant, period_start=period_start)
        created += made
        existing += not made
    return created, existing
