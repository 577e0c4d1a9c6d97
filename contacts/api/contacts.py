"""Contacts: list/search, create, read, change, delete, bulk actions, export, GDPR, history."""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from contacts import services
from contacts.api.serializers import (
    BulkSerializer,
    ConsentInputSerializer,
    ConsentSerializer,
    ContactSerializer,
    ContactWriteSerializer,
    NoteSerializer,
    StatusChangeSerializer,
    StatusInputSerializer,
    TimelineEntrySerializer,
)
from contacts.export import stream_csv, stream_json
from contacts.filters import ContactFilter, bulk_targets
from contacts.models import ConsentRecord, Contact, ContactNote, StatusChange
from contacts.selectors import (
    contact_timeline,
    contacts_base,
    contacts_in_order,
    contacts_page_entries,
    has_fuzzy_form,
)
from contacts.services.bulk import BULK_ACTIONS, bulk_action_permission
from tenants.permissions import api_key_scope, request_membership
from tenants.request_utils import client_ip
from tenants.roles import Perm, can
from voiceplatform.api import Pagination
from voiceplatform.filters import FilterBackend
from voiceplatform.links import request_url
from voiceplatform.page_cache import cached_page
from voiceplatform.viewsets import ServiceBackedViewSet


class ContactPagination(Pagination):
    """Page numbers with a count that stops at 1,000 (`count_exact` says whether it did),
    so paging a million-contact search costs no more than paging a small one."""

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size_value = self.get_page_size(request)
        try:
            self.number = int(request.query_params.get(self.page_query_param, 1))
        except ValueError as exc:
            raise NotFound("Invalid page.") from exc
        if self.number < 1:
            raise NotFound("Invalid page.")
        entries, self.count, self.count_exact, self.has_next = contacts_page_entries(
            queryset, number=self.number, size=self.page_size_value
        )
        if self.number > 1 and not entries:
            raise NotFound("Invalid page.")
        return entries

    def get_next_link(self):
        if not self.has_next:
            return None
        return replace_query_param(request_url(self.request), self.page_query_param, self.number + 1)

    def get_previous_link(self):
        if self.number <= 1:
            return None
        url = request_url(self.request)
        if self.number == 2:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, self.number - 1)

    def get_paginated_response(self, data):
        return Response(
            {
                "count": self.count,
                "count_exact": self.count_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["properties"]["count_exact"] = {"type": "boolean"}
        return response


def members_of(tenant) -> dict[int, str]:
    from tenants.selectors import member_emails

    return dict(member_emails(tenant=tenant, active_only=False))


def _download(stream, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(stream, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


def export_response(queryset, request, fmt: str) -> StreamingHttpResponse:
    """Stream the contacts as CSV or JSON, and note the export in the audit log."""
    from tenants.services import audit_record

    stamp = timezone.now().strftime("%Y%m%d-%H%M")
    audit_record(
        action="contacts.exported",
        tenant=request.tenant,
        actor=request.user,
        ip_address=client_ip(request),
        metadata={"format": fmt, "filters": dict(request.GET.items())},
    )
    if fmt == "json":
        return _download(stream_json(queryset, request.tenant), "application/json", f"contacts-{stamp}.json")
    return _download(stream_csv(queryset, request.tenant), "text/csv; charset=utf-8", f"contacts-{stamp}.csv")


class ContactViewSet(ServiceBackedViewSet):
    """Contacts of this workspace.

    `?search=` finds a number however it is typed (`07912 345678`, `+447912345678`,
    `345678`), emails by prefix and names/companies by word prefix (accents
    ignored, sound-alikes when nothing matches). Filters: status, tag, group,
    owner, source, do_not_call, custom_field (`key:value`), scores, dates.
    """

    queryset = Contact.objects.none()
    serializer_class = ContactSerializer
    pagination_class = ContactPagination
    filter_backends = [FilterBackend]
    filterset_class = ContactFilter
    lookup_value_regex = "[0-9]+"
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]
    write_perm = Perm.EDIT_CONTACTS
    action_perms = {
        "destroy": Perm.DELETE_CONTACTS,
        "erase": Perm.DELETE_CONTACTS,
        "gdpr_export": Perm.EXPORT_DATA,
        "export_csv": Perm.EXPORT_DATA,
        "export_json": Perm.EXPORT_DATA,
    }

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Contact.objects.none()
        return contacts_base()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False) and hasattr(self.request, "tenant"):
            context["tenant"] = self.request.tenant
            tenant = self.request.tenant
            # Read only if a contact on the page has an owner.
            context["members"] = SimpleLazyObject(lambda: members_of(tenant))
        return context

    def get_object(self):
        return get_object_or_404(contacts_base(), pk=self.kwargs["pk"])

    def list(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        entries = self.paginate_queryset(queryset)
        if not self.paginator.count and has_fuzzy_form(request.query_params.get("search", "")):
            retry = ContactFilter(request.query_params, queryset=self.get_queryset(), request=request, fuzzy=True)
            if retry.is_valid():
                entries = self.paginate_queryset(retry.qs)
        owners = sorted({entry.owner_id for entry in entries if entry.owner_id})
        members = members_of(request.tenant) if owners else {}
        paginator = self.paginator
        fingerprint = (
            entries,
            (paginator.count, paginator.count_exact, paginator.has_next),
            request.tenant.timezone,
            [(owner, members.get(owner)) for owner in owners],
        )
        return cached_page(
            request, scope="contacts", fingerprint=fingerprint, build=lambda: self._page_data(entries, members)
        )

    def _page_data(self, entries, members) -> tuple[dict, bool]:
        """The page rendered from the contacts as they are now, and whether they are still the entries' versions."""
        contacts = contacts_in_order([entry.id for entry in entries])
        group_ids = {entry.id: entry.group_ids for entry in entries}
        for contact in contacts:
            contact.group_ids = group_ids[contact.pk]
        unchanged = [(c.pk, c.row_version) for c in contacts] == [(e.id, e.version) for e in entries]
        context = {**self.get_serializer_context(), "members": members}
        results = self.get_serializer_class()(contacts, many=True, context=context).data
        return self.paginator.get_paginated_response(results).data, unchanged

    def _write_data(self, request, *, partial: bool) -> dict:
        serializer = ContactWriteSerializer(data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        if request.method != "POST":
            data.pop("on_duplicate", None)
        return data

    @extend_schema(
        request=ContactWriteSerializer,
        parameters=[
            OpenApiParameter(
                "on_duplicate",
                OpenApiTypes.STR,
                enum=["reject", "merge", "update"],
                description="A contact with the same number already exists: refuse (default), fill in what it "
                "lacks, or overwrite it with these values",
            )
        ],
        responses={201: ContactSerializer, 200: ContactSerializer},
    )
    def create(self, request, *args, **kwargs):
        data = self._write_data(request, partial=True)
        on_duplicate = request.query_params.get("on_duplicate") or data.pop("on_duplicate", None) or "reject"
        contact, created = services.contact_create(
            tenant=request.tenant, data=data, actor=request.user, source="api", on_duplicate=on_duplicate
        )
        body = ContactSerializer(contact, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)

    @extend_schema(request=ContactWriteSerializer, responses=ContactSerializer)
    def partial_update(self, request, *args, **kwargs):
        data = self._write_data(request, partial=True)
        contact = services.contact_update(
            contact=self.get_object(), data=data, actor=request.user, tenant=request.tenant
        )
        return Response(ContactSerializer(contact, context=self.get_serializer_context()).data)

    def destroy(self, request, *args, **kwargs):
        services.contact_delete(contact=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        request=BulkSerializer,
        responses=inline_serializer(
            "BulkResult",
            {
                "action": serializers.CharField(),
                "changed": serializers.IntegerField(),
                "matched": serializers.IntegerField(),
            },
        ),
        description="Run an action on the given ids or on every contact matching `filter`. Actions: "
        + ", ".join(BULK_ACTIONS)
        + ". `export` answers with a CSV file.",
    )
    @action(detail=False, methods=["post"], url_path="bulk")
    def bulk(self, request):
        serializer = BulkSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        name = data["action"]
        try:
            perm = bulk_action_permission(name)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        if not can(request_membership(request), perm, scope=api_key_scope(request)):
            raise PermissionDenied
        queryset, errors = bulk_targets(
            request=request, ids=data.get("ids"), params=data.get("filter"), require_all_ids=True
        )
        if errors:
            raise serializers.ValidationError(errors)
        if name == "export":
            return export_response(queryset, request, "csv")
        matched = queryset.count()
        result = services.contacts_bulk_action(
            tenant=request.tenant,
            queryset=queryset,
            action=name,
            params=data.get("params") or {},
            actor=request.user,
            ip_address=client_ip(request),
        )
        return Response({**result, "matched": matched})

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.BINARY})
    @action(detail=False, methods=["get"], url_path="export.csv")
    def export_csv(self, request):
        """The filtered list as CSV, with the import's columns (re-importing it loses nothing)."""
        return export_response(self.filter_queryset(self.get_queryset()), request, "csv")

    @extend_schema(responses={(200, "application/json"): OpenApiTypes.OBJECT})
    @action(detail=False, methods=["get"], url_path="export.json")
    def export_json(self, request):
        """The filtered list as one JSON array, streamed."""
        return export_response(self.filter_queryset(self.get_queryset()), request, "json")

    @extend_schema(responses=OpenApiTypes.OBJECT)
    @action(detail=True, methods=["get"], url_path="gdpr-export")
    def gdpr_export(self, request, pk=None):
        """Everything held about this person (GDPR access request), as JSON."""
        data = services.contact_gdpr_export(
            contact=self.get_object(), tenant=request.tenant, actor=request.user, ip_address=client_ip(request)
        )
        response = Response(data)
        response["Content-Disposition"] = f'attachment; filename="contact-{pk}-gdpr.json"'
        return response

    @extend_schema(
        request=inline_serializer("EraseInput", {"reason": serializers.CharField(required=False)}),
        responses=ContactSerializer,
    )
    @action(detail=True, methods=["post"], url_path="erase")
    def erase(self, request, pk=None):
        """Anonymise this person (GDPR erasure); history stays without personal data."""
        reason = request.data.get("reason", "") if hasattr(request.data, "get") else ""
        contact = services.contact_erase(
            contact=self.get_object(),
            tenant=request.tenant,
            actor=request.user,
            reason=str(reason)[:200],
            ip_address=client_ip(request),
        )
        return Response(ContactSerializer(contact, context=self.get_serializer_context()).data)

    @extend_schema(request=StatusInputSerializer, responses=ContactSerializer)
    @action(detail=True, methods=["post"], url_path="status")
    def set_status(self, request, pk=None):
        """Move the lead status (allowed moves only), with a reason for the history."""
        serializer = StatusInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contact = self.get_object()
        try:
            contact = services.contact_set_status(
                contact=contact,
                status=serializer.validated_data["status"],
                reason=serializer.validated_data.get("reason", ""),
                actor=request.user,
            )
        except services.InvalidTransition as exc:
            raise serializers.ValidationError({"status": [str(exc)]}) from exc
        return Response(ContactSerializer(contact, context=self.get_serializer_context()).data)

    @extend_schema(responses=StatusChangeSerializer(many=True))
    @action(detail=True, methods=["get"], url_path="history")
    def history(self, request, pk=None):
        changes = StatusChange.objects.filter(contact=self.get_object())[:500]
        return Response(StatusChangeSerializer(changes, many=True).data)

    @extend_schema(methods=["get"], responses=NoteSerializer(many=True))
    @extend_schema(methods=["post"], request=NoteSerializer, responses={201: NoteSerializer})
    @action(detail=True, methods=["get", "post"], url_path="notes")
    def notes(self, request, pk=None):
        contact = self.get_object()
        if request.method == "GET":
            return Response(NoteSerializer(ContactNote.objects.filter(contact=contact)[:500], many=True).data)
        body = request.data.get("body", "") if hasattr(request.data, "get") else ""
        note = services.contact_note_add(contact=contact, body=str(body), actor=request.user)
        return Response(NoteSerializer(note).data, status=status.HTTP_201_CREATED)

    @extend_schema(methods=["get"], responses=ConsentSerializer(many=True))
    @extend_schema(methods=["post"], request=ConsentInputSerializer, responses={201: ConsentSerializer})
    @action(detail=True, methods=["get", "post"], url_path="consents")
    def consents(self, request, pk=None):
        contact = self.get_object()
        if request.method == "GET":
            return Response(ConsentSerializer(ConsentRecord.objects.filter(contact=contact)[:500], many=True).data)
        serializer = ConsentInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        record = services.consent_add(contact=contact, actor=request.user, **serializer.validated_data)
        return Response(ConsentSerializer(record).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses=TimelineEntrySerializer(many=True))
    @action(detail=True, methods=["get"], url_path="timeline")
    def timeline(self, request, pk=None):
        """Status changes, consents, notes, and calls/appointments from the other apps, newest first."""
        return Response(TimelineEntrySerializer(contact_timeline(self.get_object()), many=True).data)
