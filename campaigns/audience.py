"""Who a campaign calls: an audience spec, checked, and the contacts it selects.

    {"contacts": [12, 15], "tags": ["vip"], "groups": [3], "saved_view": 4,
     "filter": {"status": ["new", "to_call"], "created_after": "2026-01-01"},
     "exclude_tags": ["staff"], "exclude_statuses": ["lost"]}

The sources (explicit contacts, tags, groups, a saved filter, a filter, or
"all": true) are combined with OR; the exclusions then remove people.
Erased contacts are never selected. Groups and saved filters are read from
the contacts app when it has them.
"""

from __future__ import annotations

from datetime import date

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q, QuerySet

from contacts.models import Contact, LeadStatus

SOURCE_KEYS = ("all", "contacts", "tags", "groups", "saved_view", "filter")
KEYS = frozenset({*SOURCE_KEYS, "exclude_tags", "exclude_statuses"})
FILTER_KEYS = frozenset(
    {
        "status",
        "tag",
        "group",
        "source",
        "owner",
        "created_after",
        "created_before",
        "custom_field",
        "search",
        "do_not_call",
        "erased",
        "ordering",
    }
)
MAX_EXPLICIT = 10000


def _problem(message: str) -> ValidationError:
    return ValidationError({"audience": [message]})


def _as_list(value, what: str) -> list:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str | int) and not isinstance(v, bool) for v in value):
        raise _problem(f"{what} must be a list of values.")
    return value


def _ids(value, what: str) -> list[int]:
    items = _as_list(value, what)
    try:
        ids = [int(v) for v in items]
    except (TypeError, ValueError) as exc:
        raise _problem(f"{what} must be ids (numbers).") from exc
    if len(ids) > MAX_EXPLICIT:
        raise _problem(f"At most {MAX_EXPLICIT} {what.lower()}; use tags or a group for more.")
    return ids


def _has_groups() -> bool:
    try:
        Contact._meta.get_field("groups")
    except FieldDoesNotExist:
        return False
    return True


def _saved_view_model():
    try:
        return apps.get_model("contacts", "SavedView")
    except LookupError:
        return None


