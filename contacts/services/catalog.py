"""What a tenant organises contacts with: groups, tags, custom field definitions,
saved views, import mapping templates and the contact settings."""

import re

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models.functions import Lower

from contacts.field_rules import MAX_TAG_LENGTH, TAG_SEPARATORS
from contacts.models import (
    Contact,
    ContactSettings,
    CustomFieldDefinition,
    Group,
    MappingTemplate,
    SavedView,
    Tag,
)

COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
FIELD_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_CHOICES = 100


def _name(value, *, limit: int, what: str) -> str:
    name = (value or "").strip() if isinstance(value, str) else ""
    if not name:
        raise ValidationError({"name": [f"Give the {what} a name."]})
    if len(name) > limit:
        raise ValidationError({"name": [f"At most {limit} characters."]})
    return name


# --- groups -----------------------------------------------------------------------------


def _group_name_taken(name: str, exclude_pk=None) -> bool:
    return Group.objects.annotate(lname=Lower("name")).filter(lname=name.lower()).exclude(pk=exclude_pk).exists()


def _group_name(value) -> str:
    name = _name(value, limit=100, what="group")
    if TAG_SEPARATORS.search(name):
        raise ValidationError({"name": ["Group names cannot contain , ; or | (they separate groups in CSV files)."]})
    return name


@transaction.atomic
def group_create(*, name: str, description: str = "", actor=None) -> Group:
    name = _group_name(name)
    if len(description or "") > 300:
        raise ValidationError({"description": ["At most 300 characters."]})
    if _group_name_taken(name):
        raise ValidationError({"name": ["A group with this name already exists."]})
    return Group.objects.create(
        name=name,
        description=description or "",
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )


@transaction.atomic
def group_update(*, group: Group, name: str | None = None, description: str | None = None) -> Group:
    if name is not None:
        name = _group_name(name)
        if _group_name_taken(name, exclude_pk=group.pk):
            raise ValidationError({"name": ["A group with this name already exists."]})
        group.name = name
    if description is not None:
        if len(description) > 300:
            raise ValidationError({"description": ["At most 300 characters."]})
        group.description = description
    group.save()
    return group


@transaction.atomic
def group_delete(*, group: Group) -> None:
    """Delete the list; its contacts stay."""
    group.delete()


def _contact_ids(ids) -> list[int]:
    if not isinstance(ids, list | tuple) or not ids:
        raise ValidationError({"ids": ["Give a list of contact ids."]})
    try:
        wanted = {int(i) for i in ids}
    except (TypeError, ValueError) as exc:
        raise ValidationError({"ids": ["Contact ids are numbers."]}) from exc
    found = set(Contact.objects.filter(pk__in=wanted).values_list("pk", flat=True))
    missing = sorted(wanted - found)
    if missing:
        raise ValidationError({"ids": [f"No contact with id {', '.join(map(str, missing[:20]))}."]})
    return sorted(found)


@transaction.atomic
def group_add_contacts(*, group: Group, contact_ids) -> int:
    """Add contacts to a group (already-members are fine). Returns how many were added."""
    ids = _contact_ids(contact_ids)
    return group_add_queryset(group=group, queryset=Contact.objects.filter(pk__in=ids))


def group_add_queryset(*, group: Group, queryset) -> int:
    table, through = Contact._meta.db_table, Contact.groups.through._meta.db_table
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {through} (contact_id, group_id) "  # noqa: S608 - table names from the models
            f"SELECT c.id, %s FROM {table} c WHERE c.id IN ({sql}) ON CONFLICT DO NOTHING",
            [group.pk, *params],
        )
        return cursor.rowcount


@transaction.atomic
def group_remove_contacts(*, group: Group, contact_ids) -> int:
    ids = _contact_ids(contact_ids)
    deleted, _ = Contact.groups.through.objects.filter(group=group, contact_id__in=ids).delete()
    return deleted


# --- tags ---------------------------------------------------------------------------------


def _tag_name(value) -> str:
    name = _name(value, limit=MAX_TAG_LENGTH, what="tag")
    if TAG_SEPARATORS.search(name):
        raise ValidationError({"name": ["Tags cannot contain , ; or |."]})
    return name


def _tag_name_taken(name: str, exclude_pk=None) -> bool:
    return Tag.objects.annotate(lname=Lower("name")).filter(lname=name.lower()).exclude(pk=exclude_pk).exists()


def _color(value) -> str:
    if value in (None, ""):
        return ""
    if not isinstance(value, str) or not COLOR.match(value):
        raise ValidationError({"color": ["Use a colour like #3b5bdb."]})
    return value.lower()


@transaction.atomic
def tag_create(*, name: str, color: str = "") -> Tag:
    name = _tag_name(name)
    color = _color(color)
    if _tag_name_taken(name):
        raise ValidationError({"name": ["This tag already exists."]})
    return Tag.objects.create(name=name, color=color)


