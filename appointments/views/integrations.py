"""Calendar sync settings (Cal.com / Calendly) and the private ICS subscription URLs."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from appointments import selectors, services
from appointments.models import CalendarProvider, Resource
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_text
from voiceplatform.views import TenantZoneMixin


class IntegrationsView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_INTEGRATIONS

    def get(self, request):
        providers = []
        for provider, label in CalendarProvider.choices:
            integration = services.calendar_integration_get(provider=provider)
            providers.append(
                {
                    "key": provider,
                    "label": label,
                    "integration": integration,
                    "webhook_url": services.calendar_webhook_url(tenant=request.tenant, provider=provider),
                }
            )
        return render(
            request,
            "appointments/integrations.html",
            {
                "providers": providers,
                "resources": Resource.objects.filter(is_active=True),
                "events": selectors.calendar_events_recent(),
            },
        )

    def post(self, request):
        provider = request.POST.get("provider", "")
        if provider not in CalendarProvider.values:
            messages.error(request, "Unknown provider.")
            return redirect("appointments:integrations")
        resource = None
        if request.POST.get("default_resource"):
            resource = Resource.objects.filter(pk=request.POST.get("default_resource")).first()
        try:
            services.calendar_integration_update(
                tenant=request.tenant,
                provider=provider,
                signing_secret=request.POST.get("signing_secret") or None,
                is_active=bool(request.POST.get("is_active")),
                default_resource=resource,
                rotate_webhook_url=bool(request.POST.get("rotate_webhook_url")),
                actor=request.user,
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, f"{CalendarProvider(provider).label} settings saved.")
        return redirect("appointments:integrations")


class FeedsView(TenantZoneMixin, PortalPermissionMixin, View):
    """Subscription URLs for Google, Outlook or Apple calendars; regenerating one revokes the old URL."""

    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request):
        feeds = [
            {
                "label": "All resources",
                "resource": None,
                "url": services.ics_feed_url(tenant=request.tenant, feed=services.ics_feed_for(resource=None)),
            }
        ]
        for resource in Resource.objects.filter(is_active=True):
            feed = services.ics_feed_for(resource=resource)
            feeds.append(
                {
                    "label": resource.name,
                    "resource": resource,
                    "url": services.ics_feed_url(tenant=request.tenant, feed=feed),
                }
            )
        return render(
            request,
            "appointments/feeds.html",
            {"feeds": feeds, "can_manage": can(self.membership, Perm.MANAGE_CALENDAR)},
        )

    def post(self, request):
        resource = None
        if request.POST.get("resource"):
            resource = get_object_or_404(Resource, pk=request.POST.get("resource"))
        services.ics_feed_rotate(resource=resource)
        messages.success(request, "New URL issued; the old one no longer works.")
        return redirect("appointments:feeds")
