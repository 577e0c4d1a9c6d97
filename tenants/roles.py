"""What each role in a tenant may do. The one place that decides it.

Views, the API and services ask `can(membership, Perm.X)` or
`has_flag(membership, "can_download_recordings")`; nothing else compares roles.
"""

from enum import StrEnum

from django.db import models


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    ADMIN = "admin", "Admin"
    MANAGER = "manager", "Manager"
    AGENT = "agent", "Agent"
    VIEWER = "viewer", "Viewer"


class Perm(StrEnum):
    VIEW = "view"
    EDIT_CONTACTS = "edit_contacts"
    DELETE_CONTACTS = "delete_contacts"
    EXPORT_DATA = "export_data"
    IMPORT_CONTACTS = "import_contacts"
    PLACE_CALLS = "place_calls"
    MANAGE_AGENTS = "manage_agents"
    MANAGE_CAMPAIGNS = "manage_campaigns"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_KNOWLEDGE = "manage_knowledge"
    MANAGE_INTEGRATIONS = "manage_integrations"
    MANAGE_BILLING = "manage_billing"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_TEAM = "manage_team"
    MANAGE_API_KEYS = "manage_api_keys"


FLAGS = ("can_download_recordings", "can_view_all_calls", "can_manage_calendar")

_MANAGER = frozenset(
    {
        Perm.VIEW,
        Perm.EDIT_CONTACTS,
        Perm.DELETE_CONTACTS,
        Perm.EXPORT_DATA,
        Perm.IMPORT_CONTACTS,
        Perm.PLACE_CALLS,
        Perm.MANAGE_AGENTS,
        Perm.MANAGE_CAMPAIGNS,
        Perm.MANAGE_CALENDAR,
        Perm.MANAGE_KNOWLEDGE,
    }
)
ROLE_PERMS: dict[str, frozenset[Perm]] = {
    Role.OWNER: frozenset(Perm),
    Role.ADMIN: frozenset(Perm),
    Role.MANAGER: _MANAGER,
    Role.AGENT: frozenset({Perm.VIEW, Perm.EDIT_CONTACTS, Perm.PLACE_CALLS}),
    Role.VIEWER: frozenset({Perm.VIEW}),
}

# A flag can grant a permission the role lacks (an agent who keeps the diary).
PERMS_GRANTED_BY_FLAG = {Perm.MANAGE_CALENDAR: "can_manage_calendar"}

# Owners and admins hold every flag; for other roles the flag decides.
ROLES_WITH_ALL_FLAGS = frozenset({Role.OWNER, Role.ADMIN})

# Flags a new member gets by default for a role (editable afterwards).
DEFAULT_FLAGS = {
    Role.OWNER: dict.fromkeys(FLAGS, True),
    Role.ADMIN: dict.fromkeys(FLAGS, True),
    Role.MANAGER: {"can_download_recordings": True, "can_view_all_calls": True, "can_manage_calendar": True},
    Role.AGENT: {"can_download_recordings": False, "can_view_all_calls": False, "can_manage_calendar": False},
    Role.VIEWER: dict.fromkeys(FLAGS, False),
}

# Read-only API keys may use only these, whatever the member's role.
READ_SCOPE_PERMS = frozenset({Perm.VIEW})


def can(membership, perm: Perm, *, scope: str | None = None) -> bool:
    """Whether this membership (optionally through an API key scope) allows `perm`."""
    if membership is None or not membership.is_active:
        return False
    if scope == "read" and perm not in READ_SCOPE_PERMS:
        return False
    if perm in ROLE_PERMS.get(membership.role, frozenset()):
        return True
    flag = PERMS_GRANTED_BY_FLAG.get(perm)
    return bool(flag and getattr(membership, flag, False))


def has_flag(membership, flag: str) -> bool:
    if flag not in FLAGS:
        raise ValueError(f"unknown flag {flag!r}")
    if membership is None or not membership.is_active:
        return False
    if membership.role in ROLES_WITH_ALL_FLAGS:
        return True
    return bool(getattr(membership, flag))


def assignable_roles(actor_membership) -> list[str]:
    """Roles the actor may give to others: only owners make owners."""
    if membership_is_owner(actor_membership):
        return [r.value for r in Role]
    return [r.value for r in Role if r != Role.OWNER]


def membership_is_owner(membership) -> bool:
    return membership is not None and membership.role == Role.OWNER
