"""Celery tasks: thin wrappers over rollups and insights (idempotent: they recompute, never add)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from celery import shared_task

from analytics import rollups
from voiceplatform.tasks import TenantTask, fan_out_active_tenants


@shared_task(base=TenantTask, name="analytics.refresh_call", acks_late=True)
def refresh_call(call_id: int) -> None:
    from calls.models import Call

    created_at = Call.objects.filter(pk=call_id).values_list("created_at", flat=True).first()
    if created_at is not None:
        zone = rollups.tenant_zone()
        rollups.refresh_call_day(rollups.local_day_of(created_at, zone), zone)


@shared_task(base=TenantTask, name="analytics.refresh_appointment_days", acks_late=True)
def refresh_appointment_days(moments: list[str]) -> None:
    zone = rollups.tenant_zone()
    days = {rollups.local_day_of(datetime.fromisoformat(m), zone) for m in moments}
    days.add(rollups.local_today(zone))
    rollups.refresh_metric_days(sorted(days), zone)


@shared_task(base=TenantTask, name="analytics.refresh_recent_tenant", acks_late=True)
def refresh_recent_tenant() -> None:
    rollups.refresh_recent()


@shared_task(name="analytics.refresh_recent")
def refresh_recent() -> int:
    """Beat: one recompute of today and yesterday per active tenant."""
    return fan_out_active_tenants(refresh_recent_tenant)


@shared_task(base=TenantTask, name="analytics.compute_insights", acks_late=True)
def compute_insights(report_id: int) -> None:
    from analytics.insights import services

    services.insight_compute(report_id=report_id)


def day_range(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]
