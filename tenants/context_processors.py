from django.conf import settings

from tenants.roles import Perm, can, has_flag
from voiceplatform.navigation import nav_items


def portal(request):
    tenant = getattr(request, "tenant", None)
    if tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
        return {"is_portal": False}
    membership = getattr(request, "membership", None)
    return {
        "is_portal": True,
        "current_tenant": tenant,
        "membership": membership,
        "nav": nav_items(request, membership),
        "impersonation": getattr(request, "impersonation", None),
        "can_manage_team": can(membership, Perm.MANAGE_TEAM),
        "can_manage_settings": can(membership, Perm.MANAGE_SETTINGS),
        "can_manage_api_keys": can(membership, Perm.MANAGE_API_KEYS),
        "can_download_recordings": has_flag(membership, "can_download_recordings") if membership else False,
    }
