"""Tenant use cases, by concern: lifecycle, team, API keys, hook tokens, audit.

Import from here (`from tenants.services import tenant_create`); the modules
are how the code is organised, not part of the interface.
"""

from tenants.services.api_keys import (
    API_KEY_PREFIX,
    IssuedApiKey,
    api_key_create,
    api_key_revoke,
    hash_secret,
    split_api_key,
)
from tenants.services.audit import audit_record
from tenants.services.calling import CALLING_FIELDS, calling_change_audit, tenant_calling_pause, tenant_calling_resume
from tenants.services.hook_tokens import hook_token_for, hook_token_rotate
from tenants.services.lifecycle import (
    WEEKDAYS,
    ensure_public_tenant,
    ensure_template_tenant,
    schema_name_for,
    slug_problem,
    tenant_activate,
    tenant_create,
    tenant_creation_errors,
    tenant_host,
    tenant_suspend,
    tenant_update_settings,
    tenant_url,
    validate_business_hours,
)
from tenants.services.team import (
    TeamError,
    invitation_accept,
    member_invite,
    member_remove,
    member_update,
)
from tenants.services.verticals import apply_vertical_template
from tenants.services.workspace_settings import workspace_settings_payload, workspace_settings_update

__all__ = [
    "API_KEY_PREFIX",
    "CALLING_FIELDS",
    "WEEKDAYS",
    "IssuedApiKey",
    "TeamError",
    "api_key_create",
    "api_key_revoke",
    "apply_vertical_template",
    "audit_record",
    "calling_change_audit",
    "ensure_public_tenant",
    "ensure_template_tenant",
    "hash_secret",
    "hook_token_for",
    "hook_token_rotate",
    "invitation_accept",
    "member_invite",
    "member_remove",
    "member_update",
    "schema_name_for",
    "slug_problem",
    "split_api_key",
    "tenant_activate",
    "tenant_calling_pause",
    "tenant_calling_resume",
    "tenant_create",
    "tenant_creation_errors",
    "tenant_host",
    "tenant_suspend",
    "tenant_update_settings",
    "tenant_url",
    "validate_business_hours",
    "workspace_settings_payload",
    "workspace_settings_update",
]
