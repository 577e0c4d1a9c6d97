"""Read-side queries for tenants, memberships and keys, always scoped to a tenant."""

import functools
import hmac
from datetime import timedelta

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from tenants.hooks import setup_items
from tenants.models import ApiKey, AuditEvent, HookToken, Membership, Tenant, User
from tenants.roles import Perm

API_KEY_TOUCH_INTERVAL = timedelta(minutes=1)


@functools.cache
def _api_key_statement() -> tuple[str, list[str], list[str], list[str]]:
    """The key by prefix, its user and the user's membership of a tenant, as one statement written once.

    Compiling the equivalent ORM query (a filtered join and a column per membership field) cost about
    3 ms of CPU on every API request, several times what PostgreSQL spends running it.
    """
    fields = [[field.attname for field in model._meta.concrete_fields] for model in (ApiKey, User, Membership)]
    quote = connection.ops.quote_name

    def columns(model, alias):
        return [f"{alias}.{quote(field.column)}" for field in model._meta.concrete_fields]

    select = ", ".join(columns(ApiKey, "k") + columns(User, "u") + columns(Membership, "m"))
    sql = (
        f"SELECT {select} FROM {quote(ApiKey._meta.db_table)} k "  # noqa: S608 - names from the models
        f"JOIN {quote(User._meta.db_table)} u ON u.id = k.user_id "
        f"LEFT JOIN {quote(Membership._meta.db_table)} m ON m.user_id = k.user_id AND m.tenant_id = %s "
        "WHERE k.prefix = %s"
    )
    return sql, *fields


def membership_for(*, user, tenant) -> Membership | None:
    if user is None or not user.is_authenticated or tenant is None:
        return None
    return Membership.objects.select_related("user").filter(user=user, tenant=tenant).first()


def member_emails(*, tenant: Tenant, active_only: bool = True, roles=None) -> list[tuple[int, str]]:
    """(user id, email) of the tenant's members, by email: active ones only unless told, of `roles` when given."""
    rows = Membership.objects.filter(tenant=tenant)
    if active_only:
        rows = rows.filter(status=Membership.Status.ACTIVE)
    if roles is not None:
        rows = rows.filter(role__in=list(roles))
    return list(rows.order_by("user__email").values_list("user_id", "user__email"))


def team_for(*, tenant: Tenant) -> QuerySet[Membership]:
    return Membership.objects.filter(tenant=tenant).select_related("user", "invited_by").order_by("user__email")


def api_keys_for(*, tenant: Tenant) -> QuerySet[ApiKey]:
    return ApiKey.objects.filter(tenant=tenant).select_related("user").order_by("-created_at")


def audit_events_for(*, tenant: Tenant) -> QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(tenant=tenant).order_by("-created_at")


def api_key_for_secret(*, raw: str, tenant: Tenant) -> ApiKey | None:
    """The live key matching `raw` for this tenant, or None. Marks it used.

    The key carries `membership`: its user's membership of `tenant` (or None), read in the same query.
    """
    from tenants.services import hash_secret, split_api_key

    parsed = split_api_key(raw)
    if parsed is None:
        return None
    prefix, _ = parsed
    sql, key_fields, user_fields, member_fields = _api_key_statement()
    with connection.cursor() as cursor:
        cursor.execute(sql, [tenant.pk, prefix])
        row = cursor.fetchone()
    if row is None:
        return None
    key_end, user_end = len(key_fields), len(key_fields) + len(user_fields)
    api_key = ApiKey.from_db(connection.alias, key_fields, row[:key_end])
    if not hmac.compare_digest(api_key.secret_hash, hash_secret(raw)):
        return None
    api_key.user = User.from_db(connection.alias, user_fields, row[key_end:user_end])
    if api_key.revoked_at is not None or api_key.tenant_id != tenant.pk or not api_key.user.is_active:
        return None
    api_key.membership = None
    if row[user_end] is not None:  # the membership's id: the left join found one
        api_key.membership = Membership.from_db(connection.alias, member_fields, row[user_end:])
        api_key.membership.user = api_key.user
        api_key.membership.tenant = tenant
    now = timezone.now()
    if api_key.last_used_at is None or now - api_key.last_used_at > API_KEY_TOUCH_INTERVAL:
        ApiKey.objects.filter(pk=api_key.pk).update(last_used_at=now)
        api_key.last_used_at = now
    return api_key


def tenant_for_hook_token(*, token: str, purpose: str) -> Tenant | None:
    """Resolve a provider callback path token to its (active or suspended) tenant."""
    hook = (
        HookToken.objects.select_related("tenant").filter(token=token, purpose=purpose, revoked_at__isnull=True).first()
    )
    return hook.tenant if hook else None


def setup_checklist(*, tenant: Tenant) -> list[dict]:
    """What is configured in this tenant and what to do next, for the dashboard."""
    team_size = Membership.objects.filter(tenant=tenant).count()
    contributed = [item for source in setup_items for item in source(tenant)]
    return [
        *contributed,
        {
            "label": "Business details",
            "done": bool(tenant.name and tenant.timezone),
            "detail": f"{tenant.name}, {tenant.timezone}",
            "url_name": "settings",
            "perm": Perm.MANAGE_SETTINGS,
        },
        {
            "label": "Business hours",
            "done": any(tenant.business_hours.get(day) for day in tenant.business_hours),
            "detail": "Used for reminders and for when the receptionist offers appointments.",
            "url_name": "settings",
            "perm": Perm.MANAGE_SETTINGS,
        },
        {
            "label": "Invite your team",
            "done": team_size > 1,
            "detail": f"{team_size} member{'s' if team_size != 1 else ''}",
            "url_name": "team",
            "perm": Perm.MANAGE_TEAM,
        },
        {
            "label": "Connect your systems through the API",
            "done": ApiKey.objects.filter(tenant=tenant, revoked_at__isnull=True).exists(),
            "detail": "Create an API key to sync contacts and bookings from your own software.",
            "url_name": "api_keys",
            "perm": Perm.MANAGE_API_KEYS,
        },
    ]
