"""The rules a contact's fields must satisfy, in one place.

The API, the portal forms and the CSV import all clean values through
`clean_contact_data`, so a value accepted (or refused, with the same message)
in one is accepted or refused in the others.
"""

import datetime as dt
import json
import re
import zoneinfo
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from contacts.models import ContactSource, CustomFieldDefinition, Group, LeadStatus
from contacts.phones import InvalidPhone, normalize_phone, region_for_timezone

TEXT_LIMITS = {
    "first_name": 100,
    "last_name": 100,
    "company": 150,
    "address": 2000,
    "notes": 10000,
}
MAX_TAGS = 50
MAX_TAG_LENGTH = 50
TAG_SEPARATORS = re.compile(r"[,;|]")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
MAX_QUALIFICATION_BYTES = 4000
MAX_CUSTOM_TEXT = 500
TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on"})
FALSE_WORDS = frozenset({"false", "no", "n", "0", "off"})

# Every field a contact can be written with, in export/import column order.
STANDARD_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "alternate_phone",
    "email",
    "company",
    "timezone",
    "language",
    "address",
    "notes",
    "tags",
    "groups",
    "status",
    "priority",
    "lead_score",
    "callback_at",
    "owner",
    "source",
    "qualification",
    "do_not_call",
)
FIELD_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name (split into first and last)",
    "phone": "Phone",
    "alternate_phone": "Alternate phone",
    "email": "Email",
    "company": "Company",
    "timezone": "Time zone",
    "language": "Language",
    "address": "Address",
    "notes": "Notes",
    "tags": "Tags",
    "groups": "Groups",
    "status": "Lead status",
    "priority": "Priority",
    "lead_score": "Lead score",
    "callback_at": "Callback at",
    "owner": "Owner (member email)",
    "source": "Source",
    "qualification": "Qualification (JSON)",
    "do_not_call": "Do not call",
}


class FieldError(Exception):
    """One field's value is unacceptable; the message says why."""


@cache
def _zones() -> dict[str, str]:
    return {zone.lower(): zone for zone in zoneinfo.available_timezones()}


@dataclass
class CleanContext:
    """What cleaning needs to know about the tenant, loaded once per request or import."""

    tenant: object
    region: str | None
    definitions: dict[str, CustomFieldDefinition] = field(default_factory=dict)
    groups_by: str = "id"  # "id" (API, portal) or "name" (CSV import creates missing groups)

    def preload(self) -> "CleanContext":
        """Load everything cleaning may look up, so no query runs later (e.g. during a COPY)."""
        for name in ("zone", "members", "group_ids", "tag_names"):
            getattr(self, name)
        return self

    @cached_property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.tenant.timezone)

    @cached_property
    def members(self) -> dict:
        """Active members of the tenant: user id -> email and email -> user id."""
        from tenants.models import Membership

        rows = Membership.objects.filter(tenant=self.tenant, status=Membership.Status.ACTIVE).values_list(
            "user_id", "user__email"
        )
        by_id = dict(rows)
        return {"by_id": by_id, "by_email": {email.lower(): user_id for user_id, email in by_id.items()}}

    @cached_property
    def group_ids(self) -> set[int]:
        return set(Group.objects.values_list("id", flat=True))

    @cached_property
    def tag_names(self) -> dict[str, str]:
        """The catalogue's spelling of each tag, so `vip` typed today joins `VIP` from last year."""
        from contacts.models import Tag

        return {name.lower(): name for name in Tag.objects.values_list("name", flat=True)}


def default_region(tenant) -> str | None:
    """Where national numbers are read: the contact settings' region, else the tenant zone's country."""
    from contacts.models import ContactSettings

    configured = ContactSettings.load().default_region
    return configured or region_for_timezone(tenant.timezone)


def build_context(tenant, *, groups_by: str = "id") -> CleanContext:
    return CleanContext(
        tenant=tenant,
        region=default_region(tenant),
        definitions={d.key: d for d in CustomFieldDefinition.objects.all()},
        groups_by=groups_by,
    )


# --- single values ---------------------------------------------------------------------


def _text(value) -> str:
    if value.__class__ is str:
        return value.strip()
    if value is None:
        return ""
    if not isinstance(value, str | int | float | Decimal):
        raise FieldError("Expected text.")
    return str(value).strip()


def clean_text(name: str, value) -> str:
    text = _text(value)
    limit = TEXT_LIMITS[name]
    if len(text) > limit:
        raise FieldError(f"At most {limit} characters.")
    return text


def clean_phone(value, ctx: CleanContext) -> str | None:
    text = _text(value)
    if not text:
        return None
    try:
        return normalize_phone(text, ctx.region)
    except InvalidPhone as exc:
        raise FieldError(str(exc)) from exc


def _email_validator() -> EmailValidator:
    """Django's validator, with its lazily compiled patterns resolved once (same rules, no proxy per call)."""
    validator = EmailValidator()
    for name in ("user_regex", "domain_regex", "literal_regex"):
        lazy = getattr(EmailValidator, name)
        setattr(validator, name, re.compile(lazy.pattern, lazy.flags))
    return validator


