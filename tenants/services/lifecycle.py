"""Tenant lifecycle: creation (from the template schema), settings, suspension and reactivation."""

import itertools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django_tenants.utils import schema_exists

from tenants.models import (
    RESERVED_SLUGS,
    SLUG_VALIDATOR,
    Domain,
    Membership,
    Tenant,
    TenantSettings,
    User,
    validate_timezone,
)
from tenants.roles import DEFAULT_FLAGS, Role
from tenants.services.audit import audit_record
from voiceplatform import links

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


def slug_problem(slug: str) -> str:
    """Why `slug` cannot name a new tenant (not a valid address, reserved, or taken by a tenant or a
    schema), or "" when it can."""
    try:
        SLUG_VALIDATOR(slug)
    except ValidationError as exc:
        return exc.messages[0]
    if slug in RESERVED_SLUGS:
        return "That name is reserved."
    if Tenant.objects.filter(slug=slug).exists() or schema_exists(schema_name_for(slug)):
        return "A tenant with this slug already exists."
    return ""


def tenant_creation_errors(
    *, slug: str, name: str, owner_email: str, vertical: str, timezone_name: str, business_hours: dict | None = None
) -> dict[str, list[str]]:
    """Everything wrong with a proposed tenant, by field (empty when it can be created)."""
    errors: dict[str, list[str]] = {}
    problem = slug_problem((slug or "").strip().lower())
    if problem:
        errors["slug"] = [problem]
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
