"""Tenant isolation, proved on every route the tenant URLconf has.

The routes are discovered, not listed, so every app added later is covered:
tenant B's owner (by session and by API key) and an anonymous visitor try
every method on every route of tenant A's host, with ids of A's objects in
the path. None may succeed, and A's data must be unchanged afterwards.
Routes meant to be reachable without membership are named in PUBLIC_ROUTES
with the reason.
"""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver
from django_tenants.utils import schema_context

from tests import factories

pytestmark = pytest.mark.django_db

# url name (or prefix ending in "*") -> why anyone may reach it
PUBLIC_ROUTES = {
    "account_*": "allauth sign-in, sign-out, code login and password reset pages",
    "mfa_*": "allauth two-factor pages (they require their own sign-in state)",
    "invitation_accept": "guarded by a signed, tenant-bound token",
    "impersonation_start": "guarded by a signed, single-use superuser token",
    "impersonation_stop": "only ends the caller's own session",
    "signup_handoff": "guarded by a signed, single-use token bound to the new workspace",
    "api-schema": "the OpenAPI document: no tenant data",
    "api-docs": "the API reference page: no tenant data",
}
PUBLIC_MODULE_PREFIXES = ("allauth.",)
METHODS = ("get", "post", "patch", "put", "delete")
DENIED = {401, 403, 404, 405}


def iter_routes(patterns=None, prefix=""):
    resolver_patterns = patterns if patterns is not None else get_resolver(settings.ROOT_URLCONF).url_patterns
    for entry in resolver_patterns:
        if isinstance(entry, URLResolver):
            yield from iter_routes(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry


def is_public(entry: URLPattern) -> bool:
    name = entry.name or ""
    module = getattr(entry.callback, "__module__", "") or ""
    if module.startswith(PUBLIC_MODULE_PREFIXES):
        return True
    return any(name == public or (public.endswith("*") and name.startswith(public[:-1])) for public in PUBLIC_ROUTES)


PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>|\(\?P<(?P<rname>\w+)>[^)]*\)")


def concrete_paths(route: str, ids: list[int]) -> list[str]:
    """Fill path parameters: ids of tenant A's objects for numeric ones, a token for the rest."""
    route = route.replace("^", "").replace("$", "").replace("\\.", ".").replace("/?", "/")
    if not PARAM.search(route):
        return ["/" + route]
    paths = []
    for object_id in ids or [1]:

        def fill(match, object_id=object_id):
            conv = match.group("conv")
            if conv in (None, "int", "pk") or (match.group("rname") or "").endswith(("pk", "id")):
                return str(object_id)
            if conv == "uuid":
                return "00000000-0000-0000-0000-000000000001"
            return "x1"

        paths.append("/" + PARAM.sub(fill, route))
    return sorted(set(paths))


def tenant_a_objects(tenant) -> dict:
    """Create one object per tenant-schema model that has a factory, in tenant A; return {model: pk}."""
    ids = {}
    with schema_context(tenant.schema_name):
        for model in apps.get_models():
            if model._meta.app_label not in settings.TENANT_APPS:
                continue
            factory = factories.tenant_factories().get(model)
            if factory is not None:
                ids[model] = factory().pk
    return ids


def view_model(entry: URLPattern):
    """The model a route's view works on, when the view says (DRF querysets, generic views)."""
    view_class = getattr(entry.callback, "cls", None) or getattr(entry.callback, "view_class", None)
    for attribute in ("queryset", "model"):
        value = getattr(view_class, attribute, None)
        model = getattr(value, "model", value) if attribute == "queryset" else value
        if model is not None and hasattr(model, "_meta"):
            return model
    return None


def ids_for(entry: URLPattern, objects: dict) -> list[int]:
    """The id of A's object of the route's model; for views that do not say, a few of A's ids."""
    model = view_model(entry)
    if model in objects:
        return [objects[model]]
    return sorted(set(objects.values()))[:3] or [1]