validate_email = _email_validator()


def clean_email(value) -> str:
    text = _text(value)
    if not text:
        return ""
    if len(text) > 254:
        raise FieldError("At most 254 characters.")
    try:
        validate_email(text)
    except ValidationError as exc:
        raise FieldError(f"{text!r} is not a valid email address.") from exc
    return text


def clean_timezone(value) -> str:
    text = _text(value)
    if not text:
        return ""
    zone = _zones().get(text.lower())
    if zone is None:
        raise FieldError(f"Unknown time zone {text!r} (use a name like Europe/London).")
    return zone


def clean_language(value) -> str:
    text = _text(value)
    if not text:
        return ""
    if len(text) > 16 or not LANGUAGE.match(text):
        raise FieldError(f"{text!r} is not a language code like en or en-GB.")
    primary, _, rest = text.replace("_", "-").partition("-")
    return primary.lower() + (f"-{rest}" if rest else "")


def clean_tags(value, ctx: CleanContext | None = None) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        items = TAG_SEPARATORS.split(value)
    elif isinstance(value, list | tuple):
        items = []
        for item in value:
            if not isinstance(item, str):
                raise FieldError("Tags must be text.")
            if TAG_SEPARATORS.search(item):
                raise FieldError(f"Tag {item!r} cannot contain , ; or |.")
            items.append(item)
    else:
        raise FieldError("Give tags as a list or as text separated by commas.")
    tags, seen = [], set()
    for item in items:
        tag = item.strip()
        if not tag or tag.lower() in seen:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise FieldError(f"Tag {tag[:20]!r}... is longer than {MAX_TAG_LENGTH} characters.")
        seen.add(tag.lower())
        if ctx is not None:
            tag = ctx.tag_names.setdefault(tag.lower(), tag)
        tags.append(tag)
    if len(tags) > MAX_TAGS:
        raise FieldError(f"At most {MAX_TAGS} tags.")
    return tags


def clean_groups(value, ctx: CleanContext) -> list:
    """Group ids (API, portal) or names (CSV import, created when missing)."""
    if value is None or value == "":
        return []
    if ctx.groups_by == "name":
        names = TAG_SEPARATORS.split(value) if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
            raise FieldError("Give group names separated by commas.")
        cleaned, seen = [], set()
        for name in (n.strip() for n in names):
            if name and name.lower() not in seen:
                if len(name) > 100:
                    raise FieldError("Group names are at most 100 characters.")
                seen.add(name.lower())
                cleaned.append(name)
        return cleaned
    if not isinstance(value, list | tuple):
        value = [value]
    ids = []
    for item in value:
        try:
            group_id = int(item)
        except (TypeError, ValueError) as exc:
            raise FieldError(f"{item!r} is not a group id.") from exc
        if group_id not in ctx.group_ids:
            raise FieldError(f"There is no group {group_id}.")
        if group_id not in ids:
            ids.append(group_id)
    return ids


_STATUSES = {
    **{label.lower(): str(value) for value, label in LeadStatus.choices},
    **{str(value): str(value) for value in LeadStatus.values},
}


def clean_status(value) -> str:
    text = _text(value)
    if not text:
        return ""
    status = _STATUSES.get(text.lower())
    if status is not None:
        return status
    raise FieldError(f"Unknown status {text!r}; choose one of: {', '.join(LeadStatus.values)}.")


def clean_score(value, *, name: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise FieldError("Expected a whole number.")
    if isinstance(value, str) and value.isdigit() and len(value) <= 3:
        number = int(value)
        if number <= 100:
            return number
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise FieldError(f"{value!r} is not a whole number.") from exc
    if number != number.to_integral_value():
        raise FieldError(f"{value!r} is not a whole number.")
    if not 0 <= number <= 100:
        raise FieldError(f"The {name.replace('_', ' ')} must be between 0 and 100.")
    return int(number)


def clean_datetime(value, ctx: CleanContext) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    else:
        text = _text(value)
        try:
            moment = parse_datetime(text.replace(" ", "T", 1) if "T" not in text else text)
        except ValueError:
            moment = None
        if moment is None:
            raise FieldError(f"{text!r} is not a date and time like 2025-03-01T14:30 (ISO 8601).")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, ctx.zone)
    return moment


def clean_owner(value, ctx: CleanContext) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        if value not in ctx.members["by_id"]:
            raise FieldError("The owner must be an active member of this workspace.")
        return value
    text = _text(value)
    if text.isdigit() and int(text) in ctx.members["by_id"]:
        return int(text)
    user_id = ctx.members["by_email"].get(text.lower())
    if user_id is None:
        raise FieldError(f"{text!r} is not an active member of this workspace.")
    return user_id


def clean_source(value) -> str:
    text = _text(value).lower()
    if not text:
        return ""
    if text not in ContactSource.values:
        raise FieldError(f"Unknown source {text!r}; choose one of: {', '.join(ContactSource.values)}.")
    return text


def clean_bool(value) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise FieldError(f"{value!r} is not yes or no.")


