"""Reads: every query names the tenant (billing rows are shared across tenants)."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils.dateparse import parse_date, parse_datetime

from billing.models import Invoice, LedgerEntry, UsageRecord


def _when(value: str, field: str) -> datetime | None:
    if not value:
        return None
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise ValidationError({field: ["Use a date (YYYY-MM-DD) or an ISO date-time."]})
        moment = datetime(day.year, day.month, day.day)
    if moment.tzinfo is None:
        from django.utils import timezone

        moment = timezone.make_aware(moment)
    return moment


def transactions(tenant, *, kind: str = "", category: str = "", since: str = "", until: str = ""):
    entries = LedgerEntry.objects.filter(tenant=tenant)
    if kind:
        if kind not in LedgerEntry.Kind.values:
            raise ValidationError({"kind": [f"Use one of {', '.join(LedgerEntry.Kind.values)}."]})
        entries = entries.filter(kind=kind)
    if category:
        from billing.models import Category

        if category not in Category.values:
            raise ValidationError({"category": [f"Use one of {', '.join(Category.values)}."]})
        entries = entries.filter(category=category)
    start, end = _when(since, "since"), _when(until, "until")
    if start:
        entries = entries.filter(created_at__gte=start)
    if end:
        entries = entries.filter(created_at__lt=end)
    return entries.order_by("-created_at", "-id")


TRANSACTION_COLUMNS = [
    "id",
    "created_at",
    "kind",
    "category",
    "amount",
    "balance_after",
    "reference_type",
    "reference_id",
    "description",
    "created_by_email",
]


def transactions_csv(entries) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(TRANSACTION_COLUMNS)
    for entry in entries.iterator(chunk_size=2000):
        writer.writerow(
            [
                getattr(entry, column) if column != "created_at" else entry.created_at.isoformat()
                for column in TRANSACTION_COLUMNS
            ]
        )
    return out.getvalue()


def invoices(tenant):
    return Invoice.objects.filter(tenant=tenant).prefetch_related("lines").defer("pdf")


# --- platform owner's reports (across tenants) ---------------------------------------------


def revenue_by_tenant_month():
    """Debits (what tenants were charged) and credits (top-ups) per tenant and month."""
    return (
        LedgerEntry.objects.annotate(month=TruncMonth("created_at"))
        .values("tenant__slug", "month")
        .annotate(
            charged=Sum("amount", filter=Q(kind="debit")),
            topped_up=Sum("amount", filter=Q(category="top_up")),
            refunded=Sum("amount", filter=Q(category="refund")),
        )
        .order_by("month", "tenant__slug")
    )


def usage_by_tenant_month():
    return (
        UsageRecord.objects.annotate(month=TruncMonth("occurred_at"))
        .values("tenant__slug", "month", "kind")
        .annotate(quantity=Sum("quantity"), amount=Sum("amount"), events=Count("id"))
        .order_by("month", "tenant__slug", "kind")
    )


def report_csv(rows, columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        values = []
        for column in columns:
            value = row.get(column)
            values.append(value.strftime("%Y-%m") if column == "month" and value else ("" if value is None else value))
        writer.writerow(values)
    return out.getvalue()
