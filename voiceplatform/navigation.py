"""The portal's navigation. Each area names the permission that shows it;
areas whose URL does not exist (yet) are left out."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import import_string

from tenants.roles import Perm, can


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    perm: Perm
    section: str = "main"
    also: tuple[str, ...] = ()  # other URLs that belong to this area (phone numbers live with agents)
    badge: str = ""  # dotted path of a function(request) -> int shown beside the label (0 hides it)
    shown_if: str = ""  # dotted path of a function(request) -> bool, for areas only some businesses use


NAV_ITEMS = [
    NavItem("Dashboard", "dashboard", Perm.VIEW),
    NavItem("Contacts", "contacts:list", Perm.VIEW),
    NavItem("Calls", "calls:list", Perm.VIEW),
    NavItem("Agents", "calls:agents", Perm.VIEW, also=("calls:numbers",)),
    NavItem("Campaigns", "campaigns:list", Perm.VIEW),
    NavItem("Calendar", "appointments:calendar", Perm.VIEW),
    NavItem("Knowledge", "knowledge:sources", Perm.VIEW),
    NavItem("Properties", "properties:list", Perm.VIEW, shown_if="properties.views.nav_shown"),
    NavItem("Messages", "notifications:log", Perm.VIEW),
    NavItem("Alerts", "alerts:inbox", Perm.VIEW, badge="notifications.alerts.views.nav_badge"),
    NavItem("Analytics", "analytics:dashboard", Perm.VIEW),
    NavItem("Team", "team", Perm.VIEW, "admin"),
    NavItem("API keys", "api_keys", Perm.MANAGE_API_KEYS, "admin"),
    NavItem("Webhooks", "webhooks:list", Perm.MANAGE_INTEGRATIONS, "admin"),
    NavItem("Billing", "billing:home", Perm.MANAGE_BILLING, "admin"),
    NavItem("Settings", "settings", Perm.VIEW, "admin"),
]


def nav_items(request, membership) -> list[dict]:
    items = []
    for item in NAV_ITEMS:
        if not can(membership, item.perm):
            continue
        if item.shown_if and not import_string(item.shown_if)(request):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        prefixes = [url, *(_url(name) for name in item.also)]
        badge = import_string(item.badge)(request) if item.badge else 0
        items.append(
            {
                "label": item.label,
                "url": url,
                "active": False,
                "section": item.section,
                "prefixes": prefixes,
                "badge": badge,
            }
        )
    # The most specific area wins: /calls/agents/ is Agents, not Calls.
    best, best_length = None, -1
    for entry in items:
        for prefix in filter(None, entry["prefixes"]):
            if (request.path == prefix or (prefix != "/" and request.path.startswith(prefix))) and len(
                prefix
            ) > best_length:
                best, best_length = entry, len(prefix)
    if best is not None:
        best["active"] = True
    return items


def _url(name: str) -> str:
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""