@transaction.atomic
def tag_update(*, tag: Tag, name: str | None = None, color: str | None = None) -> Tag:
    """Rename (every tagged contact follows) or recolour a tag."""
    if color is not None:
        tag.color = _color(color)
    if name is not None:
        name = _tag_name(name)
        if _tag_name_taken(name, exclude_pk=tag.pk):
            raise ValidationError({"name": ["Another tag already has this name."]})
        if name != tag.name:
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {Contact._meta.db_table} SET tags = array_replace(tags, %s, %s), "  # noqa: S608
                    "updated_at = now() WHERE tags @> ARRAY[%s]::varchar(50)[]",
                    [tag.name, name, tag.name],
                )
            tag.name = name
    tag.save()
    return tag


@transaction.atomic
def tag_delete(*, tag: Tag) -> int:
    """Remove the tag from the catalogue and from every contact. Returns contacts changed."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Contact._meta.db_table} SET tags = array_remove(tags, %s), updated_at = now() "  # noqa: S608
            "WHERE tags @> ARRAY[%s]::varchar(50)[]",
            [tag.name, tag.name],
        )
        changed = cursor.rowcount
    tag.delete()
    return changed


# --- custom fields --------------------------------------------------------------------------


def _choices(field_type: str, choices) -> list[str]:
    if field_type != CustomFieldDefinition.FieldType.CHOICE:
        if choices:
            raise ValidationError({"choices": ["Only choice fields have choices."]})
        return []
    if isinstance(choices, str):
        choices = [c for c in (part.strip() for part in choices.split(",")) if c]
    if not isinstance(choices, list | tuple) or not choices:
        raise ValidationError({"choices": ["A choice field needs at least one choice."]})
    cleaned, seen = [], set()
    for choice in choices:
        if not isinstance(choice, str) or not choice.strip() or len(choice.strip()) > 80:
            raise ValidationError({"choices": ["Choices are text of 1 to 80 characters."]})
        if choice.strip().lower() not in seen:
            seen.add(choice.strip().lower())
            cleaned.append(choice.strip())
    if len(cleaned) > MAX_CHOICES:
        raise ValidationError({"choices": [f"At most {MAX_CHOICES} choices."]})
    return cleaned


@transaction.atomic
def custom_field_create(
    *, key: str, label: str, field_type: str = "text", choices=None, position: int = 0
) -> CustomFieldDefinition:
    errors = {}
    key = (key or "").strip()
    if not FIELD_KEY.match(key):
        errors["key"] = ["Use lowercase letters, digits and underscores, starting with a letter (max 40)."]
    elif CustomFieldDefinition.objects.filter(key=key).exists():
        errors["key"] = ["A field with this key already exists."]
    label = (label or "").strip() if isinstance(label, str) else ""
    if not label or len(label) > 80:
        errors["label"] = ["Give a label of 1 to 80 characters."]
    if field_type not in CustomFieldDefinition.FieldType.values:
        errors["field_type"] = [f"Choose one of: {', '.join(CustomFieldDefinition.FieldType.values)}."]
    if not isinstance(position, int) or isinstance(position, bool) or not 0 <= position <= 1000:
        errors["position"] = ["A position between 0 and 1000."]
    if errors:
        raise ValidationError(errors)
    return CustomFieldDefinition.objects.create(
        key=key, label=label, field_type=field_type, choices=_choices(field_type, choices), position=position
    )


@transaction.atomic
def custom_field_update(
    *, definition: CustomFieldDefinition, label: str | None = None, choices=None, position: int | None = None
) -> CustomFieldDefinition:
    """Relabel, reorder or change the choices. The key and type are fixed: stored values depend on them."""
    if label is not None:
        label = label.strip() if isinstance(label, str) else ""
        if not label or len(label) > 80:
            raise ValidationError({"label": ["Give a label of 1 to 80 characters."]})
        definition.label = label
    if choices is not None:
        definition.choices = _choices(definition.field_type, choices)
    if position is not None:
        if not isinstance(position, int) or isinstance(position, bool) or not 0 <= position <= 1000:
            raise ValidationError({"position": ["A position between 0 and 1000."]})
        definition.position = position
    definition.save()
    return definition


@transaction.atomic
def custom_field_delete(*, definition: CustomFieldDefinition) -> int:
    """Delete the definition and its values on every contact. Returns contacts changed."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Contact._meta.db_table} SET custom_fields = custom_fields - %s, updated_at = now() "  # noqa: S608
            "WHERE custom_fields ? %s",
            [definition.key, definition.key],
        )
        changed = cursor.rowcount
    definition.delete()
    return changed


# --- saved views and mapping templates ----------------------------------------------------------


def _saved_view_keys() -> frozenset[str]:
    from contacts.filters import ContactFilter

    return frozenset(ContactFilter.base_filters) - {"ids"}


