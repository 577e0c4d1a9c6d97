"""Tenant lifecycle, team and API key use cases."""

import hashlib
import itertools
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_exists

from tenants.models import (
    RESERVED_SLUGS,
    SLUG_VALIDATOR,
    ApiKey,
    AuditEvent,
    Domain,
    HookToken,
    Membership,
    Tenant,
    TenantSettings,
    User,
    validate_timezone,
)
from tenants.roles import DEFAULT_FLAGS, FLAGS, Role
from voiceplatform import links

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
API_KEY_PREFIX = "vp"


# --- audit ----------------------------------------------------------------------------


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


# --- tenants ----------------------------------------------------------------------------


def schema_name_for(slug: str) -> str:
    return "t_" + slug.replace("-", "_")


# Absolute links are built in voiceplatform.links; these names stay for the apps that use them.
tenant_host = links.tenant_host
tenant_url = links.tenant_url


def validate_business_hours(value) -> dict:
    """Accept {"mon": [["09:00", "17:00"], ...], ...}; return it normalised."""
    if not isinstance(value, dict):
        raise ValidationError("Business hours must be an object keyed by weekday (mon..sun).")
    unknown = set(value) - set(WEEKDAYS)
    if unknown:
        raise ValidationError(f"Unknown weekday(s): {', '.join(sorted(unknown))}.")
    normalised = {}
    for day in WEEKDAYS:
        ranges = value.get(day, [])
        if not isinstance(ranges, list):
            raise ValidationError(f"{day}: expected a list of [start, end] pairs.")
        parsed = []
        for pair in ranges:
            if not (isinstance(pair, list | tuple) and len(pair) == 2):
                raise ValidationError(f"{day}: each range must be [start, end].")
            start, end = (str(pair[0]), str(pair[1]))
            for moment in (start, end):
                try:
                    hours, minutes = moment.split(":")
                    valid = len(hours) == 2 and len(minutes) == 2 and 0 <= int(hours) <= 24 and 0 <= int(minutes) < 60
                except ValueError:
                    valid = False
                if not valid or (moment > "24:00"):
                    raise ValidationError(f"{day}: {moment!r} is not a time like 09:00.")
            if start >= end:
                raise ValidationError(f"{day}: {start}-{end} ends before it starts.")
            parsed.append([start, end])
        parsed.sort()
        for (_, previous_end), (next_start, _) in itertools.pairwise(parsed):
            if next_start < previous_end:
                raise ValidationError(f"{day}: ranges overlap.")
        normalised[day] = parsed
    return normalised


def ensure_public_tenant() -> Tenant:
    """The row django-tenants maps the platform host (and 127.0.0.1) to."""
    public, _ = Tenant.objects.get_or_create(
        schema_name=settings.PUBLIC_SCHEMA_NAME, defaults={"slug": "public", "name": "Platform"}
    )
    for host in {settings.BASE_HOST, "127.0.0.1"}:
        Domain.objects.get_or_create(domain=host, defaults={"tenant": public, "is_primary": host == settings.BASE_HOST})
    return public


def ensure_template_tenant() -> Tenant:
    """The template schema, migrated like any tenant, that new tenants are copied from."""
    template = Tenant.objects.filter(is_template=True).first()
    if template is None:
        template = Tenant(
            schema_name=settings.TENANT_TEMPLATE_SCHEMA,
            slug="tenant-template",
            name="Template",
            is_template=True,
        )
        template.save(verbosity=0)
    return template


def tenant_creation_errors(
    *, slug: str, name: str, owner_email: str, vertical: str, timezone_name: str, business_hours: dict | None = None
) -> dict[str, list[str]]:
    """Everything wrong with a proposed tenant, by field (empty when it can be created)."""
    errors: dict[str, list[str]] = {}
    slug = (slug or "").strip().lower()
    try:
        SLUG_VALIDATOR(slug)
        if slug in RESERVED_SLUGS:
            raise ValidationError("That name is reserved.")
        if Tenant.objects.filter(slug=slug).exists() or schema_exists(schema_name_for(slug)):
            raise ValidationError("A tenant with this slug already exists.")
    except ValidationError as exc:
        errors["slug"] = exc.messages
    if not (name or "").strip():
        errors["name"] = ["A name is required."]
    try:
        validate_email(owner_email)
    except ValidationError:
        errors["owner_email"] = ["Enter a valid email address."]
    if vertical not in Tenant.Vertical.values:
        errors["vertical"] = [f"Choose one of: {', '.join(Tenant.Vertical.values)}."]
    try:
        validate_timezone(timezone_name)
    except ValidationError as exc:
        errors["timezone"] = exc.messages
    if business_hours is not None:
        try:
            validate_business_hours(business_hours)
        except ValidationError as exc:
            errors["business_hours"] = exc.messages
    return errors


