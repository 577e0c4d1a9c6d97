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

Restore builds the tenant's tables from the template schema (the schema
version must match, so the structure is the same) and loads the dump's data
section into them, rewriting only the table and sequence names pg_restore
generates; the rows themselves are copied byte for byte. The whole restore is
one transaction: the shared rows, the schema, the data and a final check that
every table's count and checksum equal the manifest's. Anything wrong and
nothing is changed. It writes only the target tenant's schema and rows: a
restore as a new slug refuses a slug or schema that exists, and a restore
over a tenant refuses a tenant that is not the one the backup was taken from.
"""

# ruff: noqa: S603, S608 - programs from PG_BIN_DIR/pgserver with fixed arguments; SQL names are quoted identifiers

from __future__ import annotations

import contextlib
import gzip
import hashlib
import hmac
import json
import logging
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django_tenants.utils import schema_exists
from psycopg import IsolationLevel

from tenants.models import (
    RESERVED_SLUGS,
    SLUG_VALIDATOR,
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


@dataclass
class RestoreResult:
    tenant: Tenant
    replaced: bool
    rows: int
    skipped: dict[str, int] = field(default_factory=dict)


# --- places -------------------------------------------------------------------------


def backup_dir() -> Path:
    return Path(settings.TENANT_BACKUP_DIR)


def tenant_media_dir(schema_name: str) -> Path:
    """Where a tenant's uploaded files live; backups carry this folder."""
    return Path(settings.MEDIA_ROOT) / "tenants" / schema_name


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _connection_params() -> dict[str, str]:
    """libpq parameters of the default database (the test database under pytest), OPTIONS included."""
    params = connection.get_connection_params()
    keys = ("dbname", "user", "password", "host", "port", "sslmode")
    return {key: str(params[key]) for key in keys if params.get(key) not in (None, "")}


def _libpq_env() -> dict[str, str]:
    env = dict(os.environ)
    names = {"dbname": "PGDATABASE", "user": "PGUSER", "password": "PGPASSWORD", "host": "PGHOST", "port": "PGPORT"}
    names["sslmode"] = "PGSSLMODE"
    env.update({names[key]: value for key, value in _connection_params().items()})
    return env


def _raw_connection():
    return psycopg.connect(**_connection_params())


# --- what describes a schema ----------------------------------------------------------


def _migrations(cursor, schema: str) -> dict[str, str]:
    cursor.execute(f"SELECT app, max(name) FROM {_quote(schema)}.django_migrations GROUP BY app ORDER BY app")
    return dict(cursor.fetchall())


def _tables(cursor, schema: str) -> list[str]:
    cursor.execute(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname",
        [schema],
    )
    return [row[0] for row in cursor.fetchall()]


def table_stats(cursor, schema: str) -> dict[str, dict]:
    """Rows and an order-independent checksum (sum of row hashes) of every table in `schema`."""
    tables = _tables(cursor, schema)
    if not tables:
        return {}
    cursor.execute("SET LOCAL TIME ZONE 'UTC'")
    parts = [
        f"SELECT %s::text, count(*), coalesce(sum(('x' || left(md5(t::text), 15))::bit(60)::bigint), 0)::text "
        f"FROM {_quote(schema)}.{_quote(table)} t"
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
            f"SELECT row_to_json(t)::text FROM public.{_quote(model._meta.db_table)} t "
            f"WHERE {_quote(column)} = %s ORDER BY id",
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
        f"SELECT {', '.join(_USER_COLUMNS)} FROM public.{_quote(User._meta.db_table)} WHERE id = ANY(%s) ORDER BY id",
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
                        f"--schema={_quote(schema)}",
                        f"--snapshot={snapshot}",
                        "--no-owner",
                        "--no-privileges",
                        f"--file={work / SCHEMA_DUMP}",
                    ],
                    env=_libpq_env(),
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


