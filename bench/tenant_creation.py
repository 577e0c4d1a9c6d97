"""Tenant creation time: clone of the template schema vs. replaying migrations.

Creates 10 tenants through tenants.services.tenant_create (schema, domain,
settings, owner) and prints the median; then one schema by replaying every
migration, for comparison. Everything it creates is dropped afterwards.

    .venv/bin/python bench/tenant_creation.py
"""

import secrets
import statistics
import time

from _setup import setup_django

RUNS = 10


def main() -> None:
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    from tenants.models import Tenant
    from tenants.services import tenant_create

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'tenant_template'")
        tables = cursor.fetchone()[0]

    durations = []
    created = []
    for _ in range(RUNS):
        slug = "bench" + secrets.token_hex(4)
        started = time.perf_counter()
        tenant = tenant_create(slug=slug, name=slug, owner_email=f"owner@{slug}.test")
        durations.append(time.perf_counter() - started)
        created.append(tenant)

    schema = "bench_migrate_" + secrets.token_hex(3)
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE SCHEMA "{schema}"')
    started = time.perf_counter()
    call_command("migrate_schemas", tenant=True, schema_name=schema, interactive=False, verbosity=0)
    migrate_seconds = time.perf_counter() - started

    for tenant in created:
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA "{schema}" CASCADE')

    print(f"template schema tables: {tables}")
    print(
        f"tenant_create x{RUNS}: median {statistics.median(durations) * 1000:.0f} ms, "
        f"min {min(durations) * 1000:.0f} ms, max {max(durations) * 1000:.0f} ms"
    )
    print(f"replaying migrations for one schema: {migrate_seconds * 1000:.0f} ms")


if __name__ == "__main__":
    main()
