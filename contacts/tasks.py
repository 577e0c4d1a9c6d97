"""Contact tasks: thin, take ids, safe to run twice (each service claims its work first)."""

from celery import shared_task
from django.conf import settings

from contacts.imports import pipeline
from contacts.services.contacts import name_keys_refresh
from contacts.services.privacy import contact_imports_prune, contacts_retention_purge
from voiceplatform.tasks import TenantTask, current_tenant, fan_out_active_tenants


@shared_task(base=TenantTask, name="contacts.import_validate", acks_late=True)
def import_validate(import_id: int, apply: bool = False) -> str | None:
    """Check an upload; with `apply` (the API's one-step import), import it instead."""
    if apply:
        contact_import = pipeline.contact_import_apply(import_id=import_id, tenant=current_tenant(), one_step=True)
    else:
        contact_import = pipeline.contact_import_validate(import_id=import_id, tenant=current_tenant())
    return contact_import.status if contact_import else None


@shared_task(base=TenantTask, name="contacts.import_apply", acks_late=True)
def import_apply(import_id: int) -> str | None:
    contact_import = pipeline.contact_import_apply(import_id=import_id, tenant=current_tenant())
    return contact_import.status if contact_import else None


@shared_task(base=TenantTask, name="contacts.retention_purge")
def retention_purge() -> int:
    """One tenant (the task's schema): erase contacts past retention, prune old import files,
    and refresh the fuzzy-search vocabulary."""
    erased = contacts_retention_purge(tenant=current_tenant())
    contact_imports_prune(keep_days=settings.CONTACT_IMPORT_KEEP_DAYS)
    name_keys_refresh()
    return erased


@shared_task(name="contacts.retention_purge_dispatch")
def retention_purge_dispatch() -> int:
    """Beat entry point: one retention task per active tenant, each running in its own schema."""
    return fan_out_active_tenants(retention_purge)
