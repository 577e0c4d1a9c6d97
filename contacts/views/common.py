"""Small helpers shared by the contacts portal views."""

from contacts.models import CustomFieldDefinition, Group, LeadStatus, Tag
from tenants.selectors import member_emails

PAGE_SIZE = 50


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
