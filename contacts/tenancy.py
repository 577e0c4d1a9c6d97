"""The tenant whose schema the connection is in (tasks get a bare schema name)."""

from django.db import connection


def current_tenant():
    from tenants.models import Tenant

    tenant = getattr(connection, "tenant", None)
    if isinstance(tenant, Tenant) and tenant.pk:
        return tenant
    return Tenant.objects.get(schema_name=connection.schema_name)