@transaction.atomic
def tenant_create(
    *,
    slug: str,
    name: str,
    owner_email: str,
    owner_password: str | None = None,
    vertical: str = Tenant.Vertical.OTHER,
    timezone_name: str = "UTC",
    business_hours: dict | None = None,
    actor: User | None = None,
) -> Tenant:
    """Create a tenant with its schema, domain, settings and owner membership."""
    slug = (slug or "").strip().lower()
    errors = tenant_creation_errors(
        slug=slug,
        name=name,
        owner_email=owner_email,
        vertical=vertical,
        timezone_name=timezone_name,
        business_hours=business_hours,
    )
    if errors:
        raise ValidationError(errors)
    if business_hours is not None:
        business_hours = validate_business_hours(business_hours)

    ensure_template_tenant()
    tenant = Tenant(
        schema_name=schema_name_for(slug),
        slug=slug,
        name=name.strip(),
        vertical=vertical,
        timezone=timezone_name,
    )
    if business_hours is not None:
        tenant.business_hours = business_hours
    tenant.save()
    Domain.objects.create(domain=tenant_host(tenant), tenant=tenant, is_primary=True)
    TenantSettings.objects.create(tenant=tenant)

    owner = User.objects.filter(email__iexact=owner_email).first()
    if owner is None:
        owner = User.objects.create_user(email=owner_email, password=owner_password)
    elif owner_password:
        owner.set_password(owner_password)
        owner.save(update_fields=["password"])
    Membership.objects.create(
        user=owner,
        tenant=tenant,
        role=Role.OWNER,
        status=Membership.Status.ACTIVE,
        joined_at=timezone.now(),
        **DEFAULT_FLAGS[Role.OWNER],
    )
    audit_record(action="tenant.created", tenant=tenant, actor=actor, target=tenant)
    return tenant


@transaction.atomic
def tenant_suspend(*, tenant: Tenant, reason: str = "", actor: User | None = None) -> Tenant:
    tenant = Tenant.objects.select_for_update().get(pk=tenant.pk)
    if tenant.status != Tenant.Status.SUSPENDED:
        tenant.status = Tenant.Status.SUSPENDED
        tenant.suspended_at = timezone.now()
        tenant.suspended_reason = reason[:200]
        tenant.save(update_fields=["status", "suspended_at", "suspended_reason"])
        audit_record(action="tenant.suspended", tenant=tenant, actor=actor, target=tenant, metadata={"reason": reason})
    return tenant


@transaction.atomic
def tenant_activate(*, tenant: Tenant, actor: User | None = None) -> Tenant:
    tenant = Tenant.objects.select_for_update().get(pk=tenant.pk)
    if tenant.status != Tenant.Status.ACTIVE:
        tenant.status = Tenant.Status.ACTIVE
        tenant.suspended_at = None
        tenant.suspended_reason = ""
        tenant.save(update_fields=["status", "suspended_at", "suspended_reason"])
        audit_record(action="tenant.activated", tenant=tenant, actor=actor, target=tenant)
    return tenant


@transaction.atomic
def tenant_update_settings(*, tenant: Tenant, actor: User | None, ip_address: str | None = None, **changes) -> Tenant:
    """Change name, time zone, business hours or MFA requirement, validated together."""
    errors: dict[str, list[str]] = {}
    tenant = Tenant.objects.select_for_update().get(pk=tenant.pk)
    tenant_settings, _ = TenantSettings.objects.get_or_create(tenant=tenant)
    changed = []
    if "name" in changes:
        name = (changes["name"] or "").strip()
        if not name:
            errors["name"] = ["A name is required."]
        elif len(name) > 120:
            errors["name"] = ["At most 120 characters."]
        tenant.name = name
        changed.append("name")
    if "timezone" in changes:
        try:
            validate_timezone(changes["timezone"])
        except ValidationError as exc:
            errors["timezone"] = exc.messages
        tenant.timezone = changes["timezone"]
        changed.append("timezone")
    if "business_hours" in changes:
        try:
            tenant.business_hours = validate_business_hours(changes["business_hours"])
        except ValidationError as exc:
            errors["business_hours"] = exc.messages
        changed.append("business_hours")
    if errors:
        raise ValidationError(errors)
    if "require_mfa" in changes:
        tenant_settings.require_mfa = bool(changes["require_mfa"])
        tenant_settings.save(update_fields=["require_mfa", "updated_at"])
    if changed:
        tenant.save(update_fields=changed)
    audit_record(
        action="settings.updated",
        tenant=tenant,
        actor=actor,
        target=tenant,
        ip_address=ip_address,
        metadata={"fields": sorted(changes)},
    )
    return tenant


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


