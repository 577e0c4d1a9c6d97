"""Property use cases: create, change, delete (the CSV import is in `properties.imports`)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from properties.models import Property
from properties.validation import clean_property


def _reference_taken(reference: str, exclude_pk: int | None = None) -> bool:
    if not reference:
        return False
    return Property.objects.filter(reference=reference).exclude(pk=exclude_pk).exists()


@transaction.atomic
def property_create(*, data: dict, actor=None) -> Property:
    values = clean_property(data)
    if _reference_taken(values.get("reference", "")):
        raise ValidationError({"reference": [f"Another property already has the reference {values['reference']}."]})
    try:
        with transaction.atomic():
            return Property.objects.create(**values, created_by=actor if getattr(actor, "pk", None) else None)
    except IntegrityError as exc:  # a concurrent create took the reference first
        raise ValidationError({"reference": ["Another property already has this reference."]}) from exc


@transaction.atomic
def property_update(*, prop: Property, data: dict, actor=None) -> Property:
    prop = Property.objects.select_for_update().get(pk=prop.pk)
    values = clean_property(data, instance=prop)
    if _reference_taken(values.get("reference", ""), exclude_pk=prop.pk):
        raise ValidationError({"reference": [f"Another property already has the reference {values['reference']}."]})
    for field, value in values.items():
        setattr(prop, field, value)
    try:
        with transaction.atomic():
            prop.save()
    except IntegrityError as exc:
        raise ValidationError({"reference": ["Another property already has this reference."]}) from exc
    return prop


@transaction.atomic
def property_delete(*, prop: Property, actor=None) -> None:
    Property.objects.filter(pk=prop.pk).delete()
