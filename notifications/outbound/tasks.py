"""Celery tasks for outbound webhooks: thin, take ids, safe to run twice (a send claims its row first)."""

from celery import shared_task

from notifications.outbound import sending
from voiceplatform.tasks import TenantTask, fan_out_active_tenants


@shared_task(base=TenantTask, name="notifications.deliver_webhook", acks_late=True, reject_on_worker_lost=True)
def deliver_webhook(delivery_id: int) -> None:
    sending.delivery_send(delivery_id=delivery_id)


@shared_task(base=TenantTask, name="notifications.outbox_sweep_tenant")
def outbox_sweep_tenant() -> None:
    """This tenant's due webhook and Slack/Discord deliveries: retries, and sends a crash kept from going."""
    from notifications.alerts.chat import alert_deliveries_due
    from notifications.alerts.tasks import deliver_alert

    for delivery_id in sending.deliveries_due():
        deliver_webhook.delay(delivery_id)
    for delivery_id in alert_deliveries_due():
        deliver_alert.delay(delivery_id)


@shared_task(name="notifications.outbox_sweep")
def outbox_sweep() -> None:
    """Beat: one outbox sweep per active tenant."""
    fan_out_active_tenants(outbox_sweep_tenant)
