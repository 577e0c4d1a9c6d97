"""Portal pages for outbound webhooks: endpoints, the secret shown once, test events, the delivery log."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from notifications import catalogue
from notifications.outbound import services
from notifications.outbound.models import WebhookDelivery, WebhookEndpoint
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm
from voiceplatform.views import TenantZoneMixin

SECRET_SESSION_KEY = "webhook_secret_once"


def _errors(exc: ValidationError) -> dict:
    return dict(exc.message_dict) if hasattr(exc, "error_dict") else {"form": exc.messages}


def _show_secret_once(request, endpoint_id: int, secret: str) -> None:
    request.session[SECRET_SESSION_KEY] = {"endpoint": endpoint_id, "secret": secret}


class EndpointListView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_INTEGRATIONS

    def get(self, request, errors=None, values=None, status=200):
        return render(
            request,
            "notifications/webhooks/list.html",
            {
                "endpoints": WebhookEndpoint.objects.all(),
                "event_types": catalogue.EVENT_TYPES.values(),
                "errors": errors or {},
                "values": values or {"events": []},
            },
            status=status,
        )

    def post(self, request):
        values = {
            "url": request.POST.get("url", ""),
            "description": request.POST.get("description", ""),
            "events": request.POST.getlist("events"),
        }
        try:
            endpoint, secret = services.endpoint_create(actor=request.user, **values)
        except ValidationError as exc:
            return self.get(request, errors=_errors(exc), values=values, status=400)
        _show_secret_once(request, endpoint.pk, secret)
        return redirect("webhooks:detail", pk=endpoint.pk)


class EndpointDetailView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_INTEGRATIONS

    def get(self, request, pk, errors=None, status=200):
        endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
        once = request.session.pop(SECRET_SESSION_KEY, None)
        secret = once["secret"] if once and once.get("endpoint") == endpoint.pk else ""
        deliveries = WebhookDelivery.objects.filter(endpoint=endpoint).select_related("event").prefetch_related("log")
        context = {
            "endpoint": endpoint,
            "secret": secret,
            "page": Paginator(deliveries, 25).get_page(request.GET.get("page")),
            "event_types": catalogue.EVENT_TYPES.values(),
            "errors": errors or {},
        }
        template = "notifications/webhooks/detail.html#log" if request.htmx else "notifications/webhooks/detail.html"
        return render(request, template, context, status=status)

    def post(self, request, pk):
        """One form per action: save, test, rotate, redeliver, delete."""
        endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
        action = request.POST.get("action", "")
        try:
            if action == "save":
                services.endpoint_update(
                    endpoint=endpoint,
                    url=request.POST.get("url", ""),
                    description=request.POST.get("description", ""),
                    events=request.POST.getlist("events"),
                    is_enabled=bool(request.POST.get("is_enabled")),
                )
                messages.success(request, "Endpoint saved.")
            elif action == "test":
                services.endpoint_send_test(endpoint=endpoint)
                messages.success(request, "Test event sent: see the delivery log below.")
            elif action == "rotate":
                _show_secret_once(request, endpoint.pk, services.endpoint_rotate_secret(endpoint=endpoint))
                messages.success(request, "New secret: the old one keeps signing for 24 hours.")
            elif action == "redeliver":
                delivery = get_object_or_404(WebhookDelivery, pk=request.POST.get("delivery"), endpoint=endpoint)
                services.delivery_redeliver(delivery=delivery)
                messages.success(request, "Sent again.")
            elif action == "delete":
                services.endpoint_delete(endpoint=endpoint)
                messages.success(request, "Endpoint deleted.")
                return redirect("webhooks:list")
            else:
                messages.error(request, "Unknown action.")
        except ValidationError as exc:
            return self.get(request, pk, errors=_errors(exc), status=400)
        return redirect("webhooks:detail", pk=pk)


class EventCatalogueView(PortalPermissionMixin, View):
    """Every public event, its payload fields and a sample."""

    def get(self, request):
        import json

        from notifications.outbound.api import sample_envelope

        rows = [
            {"event": e, "sample": json.dumps(sample_envelope(e.name), indent=2)}
            for e in catalogue.EVENT_TYPES.values()
        ]
        return render(request, "notifications/webhooks/events.html", {"rows": rows})
