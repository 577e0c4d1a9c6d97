"""Each app lives where DESIGN.md puts it: platform data in public, business data per tenant."""

from django.conf import settings
from django.db import connection


def test_business_apps_are_per_tenant_and_platform_apps_shared():
    assert set(settings.TENANT_APPS) == {
        "contacts",
        "calls",
        "campaigns",
        "appointments",
        "knowledge",
        "notifications",
        "analytics",
        "properties",
    }
    assert {"tenants", "billing", "django.contrib.auth", "django.contrib.contenttypes"} <= set(settings.SHARED_APPS)
    # Content types are global: one table in public, none per tenant.
    assert "django.contrib.contenttypes" not in settings.TENANT_APPS


def test_tenant_tables_exist_only_in_tenant_schemas(tenant_a):
    with connection.cursor() as cursor:
        cursor.execute("SELECT table_schema FROM information_schema.tables WHERE table_name = 'contacts_contact'")
        schemas = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT table_schema FROM information_schema.tables WHERE table_name = 'tenants_tenant'")
        tenant_table_schemas = {row[0] for row in cursor.fetchall()}
    assert tenant_a.schema_name in schemas and "public" not in schemas
    assert tenant_table_schemas == {"public"}
