"""The audit trail: one append-only row per change that someone may later ask about."""

from tenants.models import AuditEvent, Tenant, User


def audit_record(
    *,
    action: str,
    tenant: Tenant | None = None,
    actor: User | None = None,
    target=None,
    ip_address: str | None = None,
    metadata: dict | None = None,
) -> AuditEvent:
    """Append one audit event. `target` may be a model instance or a string."""
    target_type = target_id = target_repr = ""
    if target is not None and hasattr(target, "_meta"):
        target_type = target._meta.label_lower
        target_id = str(target.pk)
        target_repr = str(target)[:200]
    elif target is not None:
        target_repr = str(target)[:200]
    return AuditEvent.objects.create(
        tenant=tenant,
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_email=getattr(actor, "email", "") or "",
        action=action,
        target_type=target_type,
        target_id=target_id,
        target_repr=target_repr,
        ip_address=ip_address,
        metadata=metadata or {},
    )
