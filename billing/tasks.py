"""Billing tasks: thin wrappers that take ids and call a service. Billing rows are public, so they run anywhere."""

from __future__ import annotations

import logging

from celery import shared_task
from django.db import connection
from django.utils import timezone

logger = logging.getLogger(__name__)


@shared_task(name="billing.process_stripe_event", acks_late=True, ignore_result=True)
def process_stripe_event(stored_id: int) -> None:
    from billing.services.stripe_events import stripe_event_process

    connection.set_schema_to_public()
    stripe_event_process(stored_id=stored_id)


@shared_task(name="billing.render_invoice_pdf", acks_late=True, ignore_result=True)
def render_invoice_pdf(invoice_id: int) -> None:
    from billing.services.invoices import invoice_render

    connection.set_schema_to_public()
    invoice_render(invoice_id=invoice_id)


@shared_task(name="billing.report_meter_event", acks_late=True, ignore_result=True, max_retries=5)
def report_meter_event(report_id: int) -> None:
    """Send one overage report to the Stripe meter; the identifier makes a repeat harmless."""
    from billing.models import BillingAccount, MeterReport
    from billing.stripe_gateway import GatewayError, gateway

    connection.set_schema_to_public()
    report = MeterReport.objects.filter(pk=report_id, reported_at__isnull=True).first()
    if report is None:
        return
    customer = BillingAccount.objects.filter(tenant_id=report.tenant_id).values_list("stripe_customer_id", flat=True)
    try:
        gateway().meter_event(
            customer_id=customer.first() or "",
            value=report.value,
            identifier=report.identifier,
            timestamp=int(report.occurred_at.timestamp()),
        )
    except GatewayError as exc:
        MeterReport.objects.filter(pk=report.pk).update(error=str(exc)[:300])
        if not exc.permanent:
            raise report_meter_event.retry(countdown=60) from exc
        return
    MeterReport.objects.filter(pk=report.pk).update(reported_at=timezone.now(), error="")


@shared_task(name="billing.monthly_invoices", ignore_result=True)
def monthly_invoices() -> None:
    """Beat, on the 1st: last month's invoice for every tenant (idempotent)."""
    from billing.services.invoices import invoices_issue_all, previous_period

    connection.set_schema_to_public()
    created, existing = invoices_issue_all(period_start=previous_period())
    logger.info("billing invoices issued: %s new, %s already there", created, existing)


@shared_task(name="billing.daily", ignore_result=True)
def daily() -> None:
    """Beat: invoices past due become overdue; meter reports that failed are sent again."""
    from billing.models import MeterReport
    from billing.services.invoices import invoices_mark_overdue

    connection.set_schema_to_public()
    invoices_mark_overdue()
    for report_id in MeterReport.objects.filter(reported_at__isnull=True).values_list("pk", flat=True)[:1000]:
        report_meter_event.delay(report_id)


@shared_task(name="billing.check_ledger", ignore_result=True)
def check_ledger() -> int:
    """Beat: the sum of each tenant's entries must equal its balance; the platform owner hears otherwise."""
    from billing.services.alerts import ledger_difference_alert
    from billing.services.ledger import ledger_mismatches

    connection.set_schema_to_public()
    mismatches = ledger_mismatches()
    if mismatches:
        ledger_difference_alert(mismatches)
    return len(mismatches)
