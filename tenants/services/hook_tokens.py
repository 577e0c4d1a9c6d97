"""Per-tenant tokens in provider callback paths: created on first use, rotatable."""

from django.db import transaction
from django.utils import timezone

from tenants.models import HookToken, Tenant, User
from tenants.services.audit import audit_record


def hook_token_for(*, tenant: Tenant, purpose: str) -> HookToken:
    """The live token for a provider callback path, created on first use."""
    token = HookToken.objects.filter(tenant=tenant, purpose=purpose, revoked_at__isnull=True).first()
    return token or HookToken.objects.create(tenant=tenant, purpose=purpose)


@transaction.atomic
def hook_token_rotate(*, tenant: Tenant, purpose: str, actor: User | None = None) -> HookToken:
    HookToken.objects.filter(tenant=tenant, purpose=purpose, revoked_at__isnull=True).update(revoked_at=timezone.now())
    token = HookToken.objects.create(tenant=tenant, purpose=purpose)
    audit_record(action="hook_token.rotated", tenant=tenant, actor=actor, metadata={"purpose": purpose})
    return token
