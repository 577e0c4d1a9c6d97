"""The guided CSV import: upload, map columns, check, import, with live progress."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from contacts.api.imports import rejected_csv_stream
from contacts.imports import pipeline, report
from contacts.imports.mapping import targets
from contacts.models import ContactImport, CustomFieldDefinition, DuplicatePolicy, Group, MappingTemplate
from contacts.services.catalog import mapping_template_delete
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm
from voiceplatform.errors import error_text, field_errors

S = ContactImport.Status
RUNNING = (S.VALIDATING, S.IMPORTING)
REPORT_ROWS = 100


def _imports():
    return ContactImport.objects.defer("content")


class ImportUploadView(PortalPermissionMixin, View):
    required_perm = Perm.IMPORT_CONTACTS

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "contacts/import_upload.html",
            {
                "imports": _imports()[:20],
                "templates": MappingTemplate.objects.all(),
                "errors": errors or {},
                "max_rows": settings.CONTACT_IMPORT_MAX_ROWS,
            },
            status=status,
        )

    def post(self, request):
        upload = request.FILES.get("file")
        if upload is None:
            return self.get(request, errors={"file": ["Choose a CSV file."]}, status=400)
        template = MappingTemplate.objects.filter(pk=request.POST.get("template") or 0).first()
        try:
            contact_import = pipeline.contact_import_create(
                file_name=upload.name, content=upload.read(), actor=request.user, template=template
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        return redirect("contacts:import_detail", pk=contact_import.pk)


def _mapping_rows(contact_import: ContactImport) -> list[dict]:
    rows = []
    for index, header in enumerate(contact_import.headers):
        samples = [row[index] for row in contact_import.preview[:3] if index < len(row) and row[index].strip()]
        target = contact_import.mapping[index] if index < len(contact_import.mapping) else None
        rows.append({"index": index, "header": header, "samples": samples, "target": target or ""})
    return rows


class ImportDetailView(PortalPermissionMixin, View):
    """One page that follows the import: mapping, progress, report, result."""

    required_perm = Perm.IMPORT_CONTACTS

    def get(self, request, pk, errors=None, status=200):
        contact_import = get_object_or_404(_imports(), pk=pk)
        context = {
            "imp": contact_import,
            "running": contact_import.status in RUNNING,
            "progress": pipeline.progress_for(contact_import),
            "mapping_rows": _mapping_rows(contact_import),
            "targets": targets(CustomFieldDefinition.objects.all()),
            "policies": DuplicatePolicy.choices,
            "groups": Group.objects.all(),
            "delimiter_label": {",": "commas", ";": "semicolons", "\t": "tabs"}.get(contact_import.delimiter, "commas"),
            "errors": errors or {},
            "can_map": contact_import.status in (S.UPLOADED, S.VALIDATED)
            or (
                contact_import.status == S.FAILED and ContactImport.objects.filter(pk=pk).exclude(content=b"").exists()
            ),
        }
        if contact_import.status in (S.VALIDATED, S.COMPLETED, S.FAILED):
            context["report"] = report.import_report(contact_import, limit=REPORT_ROWS)
        return render(request, "contacts/import_detail.html", context, status=status)

    def post(self, request, pk):
        """Save the mapping and check the file."""
        contact_import = get_object_or_404(_imports(), pk=pk)
        mapping = [request.POST.get(f"column_{i}") or None for i in range(len(contact_import.headers))]
        try:
            contact_import = pipeline.contact_import_set_mapping(
                contact_import=contact_import,
                mapping=mapping,
                on_duplicate=request.POST.get("on_duplicate", DuplicatePolicy.SKIP),
                options={"group_id": request.POST.get("group_id") or None},
                save_template_as=request.POST.get("template_name", "").strip(),
                actor=request.user,
            )
            pipeline.contact_import_start(contact_import=contact_import)
        except ValidationError as exc:
            return self.get(request, pk, errors=field_errors(exc), status=400)
        return redirect("contacts:import_detail", pk=pk)


class ImportProgressView(PortalPermissionMixin, View):
    """Polled by the progress bar; tells HTMX to reload the page once the task is done."""

    required_perm = Perm.IMPORT_CONTACTS

    def get(self, request, pk):
        contact_import = get_object_or_404(_imports(), pk=pk)
        if contact_import.status not in RUNNING:
            response = HttpResponse(status=204)
            response["HX-Refresh"] = "true"
            return response
        return render(
            request,
            "contacts/import_detail.html#progress",
            {"imp": contact_import, "progress": pipeline.progress_for(contact_import), "running": True},
        )


class ImportConfirmView(PortalPermissionMixin, View):
    required_perm = Perm.IMPORT_CONTACTS

    def post(self, request, pk):
        contact_import = get_object_or_404(_imports(), pk=pk)
        try:
            pipeline.contact_import_confirm(contact_import=contact_import)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        return redirect("contacts:import_detail", pk=pk)


class ImportCancelView(PortalPermissionMixin, View):
    required_perm = Perm.IMPORT_CONTACTS

    def post(self, request, pk):
        contact_import = get_object_or_404(_imports(), pk=pk)
        try:
            pipeline.contact_import_cancel(contact_import=contact_import)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, "Import cancelled; nothing was imported.")
        return redirect("contacts:import")


class ImportRejectedView(PortalPermissionMixin, View):
    required_perm = Perm.IMPORT_CONTACTS

    def get(self, request, pk):
        contact_import = get_object_or_404(_imports(), pk=pk)
        response = StreamingHttpResponse(rejected_csv_stream(contact_import), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="import-{pk}-rejected.csv"'
        return response


class MappingTemplateDeleteView(PortalPermissionMixin, View):
    required_perm = Perm.IMPORT_CONTACTS

    def post(self, request, pk):
        template = get_object_or_404(MappingTemplate, pk=pk)
        mapping_template_delete(template=template)
        messages.success(request, f"Deleted the mapping template {template.name}.")
        return redirect("contacts:import")
