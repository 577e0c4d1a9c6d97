"""Celery tasks for appointments: thin, take ids, safe to run twice."""

from datetime import timedelta

from celery import shared_task
from django.utils import timezone

from voiceplatform.tasks import TenantTask, current_tenant, fan_out_active_tenants


@shared_task(base=TenantTask, name="appointments.process_calendar_event", acks_late=True)
def process_calendar_event(event_id: int) -> None:
    """A suspended tenant gets nothing processed (TenantTask); the event waits for the sweep after reactivation."""
    from appointments.services import calendar_event_process

    calendar_event_process(event_id=event_id, tenant=current_tenant())


@shared_task(base=TenantTask, name="appointments.sweep_calendar_events")
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
    fan_out_active_tenants(sweep_calendar_events)
