"""Celery tasks for messages: thin, take ids, safe to run twice (delivery claims its row first)."""

from celery import shared_task
from django.conf import settings
from django_tenants.utils import schema_context

from notifications import services


def _suspended() -> bool:
    """A suspended tenant sends nothing; its queued messages wait for the sweep after reactivation."""
    from notifications.services.delivery import current_tenant
    from tenants.models import Tenant

    return current_tenant().status == Tenant.Status.SUSPENDED


@shared_task(name="notifications.deliver_email", acks_late=True)
def deliver_email(notification_id: int) -> None:
    if not _suspended():
        services.notification_deliver(notification_id=notification_id)


@shared_task(name="notifications.deliver_sms", acks_late=True, rate_limit=settings.SMS_RATE_LIMIT)
def deliver_sms(notification_id: int) -> None:
    if not _suspended():
        services.notification_deliver(notification_id=notification_id)


@shared_task(name="notifications.process_inbound", acks_late=True)
def process_inbound(inbound_id: int) -> None:
    from notifications.services.delivery import current_tenant

    if not _suspended():
        services.inbound_process(inbound_id=inbound_id, tenant=current_tenant())


@shared_task(name="notifications.sweep_due")
def sweep_due() -> None:
    """This tenant's messages whose retry time has come."""
    from notifications.models import Channel, Notification

    for notification_id in services.notifications_due():
        channel = Notification.objects.filter(pk=notification_id).values_list("channel", flat=True).first()
        (deliver_sms if channel == Channel.SMS else deliver_email).delay(notification_id)


@shared_task(name="notifications.dispatch_sweeps")
def dispatch_sweeps() -> None:
    """Beat: one sweep task per active tenant, each enqueued inside its schema."""
    from tenants.models import Tenant

    for schema_name in (
        Tenant.objects.businesses().filter(status=Tenant.Status.ACTIVE).values_list("schema_name", flat=True)
    ):
        with schema_context(schema_name):
            sweep_due.delay()
