"""Property use cases: create, change, delete (the CSV import is in `properties.imports`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from properties.models import Property
from properties.validation import clean_property


@contextmanager
def _reference_kept_unique(reference: str, exclude_pk: int | None = None) -> Iterator[None]:
    """Refuse a reference another property has, before writing and (for a concurrent write that took it
    first) from the constraint while writing, with the same error either way."""
    error = {"reference": [f"Another property already has the reference {reference}."]}
    if reference and Property.objects.filter(reference=reference).exclude(pk=exclude_pk).exists():
        raise ValidationError(error)
    try:
        with transaction.atomic():
            yield
    except IntegrityError as exc:
        raise ValidationError(error) from exc


@transaction.atomic
def property_create(*, data: dict, actor=None) -> Property:
    values = clean_property(data)
    with _reference_kept_unique(values.get("reference", "")):
        return Property.objects.create(**values, created_by=actor if getattr(actor, "pk", None) else None)


@transaction.atomic
def property_update(*, prop: Property, data: dict, actor=None) -> Property:
    prop = Property.objects.select_for_update().get(pk=prop.pk)
    values = clean_property(data, instance=prop)
    for field, value in values.items():
        setattr(prop, field, value)
    with _reference_kept_unique(prop.reference, exclude_pk=prop.pk):
        prop.save()
    return prop


@transaction.atomic
def property_delete(*, prop: Property, actor=None) -> None:
    Property.objects.filter(pk=prop.pk).delete()
