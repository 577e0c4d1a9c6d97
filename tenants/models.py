"""Tenants, their people and their keys. All of it lives in the public schema."""

import secrets
import zoneinfo

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django_tenants.models import DomainMixin, TenantMixin
from django_tenants.utils import schema_exists

from tenants.roles import Role

SLUG_VALIDATOR = RegexValidator(
    r"^[a-z][a-z0-9-]{1,38}[a-z0-9]$",
    "Use 3-40 lowercase letters, digits or hyphens, starting with a letter.",
)
RESERVED_SLUGS = frozenset(
    {
        "www",
        "admin",
        "api",
        "app",
        "public",
        "static",
        "media",
        "hooks",
        "mail",
        "status",
        "help",
        "support",
        "billing",
        "docs",
        "tenant-template",
        "localhost",
        "pg-catalog",
    }
)


def validate_timezone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"Unknown time zone {value!r}.")


def default_business_hours() -> dict:
    weekday = [["09:00", "17:00"]]
    return {"mon": weekday, "tue": weekday, "wed": weekday, "thu": weekday, "fri": weekday, "sat": [], "sun": []}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("Users need an email address.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """One login for a person, whatever tenants they belong to."""

    email = models.EmailField("email address", unique=True)
    full_name = models.CharField(max_length=150, blank=True)
    is_staff = models.BooleanField(default=False, help_text="Can log into the platform admin.")
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_unique")]

    def __str__(self):
        return self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class TenantQuerySet(models.QuerySet):
    def businesses(self):
        """Real tenants: not the platform's public row, not the template."""
        return self.exclude(schema_name=settings.PUBLIC_SCHEMA_NAME).exclude(is_template=True)


class Tenant(TenantMixin):
    """A business using the platform, with its own PostgreSQL schema."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        SUSPENDED = "suspended", "Suspended"

    class Vertical(models.TextChoices):
        DENTAL = "dental", "Dental clinic"
        MEDICAL = "medical", "Medical practice"
        HOME_SERVICES = "home_services", "Home services"
        LEGAL = "legal", "Law firm"
        REAL_ESTATE = "real_estate", "Estate agency"
        SALON = "salon", "Salon"
        ECOMMERCE = "ecommerce", "Online shop"
        OTHER = "other", "Other"

    name = models.CharField(max_length=120)
    slug = models.CharField(max_length=40, unique=True, validators=[SLUG_VALIDATOR])
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.ACTIVE)
    vertical = models.CharField(max_length=20, choices=Vertical.choices, default=Vertical.OTHER)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_timezone])
    business_hours = models.JSONField(default=default_business_hours)
    is_template = models.BooleanField(
        default=False, editable=False, help_text="The schema new tenants are cloned from."
    )
    suspended_at = models.DateTimeField(null=True, blank=True)
    suspended_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TenantQuerySet.as_manager()

    auto_create_schema = True
    auto_drop_schema = True

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=["active", "suspended"]), name="tenant_status_valid"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def create_schema(self, check_if_exists=False, sync_schema=True, verbosity=1):
        """Clone the template schema; only the template itself replays migrations."""
        from tenants.schema_clone import clone_schema

        template = settings.TENANT_TEMPLATE_SCHEMA
        if self.is_template or not sync_schema or not schema_exists(template):
            return super().create_schema(check_if_exists, sync_schema, verbosity)
        if check_if_exists and schema_exists(self.schema_name):
            return False
        clone_schema(template, self.schema_name)
        return True


class Domain(DomainMixin):
    pass


def default_calls_per_15_minutes_ceiling() -> int:
    return settings.CALLING_CEILING_PER_15_MINUTES


def default_calls_per_day_ceiling() -> int:
    return settings.CALLING_CEILING_PER_DAY


class TenantSettings(models.Model):
    """Per-tenant switches that are not part of the tenant's identity."""

    tenant = models.OneToOneField(Tenant, on_delete=models.CASCADE, related_name="settings")
    require_mfa = models.BooleanField(default=False, help_text="Owners and admins must set up an authenticator app.")
    support_email = models.EmailField(blank=True)
    support_phone = models.CharField(max_length=32, blank=True)
    # Outbound calling ceilings and switch, set by the platform owner; the tenant may only be stricter.
    calls_per_15_minutes_ceiling = models.PositiveIntegerField(
        default=default_calls_per_15_minutes_ceiling, help_text="Most calls this tenant may start in any 15 minutes."
    )
    calls_per_day_ceiling = models.PositiveIntegerField(
        default=default_calls_per_day_ceiling, help_text="Most calls this tenant may start in any 24 hours."
    )
    calling_paused = models.BooleanField(default=False, help_text="Stops every outbound call of this tenant.")
    calling_paused_reason = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "tenant settings"

    def __str__(self):
        return f"Settings for {self.tenant}"


class Membership(models.Model):
    """A user's role in one tenant, plus the flags that refine it."""

    class Status(models.TextChoices):
        INVITED = "invited", "Invited"
        ACTIVE = "active", "Active"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.VIEWER)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    can_download_recordings = models.BooleanField(default=False)
    can_view_all_calls = models.BooleanField(default=False)
    can_manage_calendar = models.BooleanField(default=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    joined_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["tenant", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "tenant"], name="membership_unique_user_tenant"),
            models.CheckConstraint(condition=models.Q(role__in=[r.value for r in Role]), name="membership_role_valid"),
        ]

    def __str__(self):
        return f"{self.user} as {self.role} in {self.tenant}"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class ApiKey(models.Model):
    """A tenant API key. Only a hash of the secret is stored; the prefix finds it."""

    class Scope(models.TextChoices):
        READ = "read", "Read only"
        WRITE = "write", "Read and write"

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="api_keys")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="api_keys",
        help_text="The member whose role the key acts with.",
    )
    name = models.CharField(max_length=80)
    prefix = models.CharField(max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64)
    scope = models.CharField(max_length=5, choices=Scope.choices, default=Scope.READ)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API key"

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


