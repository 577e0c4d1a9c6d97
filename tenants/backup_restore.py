"""Restoring a tenant backup (see tenants.backups for the archive's format).

The archive's manifest signature, every member's SHA-256 and the schema
version are checked before anything is written. The tenant's tables are then
built from the template schema (same schema version, so the same structure)
and the dump's data section is loaded into them, rewriting only the table and
sequence names pg_restore generates; the rows themselves are copied byte for
byte. Everything is one transaction: the shared rows, the schema, the data
and a final check that every table's count and checksum equal the manifest's.
Anything wrong and nothing is changed. Only the target tenant is written: a
restore as a new slug refuses a slug or schema that exists, and a restore
over a tenant refuses a tenant that is not the one the backup was taken from.
"""

# ruff: noqa: S603 - pg_restore from PG_BIN_DIR/pgserver with fixed arguments

from __future__ import annotations

import gzip
import hashlib
import hmac
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django_tenants.utils import schema_exists

from tenants.backups import (
    MANIFEST,
    MEDIA_PREFIX,
    SCHEMA_DUMP,
    SHARED,
    BackupError,
    current_schema_version,
    libpq_env,
    quote_ident,
    read_manifest,
    schema_tables,
    table_stats,
    tenant_media_dir,
)
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


@dataclass
class RestoreResult:
    tenant: Tenant
    replaced: bool
    rows: int
    skipped: dict[str, int] = field(default_factory=dict)


def _safe_member(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not name.startswith("/") and ".." not in parts


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
    source_ident = source_schema if re.fullmatch(r"[a-z_][a-z0-9_$]*", source_schema) else quote_ident(source_schema)
    target = quote_ident(target_schema)
    process = subprocess.Popen(
        [runtime.postgres_tool("pg_restore"), "--data-only", "--no-owner", "--no-privileges", "--file=-", str(dump)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=libpq_env(),
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
        tables = schema_tables(cursor, schema)
        if tables:
            cursor.execute(
                "TRUNCATE " + ", ".join(f"{quote_ident(schema)}.{quote_ident(t)}" for t in tables) + " RESTART IDENTITY"
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
