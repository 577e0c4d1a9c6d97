"""Knowledge tasks: thin wrappers over the services, safe to run twice (the sync claims its source first)."""

from celery import shared_task

from knowledge.services import indexing, sources
from voiceplatform.tasks import TenantTask, fan_out_active_tenants


@shared_task(base=TenantTask, name="knowledge.sync_source", acks_late=True, reject_on_worker_lost=True)
def sync_source(source_id: int) -> None:
    sources.source_sync(source_id=source_id)


@shared_task(base=TenantTask, name="knowledge.sync_due_tenant")
def sync_due_tenant() -> None:
    sources.sync_due()
    if indexing.stale_chunks().exists():
        reembed_stale.delay()


@shared_task(base=TenantTask, name="knowledge.reembed_stale", acks_late=True)
def reembed_stale() -> None:
    """After the embedder changed: re-embed a batch, then go again while any stale chunk is left."""
    if indexing.reembed_stale(limit=5000) and indexing.stale_chunks().exists():
        reembed_stale.delay()


@shared_task(name="knowledge.sync_due")
def sync_due() -> int:
    return fan_out_active_tenants(sync_due_tenant)
