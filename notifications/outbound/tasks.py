"""Celery tasks for outbound webhooks: thin, take ids, safe to run twice (a send claims its row first)."""

from celery import shared_task

from notifications.outbound import sending, services
from voiceplatform.tasks import TenantTask, fan_out_active_tenants


@shared_task(base=TenantTask, name="notifications.deliver_webhook", acks_late=True, reject_on_worker_lost=True)
def deliver_webhook(delivery_id: int) -> None:
    sending.delivery_send(delivery_id=delivery_id)


@shared_task(base=TenantTask, name="notifications.drain_webhook_endpoint", acks_late=True, reject_on_worker_lost=True)
def drain_webhook_endpoint(endpoint_id: int) -> None:
    """Send one endpoint's due deliveries in order (queued once per backlog, not once per event)."""
    services.drain_started(endpoint_id=endpoint_id)
    _sent, more = sending.endpoint_drain(endpoint_id=endpoint_id)
    if more:
        services.drains_enqueue([endpoint_id])


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