# --- team ---------------------------------------------------------------------------------


class TeamError(ValidationError):
    """A team change that would break a rule (for example removing the last owner)."""


def _active_owner_count(tenant: Tenant) -> int:
    return Membership.objects.filter(tenant=tenant, role=Role.OWNER, status=Membership.Status.ACTIVE).count()


def _check_role_change_allowed(actor_membership: Membership, role: str) -> None:
    if role not in Role.values:
        raise TeamError({"role": [f"Choose one of: {', '.join(Role.values)}."]})
    if role == Role.OWNER and actor_membership.role != Role.OWNER:
        raise TeamError({"role": ["Only an owner can make someone an owner."]})


@transaction.atomic
def member_invite(
    *,
    tenant: Tenant,
    email: str,
    role: str,
    actor_membership: Membership,
    flags: dict | None = None,
    ip_address: str | None = None,
) -> Membership:
    """Add someone to the team; new people get an email link to set a password."""
    from tenants.tasks import send_invitation_email

    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise TeamError({"email": ["Enter a valid email address."]}) from exc
    _check_role_change_allowed(actor_membership, role)
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None)
    if Membership.objects.filter(tenant=tenant, user=user).exists():
        raise TeamError({"email": ["This person is already on the team."]})
    values = {**DEFAULT_FLAGS[role], **{k: bool(v) for k, v in (flags or {}).items() if k in FLAGS}}
    membership = Membership.objects.create(
        user=user,
        tenant=tenant,
        role=role,
        status=Membership.Status.INVITED,
        invited_by=actor_membership.user,
        **values,
    )
    audit_record(
        action="member.invited",
        tenant=tenant,
        actor=actor_membership.user,
        target=membership,
        ip_address=ip_address,
        metadata={"email": email, "role": role},
    )
    transaction.on_commit(lambda: send_invitation_email.delay(membership.pk))
    return membership


@transaction.atomic
def member_update(
    *,
    membership: Membership,
    actor_membership: Membership,
    role: str | None = None,
    flags: dict | None = None,
    ip_address: str | None = None,
) -> Membership:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    before = {"role": membership.role, **{f: getattr(membership, f) for f in FLAGS}}
    if role is not None and role != membership.role:
        _check_role_change_allowed(actor_membership, role)
        if membership.role == Role.OWNER:
            if actor_membership.role != Role.OWNER:
                raise TeamError({"role": ["Only an owner can change an owner's role."]})
            if membership.is_active and _active_owner_count(membership.tenant) <= 1:
                raise TeamError({"role": ["A tenant needs at least one owner."]})
        membership.role = role
    for flag, value in (flags or {}).items():
        if flag not in FLAGS:
            raise TeamError({flag: ["Unknown permission flag."]})
        setattr(membership, flag, bool(value))
    membership.save()
    after = {"role": membership.role, **{f: getattr(membership, f) for f in FLAGS}}
    if after != before:
        audit_record(
            action="member.role_changed",
            tenant=membership.tenant,
            actor=actor_membership.user,
            target=membership,
            ip_address=ip_address,
            metadata={"before": before, "after": after},
        )
    return membership


@transaction.atomic
def member_remove(*, membership: Membership, actor_membership: Membership, ip_address: str | None = None) -> None:
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.role == Role.OWNER:
        if actor_membership.role != Role.OWNER:
            raise TeamError({"role": ["Only an owner can remove an owner."]})
        # Lock the owners so two concurrent removals cannot both pass the check.
        list(Membership.objects.select_for_update().filter(tenant=membership.tenant, role=Role.OWNER))
        if membership.is_active and _active_owner_count(membership.tenant) <= 1:
            raise TeamError({"role": ["You cannot remove the last owner."]})
    ApiKey.objects.filter(tenant=membership.tenant, user=membership.user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    audit_record(
        action="member.removed",
        tenant=membership.tenant,
        actor=actor_membership.user,
        target=membership,
        ip_address=ip_address,
        metadata={"email": membership.user.email},
    )
    membership.delete()


@transaction.atomic
def invitation_accept(*, membership: Membership, password: str | None) -> Membership:
    """Activate an invited membership; set the password when the user has none yet."""
    membership = Membership.objects.select_for_update().select_related("user").get(pk=membership.pk)
    user = membership.user
    if password:
        user.set_password(password)
        user.save(update_fields=["password"])
    if membership.status != Membership.Status.ACTIVE:
        membership.status = Membership.Status.ACTIVE
        membership.joined_at = timezone.now()
        membership.save(update_fields=["status", "joined_at"])
        audit_record(action="member.joined", tenant=membership.tenant, actor=user, target=membership)
    return membership


# --- API keys ---------------------------------------------------------------------------------


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
