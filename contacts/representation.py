"""One contact as JSON-ready values: the API, the JSON export and the GDPR export share these fields.

Each caller adds what only it shows (the effective time zone, groups as ids,
objects or names, the owner) and chooses how moments are written.
"""

from collections.abc import Callable
from datetime import datetime

from contacts.models import Contact

FIELD_ORDER = (
    "id",
    "first_name",
    "last_name",
    "phone",
    "alternate_phone",
    "email",
    "company",
    "timezone",
    "effective_timezone",
    "language",
    "address",
    "notes",
    "tags",
    "groups",
    "custom_fields",
    "source",
    "owner",
    "owner_email",
    "status",
    "priority",
    "lead_score",
    "callback_at",
    "qualification",
    "do_not_call",
    "erased_at",
    "last_activity_at",
    "created_at",
    "updated_at",
)


def contact_record(contact: Contact, *, moment: Callable[[datetime], str], **extra) -> dict:
    """The shared fields plus `extra`, in FIELD_ORDER; empty moments stay None."""

    def when(value: datetime | None) -> str | None:
        return moment(value) if value else None

    values = {
        "id": contact.pk,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "phone": contact.phone,
        "alternate_phone": contact.alternate_phone,
        "email": contact.email,
        "company": contact.company,
        "timezone": contact.timezone,
        "language": contact.language,
        "address": contact.address,
        "notes": contact.notes,
        "tags": list(contact.tags),
        "custom_fields": contact.custom_fields,
        "source": contact.source,
        "status": contact.status,
        "priority": contact.priority,
        "lead_score": contact.lead_score,
        "callback_at": when(contact.callback_at),
        "qualification": contact.qualification,
        "do_not_call": contact.do_not_call,
        "erased_at": when(contact.erased_at),
        "last_activity_at": when(contact.last_activity_at),
        "created_at": when(contact.created_at),
        "updated_at": when(contact.updated_at),
        **extra,
    }
    return {key: values[key] for key in FIELD_ORDER if key in values}
