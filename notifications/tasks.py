"""Celery tasks for messages: thin, take ids, safe to run twice (delivery claims its row first).

A suspended tenant sends nothing (TenantTask skips its tasks); its queued
messages wait for the sweep after reactivation.
"""

from celery import shared_task
from django.conf import settings

from notifications import services
from voiceplatform.tasks import TenantTask, current_tenant, fan_out_active_tenants


@shared_task(base=TenantTask, name="notifications.deliver_email", acks_late=True)
def deliver_email(notification_id: int) -> None:
    services.notification_deliver(notification_id=notification_id)


@shared_task(base=TenantTask, name="notifications.deliver_sms", acks_late=True, rate_limit=settings.SMS_RATE_LIMIT)
def deliver_sms(notification_id: int) -> None:
    services.notification_deliver(notification_id=notification_id)


@shared_task(base=TenantTask, name="notifications.process_inbound", acks_late=True)
def process_inbound(inbound_id: int) -> None:
    services.inbound_process(inbound_id=inbound_id, tenant=current_tenant())


@shared_task(base=TenantTask, name="notifications.sweep_due")
def sweep_due() -> None:
    """This tenant's messages whose retry time has come."""
    from notifications.models import Channel, Notification

    for notification_id in services.notifications_due():
        channel = Notification.objects.filter(pk=notification_id).values_list("channel", flat=True).first()
        (deliver_sms if channel == Channel.SMS else deliver_email).delay(notification_id)


@shared_task(name="notifications.dispatch_sweeps")
def dispatch_sweeps() -> None:
    """Beat: one sweep task per active tenant, each enqueued inside its schema."""
    fan_out_active_tenants(sweep_due)
