"""Reports for the platform owner across tenants: usage by tenant and month, trends, top tenants,
and the platform-wide compliance view.

Each tenant's figures are read from that tenant's own roll-up tables, naming
its schema explicitly; nothing here scans raw calls. Revenue comes from
whichever app registers in `revenue_sources` (billing, from its ledger);
until one does, the reports show usage only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context

from tenants.models import Tenant
from voiceplatform.plugins import Registry

# fn(first_month: date, last_month: date) -> {(tenant_id, "YYYY-MM"): Decimal}
revenue_sources = Registry("analytics.revenue_sources")


@dataclass
class UsageRow:
    tenant_id: int
    tenant: str
    schema: str
    month: str
    calls: int = 0
    minutes: Decimal = Decimal("0")
    sms: int = 0
    emails: int = 0
    provider_cost: Decimal = Decimal("0")
    revenue: Decimal | None = None


def _month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def business_tenants():
    return Tenant.objects.businesses().order_by("name")


def _has_table(schema: str, table: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [f"{connection.ops.quote_name(schema)}.{table}"])
        return cursor.fetchone()[0] is not None


def usage_by_month(*, months: int = 12, today: date | None = None) -> list[UsageRow]:
    """Calls, minutes, SMS and emails per tenant and month (newest month first), with revenue when known."""
    today = today or timezone.now().date()
    first = _month_start(today, months - 1)
    rows: dict[tuple[int, str], UsageRow] = {}
    tenants = list(business_tenants())
    with connection.cursor() as cursor:
        for tenant in tenants:
            if not _has_table(tenant.schema_name, "analytics_calldayrollup"):
                continue
            schema = connection.ops.quote_name(tenant.schema_name)
            cursor.execute(
                "SELECT to_char(day, 'YYYY-MM'), sum(calls), sum(talk_ms), sum(cost_cents) "  # noqa: S608 - schema quoted
                f"FROM {schema}.analytics_calldayrollup WHERE day >= %s GROUP BY 1",
                [first],
            )
            for month, calls, talk_ms, cost in cursor.fetchall():
                row = rows.setdefault((tenant.pk, month), UsageRow(tenant.pk, tenant.name, tenant.schema_name, month))
                row.calls = int(calls or 0)
                row.minutes = (Decimal(talk_ms or 0) / 60000).quantize(Decimal("0.1"))
                row.provider_cost = (Decimal(cost or 0) / 100).quantize(Decimal("0.01"))
            cursor.execute(
                "SELECT to_char(day, 'YYYY-MM'), dimension, sum(value) "  # noqa: S608 - schema quoted
                f"FROM {schema}.analytics_dailymetric WHERE metric = 'messages_sent' AND day >= %s GROUP BY 1, 2",
                [first],
            )
            for month, channel, value in cursor.fetchall():
                row = rows.setdefault((tenant.pk, month), UsageRow(tenant.pk, tenant.name, tenant.schema_name, month))
                if channel == "sms":
                    row.sms = int(value)
                elif channel == "email":
                    row.emails = int(value)
    revenue: dict[tuple[int, str], Decimal] = {}
    for source in revenue_sources:
        for key, amount in source(first, _month_start(today)).items():
            revenue[key] = revenue.get(key, Decimal("0")) + amount
    if revenue:
        for key, amount in revenue.items():
            tenant = next((t for t in tenants if t.pk == key[0]), None)
            if tenant is not None:
                rows.setdefault(key, UsageRow(tenant.pk, tenant.name, tenant.schema_name, key[1])).revenue = amount
        for row in rows.values():
            if row.revenue is None:
                row.revenue = Decimal("0")
    return sorted(rows.values(), key=lambda r: (r.month, r.calls), reverse=True)


def platform_dashboard(*, today: date | None = None) -> dict:
    """Tenants, calls today and this month, active campaigns, health, trends and top tenants."""
    from voiceplatform.health import check_health

    today = today or timezone.now().date()
    this_month = today.strftime("%Y-%m")
    usage = usage_by_month(months=12, today=today)
    tenants = list(business_tenants())
    calls_today = 0
    active_campaigns = 0
    with connection.cursor() as cursor:
        for tenant in tenants:
            schema = connection.ops.quote_name(tenant.schema_name)
            if _has_table(tenant.schema_name, "analytics_calldayrollup"):
                cursor.execute(
                    f"SELECT coalesce(sum(calls), 0) FROM {schema}.analytics_calldayrollup WHERE day = %s",  # noqa: S608
                    [timezone.now().astimezone(tenant.zone).date()],
                )
                calls_today += int(cursor.fetchone()[0])
            if _has_table(tenant.schema_name, "campaigns_campaign"):
                cursor.execute(
                    f"SELECT count(*) FROM {schema}.campaigns_campaign WHERE status = 'running'"  # noqa: S608
                )
                active_campaigns += int(cursor.fetchone()[0])
    trend: dict[str, dict] = {}
    for row in usage:
        month = trend.setdefault(
            row.month, {"month": row.month, "calls": 0, "minutes": Decimal("0"), "sms": 0, "emails": 0, "revenue": None}
        )
        month["calls"] += row.calls
        month["minutes"] += row.minutes
        month["sms"] += row.sms
        month["emails"] += row.emails
        if row.revenue is not None:
            month["revenue"] = (month["revenue"] or Decimal("0")) + row.revenue
    healthy, checks = check_health()
    return {
        "tenants": {
            "total": len(tenants),
            "active": sum(1 for t in tenants if t.status == Tenant.Status.ACTIVE),
            "suspended": sum(1 for t in tenants if t.status != Tenant.Status.ACTIVE),
        },
        "calls_today": calls_today,
        "calls_this_month": sum(r.calls for r in usage if r.month == this_month),
        "active_campaigns": active_campaigns,
        "health": {"ok": healthy, "checks": checks},
        "trend": sorted(trend.values(), key=lambda m: m["month"]),
        "top_tenants": sorted((r for r in usage if r.month == this_month), key=lambda r: -r.calls)[:10],
        "usage": usage,
        "has_revenue": bool(list(revenue_sources)),
    }


def platform_compliance() -> list[dict]:
    """Every active tenant's compliance report (each read inside its own schema)."""
    from analytics.compliance import tenant_compliance

    reports = []
    for tenant in business_tenants().filter(status=Tenant.Status.ACTIVE):
        with schema_context(tenant.schema_name):
            reports.append(tenant_compliance(tenant))
    return reports


USAGE_HEADERS = ["tenant", "schema", "month", "calls", "minutes", "sms", "emails", "provider_cost", "revenue"]


def usage_table(usage: list[UsageRow]) -> list[list]:
    return [
        [
            r.tenant,
            r.schema,
            r.month,
            r.calls,
            r.minutes,
            r.sms,
            r.emails,
            r.provider_cost,
            "" if r.revenue is None else r.revenue,
        ]
        for r in usage
    ]
