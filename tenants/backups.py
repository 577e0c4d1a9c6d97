"""Per-tenant backup and restore: one signed, checksummed archive per tenant.

A backup is a gzip-compressed tar holding, in this order:

- `manifest.json`: format, tenant identity, when, the schema version (latest
  applied migration per app, in the tenant's schema and in public), row count
  and an order-independent checksum of every table of the tenant's schema,
  counts of the shared rows, SHA-256 of every other member, and an HMAC
  signature (keyed by SECRET_KEY) over all of it;
- `schema.dump`: the tenant's schema from `pg_dump --schema` (custom format);
- `shared.json`: the tenant's rows from the public schema (the tenant itself,
  domains, settings, memberships and the users they name, API keys, hook
  tokens, audit events);
- `media/...`: the tenant's uploaded files (MEDIA_ROOT/tenants/<schema>/).

Everything is read inside one exported snapshot, so the dump, the shared rows
and the checksums describe the same moment.

Restoring is tenants.backup_restore; listing and retention are here.
"""

# ruff: noqa: S603, S608 - pg_dump from PG_BIN_DIR/pgserver with fixed arguments; SQL names are quoted identifiers

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django_tenants.utils import schema_exists
from psycopg import IsolationLevel

from tenants.models import (
    ApiKey,
    AuditEvent,
    Domain,
    HookToken,
    Membership,
    Tenant,
    TenantSettings,
    User,
)
from voiceplatform import runtime

logger = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
SCHEMA_DUMP = "schema.dump"
SHARED = "shared.json"
MEDIA_PREFIX = "media/"
SIGNATURE_SALT = "tenants.backup.manifest"
SUFFIX = ".tar.gz"
_NAME = re.compile(r"^(?P<slug>[a-z][a-z0-9-]*)-(?P<stamp>\d{8}T\d{6}\d{6}Z)\.tar\.gz$")

# Public tables that hold the tenant's rows, with the column that names it.
# tests/tenants/test_backups.py fails when a shared model gains a tenant key
# that is not listed here.
SHARED_MODELS = {
    "tenant": (Tenant, "id"),
    "domains": (Domain, "tenant_id"),
    "settings": (TenantSettings, "tenant_id"),
    "memberships": (Membership, "tenant_id"),
    "api_keys": (ApiKey, "tenant_id"),
    "hook_tokens": (HookToken, "tenant_id"),
    "audit_events": (AuditEvent, "tenant_id"),
}
# Shared rows with a tenant key that a backup leaves out, and why.
NOT_BACKED_UP = {
    "tenants.DataExport": "short-lived download records; their files are not part of the tenant's data",
    "onboarding.OnboardingProgress": "the first-run guide's position only; a restored workspace can open it again",
    # Money is the platform's record, not the tenant's data: a restore must never rewrite a balance or its
    # history (over the same tenant) nor copy credit (as a new one). Restores leave these rows as they are.
    **{
        f"billing.{name}": "the platform's financial record; restores never rewrite money"
        for name in (
            "BillingAccount",
            "LedgerEntry",
            "UsageRecord",
            "MeterReport",
            "Invoice",
            "CheckoutSession",
            "StripeEvent",
        )
    },
}
_USER_COLUMNS = ("id", "email", "full_name", "password", "is_active", "date_joined")


class BackupError(Exception):
    """A backup that cannot be taken, or a restore that is refused (nothing was changed)."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    slug: str
    created_at: datetime
    size: int
    manifest: dict | None = None
    problem: str = ""


# --- places -------------------------------------------------------------------------


def backup_dir() -> Path:
    return Path(settings.TENANT_BACKUP_DIR)


def tenant_media_dir(schema_name: str) -> Path:
    """Where a tenant's uploaded files live; backups carry this folder."""
    return Path(settings.MEDIA_ROOT) / "tenants" / schema_name


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connection_params() -> dict[str, str]:
    """libpq parameters of the default database (the test database under pytest), OPTIONS included."""
    params = connection.get_connection_params()
    keys = ("dbname", "user", "password", "host", "port", "sslmode")
    return {key: str(params[key]) for key in keys if params.get(key) not in (None, "")}


def libpq_env() -> dict[str, str]:
    env = dict(os.environ)
    names = {"dbname": "PGDATABASE", "user": "PGUSER", "password": "PGPASSWORD", "host": "PGHOST", "port": "PGPORT"}
    names["sslmode"] = "PGSSLMODE"
    env.update({names[key]: value for key, value in _connection_params().items()})
    return env


def _raw_connection():
    return psycopg.connect(**_connection_params())


# --- what describes a schema ----------------------------------------------------------


def _migrations(cursor, schema: str) -> dict[str, str]:
    cursor.execute(f"SELECT app, max(name) FROM {quote_ident(schema)}.django_migrations GROUP BY app ORDER BY app")
    return dict(cursor.fetchall())