def _safe_member(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not name.startswith("/") and ".." not in parts


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


def _extract_verified(path: Path, manifest: dict, work: Path) -> None:
    expected = dict(manifest["files"])
    seen: set[str] = set()
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                if member.name == MANIFEST:
                    continue
                if not member.isfile() or not _safe_member(member.name) or member.name not in expected:
                    raise BackupError(f"Unexpected member {member.name!r} in the backup.")
                target = work / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with archive.extractfile(member) as source, open(target, "wb") as sink:
                    for chunk in iter(lambda source=source: source.read(1 << 20), b""):
                        digest.update(chunk)
                        sink.write(chunk)
                if not hmac.compare_digest(digest.hexdigest(), expected[member.name]):
                    raise BackupError(f"Checksum mismatch for {member.name}: the file is damaged or was altered.")
                seen.add(member.name)
    except (OSError, tarfile.TarError, EOFError, gzip.BadGzipFile) as exc:
        raise BackupError(f"Cannot read the backup: {exc}") from exc
    missing = set(expected) - seen
    if missing:
        raise BackupError(f"The backup is incomplete: {', '.join(sorted(missing))} missing.")


def _check_schema_version(manifest: dict) -> None:
    here = current_schema_version()
    theirs = manifest.get("schema_version") or {}
    differences = []
    for scope in ("tenant", "shared"):
        ours, other = here[scope], theirs.get(scope) or {}
        for app in sorted(set(ours) | set(other)):
            if ours.get(app) != other.get(app):
                differences.append(f"{app}: backup {other.get(app) or 'none'}, here {ours.get(app) or 'none'}")
    if differences:
        raise BackupError(
            "The backup's schema version does not match this installation (" + "; ".join(differences) + ")."
        )


# --- loading the dump ------------------------------------------------------------------

_IDENT = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)'
_COPY = re.compile(rf"^COPY (?P<schema>{_IDENT})\.(?P<table>{_IDENT}) (?P<columns>\(.*\) )?FROM stdin;$")
_SETVAL = re.compile(
    r"^SELECT pg_catalog\.setval\('(?P<name>(?:[^']|'')+)', (?P<value>-?\d+), (?P<called>true|false)\);$"
)
_HARMLESS = re.compile(r"^(--.*|SET [a-z_]+ = .*;|SELECT pg_catalog\.set_config\('search_path', '', false\);|)$")


