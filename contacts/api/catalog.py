"""Do-not-call list, groups, tags, custom fields, saved views, mapping templates, contact settings."""

import csv
import io

import django_filters
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from contacts import services
from contacts.api.serializers import (
    ContactSettingsInputSerializer,
    ContactSettingsSerializer,
    CustomFieldSerializer,
    DncInputSerializer,
    DncSerializer,
    GroupMembersSerializer,
    GroupSerializer,
    MappingTemplateSerializer,
    SavedViewSerializer,
    TagSerializer,
)
from contacts.imports.mapping import normalise_header
from contacts.imports.reader import decode, sniff_delimiter
from contacts.models import ContactSettings, CustomFieldDefinition, DncEntry, Group, MappingTemplate, SavedView, Tag
from contacts.phones import InvalidPhone
from tenants.permissions import request_membership
from tenants.roles import Perm, can
from voiceplatform.boundary import JSONParser, MultiPartParser
from voiceplatform.viewsets import ServiceBackedViewSet

PHONE_HEADERS = {"phone", "phonenumber", "number", "mobile", "telephone", "tel", "cell"}
REASON_HEADERS = {"reason", "note", "notes", "comment"}


def dnc_rows_from_file(content: bytes) -> list[tuple[str, str]]:
    """(phone, reason) pairs from a CSV: a phone column (by header, else the first) and an optional reason."""
    text = decode(content)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise ValidationError({"file": [f"The file is not valid CSV: {exc}."]}) from exc
    if not rows:
        raise ValidationError({"file": ["The file is empty."]})
    header = [normalise_header(cell) for cell in rows[0]]
    phone_col = next((i for i, name in enumerate(header) if name in PHONE_HEADERS), None)
    reason_col = next((i for i, name in enumerate(header) if name in REASON_HEADERS), None)
    body = rows[1:] if phone_col is not None else rows
    phone_col = phone_col or 0
    return [
        (
            row[phone_col] if phone_col < len(row) else "",
            row[reason_col] if reason_col is not None and reason_col < len(row) else "",
        )
        for row in body
    ]


class DncFilter(django_filters.FilterSet):
    class Meta:
        model = DncEntry
        fields = ["source"]


class DncViewSet(ServiceBackedViewSet):
    """The do-not-call list. POST one `phone`, a list of `phones`, or a CSV `file` (all numbers or none are
    added); DELETE an entry by id, or `DELETE /dnc/?phone=...`."""

    queryset = DncEntry.objects.none()
    serializer_class = DncSerializer
    parser_classes = [JSONParser, MultiPartParser]
    filterset_class = DncFilter
    search_fields = ["phone", "reason"]
    ordering_fields = ["created_at", "phone"]
    lookup_value_regex = "[0-9]+"
    write_perm = Perm.EDIT_CONTACTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return DncEntry.objects.none()
        return DncEntry.objects.all()

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(DncSerializer(page, many=True).data)

    @extend_schema(
        request={"application/json": DncInputSerializer, "multipart/form-data": DncInputSerializer},
        responses={
            201: inline_serializer(
                "DncAdded", {"added": serializers.IntegerField(), "already_listed": serializers.IntegerField()}
            )
        },
    )
    def create(self, request):
        serializer = DncInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        reason = data.get("reason", "")
        if data.get("phone"):
            existed = services.is_on_dnc(self._e164(data["phone"]))
            entry = services.dnc_add(phone=data["phone"], tenant=request.tenant, reason=reason, source="api")
            return Response(
                {
                    "added": 0 if existed else 1,
                    "already_listed": 1 if existed else 0,
                    "entry": DncSerializer(entry).data,
                },
                status=status.HTTP_201_CREATED,
            )
        rows = [(p, reason) for p in data["phones"]] if data.get("phones") else dnc_rows_from_file(data["file"].read())
        result = services.dnc_bulk_add(tenant=request.tenant, rows=rows, source="api" if data.get("phones") else "csv")
        return Response(result, status=status.HTTP_201_CREATED)

    def _e164(self, phone: str) -> str:
        try:
            return services.phone_for_tenant(phone, self.request.tenant)
        except InvalidPhone as exc:
            raise serializers.ValidationError({"phone": [str(exc)]}) from exc

    def retrieve(self, request, pk=None):
        return Response(DncSerializer(get_object_or_404(DncEntry, pk=pk)).data)

    def destroy(self, request, pk=None):
        services.dnc_entry_delete(entry=get_object_or_404(DncEntry, pk=pk))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        operation_id="v1_dnc_remove_by_phone",
        parameters=[OpenApiParameter("phone", str, required=True)],
        request=None,
        responses={204: None},
    )
    def remove(self, request):
        """Take a number off the list: `DELETE /api/v1/dnc/?phone=07912345678`."""
        phone = request.query_params.get("phone", "")
        if not phone:
            raise serializers.ValidationError({"phone": ["Say which number to remove: ?phone=..."]})
        if not services.dnc_remove(phone=self._e164(phone), tenant=request.tenant):
            raise serializers.ValidationError({"phone": ["This number is not on the list."]})
        return Response(status=status.HTTP_204_NO_CONTENT)


