"""Project-level pages (the unknown-host page) and the view mixins every app shares."""

from django.shortcuts import render
from django.utils import timezone


class TenantZoneMixin:
    """Render times in the tenant's zone (Django's date/time filters follow the active zone)."""

    def dispatch(self, request, *args, **kwargs):
        with timezone.override(request.tenant.zone):
            return super().dispatch(request, *args, **kwargs)


def unknown_host(request):
    return render(request, "404.html", {"unknown_host": True}, status=404)