def clean_qualification(value) -> dict:
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as exc:
            raise FieldError("Qualification must be a JSON object.") from exc
    if not isinstance(value, dict):
        raise FieldError('Qualification must be an object of answers, e.g. {"budget_range": "10-20k"}.')
    for key, item in value.items():
        if len(key) > 40:
            raise FieldError("Qualification keys are at most 40 characters.")
        if not (item is None or isinstance(item, str | int | float | bool | list)):
            raise FieldError(f"Qualification {key!r} must be text, a number, yes/no or a list.")
    if len(json.dumps(value)) > MAX_QUALIFICATION_BYTES:
        raise FieldError(f"Qualification data is limited to {MAX_QUALIFICATION_BYTES} characters.")
    return value


@cache
def _choice_lookup(choices: tuple[str, ...]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for option in choices:
        lookup.setdefault(option.lower(), option)
    return lookup


def clean_custom_value(definition: CustomFieldDefinition, value):
    """The stored JSON value for a custom field, or None to remove it."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    kind = definition.field_type
    types = CustomFieldDefinition.FieldType
    if kind == types.TEXT:
        text = _text(value)
        if len(text) > MAX_CUSTOM_TEXT:
            raise FieldError(f"{definition.label}: at most {MAX_CUSTOM_TEXT} characters.")
        return text
    if kind == types.NUMBER:
        if isinstance(value, bool):
            raise FieldError(f"{definition.label}: expected a number.")
        if value.__class__ is str and value.isdigit() and value.isascii():
            return int(value)
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation as exc:
            raise FieldError(f"{definition.label}: {value!r} is not a number.") from exc
        if not number.is_finite():
            raise FieldError(f"{definition.label}: {value!r} is not a number.")
        return int(number) if number == number.to_integral_value() else float(number)
    if kind == types.BOOLEAN:
        try:
            return clean_bool(value)
        except FieldError as exc:
            raise FieldError(f"{definition.label}: {value!r} is not yes or no.") from exc
    if kind == types.DATE:
        if isinstance(value, dt.date):
            return value.isoformat()
        parsed = None
        try:
            parsed = parse_date(_text(value))
        except ValueError:
            parsed = None
        if parsed is None:
            raise FieldError(f"{definition.label}: {value!r} is not a date like 2025-03-01.")
        return parsed.isoformat()
    choice = _text(value)
    option = _choice_lookup(tuple(definition.choices)).get(choice.lower())
    if option is not None:
        return option
    raise FieldError(f"{definition.label}: {choice!r} is not one of {', '.join(definition.choices)}.")


def clean_custom_fields(value, ctx: CleanContext) -> dict:
    """Known keys only; a None value means "remove this field"."""
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise FieldError("Custom fields must be an object keyed by field key.")
    cleaned, problems = {}, []
    for key, item in value.items():
        definition = ctx.definitions.get(key)
        if definition is None:
            problems.append(f"Unknown custom field {key!r}.")
            continue
        try:
            cleaned[key] = clean_custom_value(definition, item)
        except FieldError as exc:
            problems.append(str(exc))
    if problems:
        raise FieldError(" ".join(problems))
    return cleaned


# --- whole contacts ----------------------------------------------------------------------


def _clean_alternate_phone(value, ctx):
    return clean_phone(value, ctx) or ""


CLEANERS = {
    **{name: (lambda v, ctx, name=name: clean_text(name, v)) for name in TEXT_LIMITS},
    "phone": clean_phone,
    "alternate_phone": _clean_alternate_phone,
    "email": lambda v, ctx: clean_email(v),
    "timezone": lambda v, ctx: clean_timezone(v),
    "language": lambda v, ctx: clean_language(v),
    "tags": clean_tags,
    "groups": clean_groups,
    "status": lambda v, ctx: clean_status(v),
    "priority": lambda v, ctx: clean_score(v, name="priority"),
    "lead_score": lambda v, ctx: clean_score(v, name="lead_score"),
    "callback_at": clean_datetime,
    "owner": clean_owner,
    "source": lambda v, ctx: clean_source(v),
    "qualification": lambda v, ctx: clean_qualification(v),
    "custom_fields": clean_custom_fields,
    "do_not_call": lambda v, ctx: clean_bool(v),
}


def clean_field(name: str, value, ctx: CleanContext):
    cleaner = CLEANERS.get(name)
    if cleaner is None:
        raise FieldError("Unknown field.")
    return cleaner(value, ctx)


def clean_contact_data(data: dict, ctx: CleanContext) -> tuple[dict, dict[str, list[str]]]:
    """Clean every given field. Returns (cleaned values, errors by field)."""
    cleaned, errors = {}, {}
    for name, value in data.items():
        try:
            cleaned[name] = clean_field(name, value, ctx)
        except FieldError as exc:
            errors[name] = [str(exc)]
    return cleaned, errors


def identity_errors(values: dict) -> dict[str, list[str]]:
    """A contact needs something to recognise it by."""
    if any(values.get(name) for name in ("phone", "email", "first_name", "last_name")):
        return {}
    return {NON_FIELD_ERRORS: ["Give at least a name, a phone number or an email address."]}