def _load_dump(dump: Path, *, source_schema: str, target_schema: str) -> None:
    """Copy the dump's rows into `target_schema`'s (empty) tables, in the current transaction."""
    source_ident = source_schema if re.fullmatch(r"[a-z_][a-z0-9_$]*", source_schema) else _quote(source_schema)
    target = _quote(target_schema)
    process = subprocess.Popen(
        [runtime.postgres_tool("pg_restore"), "--data-only", "--no-owner", "--no-privileges", "--file=-", str(dump)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_libpq_env(),
    )
    try:
        with connection.cursor() as wrapper:
            cursor = wrapper.cursor
            lines = process.stdout
            for raw in lines:
                line = raw.decode().rstrip("\n")
                copy = _COPY.match(line)
                if copy:
                    if copy["schema"] != source_ident:
                        raise BackupError(f"The dump names another schema: {copy['schema']}.")
                    statement = f"COPY {target}.{copy['table']} {copy['columns'] or ''}FROM STDIN"
                    with cursor.copy(statement) as sink:
                        buffer = []
                        size = 0
                        for row in lines:
                            if row == b"\\.\n":
                                break
                            buffer.append(row)
                            size += len(row)
                            if size > 1 << 20:
                                sink.write(b"".join(buffer))
                                buffer, size = [], 0
                        else:
                            raise BackupError("The dump ends inside a table's rows.")
                        if buffer:
                            sink.write(b"".join(buffer))
                    continue
                setval = _SETVAL.match(line)
                if setval:
                    name = setval["name"].replace("''", "'")
                    if not name.startswith(source_ident + "."):
                        raise BackupError(f"The dump names another schema's sequence: {name}.")
                    sequence = f"{target}.{name[len(source_ident) + 1 :]}"
                    cursor.execute(
                        "SELECT pg_catalog.setval(%s::regclass, %s, %s)",
                        [sequence, int(setval["value"]), setval["called"] == "true"],
                    )
                    continue
                if _HARMLESS.match(line):
                    continue
                raise BackupError(f"Unexpected statement in the dump: {line[:80]!r}")
    finally:
        process.stdout.close()
        stderr = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        code = process.wait()
    if code != 0:
        raise BackupError(f"pg_restore failed: {stderr.strip()[:500]}")


# --- restore ------------------------------------------------------------------------------


def _fields(model, row: dict, *, exclude=(), **overrides) -> dict:
    names = {f.attname for f in model._meta.concrete_fields} - {"id", *exclude}
    values = {name: row[name] for name in names if name in row}
    values.update(overrides)
    return values


def _map_users(users: list[dict]) -> dict[int, int]:
    """Backup user id -> user id here, matched by email; missing people are created (never as staff)."""
    mapping = {}
    for user in users:
        found = User.objects.filter(email__iexact=user["email"]).first()
        if found is None:
            found = User(email=user["email"].lower(), full_name=user["full_name"], is_active=user["is_active"])
            found.password = user["password"]
            found.date_joined = user["date_joined"]
            found.save()
        mapping[user["id"]] = found.pk
    return mapping


def _check_target(manifest: dict, as_slug: str | None, confirm_overwrite: bool) -> tuple[str, Tenant | None]:
    origin = manifest["tenant"]
    slug = (as_slug or origin["slug"]).strip().lower()
    existing = Tenant.objects.filter(slug=slug).first()
    if existing is not None:
        if as_slug:
            raise BackupError(f"A tenant {slug!r} already exists: --as needs a new slug.")
        if existing.is_template or existing.created_at != datetime.fromisoformat(origin["created_at"]):
            raise BackupError(
                f"The tenant now called {slug!r} is not the one this backup was taken from: restore it with --as."
            )
        if not confirm_overwrite:
            raise BackupError(f"Restoring over {slug!r} replaces all its data: confirm to go on.")
        return slug, existing
    try:
        SLUG_VALIDATOR(slug)
    except ValidationError as exc:
        raise BackupError(exc.messages[0]) from exc
    if slug in RESERVED_SLUGS:
        raise BackupError(f"{slug!r} is reserved.")
    from tenants.services import schema_name_for

    if schema_exists(schema_name_for(slug)):
        raise BackupError(f"A schema for {slug!r} already exists.")
    return slug, None


def _restore_shared(tenant: Tenant, shared: dict, *, same_tenant: bool, fresh: bool) -> dict[str, int]:
    rows = shared["rows"]
    users = _map_users(shared["users"])
    skipped: dict[str, int] = {}

    def user(value):
        return users.get(value) if value is not None else None

    settings_rows = rows["settings"]
    if settings_rows:
        TenantSettings.objects.update_or_create(
            tenant=tenant, defaults=_fields(TenantSettings, settings_rows[0], exclude=("tenant_id", "updated_at"))
        )

    Membership.objects.filter(tenant=tenant).delete()
    Membership.objects.bulk_create(
        Membership(
            **_fields(
                Membership,
                row,
                tenant_id=tenant.pk,
                user_id=user(row["user_id"]),
                invited_by_id=user(row["invited_by_id"]),
            )
        )
        for row in rows["memberships"]
    )

    if fresh and same_tenant:
        # A dropped tenant comes back with its own host names, if nobody took them since.
        for row in rows["domains"]:
            if Domain.objects.filter(domain=row["domain"]).exclude(tenant=tenant).exists():
                raise BackupError(f"The host {row['domain']} now belongs to another tenant.")
            Domain.objects.update_or_create(
                domain=row["domain"], defaults={"tenant": tenant, "is_primary": row["is_primary"]}
            )

    # Keys and hook tokens are credentials: they come back only to the tenant they belong to.
    for model, key, unique in ((ApiKey, "api_keys", "prefix"), (HookToken, "hook_tokens", "token")):
        if not same_tenant:
            skipped[key] = len(rows[key])
            continue
        values = [row[unique] for row in rows[key]]
        if model.objects.filter(**{f"{unique}__in": values}).exclude(tenant=tenant).exists():
            raise BackupError(f"Some {key.replace('_', ' ')} in the backup belong to another tenant now.")
        model.objects.filter(tenant=tenant).delete()
        objects = []
        for row in rows[key]:
            extra = {"user_id": user(row["user_id"])} if model is ApiKey else {}
            objects.append(model(**_fields(model, row, tenant_id=tenant.pk, **extra)))
        model.objects.bulk_create(objects)

    # The audit trail is append-only: events still here are re-attached, missing ones re-added.
    events = rows["audit_events"]
    present = set()
    if same_tenant:
        ids = [row["id"] for row in events]
        AuditEvent.objects.filter(id__in=ids, tenant__isnull=True).update(tenant=tenant)
        present = set(AuditEvent.objects.filter(id__in=ids, tenant=tenant).values_list("id", flat=True))
    AuditEvent.objects.bulk_create(
        AuditEvent(**_fields(AuditEvent, row, tenant_id=tenant.pk, actor_id=user(row["actor_id"])))
        for row in events
        if row["id"] not in present
    )
    return skipped


def _truncate(schema: str) -> None:
    with connection.cursor() as cursor:
        tables = _tables(cursor, schema)
        if tables:
            cursor.execute(
                "TRUNCATE " + ", ".join(f"{_quote(schema)}.{_quote(t)}" for t in tables) + " RESTART IDENTITY"
            )


def _install_media(work: Path, schema: str) -> None:
    source = work / MEDIA_PREFIX.rstrip("/")
    target = tenant_media_dir(schema)
    if target.exists():
        shutil.rmtree(target)
    if source.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source, target)