def schema_tables(cursor, schema: str) -> list[str]:
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname",
        [schema],
    )
    return [row[0] for row in cursor.fetchall()]


def table_stats(cursor, schema: str) -> dict[str, dict]:
    """Rows and an order-independent checksum (sum of row hashes) of every table in `schema`."""
    tables = schema_tables(cursor, schema)
    if not tables:
        return {}
    cursor.execute("SET LOCAL TIME ZONE 'UTC'")
    parts = [
        f"SELECT %s::text, count(*), coalesce(sum(('x' || left(md5(t::text), 15))::bit(60)::bigint), 0)::text "
        f"FROM {quote_ident(schema)}.{quote_ident(table)} t"
        for table in tables
    ]
    cursor.execute(" UNION ALL ".join(parts), tables)
    return {name: {"rows": rows, "checksum": checksum} for name, rows, checksum in cursor.fetchall()}


def current_schema_version() -> dict[str, dict[str, str]]:
    """The schema version a backup must carry to be restorable here."""
    with connection.cursor() as cursor:
        return {
            "tenant": _migrations(cursor, settings.TENANT_TEMPLATE_SCHEMA),
            "shared": _migrations(cursor, settings.PUBLIC_SCHEMA_NAME),
        }


# --- manifest signature -----------------------------------------------------------------


def _canonical(manifest: dict) -> bytes:
    unsigned = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(unsigned, sort_keys=True, separators=(",", ":")).encode()


def _sign(manifest: dict) -> str:
    return salted_hmac(SIGNATURE_SALT, _canonical(manifest), algorithm="sha256").hexdigest()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- backup -----------------------------------------------------------------------------


def _shared_rows(cursor, tenant_id: int) -> tuple[dict[str, list[dict]], list[dict]]:
    rows: dict[str, list[dict]] = {}
    for key, (model, column) in SHARED_MODELS.items():
        cursor.execute(
            f"SELECT row_to_json(t)::text FROM public.{quote_ident(model._meta.db_table)} t "
            f"WHERE {quote_ident(column)} = %s ORDER BY id",
            [tenant_id],
        )
        rows[key] = [json.loads(r[0]) for r in cursor.fetchall()]
    user_ids = sorted(
        {
            r[name]
            for key, name in (
                ("memberships", "user_id"),
                ("memberships", "invited_by_id"),
                ("api_keys", "user_id"),
                ("audit_events", "actor_id"),
            )
            for r in rows[key]
            if r.get(name)
        }
    )
    cursor.execute(
        f"SELECT {', '.join(_USER_COLUMNS)} FROM public.{quote_ident(User._meta.db_table)} "
        "WHERE id = ANY(%s) ORDER BY id",
        [user_ids],
    )
    users = [dict(zip(_USER_COLUMNS, r, strict=True)) for r in cursor.fetchall()]
    for user in users:
        user["date_joined"] = user["date_joined"].isoformat()
    return rows, users


def backup_file_name(slug: str, at: datetime) -> str:
    return f"{slug}-{at.astimezone(UTC):%Y%m%dT%H%M%S%fZ}{SUFFIX}"


