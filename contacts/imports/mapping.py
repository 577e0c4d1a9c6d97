"""Column mapping: which contact field each CSV column fills.

A mapping is stored per import as a list with one target per column (None =
ignored). Targets are the standard field names, `full_name` (split into
first and last name) and `cf:<key>` for a custom field. Suggestions come from
the header text; saved templates map normalised headers to targets.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError

from contacts.models import CustomFieldDefinition
from contacts.validation import FIELD_LABELS, STANDARD_FIELDS

CUSTOM_PREFIX = "cf:"
IMPORT_ONLY_TARGETS = ("full_name",)

SYNONYMS = {
    "first_name": ("firstname", "first", "givenname", "forename", "fname", "prenom", "vorname", "nombre"),
    "last_name": ("lastname", "last", "surname", "familyname", "lname", "nom", "nachname", "apellido"),
    "full_name": ("name", "fullname", "contactname", "contact", "customername", "clientname", "patientname"),
    "phone": (
        "phone",
        "phonenumber",
        "mobile",
        "mobilephone",
        "mobilenumber",
        "cell",
        "cellphone",
        "telephone",
        "tel",
        "number",
        "primaryphone",
        "phone1",
    ),
    "alternate_phone": (
        "alternatephone",
        "altphone",
        "phone2",
        "otherphone",
        "secondaryphone",
        "homephone",
        "workphone",
        "landline",
    ),
    "email": ("email", "emailaddress", "mail", "email1", "courriel"),
    "company": ("company", "companyname", "organisation", "organization", "business", "employer", "account"),
    "timezone": ("timezone", "tz", "zone", "timezonename"),
    "language": ("language", "lang", "locale", "preferredlanguage"),
    "address": ("address", "streetaddress", "postaladdress", "fulladdress", "street"),
    "notes": ("notes", "note", "comments", "comment", "description"),
    "tags": ("tags", "tag", "labels", "label"),
    "groups": ("groups", "group", "lists", "list", "segments"),
    "status": ("status", "leadstatus", "stage", "leadstage"),
    "priority": ("priority",),
    "lead_score": ("leadscore", "score"),
    "callback_at": ("callbackat", "callback", "callbacktime", "callbackdate"),
    "owner": ("owner", "owneremail", "assignedto", "assignee", "agent"),
    "source": ("source", "leadsource"),
    "qualification": ("qualification", "qualificationdata"),
    "do_not_call": ("donotcall", "dnc", "optout"),
}
_LOOKUP = {synonym: target for target, synonyms in SYNONYMS.items() for synonym in synonyms}
_NON_ALNUM = re.compile(r"[^a-z0-9]")


def normalise_header(header: str) -> str:
    """`E-mail Address ` -> `emailaddress`; `cf:plan` stays recognisable as `cf:plan`."""
    text = (header or "").strip()
    if text.lower().startswith(CUSTOM_PREFIX):
        return CUSTOM_PREFIX + text[len(CUSTOM_PREFIX) :].strip().lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return _NON_ALNUM.sub("", decomposed.encode("ascii", "ignore").decode())


def targets(definitions) -> list[tuple[str, str]]:
    """(target, label) for every field a column can fill."""
    choices = [(name, FIELD_LABELS[name]) for name in ("first_name", "last_name", "full_name")]
    choices += [(name, FIELD_LABELS[name]) for name in STANDARD_FIELDS if name not in ("first_name", "last_name")]
    choices += [(f"{CUSTOM_PREFIX}{d.key}", f"{d.label} (custom)") for d in definitions]
    return choices


def valid_target(target: str, definitions=None) -> bool:
    if target in STANDARD_FIELDS or target in IMPORT_ONLY_TARGETS:
        return True
    if target.startswith(CUSTOM_PREFIX):
        key = target[len(CUSTOM_PREFIX) :]
        if definitions is None:
            return CustomFieldDefinition.objects.filter(key=key).exists()
        return any(d.key == key for d in definitions)
    return False


def suggest(headers: list[str], definitions, template: dict | None = None) -> list[str | None]:
    """A target per column from a saved template, the header's words, or a custom field's key or label."""
    custom = {}
    for d in definitions:
        custom[normalise_header(d.key)] = f"{CUSTOM_PREFIX}{d.key}"
        custom[normalise_header(d.label)] = f"{CUSTOM_PREFIX}{d.key}"
        custom[f"{CUSTOM_PREFIX}{d.key}"] = f"{CUSTOM_PREFIX}{d.key}"
    mapping: list[str | None] = []
    used: set[str] = set()
    for header in headers:
        key = normalise_header(header)
        target = None
        if template and template.get(key) and valid_target(template[key], definitions):
            target = template[key]
        elif key in custom:
            target = custom[key]
        elif key in _LOOKUP:
            target = _LOOKUP[key]
        elif key.replace("_", "") in {t.replace("_", "") for t in STANDARD_FIELDS}:
            target = next(t for t in STANDARD_FIELDS if t.replace("_", "") == key.replace("_", ""))
        if target in used:
            target = None
        if target:
            used.add(target)
        mapping.append(target)
    # A full name column only helps when first and last names are not mapped separately.
    if "full_name" in used and "first_name" in used and "last_name" in used:
        mapping = [None if t == "full_name" else t for t in mapping]
    return mapping


def parse_mapping(value, headers: list[str], definitions) -> list[str | None]:
    """A mapping given by a person or an API client: a list (one target per column) or an
    object keyed by header text or column number. Raises ValidationError."""
    if isinstance(value, list):
        if len(value) != len(headers):
            raise ValidationError({"mapping": [f"Give one target per column ({len(headers)} columns)."]})
        pairs = list(enumerate(value))
    elif isinstance(value, dict):
        pairs = []
        by_header = {}
        for index, header in enumerate(headers):
            by_header.setdefault(header, index)
            by_header.setdefault(normalise_header(header), index)
        for column, target in value.items():
            if isinstance(column, str) and column.isdigit() and column not in by_header:
                index = int(column)
            else:
                index = by_header.get(column, by_header.get(normalise_header(str(column))))
            if index is None or not 0 <= index < len(headers):
                raise ValidationError({"mapping": [f"The file has no column {column!r}."]})
            pairs.append((index, target))
    else:
        raise ValidationError({"mapping": ["A mapping is a list or an object of column -> field."]})
    mapping: list[str | None] = [None] * len(headers)
    seen: dict[str, int] = {}
    for index, target in pairs:
        if target in (None, "", "ignore"):
            continue
        if not isinstance(target, str) or not valid_target(target, definitions):
            raise ValidationError({"mapping": [f"{target!r} is not a contact field."]})
        if target in seen:
            raise ValidationError(
                {
                    "mapping": [
                        f"{target} is mapped from two columns ({headers[seen[target]]!r} and {headers[index]!r})."
                    ]
                }
            )
        seen[target] = index
        mapping[index] = target
    return check_mapping(mapping)


def check_mapping(mapping: list[str | None]) -> list[str | None]:
    chosen = {t for t in mapping if t}
    if not chosen & {"phone", "email", "first_name", "last_name", "full_name"}:
        raise ValidationError({"mapping": ["Map at least a phone, email or name column."]})
    if "full_name" in chosen and {"first_name", "last_name"} & chosen:
        raise ValidationError({"mapping": ["Map either a full name column or first/last name columns, not both."]})
    return mapping


def template_from(mapping: list[str | None], headers: list[str]) -> dict:
    return {normalise_header(header): target for header, target in zip(headers, mapping, strict=False) if target}
