"""Celery tasks of the calls app: thin, id-based, safe to run twice."""

from celery import shared_task
from django.db import connection, transaction
from django_tenants.utils import schema_context

from calls import sandbox, services


def enqueue_on_commit(task, *args, countdown: int | None = None) -> None:
    """Send `task` after the current transaction commits, in the schema that is current now."""
    schema_name = connection.schema_name
    transaction.on_commit(lambda: task.apply_async(args, countdown=countdown, headers={"_schema_name": schema_name}))


@shared_task(name="calls.process_webhook_event", acks_late=True, ignore_result=True)
def process_webhook_event(event_id: int) -> None:
    services.webhook_event_process(event_id=event_id, tenant_schema=connection.schema_name)


@shared_task(name="calls.sandbox_step", acks_late=True, ignore_result=True)
def sandbox_step(call_id: str, step: str) -> None:
    sandbox.run_step(call_id, step)


@shared_task(name="calls.sweep_tenant", ignore_result=True)
def sweep_tenant() -> None:
    from tenants.models import Tenant

    tenant = Tenant.objects.filter(schema_name=connection.schema_name).first()
    if tenant is not None and tenant.is_active:
        services.calls_sweep(tenant=tenant)


@shared_task(name="calls.sweep", ignore_result=True)
def sweep() -> None:
    """Beat: one sweep task per active tenant, each in its own schema."""
    from tenants.models import Tenant

    for schema_name in Tenant.objects.businesses().filter(status="active").values_list("schema_name", flat=True):
        with schema_context(schema_name):
            sweep_tenant.delay()
