"""Cleaning whole contacts: which fields exist, and the field rules (contacts.field_rules) applied together.

The API, the portal forms and the CSV import all clean values through
`clean_contact_data`, so a value accepted (or refused, with the same message)
in one is accepted or refused in the others.
"""

import zoneinfo
from dataclasses import dataclass, field
from functools import cached_property

from django.core.exceptions import NON_FIELD_ERRORS

from contacts.field_rules import (
    TEXT_LIMITS,
    FieldError,
    clean_bool,
    clean_custom_fields,
    clean_datetime,
    clean_email,
    clean_groups,
    clean_language,
    clean_owner,
    clean_phone,
    clean_qualification,
    clean_score,
    clean_source,
    clean_status,
    clean_tags,
    clean_text,
    clean_timezone,
)
from contacts.models import CustomFieldDefinition, Group
from contacts.phones import region_for_timezone

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
        from tenants.selectors import member_emails

        by_id = dict(member_emails(tenant=self.tenant))
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