def new_hook_token() -> str:
    return secrets.token_urlsafe(24)


class HookToken(models.Model):
    """Unguessable, rotatable path token that maps provider callbacks to a tenant.

    Provider-facing endpoints on the public host have no tenant in their host
    name; the token in their path is looked up here (public schema) and the
    request then runs inside that tenant's schema.
    """

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="hook_tokens")
    purpose = models.CharField(max_length=20)
    token = models.CharField(max_length=64, unique=True, default=new_hook_token)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["tenant", "purpose"], name="hooktoken_tenant_purpose")]

    def __str__(self):
        return f"{self.purpose} token for {self.tenant}"


class AuditEvent(models.Model):
    """An append-only record of something security-relevant that happened."""

    tenant = models.ForeignKey(Tenant, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_email = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=64, db_index=True)
    target_type = models.CharField(max_length=64, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_repr = models.CharField(max_length=200, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    metadata = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["tenant", "-created_at"], name="audit_tenant_created")]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} by {self.actor_email or 'system'}"


class DataExport(models.Model):
    """A ZIP of all of a tenant's data, requested by an owner, downloadable until `expires_at`.

    The file lives under DATA_EXPORT_DIR; the row stays after the beat sweep
    deletes the file, as the record of who asked for and downloaded what.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        RUNNING = "running", "Building"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"
        EXPIRED = "expired", "Expired"

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="data_exports")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    progress = models.PositiveSmallIntegerField(default=0, help_text="Percent done while building.")
    phase = models.CharField(max_length=100, blank=True)
    error = models.CharField(max_length=300, blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    size = models.BigIntegerField(default=0)
    rows = models.BigIntegerField(default=0)
    download_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["tenant", "-created_at"], name="dataexport_tenant_created")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "running", "ready", "failed", "expired"]),
                name="dataexport_status_valid",
            ),
            models.CheckConstraint(condition=models.Q(progress__lte=100), name="dataexport_progress_percent"),
        ]

    def __str__(self):
        return f"Data export {self.pk} of {self.tenant}"

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.RUNNING)
