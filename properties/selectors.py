"""Read-side queries for the property inventory."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from properties.models import Availability, Property, PropertyType
from properties.validation import price


def properties_filtered(params) -> tuple[QuerySet, dict]:
    """The portal list's rows for its filters (search, type, availability, price), and the filters as read."""
    queryset = Property.objects.all()
    filters = {key: (params.get(key) or "").strip() for key in ("q", "type", "availability", "max_price")}
    if filters["q"]:
        text = filters["q"][:100]
        queryset = queryset.filter(
            Q(name__icontains=text)
            | Q(location__icontains=text)
            | Q(reference__iexact=text)
            | Q(description__icontains=text)
        )
    if filters["type"] in PropertyType.values:
        queryset = queryset.filter(type=filters["type"])
    if filters["availability"] in Availability.values:
        queryset = queryset.filter(availability=filters["availability"])
    ceiling = price(filters["max_price"])
    if ceiling is not None:
        queryset = queryset.filter(price_min__lte=ceiling)
    return queryset.order_by("-updated_at", "-id"), filters


def has_properties() -> bool:
    return Property.objects.exists()
