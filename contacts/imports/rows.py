"""Cleaning CSV rows with the contact field rules, and spotting duplicates inside the file."""

from contacts.export import unescape_cell
from contacts.field_rules import FieldError, clean_custom_value
from contacts.imports.mapping import CUSTOM_PREFIX
from contacts.search import name_words
from contacts.validation import CLEANERS, FIELD_LABELS, CleanContext

MAX_CELL = 10_000
_EMPTY_TYPES = (str, list, dict)
FIELD, CUSTOM, FULL = "field", "custom", "full"


class CleanRow:
    """One row after cleaning: the contact values it carries, or why it is rejected."""

    __slots__ = ("cells", "data", "email_key", "errors", "phone", "row_number")

    def __init__(self, row_number: int, cells: list[str]):
        self.row_number = row_number
        self.cells = cells
        self.data: dict = {}
        self.phone: str | None = None
        self.email_key = ""
        self.errors: list[str] = []

    @property
    def ok(self) -> bool:
        return not self.errors


class RowCleaner:
    """Turns raw cells into the values a contact is written with.

    `data` holds only non-empty values, keyed by contact column (`owner_id` for
    the owner), so an empty cell never blanks out an existing contact's field.
    """

    def __init__(self, ctx: CleanContext, mapping: list[str | None], headers: list[str]):
        self.ctx = ctx
        self.width = len(headers)
        # (cell index, target, kind, how): a standard FIELD and its cleaner, a CUSTOM field and
        # its definition, or a FULL name to split into first and last.
        self.columns = []
        for index, target in enumerate(mapping):
            if not target:
                continue
            if target.startswith(CUSTOM_PREFIX):
                self.columns.append((index, target, CUSTOM, ctx.definitions[target[len(CUSTOM_PREFIX) :]]))
            elif target == "full_name":
                self.columns.append((index, target, FULL, None))
            else:
                self.columns.append((index, target, FIELD, CLEANERS[target]))
        self.seen_phones: dict[str, int] = {}
        self.seen_emails: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self.groups: dict[str, str] = {}
        self.words: set[str] = set()
        self._names_seen: set[str] = set()

    def clean(self, row_number: int, cells: list[str]) -> CleanRow:
        row = CleanRow(row_number, cells)
        errors = row.errors
        width = len(cells)
        if width > self.width and any(cell.strip() for cell in cells[self.width :]):
            errors.append(f"The row has {width} cells but the header names {self.width} columns.")
            return row
        data, ctx, custom = row.data, self.ctx, None
        for index, target, kind, how in self.columns:
            if index >= width:
                continue
            raw = cells[index].strip()
            if not raw:
                continue
            if raw[0] == "'":
                raw = unescape_cell(raw)
            if len(raw) > MAX_CELL:
                errors.append(f"{self._label(target)}: the cell is longer than {MAX_CELL} characters.")
                continue
            if kind is FULL:
                first, _, last = raw.rpartition(" ")
                parts = (("first_name", first), ("last_name", last)) if first else (("first_name", last),)
                for name, part in parts:
                    try:
                        value = CLEANERS[name](part, ctx)
                    except FieldError as exc:
                        errors.append(f"{self._label(name)}: {exc}")
                    else:
                        if value:
                            data[name] = value
                continue
            try:
                value = how(raw, ctx) if kind is FIELD else clean_custom_value(how, raw)
            except FieldError as exc:
                errors.append(f"{self._label(target)}: {exc}" if kind is FIELD else str(exc))
                continue
            if value is None or (value.__class__ in _EMPTY_TYPES and not value):
                continue
            if kind is CUSTOM:
                if custom is None:
                    custom = data["custom_fields"] = {}
                custom[how.key] = value
            elif target == "owner":
                data["owner_id"] = value
            else:
                data[target] = value
        if errors:
            return row
        get = data.get
        if not (get("phone") or get("email") or get("first_name") or get("last_name")):
            errors.append("The row has no name, phone number or email address.")
            return row
        phone = row.phone = get("phone")
        email_key = row.email_key = get("email", "").lower()
        if phone:
            first = self.seen_phones.setdefault(phone, row_number)
            if first != row_number:
                errors.append(f"Duplicate inside the file: the same phone number as row {first}.")
        elif email_key:
            first = self.seen_emails.setdefault(email_key, row_number)
            if first != row_number:
                errors.append(f"Duplicate inside the file: the same email address as row {first}.")
        if not errors:
            self._collect(data)
        return row

    def _collect(self, data: dict) -> None:
        for tag in data.get("tags", ()):
            self.tags.setdefault(tag.lower(), tag)
        for group in data.get("groups", ()):
            self.groups.setdefault(group.lower(), group)
        for name in (data.get("first_name", ""), data.get("last_name", "")):
            if name and name not in self._names_seen:
                self._names_seen.add(name)
                self.words |= name_words(name)

    def vocabulary(self) -> dict:
        """Distinct tags, group names and name words of the clean rows."""
        return {
            "tags": sorted(self.tags.values()),
            "groups": sorted(self.groups.values()),
            "words": sorted(self.words),
        }

    def _label(self, name: str) -> str:
        if name.startswith(CUSTOM_PREFIX):
            key = name[len(CUSTOM_PREFIX) :]
            definition = self.ctx.definitions.get(key)
            return definition.label if definition else key
        return FIELD_LABELS.get(name, name).split(" (")[0]
