"""Celery tasks for alert deliveries to Slack and Discord: thin, take ids, claim before sending."""

from celery import shared_task

from notifications.alerts import chat
from voiceplatform.tasks import TenantTask


@shared_task(base=TenantTask, name="notifications.deliver_alert", acks_late=True)
def deliver_alert(delivery_id: int) -> None:
    chat.alert_delivery_send(delivery_id=delivery_id)
