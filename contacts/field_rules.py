"""The rules one field's value must satisfy, each in one function.

`contacts.validation` assembles them into whole-contact cleaning (API, portal,
CSV import). Cleaners take the text or value given and a cleaning context
(region, zone, members, groups, tags) and return the stored value or raise
FieldError with a message a person can act on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from contacts.models import ContactSource, CustomFieldDefinition, LeadStatus
from contacts.phones import InvalidPhone, normalize_phone

if TYPE_CHECKING:
    from contacts.validation import CleanContext

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


class FieldError(Exception):
    """One field's value is unacceptable; the message says why."""


@cache
def _zones() -> dict[str, str]:
    return {zone.lower(): zone for zone in zoneinfo.available_timezones()}


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
