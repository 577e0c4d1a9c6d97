"""The platform owner's switches over a tenant's outbound calling: pause, resume, and their audit trail."""

from django.db import transaction

from tenants.models import Tenant, TenantSettings, User
from tenants.services.audit import audit_record

CALLING_FIELDS = ("calls_per_15_minutes_ceiling", "calls_per_day_ceiling", "calling_paused", "calling_paused_reason")
DEFAULT_PAUSE_REASON = "Paused by the platform owner"


def calling_change_audit(
    *, tenant_settings: TenantSettings, changed, actor: User | None, ip_address: str | None = None
) -> None:
    """Record a change of the calling ceilings or pause switch (other fields are not calling's business)."""
    calling = sorted(set(changed) & set(CALLING_FIELDS))
    if calling:
        audit_record(
            action="calling.ceiling_changed",
            tenant=tenant_settings.tenant,
            actor=actor,
            target=tenant_settings,
            ip_address=ip_address,
            metadata={field: str(getattr(tenant_settings, field)) for field in calling},
        )


@transaction.atomic
def tenant_calling_pause(*, tenant: Tenant, actor: User | None = None, ip_address: str | None = None) -> TenantSettings:
    """Stop all outbound calling of the tenant (the outbound-call guard refuses while paused)."""
    row, _ = TenantSettings.objects.select_for_update().get_or_create(tenant=tenant)
    row.calling_paused = True
    row.calling_paused_reason = row.calling_paused_reason or DEFAULT_PAUSE_REASON
    row.save(update_fields=["calling_paused", "calling_paused_reason", "updated_at"])
    calling_change_audit(tenant_settings=row, changed=["calling_paused"], actor=actor, ip_address=ip_address)
    return row


@transaction.atomic
def tenant_calling_resume(
    *, tenant: Tenant, actor: User | None = None, ip_address: str | None = None
) -> TenantSettings:
    row, _ = TenantSettings.objects.select_for_update().get_or_create(tenant=tenant)
    row.calling_paused = False
    row.calling_paused_reason = ""
    row.save(update_fields=["calling_paused", "calling_paused_reason", "updated_at"])
    calling_change_audit(tenant_settings=row, changed=["calling_paused"], actor=actor, ip_address=ip_address)
    return row
