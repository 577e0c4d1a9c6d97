"""Absolute links (API answers, emails, SMS, provider webhooks): built here and nowhere else.

Links never come from the request's Host header, which a client behind a
proxy or a `curl -H 'Host: ...'` sets without the port: they are made from
PUBLIC_SCHEME, the tenant's (or the platform's) host and PUBLIC_PORT, so
they point where the platform is really served.
"""

from __future__ import annotations

from django.conf import settings
from django.db import connection


def _origin(host: str) -> str:
    port = f":{settings.PUBLIC_PORT}" if settings.PUBLIC_PORT else ""
    return f"{settings.PUBLIC_SCHEME}://{host}{port}"


def tenant_host(tenant) -> str:
    return f"{tenant.slug}.{settings.BASE_HOST}"


def tenant_url(tenant, path: str = "/") -> str:
    """A link on the tenant's own host (portal pages, API resources, guest links)."""
    return _origin(tenant_host(tenant)) + path


def platform_url(path: str = "/") -> str:
    """A link on the platform host (admin, the Twilio and Cal.com/Calendly webhook URLs)."""
    return _origin(settings.BASE_HOST) + path


def callback_url(path: str = "/") -> str:
    """Where the voice provider calls back (events, in-call functions, recordings).

    PUBLIC_BASE_URL defaults to the platform host; set it when the provider
    reaches the platform by another address (a tunnel in development).
    """
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def request_url(request, path: str | None = None) -> str:
    """`path` (default: the request's own path and query) on the host the request was served for."""
    path = request.get_full_path() if path is None else path
    tenant = getattr(request, "tenant", None) or getattr(connection, "tenant", None)
    if tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
        return platform_url(path)
    return tenant_url(tenant, path)
