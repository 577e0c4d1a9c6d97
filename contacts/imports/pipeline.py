"""CSV import use cases: upload, map, validate, import, cancel, dry run.

Validation cleans every row with the same rules as the API and reports what
would happen (rejected rows with reasons, matches with existing contacts)
without writing contacts. Importing cleans the stored file again and streams
the good rows with COPY into a temporary staging table, then writes them with
set-based SQL (contacts.imports.sql) in the same transaction: any failure
rolls all of it back, so an import lands completely or not at all. Progress
is published through the cache (tenant-prefixed keys) because the import's
own transaction is invisible to other connections until it commits.
"""

from concurrent.futures import ThreadPoolExecutor
from itertools import islice

import psycopg
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from contacts.imports import sql
from contacts.imports.mapping import check_mapping, parse_mapping, suggest, template_from
from contacts.imports.reader import iter_rows, read_csv
from contacts.imports.rows import RowCleaner
from contacts.models import (
    ContactImport,
    CustomFieldDefinition,
    DuplicatePolicy,
    Group,
    ImportRow,
    MappingTemplate,
)
from contacts.validation import build_context
from voiceplatform.tasks import enqueue_on_commit

S = ContactImport.Status
PROGRESS_EVERY = 2000
CHUNK = 10_000
# --- progress -------------------------------------------------------------------------------


def _progress_key(import_id: int) -> str:
    return f"contacts:import:{import_id}:progress"


def progress_set(import_id: int, phase: str, done: int, total: int) -> None:
    cache.set(_progress_key(import_id), {"phase": phase, "done": done, "total": total}, timeout=3600)


def progress_for(contact_import: ContactImport) -> dict:
    """{"phase", "done", "total", "percent"}: live figures while a task runs, else the stored state."""
    live = cache.get(_progress_key(contact_import.pk)) if not contact_import.is_finished else None
    total = contact_import.total_rows or 1
    if contact_import.status in (S.VALIDATING, S.IMPORTING) and live:
        phase, done, total = live["phase"], live["done"], live["total"] or 1
    elif contact_import.status in (S.VALIDATED, S.COMPLETED):
        phase, done = contact_import.status, total
    else:
        phase, done = contact_import.status, 0
    return {"phase": phase, "done": done, "total": total, "percent": min(100, round(100 * done / total))}


# --- upload and mapping ---------------------------------------------------------------------


def _options(options: dict | None) -> dict:
    options = dict(options or {})
    unknown = set(options) - {"group_id", "strict"}
    if unknown:
        raise ValidationError({"options": [f"Unknown option(s): {', '.join(sorted(unknown))}."]})
    if options.get("group_id") not in (None, ""):
        try:
            group_id = int(options["group_id"])
        except (TypeError, ValueError) as exc:
            raise ValidationError({"group_id": ["Choose a group."]}) from exc
        if not Group.objects.filter(pk=group_id).exists():
            raise ValidationError({"group_id": ["There is no such group."]})
        options["group_id"] = group_id
    else:
        options.pop("group_id", None)
    options["strict"] = bool(options.get("strict", False))
    return options


def check_policy(on_duplicate: str) -> str:
    if on_duplicate not in DuplicatePolicy.values:
        raise ValidationError({"on_duplicate": [f"Choose one of: {', '.join(DuplicatePolicy.values)}."]})
    return on_duplicate


@transaction.atomic
def contact_import_create(
    *,
    file_name: str,
    content: bytes,
    actor=None,
    mapping=None,
    on_duplicate: str = DuplicatePolicy.SKIP,
    options: dict | None = None,
    template: MappingTemplate | None = None,
) -> ContactImport:
    """Accept an upload. A file that cannot be read is refused here and nothing is stored."""
    parsed = read_csv(content)
    definitions = list(CustomFieldDefinition.objects.all())
    if mapping is not None:
        columns = parse_mapping(mapping, parsed.headers, definitions)
    else:
        columns = suggest(parsed.headers, definitions, template.mapping if template else None)
    return ContactImport.objects.create(
        file_name=(file_name or "upload.csv")[:255],
        file_size=len(content),
        content=content,
        delimiter=parsed.delimiter,
        headers=parsed.headers,
        preview=parsed.preview,
        total_rows=parsed.total_rows,
        mapping=columns,
        on_duplicate=check_policy(on_duplicate),
        options=_options(options),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )


@transaction.atomic
def contact_import_set_mapping(
    *,
    contact_import: ContactImport,
    mapping,
    on_duplicate: str,
    options: dict | None = None,
    save_template_as: str = "",
    actor=None,
) -> ContactImport:
    """Choose the columns and the duplicate policy (again, until the import has run)."""
    contact_import = ContactImport.objects.select_for_update().get(pk=contact_import.pk)
    if contact_import.status not in (S.UPLOADED, S.VALIDATED, S.FAILED):
        raise ValidationError({"status": [f"The import is {contact_import.get_status_display().lower()}."]})
    if contact_import.status == S.FAILED and not contact_import.content:
        raise ValidationError({"status": ["The file of this failed import is gone; upload it again."]})
    definitions = list(CustomFieldDefinition.objects.all())
    contact_import.mapping = parse_mapping(mapping, contact_import.headers, definitions)
    contact_import.on_duplicate = check_policy(on_duplicate)
    contact_import.options = _options(options)
    _reset(contact_import)
    contact_import.save()
    if save_template_as:
        from contacts.services.catalog import mapping_template_create

        mapping_template_create(
            name=save_template_as,
            mapping=template_from(contact_import.mapping, contact_import.headers),
            actor=actor,
        )
    return contact_import


