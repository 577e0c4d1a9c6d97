"""CSV imports through the API: upload (optionally a dry run), then follow progress and results."""

import csv

import django_filters
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from contacts.api.serializers import ImportCreateSerializer, ImportSerializer
from contacts.export import escape_cell
from contacts.imports import pipeline, report
from contacts.models import ContactImport
from tenants.roles import Perm
from voiceplatform.boundary import JSONParser, MultiPartParser
from voiceplatform.links import request_url
from voiceplatform.viewsets import ServiceBackedViewSet

IMPORT_REPORT = inline_serializer(
    "ContactImportReport",
    {
        "id": serializers.IntegerField(),
        "status": serializers.CharField(),
        "file_name": serializers.CharField(),
        "progress": serializers.DictField(),
        "counts": serializers.DictField(),
        "mapping": serializers.ListField(child=serializers.DictField()),
        "rejected_rows": serializers.ListField(child=serializers.DictField()),
        "duplicate_rows": serializers.ListField(child=serializers.DictField()),
        "rejected_csv": serializers.CharField(),
        "error": serializers.CharField(),
    },
)


def import_payload(contact_import: ContactImport, request) -> dict:
    summary = report.import_report(contact_import)
    return {
        **ImportSerializer(contact_import).data,
        **summary,
        "rejected_csv": request_url(request, f"/api/v1/contacts/imports/{contact_import.pk}/rejected.csv"),
    }


class _Echo:
    def write(self, value):
        return value


def rejected_csv_stream(contact_import: ContactImport):
    """The rejected rows as they were in the file, with a first column saying why."""
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(["row", "errors", *contact_import.headers])
    for row in report.rejected_rows(contact_import):
        cells = list(row.raw) + [""] * (len(contact_import.headers) - len(row.raw))
        yield writer.writerow([row.row_number, "; ".join(row.errors), *(escape_cell(c) for c in cells)])


class ImportFilter(django_filters.FilterSet):
    class Meta:
        model = ContactImport
        fields = ["status"]


class ContactImportViewSet(ServiceBackedViewSet):
    """CSV imports. POST a multipart `file` (UTF-8, comma or semicolon separated) with an optional
    `mapping`, `on_duplicate` (skip, update, merge), `group`, `strict`; the import runs in the
    background: GET it to follow progress and read the rows that were rejected and why.
    With `dry_run=true` the answer is the validation report and nothing is stored."""

    queryset = ContactImport.objects.none()
    serializer_class = ImportSerializer
    parser_classes = [MultiPartParser, JSONParser]
    filterset_class = ImportFilter
    search_fields = ["file_name"]
    ordering_fields = ["created_at", "status", "file_name"]
    lookup_value_regex = "[0-9]+"
    read_perm = Perm.IMPORT_CONTACTS
    write_perm = Perm.IMPORT_CONTACTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ContactImport.objects.none()
        return ContactImport.objects.defer("content")

    def get_object(self):
        return get_object_or_404(ContactImport.objects.defer("content"), pk=self.kwargs["pk"])

    @extend_schema(
        request={"multipart/form-data": ImportCreateSerializer},
        responses={202: IMPORT_REPORT, 200: OpenApiTypes.OBJECT},
    )
    def create(self, request, *args, **kwargs):
        serializer = ImportCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        upload = data["file"]
        content = upload.read()
        if data.get("dry_run"):
            dry_run = report.contact_import_dry_run(
                tenant=request.tenant, content=content, mapping=data.get("mapping"), on_duplicate=data["on_duplicate"]
            )
            return Response({**dry_run, "file_name": upload.name})
        contact_import = pipeline.contact_import_create(
            file_name=upload.name,
            content=content,
            actor=request.user,
            mapping=data.get("mapping"),
            on_duplicate=data["on_duplicate"],
            options={"group_id": data.get("group"), "strict": data.get("strict", False)},
            template=data.get("template"),
        )
        pipeline.contact_import_start(contact_import=contact_import, apply=True)
        contact_import.refresh_from_db()
        return Response(import_payload(contact_import, request), status=status.HTTP_202_ACCEPTED)

    @extend_schema(responses=IMPORT_REPORT)
    def retrieve(self, request, *args, **kwargs):
        return Response(import_payload(self.get_object(), request))

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"], url_path="rejected.csv")
    def rejected_csv(self, request, pk=None):
        contact_import = self.get_object()
        response = StreamingHttpResponse(rejected_csv_stream(contact_import), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="import-{contact_import.pk}-rejected.csv"'
        return response

    @extend_schema(request=None, responses=IMPORT_REPORT)
    @action(detail=True, methods=["post"], url_path="cancel")
    def cancel(self, request, pk=None):
        contact_import = pipeline.contact_import_cancel(contact_import=self.get_object())
        return Response(import_payload(contact_import, request))
