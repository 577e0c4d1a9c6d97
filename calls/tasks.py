"""Celery tasks of the calls app: thin, id-based, safe to run twice."""

import logging

from celery import shared_task
from django.db import connection

from calls import services
from calls.providers.sandbox import playout as sandbox_playout
from voiceplatform.tasks import TenantTask, current_tenant, enqueue_on_commit, fan_out_active_tenants

DRAIN_DEBOUNCE_SECONDS = 5
logger = logging.getLogger(__name__)


def request_drain(*, force: bool = False) -> None:
    """Make sure a drain of this schema's pending webhook events is on its way (one at a time)."""
    from django.core.cache import cache

    from calls.services.ingest import drain_key

    key = drain_key(connection.schema_name)
    if force:
        cache.set(key, 1, DRAIN_DEBOUNCE_SECONDS)
    elif not cache.add(key, 1, DRAIN_DEBOUNCE_SECONDS):
        return
    enqueue_on_commit(drain_webhook_events)


@shared_task(base=TenantTask, name="calls.drain_webhook_events", acks_late=True, ignore_result=True)
def drain_webhook_events() -> None:
    services.webhook_events_drain(tenant_schema=connection.schema_name)


@shared_task(base=TenantTask, name="calls.process_webhook_event", acks_late=True, ignore_result=True)
def process_webhook_event(event_id: int) -> None:
    services.webhook_event_process(event_id=event_id, tenant_schema=connection.schema_name)


# The sandbox plays the provider's side: a call in progress plays out whatever the tenant's status.
@shared_task(name="calls.sandbox_step", acks_late=True, ignore_result=True)
def sandbox_step(call_id: str, step: str) -> None:
    sandbox_playout.run_step(call_id, step)


@shared_task(base=TenantTask, name="calls.sandbox_socket_call", ignore_result=True)
def sandbox_socket_call(to_number: str, from_number: str, script_name: str) -> None:
    """The sandbox's inbound caller talks to this machine's voice socket (a few seconds: a task, not a request)."""
    from calls.providers.sandbox.caller import CallerError, inbound_call, script

    try:
        inbound_call(tenant=current_tenant(), lines=script(script_name), to_number=to_number, from_number=from_number)
    except CallerError:
        logger.warning("sandbox socket call to %s failed", to_number, exc_info=True)


@shared_task(base=TenantTask, name="calls.sweep_tenant", ignore_result=True)
def sweep_tenant() -> None:
    services.calls_sweep(tenant=current_tenant())


@shared_task(name="calls.sweep", ignore_result=True)
def sweep() -> None:
    """Beat: one sweep task per active tenant, each in its own schema."""
    fan_out_active_tenants(sweep_tenant)
