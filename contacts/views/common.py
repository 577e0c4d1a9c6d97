"""Small helpers shared by the contacts portal views."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError

from contacts.models import CustomFieldDefinition, Group, LeadStatus, Tag
from tenants.selectors import member_emails

PAGE_SIZE = 50


def errors_from(exc: ValidationError) -> dict:
    """Field -> messages, with non-field messages under "form" (templates cannot read `__all__`)."""
    errors = dict(exc.message_dict) if hasattr(exc, "error_dict") else {"form": exc.messages}
    if NON_FIELD_ERRORS in errors:
        errors["form"] = errors.pop(NON_FIELD_ERRORS)
    return errors


def error_text(exc: ValidationError) -> str:
    return " ".join(message for messages in errors_from(exc).values() for message in messages)


def page_number(request) -> int:
    try:
        return max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return 1


def choices_context(tenant) -> dict:
    """What the filter and bulk forms offer."""
    return {
        "statuses": LeadStatus.choices,
        "all_tags": list(Tag.objects.values_list("name", flat=True)),
        "all_groups": list(Group.objects.values_list("id", "name")),
        "members": member_emails(tenant=tenant),
        "definitions": list(CustomFieldDefinition.objects.all()),
    }
