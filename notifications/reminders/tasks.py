"""Beat jobs for reminders and daily summaries: one dispatcher fans out a task per active tenant."""

from celery import shared_task

from notifications.reminders import services, summary
from voiceplatform.tasks import TenantTask, current_tenant, fan_out_active_tenants


@shared_task(base=TenantTask, name="notifications.reminders_send_tenant")
def reminders_send_tenant() -> None:
    services.reminders_send_due(tenant=current_tenant())


@shared_task(name="notifications.reminders_send")
def reminders_send() -> None:
    fan_out_active_tenants(reminders_send_tenant)


@shared_task(base=TenantTask, name="notifications.daily_summary_tenant")
def daily_summary_tenant() -> None:
    summary.daily_summary_send(tenant=current_tenant())


@shared_task(name="notifications.daily_summary")
def daily_summary() -> None:
    fan_out_active_tenants(daily_summary_tenant)
