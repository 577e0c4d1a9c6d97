"""API for the property inventory, its CSV import, and a contact's matching properties (thin)."""

from __future__ import annotations

from dataclasses import asdict

import django_filters
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from contacts.selectors import contacts_base
from properties import imports, sending, services
from properties.matching import MAX_LIMIT, contact_matches
from properties.models import Availability, Property, PropertyType
from properties.validation import FIELDS
from tenants.roles import Perm
from voiceplatform.boundary import JSONParser, MultiPartParser
from voiceplatform.viewsets import ServiceBackedViewSet


class PropertySerializer(serializers.ModelSerializer):
    class Meta:
        model = Property
        fields = ["id", *FIELDS, "created_at", "updated_at"]
        read_only_fields = fields


class PropertyWriteSerializer(serializers.Serializer):
    """Shapes only; the rules (required fields, currency, min ≤ max, unique reference) are in the services."""

    name = serializers.CharField(required=False, allow_blank=True, max_length=500)
    type = serializers.ChoiceField(choices=PropertyType.choices, required=False)
    location = serializers.CharField(required=False, allow_blank=True, max_length=500)
    price_min = serializers.DecimalField(max_digits=14, decimal_places=2, required=False)
    price_max = serializers.DecimalField(
        max_digits=14, decimal_places=2, required=False, help_text="Omitted when creating: the same as price_min."
    )
    currency = serializers.CharField(required=False, allow_blank=True, max_length=10, help_text="ISO 4217, e.g. GBP")
    amenities = serializers.ListField(child=serializers.CharField(max_length=200), required=False)
    specifications = serializers.DictField(required=False, help_text='e.g. {"bedrooms": 3, "area_sqft": 1250}')
    availability = serializers.ChoiceField(choices=Availability.choices, required=False)
    reference = serializers.CharField(required=False, allow_blank=True, max_length=200)
    description = serializers.CharField(required=False, allow_blank=True, max_length=20000)


class ImportInputSerializer(serializers.Serializer):
    file = serializers.FileField(
        help_text="CSV, UTF-8: name, type, location, price_min, price_max (or price), "
        "currency, amenities (; separated), availability, reference, description; "
        "any other column is a specification (bedrooms, area_sqft ...)"
    )
    commit = serializers.BooleanField(
        required=False, default=False, help_text="Write the valid rows (default: preview)"
    )
    strict = serializers.BooleanField(required=False, default=False, help_text="Write nothing if any row has an error")


IMPORT_REPORT = inline_serializer(
    "PropertyImportReport",
    {
        "committed": serializers.BooleanField(),
        "total_rows": serializers.IntegerField(),
        "columns": serializers.ListField(child=serializers.CharField()),
        "counts": serializers.DictField(child=serializers.IntegerField()),
        "errors": serializers.ListField(child=serializers.DictField()),
        "rejected_rows": serializers.ListField(child=serializers.IntegerField()),
    },
)


class PropertyFilter(django_filters.FilterSet):
    location = django_filters.CharFilter(lookup_expr="icontains")
    min_price = django_filters.NumberFilter(field_name="price_max", lookup_expr="gte", label="Reaches at least")
    max_price = django_filters.NumberFilter(field_name="price_min", lookup_expr="lte", label="Starts at most")
    bedrooms = django_filters.NumberFilter(method="filter_bedrooms")

    class Meta:
        model = Property
        fields = ["type", "availability", "currency", "location", "min_price", "max_price", "bedrooms"]

    def filter_bedrooms(self, queryset, name, value):
        return queryset.filter(specifications__bedrooms=int(value))


