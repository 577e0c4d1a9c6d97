"""Cleaning CSV rows with the contact field rules, and spotting duplicates inside the file."""

from dataclasses import dataclass, field

from contacts.export import unescape_cell
from contacts.imports.mapping import CUSTOM_PREFIX
from contacts.search import name_words
from contacts.validation import CLEANERS, FIELD_LABELS, CleanContext, FieldError, clean_custom_value

MAX_CELL = 10_000


@dataclass
class CleanRow:
    row_number: int
    cells: list[str]
    data: dict = field(default_factory=dict)
    phone: str | None = None
    email_key: str = ""
    errors: list[str] = field(default_factory=list)

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
        self.columns = [(index, target) for index, target in enumerate(mapping) if target]
        self.seen_phones: dict[str, int] = {}
        self.seen_emails: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self.groups: dict[str, str] = {}
        self.words: set[str] = set()
        self._names_seen: set[str] = set()

    def clean(self, row_number: int, cells: list[str]) -> CleanRow:
        row = CleanRow(row_number=row_number, cells=cells)
        if len(cells) > self.width and any(cell.strip() for cell in cells[self.width :]):
            row.errors.append(f"The row has {len(cells)} cells but the header names {self.width} columns.")
            return row
        values, custom = {}, {}
        for index, target in self.columns:
            raw = cells[index].strip() if index < len(cells) else ""
            if not raw:
                continue
            if raw[0] == "'":
                raw = unescape_cell(raw)
            if len(raw) > MAX_CELL:
                row.errors.append(f"{self._label(target)}: the cell is longer than {MAX_CELL} characters.")
                continue
            if target.startswith(CUSTOM_PREFIX):
                custom[target[len(CUSTOM_PREFIX) :]] = raw
            elif target == "full_name":
                first, _, last = raw.rpartition(" ")
                values["first_name"], values["last_name"] = (first, last) if first else (last, "")
            else:
                values[target] = raw
        data, ctx = row.data, self.ctx
        for name, raw in values.items():
            try:
                value = CLEANERS[name](raw, ctx)
            except FieldError as exc:
                row.errors.append(f"{self._label(name)}: {exc}")
                continue
            if value in (None, "", [], {}):
                continue
            if name == "owner":
                data["owner_id"] = value
            else:
                data[name] = value
        if custom:
            cleaned_custom = {}
            for key, raw in custom.items():
                try:
                    cleaned_custom[key] = clean_custom_value(self.ctx.definitions[key], raw)
                except FieldError as exc:
                    row.errors.append(str(exc))
            if cleaned_custom:
                data["custom_fields"] = cleaned_custom
        if row.errors:
            return row
        if not any(data.get(name) for name in ("phone", "email", "first_name", "last_name")):
            row.errors.append("The row has no name, phone number or email address.")
            return row
        row.phone = data.get("phone")
        email = data.get("email", "")
        row.email_key = email.lower()
        if row.phone:
            first = self.seen_phones.setdefault(row.phone, row_number)
            if first != row_number:
                row.errors.append(f"Duplicate inside the file: the same phone number as row {first}.")
        elif row.email_key:
            first = self.seen_emails.setdefault(row.email_key, row_number)
            if first != row_number:
                row.errors.append(f"Duplicate inside the file: the same email address as row {first}.")
        if not row.errors:
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