def _filters(value) -> dict:
    if not isinstance(value, dict):
        raise ValidationError({"filters": ['Filters are an object, e.g. {"status": "qualified"}.']})
    unknown = set(value) - _saved_view_keys()
    if unknown:
        raise ValidationError({"filters": [f"Unknown filter(s): {', '.join(sorted(unknown))}."]})
    cleaned = {}
    for key, item in value.items():
        if isinstance(item, list):
            if not all(isinstance(i, str | int) for i in item):
                raise ValidationError({"filters": [f"{key}: values are text or numbers."]})
            cleaned[key] = [str(i) for i in item if str(i)]
        elif isinstance(item, str | int | bool):
            if str(item) != "":
                cleaned[key] = str(item).lower() if isinstance(item, bool) else str(item)
        elif item is not None:
            raise ValidationError({"filters": [f"{key}: values are text or numbers."]})
    return cleaned


@transaction.atomic
def saved_view_create(*, name: str, filters: dict, actor, shared: bool = False) -> SavedView:
    name = _name(name, limit=80, what="view")
    filters = _filters(filters)
    if SavedView.objects.annotate(lname=Lower("name")).filter(created_by=actor, lname=name.lower()).exists():
        raise ValidationError({"name": ["You already have a view with this name."]})
    return SavedView.objects.create(name=name, filters=filters, shared=bool(shared), created_by=actor)


@transaction.atomic
def saved_view_update(*, view: SavedView, name=None, filters=None, shared=None) -> SavedView:
    if name is not None:
        name = _name(name, limit=80, what="view")
        taken = SavedView.objects.annotate(lname=Lower("name")).filter(
            created_by_id=view.created_by_id, lname=name.lower()
        )
        if taken.exclude(pk=view.pk).exists():
            raise ValidationError({"name": ["You already have a view with this name."]})
        view.name = name
    if filters is not None:
        view.filters = _filters(filters)
    if shared is not None:
        view.shared = bool(shared)
    view.save()
    return view


@transaction.atomic
def saved_view_delete(*, view: SavedView) -> None:
    view.delete()


def _template_mapping(value) -> dict:
    from contacts.imports.mapping import normalise_header, valid_target

    if not isinstance(value, dict) or not value:
        raise ValidationError({"mapping": ["A mapping is an object of column header -> contact field."]})
    cleaned = {}
    for header, target in value.items():
        if not isinstance(header, str) or not header.strip():
            raise ValidationError({"mapping": ["Column headers are text."]})
        if target in (None, "", "ignore"):
            continue
        if not isinstance(target, str) or not valid_target(target):
            raise ValidationError({"mapping": [f"{target!r} is not a contact field."]})
        cleaned[normalise_header(header)] = target
    if not cleaned:
        raise ValidationError({"mapping": ["Map at least one column."]})
    return cleaned


@transaction.atomic
def mapping_template_create(*, name: str, mapping: dict, actor=None) -> MappingTemplate:
    name = _name(name, limit=80, what="template")
    mapping = _template_mapping(mapping)
    existing = MappingTemplate.objects.annotate(lname=Lower("name")).filter(lname=name.lower()).first()
    if existing is not None:
        existing.mapping = mapping
        existing.save(update_fields=["mapping"])
        return existing
    return MappingTemplate.objects.create(
        name=name, mapping=mapping, created_by=actor if getattr(actor, "is_authenticated", False) else None
    )


@transaction.atomic
def mapping_template_delete(*, template: MappingTemplate) -> None:
    template.delete()


# --- settings -------------------------------------------------------------------------------------


@transaction.atomic
def contact_settings_update(*, actor=None, **changes) -> ContactSettings:
    import phonenumbers

    current = ContactSettings.load()
    errors = {}
    if "require_consent_for_calls" in changes:
        if not isinstance(changes["require_consent_for_calls"], bool):
            errors["require_consent_for_calls"] = ["Yes or no."]
        else:
            current.require_consent_for_calls = changes["require_consent_for_calls"]
    if "default_region" in changes:
        region = (changes["default_region"] or "").strip().upper()
        if region and region not in phonenumbers.SUPPORTED_REGIONS:
            errors["default_region"] = [f"{region!r} is not a country code like GB or US."]
        current.default_region = region
    if "retention_months" in changes:
        months = changes["retention_months"]
        if not isinstance(months, int) or isinstance(months, bool) or not 0 <= months <= 240:
            errors["retention_months"] = ["Between 0 (keep forever) and 240 months."]
        else:
            current.retention_months = months
    unknown = set(changes) - {"require_consent_for_calls", "default_region", "retention_months"}
    for name in unknown:
        errors[name] = ["Unknown setting."]
    if errors:
        raise ValidationError(errors)
    current.save()
    return current