def tenant_restore(
    *,
    path: Path,
    as_slug: str | None = None,
    confirm_overwrite: bool = False,
    actor: User | None = None,
    ip_address: str | None = None,
) -> RestoreResult:
    """Restore a backup into a new tenant, or over the tenant it came from (with `confirm_overwrite`)."""
    from tenants.services import audit_record, schema_name_for, tenant_host

    path = Path(path)
    connection.set_schema_to_public()
    manifest = read_manifest(path)
    _check_schema_version(manifest)
    origin = manifest["tenant"]
    slug, existing = _check_target(manifest, as_slug, confirm_overwrite)
    same_tenant = not as_slug or slug == origin["slug"]

    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".restore-") as work_name:
        work = Path(work_name)
        _extract_verified(path, manifest, work)
        shared = json.loads((work / SHARED).read_text())
        tenant_row = shared["rows"]["tenant"][0]
        with transaction.atomic():
            if existing is not None:
                tenant = Tenant.objects.select_for_update().get(pk=existing.pk)
                for name, value in _fields(
                    Tenant, tenant_row, exclude=("schema_name", "slug", "is_template", "created_at")
                ).items():
                    setattr(tenant, name, value)
                tenant.save()
            else:
                tenant = Tenant(
                    schema_name=schema_name_for(slug),
                    slug=slug,
                    **_fields(Tenant, tenant_row, exclude=("schema_name", "slug", "is_template", "created_at")),
                )
                tenant.name = tenant_row["name"] if same_tenant else f"{tenant_row['name']} ({slug})"
                tenant.save(verbosity=0)
                if same_tenant:
                    Tenant.objects.filter(pk=tenant.pk).update(created_at=tenant_row["created_at"])
                else:
                    Domain.objects.create(domain=tenant_host(tenant), tenant=tenant, is_primary=True)
            skipped = _restore_shared(tenant, shared, same_tenant=same_tenant, fresh=existing is None)
            _truncate(tenant.schema_name)
            _load_dump(work / SCHEMA_DUMP, source_schema=origin["schema_name"], target_schema=tenant.schema_name)
            with connection.cursor() as cursor:
                restored = table_stats(cursor, tenant.schema_name)
            if restored != manifest["tables"]:
                wrong = sorted(
                    name
                    for name in set(restored) | set(manifest["tables"])
                    if restored.get(name) != manifest["tables"].get(name)
                )
                raise BackupError(f"Restored tables differ from the backup: {', '.join(wrong[:10])}.")
            audit_record(
                action="tenant.restored",
                tenant=tenant,
                actor=actor,
                target=tenant,
                ip_address=ip_address,
                metadata={
                    "file": path.name,
                    "from_tenant": origin["slug"],
                    "backup_created_at": manifest["created_at"],
                    "replaced": existing is not None,
                },
            )
        _install_media(work, tenant.schema_name)
    connection.set_schema_to_public()
    tenant.refresh_from_db()
    return RestoreResult(tenant=tenant, replaced=existing is not None, rows=manifest["counts"]["rows"], skipped=skipped)


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