def snapshot(tenant) -> dict:
    """Row counts of every table in A's schema plus A's rows in shared tables."""
    counts = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND table_type = 'BASE TABLE'",
            [tenant.schema_name],
        )
        for (table,) in cursor.fetchall():
            cursor.execute(f'SELECT count(*) FROM "{tenant.schema_name}"."{table}"')
            counts[table] = cursor.fetchone()[0]
        for table in ("tenants_membership", "tenants_apikey", "tenants_tenantsettings"):
            cursor.execute(
                f"SELECT count(*), md5(string_agg(t::text, ',' ORDER BY id)) FROM public.{table} t "
                "WHERE tenant_id = %s",
                [tenant.pk],
            )
            counts[f"public.{table}"] = cursor.fetchone()
        cursor.execute(
            "SELECT name, status, timezone, business_hours::text FROM public.tenants_tenant WHERE id = %s", [tenant.pk]
        )
        counts["public.tenants_tenant"] = cursor.fetchone()
    return counts


def test_every_app_contributes_its_tenant_factories():
    labels = {model._meta.label for model in factories.tenant_factories()}
    assert {
        "contacts.Contact",
        "calls.Call",
        "appointments.Appointment",
        "campaigns.Campaign",
        "notifications.Notification",
    } <= labels


def test_routes_are_discovered():
    routes = [route for route, _ in iter_routes()]
    assert any(route.startswith("api/v1/") for route in routes)
    assert len(routes) > 20


def test_tenant_b_cannot_reach_tenant_a_anywhere(tenant_a, tenant_b, owner_a, owner_b, portal, api):
    objects = tenant_a_objects(tenant_a)
    before = snapshot(tenant_a)
    session_b = portal(owner_b)
    session_b.defaults["HTTP_HOST"] = "alpha.localhost"
    key_b = api(owner_b)
    key_b.defaults["HTTP_HOST"] = "alpha.localhost"
    anonymous = portal(tenant=tenant_a)

    failures = []
    checked = 0
    for route, entry in iter_routes():
        if is_public(entry):
            continue
        for path in concrete_paths(route, ids_for(entry, objects)):
            for method in METHODS:
                for who, client in (("B session", session_b), ("B api key", key_b), ("anonymous", anonymous)):
                    response = getattr(client, method)(path)
                    checked += 1
                    status = response.status_code
                    redirected_to_login = status == 302 and "/accounts/login/" in response.get("Location", "")
                    if status not in DENIED and not redirected_to_login:
                        failures.append(f"{who} {method.upper()} {path} -> {status}")
    assert not failures, "tenant A reachable:\n" + "\n".join(failures)
    assert checked > 100
    assert snapshot(tenant_a) == before


def test_shared_rows_of_tenant_a_are_invisible_from_tenant_b(tenant_a, owner_a, owner_b, api):
    """On B's own host, ids of A's rows in shared tables (team, keys, ...) answer 404."""
    factories.api_key_for(owner_a)
    client = api(owner_b)
    failures = []
    checked = 0
    for route, entry in iter_routes():
        view_class = getattr(entry.callback, "cls", None)
        model = getattr(getattr(view_class, "queryset", None), "model", None)
        if model is None or model._meta.app_label in settings.TENANT_APPS or not PARAM.search(route):
            continue
        tenant_field = "tenant" if any(f.name == "tenant" for f in model._meta.fields) else None
        assert tenant_field, f"shared model {model.__name__} behind {route} has no tenant to filter by"
        ids = list(model.objects.filter(tenant=tenant_a).values_list("pk", flat=True))
        for path in concrete_paths(route, ids):
            for method in ("get", "patch", "delete"):
                checked += 1
                status = getattr(client, method)(path).status_code
                if status not in DENIED:
                    failures.append(f"{method.upper()} {path} -> {status}")
    assert checked
    assert not failures, "\n".join(failures)
