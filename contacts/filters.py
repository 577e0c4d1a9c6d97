"""The contact list's filters, shared by the API, the portal list, saved views and bulk actions."""

import django_filters
from django.http import QueryDict

from contacts.field_rules import FieldError, clean_custom_value
from contacts.models import Contact, ContactSource, CustomFieldDefinition, LeadStatus
from contacts.selectors import contacts_page, has_fuzzy_form, search_contacts
from voiceplatform.filters import IsoDateTimeFilter

ORDERING_FIELDS = (
    "created_at",
    "updated_at",
    "last_name",
    "first_name",
    "company",
    "lead_score",
    "priority",
    "status",
    "callback_at",
    "last_activity_at",
)


def _split(value: str) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


class ContactFilter(django_filters.FilterSet):
    search = django_filters.CharFilter(method="filter_search", label="Name, phone (any format), email, company...")
    status = django_filters.CharFilter(method="filter_status", label="Status, or several separated by commas")
    tag = django_filters.CharFilter(method="filter_tag", label="Tag; several separated by commas must all match")
    group = django_filters.CharFilter(method="filter_group", label="Group id, or several (any of them)")
    owner = django_filters.CharFilter(method="filter_owner", label="Owner's user id, or `none`")
    source = django_filters.ChoiceFilter(choices=ContactSource.choices)
    do_not_call = django_filters.BooleanFilter()
    erased = django_filters.BooleanFilter(method="filter_erased", label="Erased contacts (hidden unless asked for)")
    custom_field = django_filters.CharFilter(method="filter_custom_field", label="key:value of a custom field")
    min_score = django_filters.NumberFilter(field_name="lead_score", lookup_expr="gte")
    max_score = django_filters.NumberFilter(field_name="lead_score", lookup_expr="lte")
    created_after = IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")
    callback_before = IsoDateTimeFilter(field_name="callback_at", lookup_expr="lt")
    imported_by = django_filters.NumberFilter(field_name="created_by_import_id", label="Import id")
    ids = django_filters.CharFilter(method="filter_ids", label="Contact ids separated by commas")
    ordering = django_filters.OrderingFilter(fields=ORDERING_FIELDS)

    class Meta:
        model = Contact
        fields = []

    def __init__(self, *args, fuzzy: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fuzzy = fuzzy

    @classmethod
    def unfiltered(cls, queryset):
        """The list without filters: erased contacts stay hidden unless asked for."""
        return queryset.filter(erased_at__isnull=True)

    @property
    def qs(self):
        queryset = super().qs
        if "erased" not in self.data or self.data.get("erased") in ("", None):
            queryset = self.unfiltered(queryset)
        return queryset

    def filter_search(self, queryset, name, value):
        from contacts.services.core import tenant_region

        tenant = getattr(self.request, "tenant", None)
        region = tenant_region(tenant) if tenant else None
        return search_contacts(queryset, value, region=region, fuzzy=self.fuzzy)

    def filter_status(self, queryset, name, value):
        statuses = [s for s in _split(value) if s in LeadStatus.values]
        return queryset.filter(status__in=statuses) if statuses else queryset.none()

    def filter_tag(self, queryset, name, value):
        tags = _split(value)
        return queryset.filter(tags__contains=tags) if tags else queryset

    def filter_group(self, queryset, name, value):
        ids = [int(v) for v in _split(value) if v.isdigit()]
        if not ids:
            return queryset.none()
        return queryset.filter(pk__in=Contact.groups.through.objects.filter(group_id__in=ids).values("contact_id"))

    def filter_owner(self, queryset, name, value):
        if value == "none":
            return queryset.filter(owner__isnull=True)
        return queryset.filter(owner_id=int(value)) if value.isdigit() else queryset.none()

    def filter_erased(self, queryset, name, value):
        return queryset.filter(erased_at__isnull=not value)

    def filter_custom_field(self, queryset, name, value):
        key, _, raw = (value or "").partition(":")
        definition = CustomFieldDefinition.objects.filter(key=key.strip()).first()
        if definition is None:
            return queryset.none()
        if not raw.strip():
            return queryset.filter(custom_fields__has_key=definition.key)
        try:
            wanted = clean_custom_value(definition, raw)
        except FieldError:
            return queryset.none()
        return queryset.filter(custom_fields__contains={definition.key: wanted})

    def filter_ids(self, queryset, name, value):
        return queryset.filter(pk__in=[int(v) for v in _split(value) if v.isdigit()])


def filtered_contacts(queryset, params, request) -> tuple:
    """(queryset, errors) for a dict or QueryDict of list filters; a search that finds nobody is
    retried by sound, as the list does."""
    if not isinstance(params, QueryDict):
        data = QueryDict(mutable=True)
        for key, value in (params or {}).items():
            if isinstance(value, list | tuple):
                data[key] = ",".join(str(v) for v in value)
            elif isinstance(value, bool):
                data[key] = "true" if value else "false"
            elif value is not None:
                data[key] = str(value)
        params = data
    filterset = ContactFilter(data=params, queryset=queryset, request=request)
    if not filterset.is_valid():
        return queryset.none(), filterset.errors
    result = filterset.qs
    if has_fuzzy_form(params.get("search", "")) and not result.exists():
        result = ContactFilter(data=params, queryset=queryset, request=request, fuzzy=True).qs
    return result, {}


def contacts_list_page(params, request, *, queryset, number: int, size: int) -> dict:
    """A page of the filtered list (search retried by sound when it finds nobody)."""
    filterset = ContactFilter(data=params, queryset=queryset, request=request)
    if not filterset.is_valid():
        return {"rows": [], "count": 0, "exact": True, "has_next": False, "errors": filterset.errors, "fuzzy": False}
    rows, count, exact, has_next = contacts_page(filterset.qs, number=number, size=size)
    fuzzy = False
    if not count and has_fuzzy_form(params.get("search", "")):
        retry = ContactFilter(data=params, queryset=queryset, request=request, fuzzy=True)
        rows, count, exact, has_next = contacts_page(retry.qs, number=number, size=size)
        fuzzy = True
    return {"rows": rows, "count": count, "exact": exact, "has_next": has_next, "errors": {}, "fuzzy": fuzzy}


def active_filter_count(params) -> int:
    return sum(1 for key in ContactFilter.base_filters if key not in ("ordering",) and params.get(key))


def bulk_targets(*, request, ids=None, params=None, require_all_ids: bool = False) -> tuple:
    """(queryset, errors) of the contacts a bulk action runs on: hand-picked `ids`, else every match of `params`.

    The portal and the API both select this way; with `require_all_ids` an id
    that matches no contact is an error instead of being skipped.
    """
    from contacts.selectors import contacts_base

    if ids is not None:
        queryset = contacts_base().filter(pk__in=ids)
        missing = set(ids) - set(queryset.values_list("pk", flat=True)) if require_all_ids else set()
        if missing:
            return queryset, {"ids": [f"No contact with id {', '.join(map(str, sorted(missing)[:20]))}."]}
        return queryset, {}
    queryset, errors = filtered_contacts(contacts_base(), params, request)
    if errors:
        return queryset, {"filter": [f"{key}: {', '.join(value)}" for key, value in errors.items()]}
    return queryset, {}