class PropertyViewSet(ServiceBackedViewSet):
    """The property inventory. Filters: type, availability, currency, location (part of), min_price /
    max_price (the price range overlaps), bedrooms; `?search=` looks in name, location, reference
    and description. POST `import/` a CSV: a preview of what would be written, row by row, unless
    `commit=true`."""

    queryset = Property.objects.none()
    serializer_class = PropertySerializer
    filterset_class = PropertyFilter
    search_fields = ["name", "location", "reference", "description"]
    ordering_fields = ["name", "price_min", "price_max", "created_at", "updated_at"]
    lookup_value_regex = "[0-9]+"
    write_perm = Perm.EDIT_CONTACTS
    action_perms = {"destroy": Perm.DELETE_CONTACTS, "import_csv": Perm.IMPORT_CONTACTS}

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Property.objects.none()
        return Property.objects.all()

    def get_object(self):
        return get_object_or_404(Property, pk=self.kwargs["pk"])

    @extend_schema(request=PropertyWriteSerializer, responses={201: PropertySerializer})
    def create(self, request, *args, **kwargs):
        prop = services.property_create(data=self.validated(PropertyWriteSerializer), actor=request.user)
        return Response(PropertySerializer(prop).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=PropertyWriteSerializer, responses=PropertySerializer)
    def partial_update(self, request, *args, **kwargs):
        data = self.validated(PropertyWriteSerializer, partial=True)
        prop = services.property_update(prop=self.get_object(), data=data, actor=request.user)
        return Response(PropertySerializer(prop).data)

    def destroy(self, request, *args, **kwargs):
        services.property_delete(prop=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request={"multipart/form-data": ImportInputSerializer}, responses=IMPORT_REPORT)
    @action(detail=False, methods=["post"], url_path="import", parser_classes=[MultiPartParser, JSONParser])
    def import_csv(self, request):
        """Preview (default) or commit a CSV: per-row errors with row number, field, column and message."""
        data = self.validated(ImportInputSerializer)
        report = imports.property_import(
            content=data["file"].read(), commit=data["commit"], strict=data["strict"], actor=request.user
        )
        return Response(report)


MATCH = inline_serializer(
    "PropertyMatch",
    {
        "property": PropertySerializer(),
        "score": serializers.IntegerField(),
        "reasons": serializers.ListField(child=serializers.CharField()),
        "caveats": serializers.ListField(child=serializers.CharField()),
    },
)
MATCHES = inline_serializer(
    "ContactPropertyMatches",
    {
        "contact": serializers.IntegerField(),
        "preferences": serializers.DictField(),
        "matches": serializers.ListField(child=MATCH),
    },
)


class MatchesView(APIView):
    """The available properties that fit what the contact asked for (from their calls' analysis and
    custom fields), best first, with the reasons. `?limit=` 1-20 (default 5)."""

    @extend_schema(responses=MATCHES)
    def get(self, request, pk: int):
        contact = get_object_or_404(contacts_base(), pk=pk)
        try:
            limit = int(request.query_params.get("limit", 5))
        except ValueError:
            raise serializers.ValidationError({"limit": ["Give a whole number from 1 to 20."]}) from None
        if not 1 <= limit <= MAX_LIMIT:
            raise serializers.ValidationError({"limit": ["Give a whole number from 1 to 20."]})
        prefs, matches = contact_matches(contact, limit=limit)
        return Response(
            {
                "contact": contact.pk,
                "preferences": asdict(prefs),
                "matches": [
                    {
                        "property": PropertySerializer(m.prop).data,
                        "score": m.score,
                        "reasons": m.reasons,
                        "caveats": m.caveats,
                    }
                    for m in matches
                ],
            }
        )


class SendInputSerializer(serializers.Serializer):
    channel = serializers.ChoiceField(choices=[("sms", "SMS"), ("email", "Email")])


class MatchesSendView(APIView):
    """Send the contact their matching properties by SMS or email (checked like every message)."""

    write_perm = Perm.EDIT_CONTACTS

    @extend_schema(
        request=SendInputSerializer,
        responses={
            202: inline_serializer(
                "PropertyMatchesSent",
                {"notification": serializers.IntegerField(), "channel": serializers.CharField()},
            )
        },
    )
    def post(self, request, pk: int):
        contact = get_object_or_404(contacts_base(), pk=pk)
        serializer = SendInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        channel = serializer.validated_data["channel"]
        notification = sending.matches_send(tenant=request.tenant, contact=contact, channel=channel, actor=request.user)
        return Response({"notification": notification.pk, "channel": channel}, status=status.HTTP_202_ACCEPTED)
