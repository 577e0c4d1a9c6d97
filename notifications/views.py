"""Portal pages for messages: the log, the SMS sandbox, templates with preview, messaging settings."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from notifications import services
from notifications.models import (
    Channel,
    InboundMessage,
    Notification,
    NotificationStatus,
    NotificationTemplate,
    SandboxMessage,
)
from notifications.rendering import VARIABLES
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import field_errors
from voiceplatform.views import TenantZoneMixin

PAGE_SIZE = 50


class LogView(TenantZoneMixin, PortalPermissionMixin, View):
    """Every message sent (or skipped), newest first, filterable."""

    def get(self, request):
        notifications = Notification.objects.select_related("appointment", "contact")
        channel = request.GET.get("channel", "")
        status = request.GET.get("status", "")
        query = request.GET.get("q", "").strip()
        if channel in Channel.values:
            notifications = notifications.filter(channel=channel)
        if status in NotificationStatus.values:
            notifications = notifications.filter(status=status)
        if query:
            notifications = notifications.filter(
                Q(recipient__icontains=query) | Q(body__icontains=query) | Q(subject__icontains=query)
            )
        page = Paginator(notifications, PAGE_SIZE).get_page(request.GET.get("page"))
        context = {
            "page": page,
            "channel": channel,
            "status": status,
            "q": query,
            "channels": Channel.choices,
            "statuses": NotificationStatus.choices,
            "sandbox": settings.SMS_PROVIDER == "sandbox",
        }
        template = "notifications/log.html#log-table" if request.htmx else "notifications/log.html"
        return render(request, template, context)


class NotificationDetailView(TenantZoneMixin, PortalPermissionMixin, View):
    def get(self, request, pk):
        notification = get_object_or_404(Notification.objects.select_related("appointment", "contact"), pk=pk)
        return render(request, "notifications/detail.html", {"n": notification})


class SandboxView(TenantZoneMixin, PortalPermissionMixin, View):
    """What the sandbox SMS provider 'sent', plus a way to text back as a guest (STOP, START, HELP...)."""

    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, reply=None, status=200):
        from notifications.services.delivery import status_callback_url

        inbound_url = status_callback_url(request.tenant).replace("/status/", "/inbound/")
        return render(
            request,
            "notifications/sandbox.html",
            {
                "messages_page": Paginator(SandboxMessage.objects.all(), PAGE_SIZE).get_page(request.GET.get("page")),
                "inbound": InboundMessage.objects.all()[:20],
                "sandbox": settings.SMS_PROVIDER == "sandbox",
                "reply": reply,
                "can_simulate": can(self.membership, Perm.MANAGE_CALENDAR) and settings.SMS_PROVIDER == "sandbox",
                "can_see_hooks": can(self.membership, Perm.MANAGE_INTEGRATIONS),
                "status_url": status_callback_url(request.tenant),
                "inbound_url": inbound_url,
            },
            status=status,
        )

    def post(self, request):
        """Simulate an inbound SMS (sandbox only): handled exactly like one from Twilio."""
        from contacts.phones import InvalidPhone
        from contacts.services import phone_for_tenant

        if settings.SMS_PROVIDER != "sandbox":
            messages.error(request, "Simulated replies exist only in the sandbox.")
            return redirect("notifications:sandbox")
        try:
            phone = phone_for_tenant(request.POST.get("from_number", ""), request.tenant)
        except InvalidPhone as exc:
            messages.error(request, str(exc))
            return redirect("notifications:sandbox")
        inbound, reply = services.inbound_simulate(
            tenant=request.tenant, from_number=phone, body=request.POST.get("body", "")
        )
        messages.success(request, f"Received {inbound.body!r} from {phone}: {inbound.get_action_display().lower()}.")
        return self.get(request, reply=reply)


class TemplatesView(TenantZoneMixin, PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "notifications/templates.html",
            {
                "templates": services.templates_ensure(tenant=request.tenant),
                "settings_row": services.notification_settings_get(),
                "errors": errors or {},
                "can_edit": can(self.membership, Perm.MANAGE_CALENDAR),
            },
            status=status,
        )

    def post(self, request):
        try:
            services.notification_settings_update(
                email_enabled=bool(request.POST.get("email_enabled")),
                sms_enabled=bool(request.POST.get("sms_enabled")),
                sms_help_text=request.POST.get("sms_help_text", ""),
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        messages.success(request, "Messaging settings saved.")
        return redirect("notifications:templates")


class TemplateView(TenantZoneMixin, PortalPermissionMixin, View):
    """Edit one template; the preview updates as you type (HTMX) and on the page without JavaScript."""

    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, pk, errors=None, values=None, status=200):
        template = get_object_or_404(NotificationTemplate, pk=pk)
        values = values or {"subject": template.subject, "body": template.body, "is_active": template.is_active}
        preview = services.template_preview(
            tenant=request.tenant, channel=template.channel, subject=values["subject"], body=values["body"]
        )
        return render(
            request,
            "notifications/template.html",
            {
                "template": template,
                "values": values,
                "errors": errors or {},
                "preview": preview,
                "variables": VARIABLES,
                "can_edit": can(self.membership, Perm.MANAGE_CALENDAR),
            },
            status=status,
        )

    def post(self, request, pk):
        template = get_object_or_404(NotificationTemplate, pk=pk)
        if request.POST.get("reset"):
            services.template_reset(template=template, tenant=request.tenant)
            messages.success(request, "Back to the default wording.")
            return redirect("notifications:template", pk=pk)
        values = {
            "subject": request.POST.get("subject", ""),
            "body": request.POST.get("body", ""),
            "is_active": bool(request.POST.get("is_active")),
        }
        try:
            services.template_update(template=template, **values)
        except ValidationError as exc:
            return self.get(request, pk, errors=field_errors(exc), values=values, status=400)
        messages.success(request, "Template saved.")
        return redirect("notifications:templates")


class TemplatePreviewView(TenantZoneMixin, PortalPermissionMixin, View):
    """The preview partial for what is in the form right now (no saving)."""

    def post(self, request, pk):
        template = get_object_or_404(NotificationTemplate, pk=pk)
        preview = services.template_preview(
            tenant=request.tenant,
            channel=template.channel,
            subject=request.POST.get("subject", ""),
            body=request.POST.get("body", ""),
        )
        return render(request, "notifications/template.html#preview", {"preview": preview, "template": template})


class ContactTextView(PortalPermissionMixin, View):
    """POST a text to one contact from their page; back to the page with what happened."""

    required_perm = Perm.EDIT_CONTACTS

    def post(self, request, contact_pk):
        from contacts.models import Contact

        contact = get_object_or_404(Contact.objects.filter(erased_at__isnull=True), pk=contact_pk)
        try:
            notification = services.contact_text(contact=contact, body=request.POST.get("body", ""))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Text queued to {contact} (message #{notification.pk}).")
        return redirect("contacts:detail", pk=contact.pk)
