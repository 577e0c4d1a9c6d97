"""What an import did or would do: the dry run, the report, the rejected rows."""

from contacts.imports import sql
from contacts.imports.mapping import check_mapping, parse_mapping, suggest
from contacts.imports.pipeline import check_policy, progress_for
from contacts.imports.reader import iter_rows, read_csv
from contacts.imports.rows import RowCleaner
from contacts.models import ContactImport, CustomFieldDefinition, DuplicatePolicy, ImportRow
from contacts.validation import build_context

REPORT_LIMIT = sql.REPORT_LIMIT


def contact_import_dry_run(*, tenant, content: bytes, mapping=None, on_duplicate: str = DuplicatePolicy.SKIP) -> dict:
    """The validation report for a file, without writing anything."""
    parsed = read_csv(content)
    definitions = list(CustomFieldDefinition.objects.all())
    columns = (
        parse_mapping(mapping, parsed.headers, definitions)
        if mapping is not None
        else suggest(parsed.headers, definitions)
    )
    check_mapping(columns)
    check_policy(on_duplicate)
    ctx = build_context(tenant, groups_by="name")
    cleaner = RowCleaner(ctx, columns, parsed.headers)
    rows = [cleaner.clean(number, cells) for number, cells in iter_rows(parsed.text, parsed.delimiter)]
    matches = sql.existing_matches([r for r in rows if r.ok])
    rejected, duplicates = [], []
    for row in rows:
        match = matches.get(row.row_number)
        if row.ok and match and on_duplicate == DuplicatePolicy.UPDATE:
            status = row.data.get("status")
            if status and not sql.transition_allowed(match["status"], status):
                row.errors.append(f"Lead status: a contact cannot go from {match['status']} to {status}.")
        if not row.ok:
            rejected.append(_rejected_entry(row.row_number, row.errors, row.cells, parsed.headers))
        elif match:
            duplicates.append({"row": row.row_number, "contact_id": match["id"]})
    valid = len(rows) - len(rejected)
    would = {"create": valid - len(duplicates), "update": 0, "skip": 0}
    would["skip" if on_duplicate == DuplicatePolicy.SKIP else "update"] = len(duplicates)
    return {
        "dry_run": True,
        "file_name": "",
        "total_rows": len(rows),
        "delimiter": parsed.delimiter,
        "mapping": _mapping_report(parsed.headers, columns),
        "on_duplicate": on_duplicate,
        "counts": {
            "valid": valid,
            "rejected": len(rejected),
            "duplicates": len(duplicates),
            "would_create": would["create"],
            "would_update": would["update"],
            "would_skip": would["skip"],
        },
        "rejected_rows": rejected[:REPORT_LIMIT],
        "duplicate_rows": duplicates[:REPORT_LIMIT],
    }


def _rejected_entry(row_number: int, errors: list[str], cells: list[str], headers: list[str]) -> dict:
    return {
        "row": row_number,
        "errors": errors,
        "values": {header: (cells[i] if i < len(cells) else "") for i, header in enumerate(headers)},
    }


def _mapping_report(headers: list[str], mapping: list[str | None]) -> list[dict]:
    return [{"column": i, "header": h, "field": t} for i, (h, t) in enumerate(zip(headers, mapping, strict=False))]


def rejected_rows(contact_import: ContactImport, limit: int | None = None):
    rows = ImportRow.objects.filter(contact_import=contact_import, outcome=ImportRow.Outcome.REJECTED).order_by(
        "row_number"
    )
    rows = rows.only("row_number", "errors", "raw")
    return rows[:limit] if limit else rows.iterator(chunk_size=2000)


def import_report(contact_import: ContactImport, limit: int = REPORT_LIMIT) -> dict:
    """Status, progress, counts and the rows that were not imported, with reasons."""
    headers = contact_import.headers
    rejected = [_rejected_entry(r.row_number, r.errors, r.raw, headers) for r in rejected_rows(contact_import, limit)]
    duplicates = list(
        ImportRow.objects.filter(contact_import=contact_import, contact_id__isnull=False)
        .exclude(outcome=ImportRow.Outcome.REJECTED)
        .order_by("row_number")
        .values("row_number", "contact_id", "outcome")[:limit]
    )
    return {
        "mapping": _mapping_report(headers, contact_import.mapping),
        "progress": progress_for(contact_import),
        "counts": {
            "total": contact_import.total_rows,
            "valid": contact_import.valid_count,
            "rejected": contact_import.rejected_count,
            "duplicates": contact_import.duplicate_count,
            "created": contact_import.created_count,
            "updated": contact_import.updated_count,
            "skipped": contact_import.skipped_count,
        },
        "rejected_rows": rejected,
        "duplicate_rows": [
            {"row": d["row_number"], "contact_id": d["contact_id"], "outcome": d["outcome"]} for d in duplicates
        ],
    }
