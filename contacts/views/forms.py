"""The contact form: turning posted fields into service data, and the form's context."""

import zoneinfo

from contacts.models import Contact, LeadStatus
from contacts.services.core import STATUS_TRANSITIONS
from contacts.views.common import choices_context

TEXT_FIELDS = ("first_name", "last_name", "email", "company", "timezone", "language", "address", "notes")
QUALIFICATION_FIELDS = (
    ("budget_range", "Budget range"),
    ("timeline", "Timeline"),
    ("interest", "Property or service interest"),
    ("financing", "Financing"),
    ("decision_maker", "Decision maker"),
)


def form_data(request, definitions, contact: Contact | None) -> dict:
    """Service data from the posted form; empty custom and qualification answers remove them."""
    post = request.POST
    data = {name: post.get(name, "") for name in TEXT_FIELDS}
    data.update(
        phone=post.get("phone", ""),
        alternate_phone=post.get("alternate_phone", ""),
        tags=post.get("tags", ""),
        groups=post.getlist("groups"),
        owner=post.get("owner") or None,
        priority=post.get("priority", ""),
        lead_score=post.get("lead_score", ""),
        callback_at=post.get("callback_at", ""),
    )
    if post.get("status"):
        data["status"] = post["status"]
    custom = {}
    for definition in definitions:
        value = post.get(f"cf_{definition.key}", "")
        custom[definition.key] = value if value != "" else None
    data["custom_fields"] = custom
    qualification = dict(contact.qualification) if contact else {}
    for key, _label in QUALIFICATION_FIELDS:
        qualification[key] = post.get(f"q_{key}", "").strip() or None
    data["qualification"] = qualification
    return data


def form_context(request, contact: Contact | None, errors=None, values=None) -> dict:
    from contacts.models import CustomFieldDefinition

    definitions = list(CustomFieldDefinition.objects.all())
    zone = zoneinfo.ZoneInfo(request.tenant.timezone)
    if values is None:
        values = {name: getattr(contact, name) for name in TEXT_FIELDS} if contact else {}
        if contact:
            values.update(
                phone=contact.phone or "",
                alternate_phone=contact.alternate_phone,
                tags=", ".join(contact.tags),
                groups=[str(pk) for pk in contact.groups.values_list("pk", flat=True)],
                owner=str(contact.owner_id or ""),
                priority=contact.priority,
                lead_score=contact.lead_score,
                status=contact.status,
                callback_at=contact.callback_at.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
                if contact.callback_at
                else "",
            )
            for definition in definitions:
                value = contact.custom_fields.get(definition.key)
                if isinstance(value, bool):
                    value = "yes" if value else "no"
                values[f"cf_{definition.key}"] = "" if value is None else str(value)
            for key, _label in QUALIFICATION_FIELDS:
                values[f"q_{key}"] = str(contact.qualification.get(key) or "")
    statuses = LeadStatus.choices
    if contact:
        allowed = STATUS_TRANSITIONS.get(contact.status, frozenset()) | {contact.status}
        statuses = [(value, label) for value, label in LeadStatus.choices if value in allowed]
    return {
        **choices_context(request.tenant),
        "contact": contact,
        "values": values,
        "errors": errors or {},
        "definitions": definitions,
        "qualification_fields": QUALIFICATION_FIELDS,
        "form_statuses": statuses,
        "timezones": sorted(zoneinfo.available_timezones()),
        "tenant_zone": request.tenant.timezone,
    }


def posted_values(request) -> dict:
    values = request.POST.dict()
    values["groups"] = request.POST.getlist("groups")
    return values
