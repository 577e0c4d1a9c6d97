"""Plug-in points of the tenants app (see voiceplatform.plugins).

- `settings_sections` (a Registry of `SettingsSection`): the workspace
  settings (`/api/v1/settings` and the portal's settings page) show the
  tenant's own fields and every registered section's. The calls app adds the
  voice provider's callback URLs (read-only); the campaigns app adds calling
  limits, quiet hours and calling rules (writable). Each registers in its
  AppConfig.ready(), so the tenants app imports no feature app.
- `home_pages` (a Registry of `(request, membership, remaining_setup) ->
  HttpResponse | None`): the portal's home. The first page that answers wins;
  with none (a new workspace, or `?setup=1`), the setup checklist is shown.
  The analytics app registers its dashboard for workspaces with history.
- `vertical_appliers` (a Registry of `(tenant, template) -> None`): applying
  a vertical template (`tenants.verticals`) to a workspace; each feature app
  applies the part it owns, in the tenant's schema.
- `setup_items` (a Registry of `(tenant) -> list[dict]`): extra items of the
  home setup checklist, listed first (same keys as `selectors.setup_checklist`'s:
  label, done, detail, url_name, perm). The onboarding app adds its wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from voiceplatform.plugins import Registry


@dataclass(frozen=True)
class SettingsSection:
    """One app's part of the workspace settings.

    `fields()` returns the serializer fields it adds (read-only ones are only
    shown); `payload(tenant)` the values; `update(tenant=, actor=, ip_address=,
    **changes)` applies the writable ones inside the settings transaction and
    raises ValidationError, changing nothing, when any is wrong.
    """

    name: str
    fields: Callable[[], dict]
    payload: Callable[[object], dict]
    writable: tuple[str, ...] = ()
    update: Callable[..., object] | None = field(default=None)


settings_sections = Registry("tenants.settings_sections")
home_pages = Registry("tenants.home_pages")
vertical_appliers = Registry("tenants.vertical_appliers")
setup_items = Registry("tenants.setup_items")
