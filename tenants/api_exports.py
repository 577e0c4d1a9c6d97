"""API for the owner's data export: request one, follow its progress, download the ZIP."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from tenants import exports
from tenants.models import DataExport
from tenants.permissions import request_membership
from tenants.request_utils import client_ip
from tenants.roles import Perm, membership_is_owner


class DataExportSerializer(serializers.ModelSerializer):
    requested_by = serializers.EmailField(source="requested_by.email", read_only=True, allow_null=True)

    class Meta:
        model = DataExport
        fields = [
            "id",
            "status",
            "progress",
            "phase",
            "error",
            "requested_by",
            "size",
            "rows",
            "download_count",
            "created_at",
            "finished_at",
            "expires_at",
        ]
        read_only_fields = fields


class DataExportViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin, viewsets.GenericViewSet
):
    """Data exports of this tenant (owners only). POST starts one; GET .../download/ fetches the ZIP for 7 days."""

    queryset = DataExport.objects.none()
    serializer_class = DataExportSerializer
    read_perm = Perm.MANAGE_SETTINGS
    write_perm = Perm.MANAGE_SETTINGS
    filterset_fields = ["status"]
    ordering_fields = ["created_at"]

    def check_permissions(self, request):
        super().check_permissions(request)
        if not membership_is_owner(request_membership(request)):
            raise exceptions.PermissionDenied("Only the workspace's owners can export its data.")

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return DataExport.objects.none()
        return DataExport.objects.filter(tenant=self.request.tenant).select_related("requested_by")

    @extend_schema(request=None, responses={202: DataExportSerializer})
    def create(self, request, *args, **kwargs):
        export = exports.data_export_request(
            tenant=request.tenant, membership=request_membership(request), ip_address=client_ip(request)
        )
        return Response(DataExportSerializer(export).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(
        responses={
            (200, "application/zip"): OpenApiResponse(OpenApiTypes.BINARY, description="The ZIP file."),
            409: OpenApiResponse(description="Not ready, or expired."),
        }
    )
    @action(detail=True, methods=["get"])
    def download(self, request, pk=None):
        export = self.get_object()
        try:
            export = exports.data_export_for_download(
                export_id=export.pk, tenant=request.tenant, membership=request_membership(request)
            )
        except PermissionDenied as exc:
            raise exceptions.PermissionDenied(str(exc)) from exc
        except ValidationError as exc:
            return Response(
                {"error": {"code": "not_available", "message": exc.messages[0], "fields": {}}},
                status=status.HTTP_409_CONFLICT,
            )
        exports.data_export_downloaded(export=export, user=request.user, ip_address=client_ip(request))
        response = FileResponse(
            open(exports.export_path(export), "rb"),  # noqa: SIM115 - FileResponse closes it
            as_attachment=True,
            filename=export.file_name,
            content_type="application/zip",
        )
        response["Cache-Control"] = "no-store"
        return response
