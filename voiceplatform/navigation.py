"""The portal's navigation. Each area names the permission that shows it;
areas whose URL does not exist (yet) are left out."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from tenants.roles import Perm, can


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    perm: Perm
    section: str = "main"


NAV_ITEMS = [
    NavItem("Dashboard", "dashboard", Perm.VIEW),
    NavItem("Contacts", "contacts:list", Perm.VIEW),
    NavItem("Calls", "calls:list", Perm.VIEW),
    NavItem("Agents", "calls:agents", Perm.VIEW),
    NavItem("Campaigns", "campaigns:list", Perm.VIEW),
    NavItem("Calendar", "appointments:calendar", Perm.VIEW),
    NavItem("Knowledge", "knowledge:sources", Perm.VIEW),
    NavItem("Messages", "notifications:log", Perm.VIEW),
    NavItem("Team", "team", Perm.VIEW, "admin"),
    NavItem("API keys", "api_keys", Perm.MANAGE_API_KEYS, "admin"),
    NavItem("Billing", "billing:home", Perm.MANAGE_BILLING, "admin"),
    NavItem("Settings", "settings", Perm.VIEW, "admin"),
]


def nav_items(request, membership) -> list[dict]:
    items = []
    for item in NAV_ITEMS:
        if not can(membership, item.perm):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        active = request.path == url or (url != "/" and request.path.startswith(url))
        items.append({"label": item.label, "url": url, "active": active, "section": item.section})
    return items
