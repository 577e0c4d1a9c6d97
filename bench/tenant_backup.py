"""Backup and restore time of one tenant with 100,000 contacts.

    .venv/bin/python bench/tenant_backup.py [--rows N]

Creates a tenant `bench-backup` filled by set-based SQL with N contacts
(default 100,000), and a note for every tenth, then
times `tenants.backups.tenant_backup` (pg_dump of the schema, shared rows,
checksums, one .tar.gz) and `tenant_restore --as` into a new tenant (load,
per-table verification against the manifest), and checks that both schemas
have the same row counts and checksums. Everything it creates is dropped
afterwards, the backup file included.
"""

import argparse
import tempfile
import time
from pathlib import Path

from _setup import setup_django

SLUG = "bench-backup"
COPY_SLUG = "bench-backup-copy"


def fill(schema: str, rows: int) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f'SET search_path TO "{schema}", public')
        cursor.execute(
            """
            INSERT INTO contacts_contact (
                first_name, last_name, phone, alternate_phone, email, company, timezone, language, address, notes,
                tags, custom_fields, source, status, priority, lead_score, qualification, do_not_call,
                created_at, updated_at)
            SELECT (ARRAY['James','Mary','John','Patricia','Robert','Linda'])[1 + i %% 6],
                   (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Evans'])[1 + (i * 7) %% 6],
                   '+4479' || lpad(i::text, 8, '0'), '',
                   'person' || i || '@example.com', 'Company ' || (i %% 5000), '', 'en', i || ' High Street', '',
                   CASE WHEN i %% 10 = 0 THEN ARRAY['vip']::varchar(50)[] ELSE '{}'::varchar(50)[] END,
                   CASE WHEN i %% 4 = 0 THEN jsonb_build_object('plan', 'gold') ELSE '{}'::jsonb END,
                   'csv', 'new', i %% 5, i %% 101, '{}'::jsonb, false, now() - (i || ' seconds')::interval, now()
            FROM generate_series(1, %s) i
            """,
            [rows],
        )
        cursor.execute(
            "INSERT INTO contacts_contactnote (contact_id, body, author_label, created_at) "
            "SELECT id, 'Called back about the invoice ' || id, 'Front desk', now() "
            "FROM contacts_contact WHERE id % 10 = 0"
        )
        cursor.execute("SET search_path TO public")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    setup_django()
    from django.db import connection, transaction

    from tenants import backup_restore, backups
    from tenants.models import Tenant
    from tenants.services import tenant_create

    for slug in (SLUG, COPY_SLUG):
        old = Tenant.objects.filter(slug=slug).first()
        if old is not None:
            old.delete(force_drop=True)
    tenant = tenant_create(slug=SLUG, name="Bench Backup", owner_email="owner@bench-backup.test")
    try:
        started = time.perf_counter()
        fill(tenant.schema_name, args.rows)
        print(f"filled {args.rows:,} contacts in {time.perf_counter() - started:.1f} s")
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            path = backups.tenant_backup(tenant=tenant, directory=Path(folder))
            backup_seconds = time.perf_counter() - started
            manifest = backups.read_manifest(path)
            size_mb = path.stat().st_size / 1e6
            print(
                f"backup:  {backup_seconds:.1f} s, {manifest['counts']['rows']:,} rows in "
                f"{manifest['counts']['tables']} tables, {size_mb:.1f} MB"
            )

            started = time.perf_counter()
            result = backup_restore.tenant_restore(path=path, as_slug=COPY_SLUG)
            restore_seconds = time.perf_counter() - started
            print(f"restore: {restore_seconds:.1f} s (--as {COPY_SLUG}, verified against the manifest)")

        with transaction.atomic(), connection.cursor() as cursor:
            same = backups.table_stats(cursor, tenant.schema_name) == backups.table_stats(
                cursor, result.tenant.schema_name
            )
        print(f"row counts and checksums equal: {same}")
    finally:
        connection.set_schema_to_public()
        for slug in (SLUG, COPY_SLUG):
            old = Tenant.objects.filter(slug=slug).first()
            if old is not None:
                old.delete(force_drop=True)


if __name__ == "__main__":
    main()
