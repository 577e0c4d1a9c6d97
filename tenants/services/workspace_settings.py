"""The workspace settings as one use case: the tenant's own fields plus every app's section (tenants.hooks)."""

from django.db import transaction

from tenants.hooks import settings_sections
from tenants.models import Tenant, TenantSettings, User
from tenants.services.lifecycle import tenant_update_settings


def workspace_settings_payload(tenant: Tenant) -> dict:
    tenant_settings, _ = TenantSettings.objects.get_or_create(tenant=tenant)
    payload = {
        "name": tenant.name,
        "slug": tenant.slug,
        "vertical": tenant.vertical,
        "timezone": tenant.timezone,
        "business_hours": tenant.business_hours,
        "require_mfa": tenant_settings.require_mfa,
    }
    for section in settings_sections:
        payload.update(section.payload(tenant))
    return payload


@transaction.atomic
def workspace_settings_update(
    *, tenant: Tenant, actor: User | None, ip_address: str | None = None, **changes
) -> Tenant:
    """Apply every section's changes and the tenant's own together: all of them, or (ValidationError) none."""
    for section in settings_sections:
        own = {key: changes.pop(key) for key in section.writable if key in changes}
        if own and section.update is not None:
            section.update(tenant=tenant, actor=actor, ip_address=ip_address, **own)
    return tenant_update_settings(tenant=tenant, actor=actor, ip_address=ip_address, **changes)
