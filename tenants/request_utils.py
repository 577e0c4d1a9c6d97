"""Small helpers for reading who and where a request comes from."""

from django.conf import settings


def client_ip(request) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def request_tenant(request):
    """The business tenant of the request's host, or None on the platform host."""
    tenant = getattr(request, "tenant", None)
    if tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
        return None
    return tenant