def _date(value, what: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise _problem(f"{what} must be a date like 2026-03-01.") from exc


def _statuses(value, what: str) -> list[str]:
    statuses = [str(s) for s in _as_list(value, what)]
    unknown = sorted(set(statuses) - set(LeadStatus.values))
    if unknown:
        raise _problem(f"Unknown lead status(es): {', '.join(unknown)}.")
    return statuses


def clean_filter(value) -> dict:
    if not isinstance(value, dict):
        raise _problem('The filter is an object, e.g. {"status": ["new"]}.')
    unknown = sorted(set(value) - FILTER_KEYS)
    if unknown:
        raise _problem(f"Unknown filter(s): {', '.join(unknown)}.")
    cleaned = {}
    for name, item in value.items():
        if item in (None, "", []):
            continue
        if name == "status":
            cleaned[name] = _statuses(item, "status")
        elif name in ("tag", "source"):
            cleaned[name] = [str(v) for v in _as_list(item, name)]
        elif name in ("group", "owner"):
            cleaned[name] = _ids(item, name)
        elif name in ("created_after", "created_before"):
            cleaned[name] = _date(item, name).isoformat()
        elif name == "custom_field":
            if not isinstance(item, dict) or not all(isinstance(k, str) for k in item):
                raise _problem('custom_field is an object of field keys to values, e.g. {"plan": "gold"}.')
            cleaned[name] = item
        elif name in ("do_not_call", "erased"):
            cleaned[name] = str(item).lower() in ("true", "1", "yes")
        elif name == "search":
            cleaned[name] = str(item)[:100]
    return cleaned


def clean_audience(value) -> dict:
    """The audience spec, checked and normalised; raises ValidationError({"audience": [...]})."""
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        raise _problem("The audience is an object with contacts, tags, groups, saved_view or filter.")
    unknown = sorted(set(value) - KEYS)
    if unknown:
        raise _problem(f"Unknown audience key(s): {', '.join(unknown)}.")
    cleaned: dict = {}
    if value.get("all"):
        cleaned["all"] = True
    if value.get("contacts"):
        cleaned["contacts"] = sorted(set(_ids(value["contacts"], "Contacts")))
    if value.get("tags"):
        cleaned["tags"] = sorted({str(t).strip() for t in _as_list(value["tags"], "Tags") if str(t).strip()})
    if value.get("groups"):
        if not _has_groups():
            raise _problem("Contact groups are not available in this workspace yet; use tags.")
        cleaned["groups"] = sorted(set(_ids(value["groups"], "Groups")))
        group_model = Contact._meta.get_field("groups").related_model
        known = set(group_model.objects.filter(pk__in=cleaned["groups"]).values_list("pk", flat=True))
        unknown = [group_id for group_id in cleaned["groups"] if group_id not in known]
        if unknown:
            raise _problem(f"Unknown group(s): {', '.join(map(str, unknown))}.")
    if value.get("saved_view") not in (None, ""):
        model = _saved_view_model()
        if model is None:
            raise _problem("Saved filters are not available in this workspace yet; use a filter.")
        try:
            view_id = int(value["saved_view"])
        except (TypeError, ValueError) as exc:
            raise _problem("saved_view must be the id of a saved filter.") from exc
        if not model.objects.filter(pk=view_id).exists():
            raise _problem(f"There is no saved filter {view_id}.")
        cleaned["saved_view"] = view_id
    if value.get("filter"):
        cleaned["filter"] = clean_filter(value["filter"])
    if value.get("exclude_tags"):
        cleaned["exclude_tags"] = sorted({str(t).strip() for t in _as_list(value["exclude_tags"], "exclude_tags")})
    if value.get("exclude_statuses"):
        cleaned["exclude_statuses"] = _statuses(value["exclude_statuses"], "exclude_statuses")
    if "contacts" in cleaned:
        found = set(Contact.objects.filter(pk__in=cleaned["contacts"]).values_list("pk", flat=True))
        missing = [i for i in cleaned["contacts"] if i not in found]
        if missing:
            raise _problem(f"Unknown contact id(s): {', '.join(map(str, missing[:10]))}.")
    return cleaned


def has_source(audience: dict) -> bool:
    return any(audience.get(key) for key in SOURCE_KEYS)


def _filter_q(spec: dict) -> Q:
    q = Q()
    if spec.get("status"):
        q &= Q(status__in=spec["status"])
    if spec.get("tag"):
        q &= Q(tags__overlap=spec["tag"])
    if spec.get("source"):
        q &= Q(source__in=spec["source"])
    if spec.get("owner"):
        q &= Q(owner_id__in=spec["owner"])
    if spec.get("group") and _has_groups():
        q &= Q(groups__in=spec["group"])
    if spec.get("created_after"):
        q &= Q(created_at__date__gte=spec["created_after"])
    if spec.get("created_before"):
        q &= Q(created_at__date__lte=spec["created_before"])
    for field, wanted in (spec.get("custom_field") or {}).items():
        q &= Q(custom_fields__contains={field: wanted})
    if "do_not_call" in spec:
        q &= Q(do_not_call=spec["do_not_call"])
    if spec.get("search"):
        text = spec["search"]
        q &= (
            Q(first_name__icontains=text)
            | Q(last_name__icontains=text)
            | Q(email__icontains=text)
            | Q(phone__contains=text)
            | Q(company__icontains=text)
        )
    return q


def audience_queryset(audience: dict) -> QuerySet[Contact]:
    """The contacts an (already cleaned) audience selects, each once."""
    if not has_source(audience):
        return Contact.objects.none()
    if audience.get("all"):
        q = Q()
    else:
        q = Q(pk__in=[])
        if audience.get("contacts"):
            q |= Q(pk__in=audience["contacts"])
        if audience.get("tags"):
            q |= Q(tags__overlap=audience["tags"])
        if audience.get("groups") and _has_groups():
            q |= Q(pk__in=Contact.objects.filter(groups__in=audience["groups"]).values("pk"))
        if audience.get("saved_view"):
            model = _saved_view_model()
            view = model.objects.filter(pk=audience["saved_view"]).first() if model else None
            if view is not None:
                q |= Q(pk__in=Contact.objects.filter(_filter_q(clean_filter(view.filters))).values("pk"))
        if audience.get("filter"):
            q |= Q(pk__in=Contact.objects.filter(_filter_q(audience["filter"])).values("pk"))
    queryset = Contact.objects.filter(q, erased_at__isnull=True)
    if audience.get("exclude_tags"):
        queryset = queryset.exclude(tags__overlap=audience["exclude_tags"])
    if audience.get("exclude_statuses"):
        queryset = queryset.exclude(status__in=audience["exclude_statuses"])
    return queryset