class GroupViewSet(ServiceBackedViewSet):
    """Static lists of contacts. POST/DELETE `/groups/{id}/members/` with `ids` adds or removes members."""

    queryset = Group.objects.none()
    serializer_class = GroupSerializer
    search_fields = ["name", "description"]
    ordering_fields = ["name", "created_at", "contact_count"]
    filterset_fields = []
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    write_perm = Perm.EDIT_CONTACTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Group.objects.none()
        # Ordered explicitly: an aggregate query drops Meta.ordering, and pages of an unordered list drift.
        return Group.objects.annotate(
            contact_count=Count("contacts", filter=Q(contacts__erased_at__isnull=True))
        ).order_by("name", "pk")

    def create(self, request, *args, **kwargs):
        data = request.data
        group = services.group_create(
            name=data.get("name", ""), description=data.get("description", "") or "", actor=request.user
        )
        return Response(GroupSerializer(self.get_queryset().get(pk=group.pk)).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = request.data
        group = services.group_update(
            group=self.get_object(), name=data.get("name"), description=data.get("description")
        )
        return Response(GroupSerializer(self.get_queryset().get(pk=group.pk)).data)

    def destroy(self, request, *args, **kwargs):
        services.group_delete(group=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        request=GroupMembersSerializer,
        responses=inline_serializer("GroupMembersChanged", {"changed": serializers.IntegerField()}),
    )
    @action(detail=True, methods=["post", "delete"], url_path="members")
    def members(self, request, pk=None):
        serializer = GroupMembersSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        group = self.get_object()
        if request.method == "POST":
            changed = services.group_add_contacts(group=group, contact_ids=serializer.validated_data["ids"])
        else:
            changed = services.group_remove_contacts(group=group, contact_ids=serializer.validated_data["ids"])
        return Response({"changed": changed})


class TagViewSet(ServiceBackedViewSet):
    """The tag catalogue. Renaming a tag renames it on every contact; deleting removes it from them."""

    queryset = Tag.objects.none()
    serializer_class = TagSerializer
    search_fields = ["name"]
    ordering_fields = ["name", "created_at"]
    filterset_fields = []
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    write_perm = Perm.EDIT_CONTACTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Tag.objects.none()
        return Tag.objects.all()

    def create(self, request, *args, **kwargs):
        tag = services.tag_create(name=request.data.get("name", ""), color=request.data.get("color", "") or "")
        return Response(TagSerializer(tag).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        tag = services.tag_update(tag=self.get_object(), name=request.data.get("name"), color=request.data.get("color"))
        return Response(TagSerializer(tag).data)

    def destroy(self, request, *args, **kwargs):
        services.tag_delete(tag=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class CustomFieldViewSet(ServiceBackedViewSet):
    """The workspace's own contact fields (key, label, type: text, number, boolean, date, choice)."""

    queryset = CustomFieldDefinition.objects.none()
    serializer_class = CustomFieldSerializer
    search_fields = ["key", "label"]
    ordering_fields = ["position", "key", "label"]
    filterset_fields = ["field_type"]
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    write_perm = Perm.MANAGE_SETTINGS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return CustomFieldDefinition.objects.none()
        return CustomFieldDefinition.objects.all()

    def create(self, request, *args, **kwargs):
        data = request.data
        definition = services.custom_field_create(
            key=data.get("key", ""),
            label=data.get("label", ""),
            field_type=data.get("field_type", "text"),
            choices=data.get("choices"),
            position=data.get("position", 0),
        )
        return Response(CustomFieldSerializer(definition).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = request.data
        unchangeable = {"key", "field_type"} & set(data)
        if unchangeable:
            raise serializers.ValidationError(
                {name: ["Cannot be changed; create a new field."] for name in unchangeable}
            )
        definition = services.custom_field_update(
            definition=self.get_object(),
            label=data.get("label"),
            choices=data.get("choices"),
            position=data.get("position"),
        )
        return Response(CustomFieldSerializer(definition).data)

    def destroy(self, request, *args, **kwargs):
        services.custom_field_delete(definition=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class SavedViewViewSet(ServiceBackedViewSet):
    """Named list filters: your own views, plus the ones teammates shared."""

    queryset = SavedView.objects.none()
    serializer_class = SavedViewSerializer
    search_fields = ["name"]
    ordering_fields = ["name", "created_at"]
    filterset_fields = ["shared"]
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    write_perm = Perm.VIEW

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return SavedView.objects.none()
        return SavedView.objects.filter(Q(created_by=self.request.user) | Q(shared=True))

    def _own(self, view: SavedView) -> SavedView:
        membership = request_membership(self.request)
        if view.created_by_id != self.request.user.pk and not can(membership, Perm.MANAGE_SETTINGS):
            raise serializers.ValidationError({"non_field_errors": ["Only its author can change a shared view."]})
        return view

    def create(self, request, *args, **kwargs):
        data = request.data
        view = services.saved_view_create(
            name=data.get("name", ""),
            filters=data.get("filters", {}),
            shared=bool(data.get("shared")),
            actor=request.user,
        )
        return Response(SavedViewSerializer(view, context={"request": request}).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = request.data
        view = services.saved_view_update(
            view=self._own(self.get_object()),
            name=data.get("name"),
            filters=data.get("filters"),
            shared=data.get("shared"),
        )
        return Response(SavedViewSerializer(view, context={"request": request}).data)

    def destroy(self, request, *args, **kwargs):
        services.saved_view_delete(view=self._own(self.get_object()))
        return Response(status=status.HTTP_204_NO_CONTENT)


class MappingTemplateViewSet(ServiceBackedViewSet):
    """Saved CSV column mappings (normalised header -> field), offered when a similar file is uploaded."""

    queryset = MappingTemplate.objects.none()
    serializer_class = MappingTemplateSerializer
    search_fields = ["name"]
    ordering_fields = ["name", "created_at"]
    filterset_fields = []
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "delete", "head", "options"]
    read_perm = Perm.IMPORT_CONTACTS
    write_perm = Perm.IMPORT_CONTACTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return MappingTemplate.objects.none()
        return MappingTemplate.objects.all()

    def create(self, request, *args, **kwargs):
        template = services.mapping_template_create(
            name=request.data.get("name", ""), mapping=request.data.get("mapping"), actor=request.user
        )
        return Response(MappingTemplateSerializer(template).data, status=status.HTTP_201_CREATED)

    def destroy(self, request, *args, **kwargs):
        services.mapping_template_delete(template=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class ContactSettingsView(APIView):
    """Consent required before calls, the region national numbers are read in, retention in months."""

    write_perm = Perm.MANAGE_SETTINGS

    @extend_schema(responses=ContactSettingsSerializer)
    def get(self, request):
        return Response(ContactSettingsSerializer(ContactSettings.load()).data)

    @extend_schema(request=ContactSettingsInputSerializer, responses=ContactSettingsSerializer)
    def patch(self, request):
        serializer = ContactSettingsInputSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        updated = services.contact_settings_update(actor=request.user, **serializer.validated_data)
        return Response(ContactSettingsSerializer(updated).data)