def tenant_backup(*, tenant: Tenant, directory: Path | None = None, actor: User | None = None) -> Path:
    """Write one archive of `tenant` (schema, shared rows, files) and return its path."""
    from tenants.services import audit_record

    if tenant.is_template or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
        raise BackupError("Only business tenants are backed up.")
    directory = Path(directory or backup_dir())
    directory.mkdir(parents=True, exist_ok=True)
    created_at = timezone.now()
    schema = tenant.schema_name
    with tempfile.TemporaryDirectory(dir=directory, prefix=".backup-") as work_name:
        work = Path(work_name)
        with _raw_connection() as raw:
            raw.isolation_level = IsolationLevel.REPEATABLE_READ  # one snapshot for everything below
            raw.read_only = True
            with raw.cursor() as cursor:
                cursor.execute("SET TIME ZONE 'UTC'")
                cursor.execute("SELECT pg_export_snapshot()")
                (snapshot,) = cursor.fetchone()
                if not schema_exists(schema):
                    raise BackupError(f"The schema {schema} does not exist.")
                dump = subprocess.run(
                    [
                        runtime.postgres_tool("pg_dump"),
                        "--format=custom",
                        "--compress=0",
                        f"--schema={quote_ident(schema)}",
                        f"--snapshot={snapshot}",
                        "--no-owner",
                        "--no-privileges",
                        f"--file={work / SCHEMA_DUMP}",
                    ],
                    env=libpq_env(),
                    capture_output=True,
                    text=True,
                )
                if dump.returncode != 0:
                    raise BackupError(f"pg_dump failed: {dump.stderr.strip()[:500]}")
                tables = table_stats(cursor, schema)
                version = {"tenant": _migrations(cursor, schema), "shared": _migrations(cursor, "public")}
                shared, users = _shared_rows(cursor, tenant.pk)
        if not shared["tenant"]:
            raise BackupError(f"Tenant {tenant.slug} no longer exists.")
        with open(work / SHARED, "w") as handle:
            json.dump({"rows": shared, "users": users}, handle, default=str)

        media_root = tenant_media_dir(schema)
        media = sorted(p for p in media_root.rglob("*") if p.is_file()) if media_root.is_dir() else []
        files = {SCHEMA_DUMP: _sha256_file(work / SCHEMA_DUMP), SHARED: _sha256_file(work / SHARED)}
        for path in media:
            files[MEDIA_PREFIX + path.relative_to(media_root).as_posix()] = _sha256_file(path)

        manifest = {
            "format": FORMAT,
            "created_at": created_at.isoformat(),
            "tenant": {
                "id": tenant.pk,
                "slug": tenant.slug,
                "name": tenant.name,
                "schema_name": schema,
                "created_at": shared["tenant"][0]["created_at"],
            },
            "schema_version": version,
            "tables": tables,
            "counts": {
                "tables": len(tables),
                "rows": sum(t["rows"] for t in tables.values()),
                **{key: len(value) for key, value in shared.items()},
                "users": len(users),
                "media_files": len(media),
            },
            "files": files,
        }
        manifest["signature"] = _sign(manifest)
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))

        final = directory / backup_file_name(tenant.slug, created_at)
        partial = work / final.name
        # The dump is stored uncompressed by pg_dump so one fast gzip pass compresses it all.
        with tarfile.open(partial, "w:gz", compresslevel=1) as archive:
            archive.add(work / MANIFEST, arcname=MANIFEST)
            archive.add(work / SCHEMA_DUMP, arcname=SCHEMA_DUMP)
            archive.add(work / SHARED, arcname=SHARED)
            for path in media:
                archive.add(path, arcname=MEDIA_PREFIX + path.relative_to(media_root).as_posix())
        os.replace(partial, final)
    audit_record(
        action="tenant.backup_created",
        tenant=tenant,
        actor=actor,
        target=final.name,
        metadata={"file": final.name, "rows": manifest["counts"]["rows"]},
    )
    logger.info("backup of %s written to %s", tenant.slug, final)
    return final


# --- reading a backup -----------------------------------------------------------------


def read_manifest(path: Path) -> dict:
    """The archive's manifest, after checking its signature (members are checked on restore)."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            first = archive.next()
            if first is None or first.name != MANIFEST or not first.isfile():
                raise BackupError("Not a tenant backup: the archive does not start with a manifest.")
            manifest = json.loads(archive.extractfile(first).read())
    except (OSError, tarfile.TarError, EOFError, ValueError) as exc:
        raise BackupError(f"Cannot read the backup: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("Unknown backup format.")
    if not hmac.compare_digest(str(manifest.get("signature", "")), _sign(manifest)):
        raise BackupError("The manifest's signature does not match: the file was altered or made elsewhere.")
    return manifest


# --- listing and retention ------------------------------------------------------------------


def _stamp(name: str) -> datetime | None:
    match = _NAME.match(name)
    if not match:
        return None
    return datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)


def backups_list(*, directory: Path | None = None, slug: str | None = None) -> list[BackupFile]:
    """Backups in the directory, newest first, each with its verified manifest or the reason it is unusable."""
    directory = Path(directory or backup_dir())
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file() or (slug and match["slug"] != slug):
            continue
        manifest, problem = None, ""
        try:
            manifest = read_manifest(path)
        except BackupError as exc:
            problem = str(exc)
        found.append(
            BackupFile(
                path=path,
                slug=match["slug"],
                created_at=_stamp(path.name),
                size=path.stat().st_size,
                manifest=manifest,
                problem=problem,
            )
        )
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backup_path(name: str, *, directory: Path | None = None) -> Path:
    """The path of a backup named `name` in the backup directory (no other folder can be named)."""
    if not _NAME.match(name or ""):
        raise BackupError("Not a backup file name.")
    path = Path(directory or backup_dir()) / name
    if not path.is_file():
        raise BackupError("No such backup.")
    return path


def backups_prune(*, keep_days: int, directory: Path | None = None, now: datetime | None = None) -> list[Path]:
    """Delete backups older than `keep_days`, keeping each tenant's newest one whatever its age."""
    cutoff = (now or timezone.now()) - timedelta(days=keep_days)
    newest: dict[str, datetime] = {}
    entries = []
    directory = Path(directory or backup_dir())
    if not directory.is_dir():
        return []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match:
            stamp = _stamp(path.name)
            entries.append((path, match["slug"], stamp))
            newest[match["slug"]] = max(stamp, newest.get(match["slug"], stamp))
    removed = []
    for path, slug, stamp in entries:
        if stamp < cutoff and stamp != newest[slug]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            removed.append(path)
    return removed
