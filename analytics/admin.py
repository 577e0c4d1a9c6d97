"""Platform owner reports in the Django admin (public host): the platform dashboard, usage and
revenue by tenant and month with a CSV export, and compliance across tenants."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path

from analytics import exports, platform
from analytics.models import PlatformReport


@admin.register(PlatformReport)
class PlatformReportAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("usage.csv", view(self.usage_csv_view), name="analytics_platform_usage_csv"),
            path("compliance/", view(self.compliance_view), name="analytics_platform_compliance"),
            path("", view(self.changelist_view), name="analytics_platformreport_changelist"),
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Platform dashboard",
            "report": platform.platform_dashboard(),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "analytics/admin/platform.html", context)

    def usage_csv_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = platform.usage_table(platform.usage_by_month(months=24))
        return exports.csv_response("platform-usage.csv", platform.USAGE_HEADERS, rows)

    def compliance_view(self, request):
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": "Compliance across tenants",
            "reports": platform.platform_compliance(),
            "opts": self.model._meta,
        }
        return TemplateResponse(request, "analytics/admin/compliance.html", context)
