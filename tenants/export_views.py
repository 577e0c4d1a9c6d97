"""Portal pages for the owner's data export: request, watch progress (HTMX polling), download."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views import View

from tenants import exports
from tenants.models import DataExport
from tenants.permissions import PortalPermissionMixin
from tenants.request_utils import client_ip
from tenants.roles import membership_is_owner


class DataExportView(PortalPermissionMixin, View):
    def get(self, request):
        if not membership_is_owner(self.membership):
            return render(request, "portal/no_access.html", {"reason": "role"}, status=403)
        items = list(exports.data_exports_for(tenant=request.tenant))
        context = {
            "exports": items,
            "polling": any(item.in_progress for item in items),
            "keep_days": settings.DATA_EXPORT_KEEP_DAYS,
            "sections": exports.SECTIONS,
        }
        template = "portal/data_export.html#export-list" if request.htmx else "portal/data_export.html"
        return render(request, template, context)

    def post(self, request):
        try:
            exports.data_export_request(
                tenant=request.tenant, membership=self.membership, ip_address=client_ip(request)
            )
        except PermissionDenied:
            return render(request, "portal/no_access.html", {"reason": "role"}, status=403)
        messages.success(request, "Your export is being prepared. It will be listed here when it is ready.")
        return redirect("data_export")


class DataExportDownloadView(PortalPermissionMixin, View):
    def get(self, request, pk):
        try:
            export = exports.data_export_for_download(export_id=pk, tenant=request.tenant, membership=self.membership)
        except PermissionDenied:
            return render(request, "portal/no_access.html", {"reason": "role"}, status=403)
        except DataExport.DoesNotExist as exc:
            raise Http404 from exc
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect("data_export")
        exports.data_export_downloaded(export=export, user=request.user, ip_address=client_ip(request))
        response = FileResponse(
            open(exports.export_path(export), "rb"),  # noqa: SIM115 - FileResponse closes it
            as_attachment=True,
            filename=export.file_name,
            content_type="application/zip",
        )
        response["Cache-Control"] = "no-store"
        return response