def _reset(contact_import: ContactImport) -> None:
    sql.delete_rows([contact_import.pk])
    contact_import.status = S.UPLOADED
    contact_import.error = ""
    contact_import.validated_at = None
    for name in ("valid_count", "rejected_count", "duplicate_count"):
        setattr(contact_import, name, 0)


def contact_import_start(*, contact_import: ContactImport, apply: bool = False) -> ContactImport:
    """Queue validation, or with `apply` (the API's one-step import) the import itself."""
    from contacts.tasks import import_validate

    check_mapping(contact_import.mapping)
    if contact_import.status != S.UPLOADED:
        raise ValidationError({"status": ["Only a freshly mapped import can be validated."]})
    enqueue_on_commit(import_validate, contact_import.pk, apply)
    return contact_import


@transaction.atomic
def contact_import_confirm(*, contact_import: ContactImport) -> ContactImport:
    """Queue the import of a validated file."""
    from contacts.tasks import import_apply

    updated = ContactImport.objects.filter(pk=contact_import.pk, status=S.VALIDATED).update(
        status=S.IMPORTING, started_at=timezone.now()
    )
    if not updated:
        raise ValidationError({"status": ["Only a validated import can be started."]})
    enqueue_on_commit(import_apply, contact_import.pk)
    contact_import.refresh_from_db()
    return contact_import


@transaction.atomic
def contact_import_cancel(*, contact_import: ContactImport) -> ContactImport:
    updated = ContactImport.objects.filter(pk=contact_import.pk, status__in=[S.UPLOADED, S.VALIDATED, S.FAILED]).update(
        status=S.CANCELLED, content=b"", finished_at=timezone.now()
    )
    if not updated:
        raise ValidationError({"status": ["This import can no longer be cancelled."]})
    sql.delete_rows([contact_import.pk])
    contact_import.refresh_from_db()
    return contact_import


# --- validation and import ----------------------------------------------------------------------


def _cleaner(contact_import: ContactImport, tenant) -> RowCleaner:
    # Everything cleaning may look up is loaded first: no query may run during a COPY.
    ctx = build_context(tenant, groups_by="name").preload()
    return RowCleaner(ctx, contact_import.mapping, contact_import.headers)


def _cleaned(contact_import: ContactImport, cleaner: RowCleaner, rejected: list, phase: str):
    """Clean rows (with progress); yield the good ones, keep the rejected ones aside."""
    text = bytes(contact_import.content).decode("utf-8-sig")
    total = contact_import.total_rows
    for number, cells in iter_rows(text, contact_import.delimiter):
        if number % PROGRESS_EVERY == 0:
            progress_set(contact_import.pk, phase, number, total)
        row = cleaner.clean(number, cells)
        if row.ok:
            yield row
        else:
            rejected.append((row.row_number, row.cells, row.errors, ImportRow.Outcome.REJECTED, None))


def contact_import_validate(*, import_id: int, tenant) -> ContactImport | None:
    """Check every row and count duplicates, without writing contacts (idempotent)."""
    claimed = ContactImport.objects.filter(pk=import_id, status=S.UPLOADED).update(status=S.VALIDATING)
    if not claimed and not ContactImport.objects.filter(pk=import_id, status=S.VALIDATING).exists():
        return None
    try:
        with transaction.atomic():
            contact_import = (
                ContactImport.objects.select_for_update(skip_locked=True)
                .filter(pk=import_id, status=S.VALIDATING)
                .first()
            )
            if contact_import is None:
                return None
            sql.delete_rows([contact_import.pk])
            rejected: list = []
            valid = list(_cleaned(contact_import, _cleaner(contact_import, tenant), rejected, "validating"))
            progress_set(import_id, "matching", contact_import.total_rows, contact_import.total_rows)
            matches = sql.existing_matches(valid)
            duplicates, moves = [], 0
            for row in valid:
                match = matches.get(row.row_number)
                if match is None:
                    continue
                status = row.data.get("status")
                moving = contact_import.on_duplicate == DuplicatePolicy.UPDATE and status
                if moving and not sql.transition_allowed(match["status"], status):
                    message = f"Lead status: a contact cannot go from {match['status']} to {status}."
                    rejected.append((row.row_number, row.cells, [message], ImportRow.Outcome.REJECTED, None))
                    moves += 1
                else:
                    duplicates.append((row.row_number, [], [], ImportRow.Outcome.VALID, match["id"]))
            rejected.sort()
            sql.save_report_rows(import_id, rejected + duplicates[: sql.REPORT_LIMIT])
            contact_import.valid_count = len(valid) - moves
            contact_import.rejected_count = len(rejected)
            contact_import.duplicate_count = len(duplicates)
            contact_import.total_rows = contact_import.valid_count + contact_import.rejected_count
            contact_import.status = S.VALIDATED
            contact_import.validated_at = timezone.now()
            contact_import.save()
            return contact_import
    except (ValidationError, ValueError) as exc:
        return _fail(import_id, exc)


