"""Portal pages for the staff alert inbox, alert preferences and the tenant's Slack/Discord channels (thin)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from notifications.alerts import chat, preferences, selectors, services
from notifications.alerts.models import ALERT_PRIORITY_CHOICES, ALERT_TYPE_CHOICES, Alert, AlertStatus
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.events import ALERT_TYPES
from voiceplatform.views import TenantZoneMixin

PAGE_SIZE = 50


def _error_text(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return " ".join(m for messages_ in exc.message_dict.values() for m in messages_)
    return " ".join(exc.messages)


def nav_badge(request) -> int:
    """Open alerts, for the navigation."""
    return selectors.alert_counts(user=request.user)["pending"]


class InboxView(TenantZoneMixin, PortalPermissionMixin, View):
    """Open alerts first; filter by status, type, priority and who has them; resolve several at once."""

    write_perm = Perm.EDIT_CONTACTS

    def get(self, request):
        alerts = selectors.alerts()
        status = request.GET.get("status", "open")
        alert_type = request.GET.get("type", "")
        priority = request.GET.get("priority", "")
        owner = request.GET.get("owner", "")
        if status == "open":
            alerts = alerts.exclude(status=AlertStatus.RESOLVED)
        elif status in AlertStatus.values:
            alerts = alerts.filter(status=status)
        if alert_type in ALERT_TYPES:
            alerts = alerts.filter(type=alert_type)
        if priority in dict(ALERT_PRIORITY_CHOICES):
            alerts = alerts.filter(priority=priority)
        if owner == "me":
            alerts = alerts.filter(assignee=request.user)
        elif owner == "nobody":
            alerts = alerts.filter(assignee__isnull=True)
        context = {
            "page": Paginator(alerts, PAGE_SIZE).get_page(request.GET.get("page")),
            "status": status,
            "type": alert_type,
            "priority": priority,
            "owner": owner,
            "statuses": AlertStatus.choices,
            "types": ALERT_TYPE_CHOICES,
            "priorities": ALERT_PRIORITY_CHOICES,
            "counts": selectors.alert_counts(user=request.user),
            "can_act": can(self.membership, Perm.EDIT_CONTACTS),
        }
        template = "notifications/alerts/inbox.html#alert-table" if request.htmx else "notifications/alerts/inbox.html"
        return render(request, template, context)


class BulkResolveView(PortalPermissionMixin, View):
    write_perm = Perm.EDIT_CONTACTS

    def post(self, request):
        try:
            count = services.alerts_bulk_resolve(alert_ids=request.POST.getlist("ids"), actor=request.user)
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
        else:
            messages.success(request, f"Resolved {count} alert{'s' if count != 1 else ''}.")
        return redirect("alerts:inbox")


class AlertDetailView(TenantZoneMixin, PortalPermissionMixin, View):
    write_perm = Perm.EDIT_CONTACTS

    def get(self, request, pk):
        alert = get_object_or_404(selectors.alerts(), pk=pk)
        return render(
            request,
            "notifications/alerts/detail.html",
            {
                "alert": alert,
                "history": alert.history.all(),
                "members": services._members().order_by("user__email"),
                "can_act": can(self.membership, Perm.EDIT_CONTACTS),
                "next_statuses": [(s, AlertStatus(s).label) for s in services.TRANSITIONS[alert.status]],
            },
        )

    def post(self, request, pk):
        """One form per action: assign, status, call_back, mark_qualified."""
        alert = get_object_or_404(Alert, pk=pk)
        action = request.POST.get("action", "")
        try:
            if action == "assign":
                services.alert_assign(alert=alert, assignee_id=request.POST.get("assignee") or None, actor=request.user)
                messages.success(request, "Assigned.")
            elif action == "status":
                services.alert_set_status(alert=alert, status=request.POST.get("status", ""), actor=request.user)
                messages.success(request, "Status changed.")
            elif action == "call_back":
                services.alert_call_back(alert=alert, actor=request.user)
                return redirect("contacts:detail", pk=alert.contact_id)
            elif action == "mark_qualified":
                services.alert_mark_qualified(alert=alert, actor=request.user)
                messages.success(request, "Marked as a qualified lead; the alert is resolved.")
            else:
                messages.error(request, "Unknown action.")
        except ValidationError as exc:
            messages.error(request, _error_text(exc))
        return redirect("alerts:detail", pk=pk)


class PreferencesView(PortalPermissionMixin, View):
    """Your own alert preferences (any member)."""

    write_perm = Perm.VIEW

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "notifications/alerts/preferences.html",
            {
                "pref": preferences.preference_for(request.user.pk, self.membership.role),
                "types": ALERT_TYPE_CHOICES,
                "channels": [("in_app", "In the portal"), ("email", "Email"), ("sms", "SMS")],
                "errors": errors or {},
            },
            status=status,
        )

    def post(self, request):
        try:
            preferences.preference_update(
                user=request.user,
                types=request.POST.getlist("types"),
                channels=request.POST.getlist("channels"),
                quiet_start=request.POST.get("quiet_start", ""),
                quiet_end=request.POST.get("quiet_end", ""),
                phone=request.POST.get("phone", ""),
                daily_summary=bool(request.POST.get("daily_summary")),
            )
        except ValidationError as exc:
            return self.get(request, errors=exc.message_dict, status=400)
        messages.success(request, "Alert preferences saved.")
        return redirect("alerts:preferences")


class ChannelsView(PortalPermissionMixin, View):
    """The tenant's Slack and Discord incoming webhooks (the URLs are secrets: never shown back)."""

    required_perm = Perm.MANAGE_INTEGRATIONS

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "notifications/alerts/channels.html",
            {"row": chat.channel_settings_get(), "types": ALERT_TYPE_CHOICES, "errors": errors or {}},
            status=status,
        )

    def post(self, request):
        try:
            chat.channel_settings_update(
                slack_url=None if request.POST.get("keep_slack") else request.POST.get("slack_url", ""),
                discord_url=None if request.POST.get("keep_discord") else request.POST.get("discord_url", ""),
                types=request.POST.getlist("types"),
            )
        except ValidationError as exc:
            return self.get(request, errors=exc.message_dict, status=400)
        messages.success(request, "Alert channels saved.")
        return redirect("alerts:channels")
