"""Celery tasks of the campaigns app: thin, id-based, safe to run twice."""

from celery import shared_task
from django.conf import settings

from campaigns import services
from voiceplatform.tasks import TenantTask, current_tenant, fan_out_active_tenants


@shared_task(name="campaigns.dispatch_ticks", ignore_result=True)
def dispatch_ticks() -> None:
    """Beat: one dialer tick per active tenant, each in its own schema."""
    fan_out_active_tenants(tick)


# A tick that waited longer than two tick periods is stale: it expires unrun.
@shared_task(
    base=TenantTask, name="campaigns.tick", ignore_result=True, expires=max(1.0, settings.CAMPAIGN_TICK_SECONDS * 2)
)
def tick() -> None:
    services.dialer_tick(tenant=current_tenant())


# Placing and settling attempts run for a suspended tenant too: the outbound-call guard refuses the
# call and records why, and an attempt already dialled must still be settled.
@shared_task(name="campaigns.place_attempt", acks_late=True, ignore_result=True)
def place_attempt(attempt_id: int) -> None:
    tenant = current_tenant()
    if tenant is not None:
        services.attempt_place(tenant=tenant, attempt_id=attempt_id)


@shared_task(name="campaigns.finish_attempt", acks_late=True, ignore_result=True)
def finish_attempt(attempt_id: int, call_id: int) -> None:
    tenant = current_tenant()
    if tenant is not None:
        services.attempt_finish(tenant=tenant, attempt_id=attempt_id, call_id=call_id)


@shared_task(base=TenantTask, name="campaigns.reminders_resync", ignore_result=True)
def reminders_resync() -> None:
    services.reminders_resync(tenant=current_tenant())
