"""Tenant API keys: issued once in clear, stored hashed, revocable."""

import hashlib
import secrets
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from tenants.models import ApiKey, Membership, Tenant, User
from tenants.services.audit import audit_record

API_KEY_PREFIX = "vp"


@dataclass(frozen=True)
class IssuedApiKey:
    api_key: ApiKey
    secret: str  # shown once, never stored


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def split_api_key(raw: str) -> tuple[str, str] | None:
    parts = raw.split("_", 2)
    if len(parts) != 3 or parts[0] != API_KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], raw


@transaction.atomic
def api_key_create(
    *,
    tenant: Tenant,
    user: User,
    name: str,
    scope: str,
    actor: User | None = None,
    ip_address: str | None = None,
) -> IssuedApiKey:
    errors = {}
    if scope not in ApiKey.Scope.values:
        errors["scope"] = ["Choose read or write."]
    if not (name or "").strip():
        errors["name"] = ["Give the key a name so you can recognise it later."]
    membership = Membership.objects.filter(tenant=tenant, user=user, status=Membership.Status.ACTIVE).first()
    if membership is None:
        errors["user"] = ["The key's user must be an active member of this tenant."]
    if errors:
        raise ValidationError(errors)
    prefix = secrets.token_hex(6)
    raw = f"{API_KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    api_key = ApiKey.objects.create(
        tenant=tenant,
        user=user,
        name=name.strip()[:80],
        prefix=prefix,
        secret_hash=hash_secret(raw),
        scope=scope,
    )
    audit_record(
        action="api_key.created",
        tenant=tenant,
        actor=actor or user,
        target=api_key,
        ip_address=ip_address,
        metadata={"scope": scope, "prefix": prefix},
    )
    return IssuedApiKey(api_key=api_key, secret=raw)


@transaction.atomic
def api_key_revoke(*, api_key: ApiKey, actor: User | None, ip_address: str | None = None) -> ApiKey:
    api_key = ApiKey.objects.select_for_update().get(pk=api_key.pk)
    if api_key.revoked_at is None:
        api_key.revoked_at = timezone.now()
        api_key.save(update_fields=["revoked_at"])
        audit_record(
            action="api_key.revoked",
            tenant=api_key.tenant,
            actor=actor,
            target=api_key,
            ip_address=ip_address,
            metadata={"prefix": api_key.prefix},
        )
    return api_key
