"""Exporting contacts: CSV with exactly the import's columns (so exporting and
importing again loses nothing) and JSON, both streamed in chunks.

Cells that a spreadsheet would run as a formula are prefixed with `'`; the
import removes that prefix again.
"""

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator

from django.db import connection

from contacts.imports.mapping import CUSTOM_PREFIX
from contacts.models import Contact, CustomFieldDefinition
from contacts.representation import contact_record
from contacts.validation import STANDARD_FIELDS

CHUNK = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: str) -> str:
    """Neutralise spreadsheet formulas; phone numbers and plain numbers stay as they are."""
    if value and value[0] in FORMULA_STARTS:
        rest = value[1:].replace(" ", "")
        if value[0] in "+-" and rest.replace(".", "", 1).isdigit():
            return value
        return "'" + value
    return value


def unescape_cell(value: str) -> str:
    return value[1:] if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_STARTS else value


class _Echo:
    def write(self, value):
        return value


def export_headers(definitions: list[CustomFieldDefinition]) -> list[str]:
    return [*STANDARD_FIELDS, *(f"{CUSTOM_PREFIX}{d.key}" for d in definitions)]


def _custom_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _members() -> dict[int, str]:
    from tenants.selectors import member_emails

    return dict(member_emails(tenant=connection.tenant, active_only=False))


def _chunks(queryset) -> Iterator[list[Contact]]:
    chunk = []
    for contact in queryset.defer("search_vector").order_by("pk").iterator(chunk_size=CHUNK):
        chunk.append(contact)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _groups_for(chunk: list[Contact]) -> dict[int, list[str]]:
    through = Contact.groups.through.objects.filter(contact_id__in=[c.pk for c in chunk])
    names: dict[int, list[str]] = {}
    for contact_id, name in through.order_by("group__name").values_list("contact_id", "group__name"):
        names.setdefault(contact_id, []).append(name)
    return names


def contact_values(contact: Contact, groups: list[str], owners: dict[int, str]) -> dict:
    """The contact as import-compatible text values, keyed by column."""
    callback = contact.callback_at.isoformat() if isinstance(contact.callback_at, dt.datetime) else ""
    return {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "phone": contact.phone or "",
        "alternate_phone": contact.alternate_phone,
        "email": contact.email,
        "company": contact.company,
        "timezone": contact.timezone,
        "language": contact.language,
        "address": contact.address,
        "notes": contact.notes,
        "tags": ", ".join(contact.tags),
        "groups": ", ".join(groups),
        "status": contact.status,
        "priority": str(contact.priority),
        "lead_score": str(contact.lead_score),
        "callback_at": callback,
        "owner": owners.get(contact.owner_id, "") if contact.owner_id else "",
        "source": contact.source,
        "qualification": json.dumps(contact.qualification, ensure_ascii=False) if contact.qualification else "",
        "do_not_call": "yes" if contact.do_not_call else "no",
    }


def stream_csv(queryset, tenant) -> Iterable[str]:
    """CSV lines for every contact in the queryset (UTF-8 BOM first, so spreadsheets read it right)."""
    connection.set_tenant(tenant)
    definitions = list(CustomFieldDefinition.objects.all())
    owners = _members()
    writer = csv.writer(_Echo())
    headers = export_headers(definitions)
    yield "\ufeff" + writer.writerow(headers)
    for chunk in _chunks(queryset):
        groups = _groups_for(chunk)
        lines = []
        for contact in chunk:
            values = contact_values(contact, groups.get(contact.pk, []), owners)
            row = [values[name] for name in STANDARD_FIELDS]
            row += [_custom_text(contact.custom_fields.get(d.key)) for d in definitions]
            lines.append(writer.writerow([escape_cell(cell) for cell in row]))
        yield "".join(lines)


def contact_json(contact: Contact, groups: list[dict], owners: dict[int, str]) -> dict:
    return contact_record(
        contact,
        moment=dt.datetime.isoformat,
        groups=groups,
        owner=contact.owner_id,
        owner_email=owners.get(contact.owner_id) if contact.owner_id else None,
    )


def stream_json(queryset, tenant) -> Iterable[str]:
    """A JSON array of contacts, written chunk by chunk."""
    connection.set_tenant(tenant)
    owners = _members()
    yield "["
    first = True
    for chunk in _chunks(queryset):
        through = Contact.groups.through.objects.filter(contact_id__in=[c.pk for c in chunk])
        groups: dict[int, list[dict]] = {}
        for contact_id, group_id, name in through.values_list("contact_id", "group_id", "group__name"):
            groups.setdefault(contact_id, []).append({"id": group_id, "name": name})
        parts = [json.dumps(contact_json(c, groups.get(c.pk, []), owners), ensure_ascii=False) for c in chunk]
        yield ("" if first else ",") + ",".join(parts)
        first = False
    yield "]"