def _write_in_chunks(writer: sql.StageWriter, rows, ids) -> None:
    """Stage and write CHUNK rows at a time. While PostgreSQL writes one chunk (in a helper thread
    that waits on the server, not on Python), this thread cleans the next: the two cores work
    at once, inside one transaction on one connection."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = None
        chunk = list(islice(rows, CHUNK))
        while chunk:
            lines = sql.stage_lines(chunk, ids)
            if pending is not None:
                pending.result()
            writer.load(lines)
            pending = pool.submit(writer.write_chunk)
            chunk = list(islice(rows, CHUNK))
        if pending is not None:
            pending.result()


def _with_cells(contact_import: ContactImport, report: list) -> list:
    """Put the file's cells back on report rows rejected in SQL (they were not staged)."""
    wanted = {row[0] for row in report if row[3] == ImportRow.Outcome.REJECTED}
    if not wanted:
        return report
    text = bytes(contact_import.content).decode("utf-8-sig")
    cells = {number: row for number, row in iter_rows(text, contact_import.delimiter) if number in wanted}
    return [(n, cells.get(n, []) if o == ImportRow.Outcome.REJECTED else c, e, o, i) for n, c, e, o, i in report]


def _fail(import_id: int, exc: Exception) -> ContactImport:
    message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
    ContactImport.objects.filter(pk=import_id).update(status=S.FAILED, error=message[:2000], finished_at=timezone.now())
    sql.delete_rows([import_id])
    return ContactImport.objects.get(pk=import_id)


def contact_import_apply(*, import_id: int, tenant, one_step: bool = False) -> ContactImport | None:
    """Import the file: all of its good rows, or on any failure none (idempotent).

    `one_step` (the API) starts from a freshly uploaded file; the portal first validates.
    """
    from tenants.services import audit_record

    claimable = [S.VALIDATED, S.UPLOADED] if one_step else [S.VALIDATED]
    ContactImport.objects.filter(pk=import_id, status__in=claimable).update(
        status=S.IMPORTING, started_at=timezone.now()
    )
    try:
        with transaction.atomic():
            contact_import = (
                ContactImport.objects.select_for_update(skip_locked=True)
                .filter(pk=import_id, status=S.IMPORTING)
                .first()
            )
            if contact_import is None:
                return None
            sql.delete_rows([import_id])
            cleaner = _cleaner(contact_import, tenant)
            actor = contact_import.created_by if contact_import.created_by_id else None
            writer = sql.StageWriter(
                contact_import,
                actor_id=contact_import.created_by_id,
                actor_label=getattr(actor, "email", "") or "CSV import",
            )
            rejected: list = []
            sql.stage_create()
            ids = iter(sql.reserve_ids(contact_import.total_rows))
            _write_in_chunks(writer, _cleaned(contact_import, cleaner, rejected, "importing"), ids)
            if contact_import.options.get("strict") and rejected:
                raise ValueError(
                    f"{len(rejected)} row(s) were rejected and the import was set to all-or-nothing: "
                    "nothing was imported."
                )
            sql.vocabulary_add(cleaner.vocabulary())
            counts = {**writer.counts, "report": writer.report}
            report = sorted(rejected + _with_cells(contact_import, counts["report"]))
            sql.save_report_rows(import_id, report)
            moves = sum(1 for row in counts["report"] if row[3] == ImportRow.Outcome.REJECTED)
            contact_import.rejected_count = len(rejected) + moves
            contact_import.created_count = counts["created"]
            contact_import.updated_count = counts["updated"]
            contact_import.skipped_count = counts["skipped"]
            contact_import.duplicate_count = counts["updated"] + counts["skipped"]
            contact_import.valid_count = counts["created"] + contact_import.duplicate_count
            contact_import.total_rows = contact_import.valid_count + contact_import.rejected_count
            contact_import.status = S.COMPLETED
            contact_import.finished_at = timezone.now()
            contact_import.content = b""
            contact_import.save()
            audit_record(
                action="contacts.imported",
                tenant=tenant,
                actor=actor,
                target=contact_import,
                metadata={k: counts[k] for k in ("created", "updated", "skipped")}
                | {"rejected": contact_import.rejected_count, "file": contact_import.file_name},
            )
            return contact_import
    except (IntegrityError, psycopg.errors.IntegrityError) as exc:
        return _fail(
            import_id,
            ValueError(
                "A contact with one of these numbers was created while the import ran, so nothing was "
                f"imported. Run the import again. ({str(exc).splitlines()[0][:200]})"
            ),
        )
    except (ValidationError, ValueError) as exc:
        return _fail(import_id, exc)
