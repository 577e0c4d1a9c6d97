"""Reading uploaded CSV files: UTF-8 with or without BOM, comma, semicolon or tab
separated, quoted fields (including line breaks inside quotes)."""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

DELIMITERS = (",", ";", "\t")
MAX_COLUMNS = 200
PREVIEW_ROWS = 10


@dataclass(frozen=True)
class CsvFile:
    text: str
    delimiter: str
    headers: list[str]
    preview: list[list[str]]
    total_rows: int


def _error(message: str) -> ValidationError:
    return ValidationError({"file": [message]})


def decode(content: bytes) -> str:
    """The file's text; refuses what is not UTF-8 text with a message saying what to do."""
    if len(content) > settings.CONTACT_IMPORT_MAX_BYTES:
        raise _error(f"The file is larger than {settings.CONTACT_IMPORT_MAX_BYTES // 1_000_000} MB.")
    if not content.strip():
        raise _error("The file is empty.")
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _error(
            f"The file is not UTF-8 text (unreadable byte at position {exc.start}). "
            "Save it as “CSV UTF-8” and upload it again."
        ) from exc
    if "\x00" in text:
        raise _error("This looks like a spreadsheet or binary file. Save it as CSV and upload it again.")
    return text


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most, and most consistent, columns."""
    sample_lines = text[:65536].splitlines()[:20]
    if len(sample_lines) > 1 and len(text) > 65536:
        sample_lines = sample_lines[:-1]
    sample = "\n".join(sample_lines)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        consistent = sum(1 for row in rows if len(row) == width)
        score = (consistent if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def iter_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(data row number, cells) for every non-blank row after the header; 1 = first data row.

    Raises ValidationError for a malformed file (for example an unclosed quote).
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    number = 0
    try:
        next(reader, None)
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            number += 1
            yield number, cells
    except csv.Error as exc:
        raise _error(f"The file is not valid CSV near line {reader.line_num}: {exc}.") from exc


def read_csv(content: bytes) -> CsvFile:
    """Decode and check the whole file; the header, a preview and the row count (blank lines
    after the preview are counted too: the import reports the exact figures)."""
    text = decode(content)
    delimiter = sniff_delimiter(text)
    try:
        header = next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True), [])
    except csv.Error as exc:
        raise _error(f"The header line is not valid CSV: {exc}.") from exc
    headers = [cell.strip() or f"Column {index + 1}" for index, cell in enumerate(header)]
    if not any(cell.strip() for cell in header):
        raise _error("The first line must name the columns.")
    if len(headers) > MAX_COLUMNS:
        raise _error(f"The file has {len(headers)} columns; at most {MAX_COLUMNS} are supported.")
    # The whole file is read once here so a malformed one is refused before anything is stored.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    preview, total = [], 0
    try:
        next(reader, None)
        for cells in reader:
            if len(preview) < PREVIEW_ROWS:
                if not any(cell.strip() for cell in cells):
                    continue
                preview.append(cells)
            total += 1
    except csv.Error as exc:
        raise _error(f"The file is not valid CSV near line {reader.line_num}: {exc}.") from exc
    if total > settings.CONTACT_IMPORT_MAX_ROWS:
        raise _error(f"The file has more than {settings.CONTACT_IMPORT_MAX_ROWS} rows; split it into smaller files.")
    if not preview:
        raise _error("The file has a header but no rows.")
    return CsvFile(text=text, delimiter=delimiter, headers=headers, preview=preview, total_rows=total)
