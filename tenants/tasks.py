"""Backups (nightly, with retention) and owners' data exports."""

import logging

from celery import shared_task
from django.conf import settings

from voiceplatform.tasks import TenantTask

logger = logging.getLogger(__name__)


@shared_task(name="tenants.backup_nightly")
def backup_nightly() -> int:
    """Beat: one backup task per business tenant (suspended ones too), then retention."""
    from tenants.backups import backups_prune
    from tenants.models import Tenant

    tenant_ids = list(Tenant.objects.businesses().values_list("pk", flat=True))
    for tenant_id in tenant_ids:
        backup_tenant.delay(tenant_id)
    backups_prune(keep_days=settings.TENANT_BACKUP_KEEP_DAYS)
    return len(tenant_ids)


@shared_task(name="tenants.backup_tenant", acks_late=True, time_limit=3600, soft_time_limit=3500)
def backup_tenant(tenant_id: int) -> str | None:
    from tenants.backups import tenant_backup
    from tenants.models import Tenant

    tenant = Tenant.objects.businesses().filter(pk=tenant_id).first()
    if tenant is None:
        return None
    return str(tenant_backup(tenant=tenant))


@shared_task(base=TenantTask, name="tenants.build_data_export", acks_late=True, time_limit=3600, soft_time_limit=3500)
def build_data_export(export_id: int) -> None:
    from tenants.exports import data_export_build

    data_export_build(export_id=export_id)


@shared_task(name="tenants.purge_data_exports")
def purge_data_exports() -> int:
    """Beat: exports past their download window lose their file."""
    from tenants.exports import data_exports_purge

    return data_exports_purge()
