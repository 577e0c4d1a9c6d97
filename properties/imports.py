"""Importing properties from CSV: a preview that writes nothing, then the same file committed.

The file is read by the contacts import's reader (UTF-8 with or without BOM,
comma/semicolon/tab, quoted line breaks, malformed files refused). Every row
goes through `clean_property`, the rule set the API and the form use. A row
with any error is reported (row number, field, column, message) and not
written at all; the valid rows are written in one transaction, so a failure
while writing leaves nothing behind. A row whose reference exists already
updates that property (re-importing an agency's export refreshes prices and
availability instead of duplicating them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from contacts.imports.mapping import normalise_header
from contacts.imports.reader import iter_rows, read_csv
from properties.models import Property
from properties.validation import SPEC_KEY, clean_property

MAX_ROWS = 5000
REPORT_LIMIT = 500

COLUMNS = {
    "name": ("name", "title", "propertyname", "property", "listing"),
    "type": ("type", "propertytype", "kind", "category"),
    "location": ("location", "area", "address", "locality", "neighbourhood", "neighborhood"),
    "price_min": ("pricemin", "minprice", "pricefrom", "minimumprice", "lowestprice"),
    "price_max": ("pricemax", "maxprice", "priceto", "maximumprice", "highestprice"),
    "price": ("price", "askingprice", "listprice"),
    "currency": ("currency", "ccy"),
    "amenities": ("amenities", "features", "facilities"),
    "specifications": ("specifications", "specs"),
    "availability": ("availability", "status"),
    "reference": ("reference", "ref", "code", "listingid", "propertyid", "propertyref"),
    "description": ("description", "details"),
}
_BY_HEADER = {synonym: target for target, synonyms in COLUMNS.items() for synonym in synonyms}


@dataclass
class Row:
    number: int
    data: dict
    errors: list[dict] = field(default_factory=list)
    existing: Property | None = None
    values: dict = field(default_factory=dict)


def column_targets(headers: list[str]) -> list[str | None]:
    """What each column fills: a property field, `spec:<key>` for any other named column, None to ignore."""
    targets, seen = [], set()
    for header in headers:
        target = _BY_HEADER.get(normalise_header(header))
        if target is None:
            key = re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")
            target = f"spec:{key}" if SPEC_KEY.match(key) else None
        if target in seen:
            target = None  # the first column of a kind wins; a second "price" is not a silent overwrite
        if target:
            seen.add(target)
        targets.append(target)
    return targets


def _specifications(text: str) -> dict | str:
    """`bedrooms=3; bathrooms=2` as a dict (or the text back when it is not that shape)."""
    specs = {}
    for part in re.split(r"[;|\n]", text):
        if not part.strip():
            continue
        key, sep, value = part.partition("=") if "=" in part else part.partition(":")
        if not sep or not key.strip():
            return text
        specs[key.strip()] = value.strip()
    return specs


def _row_data(cells: list[str], targets: list[str | None]) -> tuple[dict, dict]:
    """(property data, {field: the column it came from})."""
    data: dict = {}
    columns: dict = {}
    specs: dict = {}
    for index, target in enumerate(targets):
        value = cells[index].strip() if index < len(cells) else ""
        if target is None or not value:
            continue
        if target.startswith("spec:"):
            specs[target[5:]] = value
            columns.setdefault("specifications", target[5:])
        elif target == "specifications":
            parsed = _specifications(value)
            data["specifications"] = parsed
            columns["specifications"] = target
        elif target == "price":
            data.setdefault("price_min", value)
            data.setdefault("price_max", value)
            columns.setdefault("price_min", "price")
            columns.setdefault("price_max", "price")
        else:
            data[target] = value
            columns[target] = target
    if specs:
        if isinstance(data.get("specifications"), dict):
            data["specifications"] = {**specs, **data["specifications"]}
        elif "specifications" not in data:
            data["specifications"] = specs
    return data, columns


def _check(number: int, data: dict, columns: dict, existing: Property | None) -> Row:
    row = Row(number=number, data=data, existing=existing)
    try:
        row.values = clean_property(data, instance=existing)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            for message in messages:
                row.errors.append({"row": number, "field": name, "column": columns.get(name, ""), "message": message})
    return row


def _read(content: bytes) -> tuple[list[str], list[Row]]:
    parsed = read_csv(content)
    if parsed.total_rows > MAX_ROWS:
        raise ValidationError({"file": [f"The file has more than {MAX_ROWS} rows; split it into smaller files."]})
    targets = column_targets(parsed.headers)
    if "name" not in targets:
        raise ValidationError({"file": ["No column names the property: add a “name” column."]})
    raw = [(number, *_row_data(cells, targets)) for number, cells in iter_rows(parsed.text, parsed.delimiter)]
    references = {data.get("reference", "").strip() for _, data, _ in raw} - {""}
    existing = {p.reference: p for p in Property.objects.filter(reference__in=references)}
    rows, first_seen = [], {}
    for number, data, columns in raw:
        reference = data.get("reference", "").strip()
        row = _check(number, data, columns, existing.get(reference))
        if reference and reference in first_seen:
            row.errors.append(
                {
                    "row": number,
                    "field": "reference",
                    "column": columns.get("reference", ""),
                    "message": f"The reference {reference} is also on row {first_seen[reference]}.",
                }
            )
        elif reference:
            first_seen[reference] = number
        rows.append(row)
    return [f"{h} → {t or 'ignored'}" for h, t in zip(parsed.headers, targets, strict=False)], rows


def property_import(*, content: bytes, commit: bool = False, strict: bool = False, actor=None) -> dict:
    """The report for a CSV file; with `commit`, the valid rows are written (all of them, or none).

    `strict`: write nothing at all when any row has an error.
    """
    mapping, rows = _read(content)
    valid = [row for row in rows if not row.errors]
    errors = [error for row in rows for error in row.errors]
    commit = commit and not (strict and errors)
    created = updated = 0
    if commit and valid:
        try:
            with transaction.atomic():
                new = []
                for row in valid:
                    if row.existing is None:
                        new.append(Property(**row.values, created_by=actor if getattr(actor, "pk", None) else None))
                        continue
                    for name, value in row.values.items():
                        setattr(row.existing, name, value)
                    row.existing.save()
                    updated += 1
                Property.objects.bulk_create(new, batch_size=500)
                created = len(new)
        except IntegrityError as exc:
            raise ValidationError(
                {"file": ["Another change to the inventory conflicted with this import; nothing was imported."]}
            ) from exc
    would_update = sum(1 for row in valid if row.existing is not None)
    return {
        "committed": bool(commit and valid),
        "total_rows": len(rows),
        "columns": mapping,
        "counts": {
            "valid": len(valid),
            "rejected": len(rows) - len(valid),
            "create": created if commit else len(valid) - would_update,
            "update": updated if commit else would_update,
        },
        "errors": errors[:REPORT_LIMIT],
        "rejected_rows": sorted({error["row"] for error in errors})[:REPORT_LIMIT],
    }
