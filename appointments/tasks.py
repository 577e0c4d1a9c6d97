"""Celery tasks for appointments: thin, take ids, safe to run twice."""

from datetime import timedelta

from celery import shared_task
from django.utils import timezone
from django_tenants.utils import schema_context


def _tenant():
    from django.db import connection

    from tenants.models import Tenant

    return Tenant.objects.get(schema_name=connection.schema_name)


@shared_task(name="appointments.process_calendar_event", acks_late=True)
def process_calendar_event(event_id: int) -> None:
    from appointments.services import calendar_event_process
    from tenants.models import Tenant

    tenant = _tenant()
    # A suspended tenant gets nothing processed; the event waits for the sweep after reactivation.
    if tenant.status != Tenant.Status.SUSPENDED:
        calendar_event_process(event_id=event_id, tenant=tenant)


@shared_task(name="appointments.sweep_calendar_events")
def sweep_calendar_events() -> None:
    """Webhooks stored but not processed (a lost task): process them now, oldest first."""
    from appointments.models import CalendarWebhookEvent

    stale = timezone.now() - timedelta(minutes=2)
    for event_id in (
        CalendarWebhookEvent.objects.filter(status=CalendarWebhookEvent.Status.RECEIVED, received_at__lt=stale)
        .order_by("received_at")
        .values_list("pk", flat=True)[:200]
    ):
        process_calendar_event.delay(event_id)


@shared_task(name="appointments.dispatch_sweeps")
def dispatch_sweeps() -> None:
    """Beat: one sweep per active tenant, enqueued inside its schema."""
    from tenants.models import Tenant

    for schema_name in (
        Tenant.objects.businesses().filter(status=Tenant.Status.ACTIVE).values_list("schema_name", flat=True)
    ):
        with schema_context(schema_name):
            sweep_calendar_events.delay()
