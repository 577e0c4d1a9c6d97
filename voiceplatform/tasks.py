"""The tenant task base and the helpers every app's tasks use.

    from celery import shared_task
    from voiceplatform.tasks import TenantTask, enqueue_on_commit, fan_out_active_tenants

    @shared_task(base=TenantTask, name="knowledge.sync_source", acks_late=True)
    def sync_source(source_id: int) -> None:
        services.source_sync(source_id=source_id)   # runs in the sender's schema

    enqueue_on_commit(sync_source, source.pk)      # in a service, inside the transaction

    @shared_task(name="knowledge.sync_due")         # beat, on the public schema
    def sync_due() -> None:
        fan_out_active_tenants(sync_due_tenant)

Tasks carry the schema they were sent from (tenant-schemas-celery) and run in
it. `TenantTask` also skips, the same way everywhere, a task whose tenant is
suspended: its due rows wait for the sweep after reactivation.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection, transaction
from tenant_schemas_celery.task import TenantTask as SchemaTask

logger = logging.getLogger(__name__)


def current_tenant():
    """The tenant whose schema is current (fresh from the database), or None on the public schema."""
    from tenants.models import Tenant

    if connection.schema_name == settings.PUBLIC_SCHEMA_NAME:
        return None
    return Tenant.objects.filter(schema_name=connection.schema_name).first()


class TenantTask(SchemaTask):
    """A task that runs in its sender's schema and does nothing for a suspended (or deleted) tenant."""

    abstract = True

    def __call__(self, *args, **kwargs):
        if connection.schema_name != settings.PUBLIC_SCHEMA_NAME:
            tenant = current_tenant()
            if tenant is None or not tenant.is_active:
                logger.info("skipping %s: tenant %s is not active", self.name, connection.schema_name)
                return None
        return super().__call__(*args, **kwargs)


def enqueue_on_commit(task, *args, countdown: int | None = None, **kwargs) -> None:
    """Send `task` after the current transaction commits, in the schema that is current now."""
    schema_name = connection.schema_name
    transaction.on_commit(
        lambda: task.apply_async(args, kwargs or None, countdown=countdown, headers={"_schema_name": schema_name})
    )


def active_tenant_schemas() -> list[str]:
    from tenants.models import Tenant

    return list(Tenant.objects.businesses().filter(status=Tenant.Status.ACTIVE).values_list("schema_name", flat=True))


def fan_out_active_tenants(task, *args, **kwargs) -> int:
    """Beat helper: send `task` once into each active business tenant's schema; returns how many."""
    schemas = active_tenant_schemas()
    for schema_name in schemas:
        task.apply_async(args, kwargs or None, headers={"_schema_name": schema_name})
    return len(schemas)
