"""Portal pages for campaigns: list, wizard, live campaign page, per-contact state, settings (thin)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View

from calls.models import Agent, PhoneNumber
from calls.selectors import calls_visible_to
from campaigns import forms, selectors, services
from campaigns.api import csv_response
from campaigns.audience import clean_audience, has_source
from campaigns.models import RETRY_OUTCOMES, Campaign, CampaignStatus, CampaignType, TargetState
from contacts.models import Group, LeadStatus, SavedView, Tag
from tenants.permissions import PortalPermissionMixin
from tenants.request_utils import client_ip
from tenants.roles import Perm, can, has_flag
from voiceplatform.errors import field_errors
from voiceplatform.links import request_url

LIVE_STATUSES = (CampaignStatus.SCHEDULED, CampaignStatus.RUNNING, CampaignStatus.PAUSED)
ACTIONS = {
    "start": services.campaign_start,
    "pause": services.campaign_pause,
    "resume": services.campaign_resume,
    "cancel": services.campaign_cancel,
    "archive": services.campaign_archive,
}


def _campaign(pk) -> Campaign:
    return get_object_or_404(Campaign.objects.select_related("agent", "from_number"), pk=pk)


class CampaignListView(PortalPermissionMixin, View):
    def get(self, request):
        campaigns = list(selectors.campaigns_for(include_archived=request.GET.get("archived") == "1"))
        progress = selectors.progress_for(campaigns)
        for campaign in campaigns:
            campaign.progress = progress.get(campaign.pk, {"total": 0, "settled": 0, "percent": 0})
        context = {
            "campaigns": campaigns,
            "polling": any(c.status in LIVE_STATUSES for c in campaigns),
            "can_manage": can(self.membership, Perm.MANAGE_CAMPAIGNS),
            "show_archived": request.GET.get("archived") == "1",
        }
        template = "campaigns/list.html#table" if request.htmx else "campaigns/list.html"
        return render(request, template, context)


class CampaignFormView(PortalPermissionMixin, View):
    """The create/edit wizard: basics, audience (with a live preview), schedule, pacing, retries, agents."""

    write_perm = Perm.MANAGE_CAMPAIGNS
    required_perm = Perm.MANAGE_CAMPAIGNS

    def _context(self, request, campaign, initial, values, errors=None):
        draft = campaign is None or campaign.status == CampaignStatus.DRAFT
        return {
            "campaign": campaign,
            "draft": draft,
            "initial": initial,
            "values": values,
            "errors": errors or {},
            # Reminder calls come only from bookings (the automation), never from a hand-made list.
            "types": [
                c
                for c in CampaignType.choices
                if c[0] != CampaignType.REMINDER or (campaign and campaign.is_automation)
            ],
            "statuses": LeadStatus.choices,
            "agents": Agent.objects.order_by("name"),
            "groups": Group.objects.order_by("name"),
            "tags": Tag.objects.order_by("name"),
            "saved_views": SavedView.objects.order_by("name"),
            "numbers": PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).order_by("number"),
            "retry_choices": RETRY_OUTCOMES,
            "rule_ops": ("eq", "ne", "in", "gt", "gte", "lt", "lte", "truthy", "falsy", "contains"),
        }

    def get(self, request, pk=None):
        campaign = _campaign(pk) if pk else None
        if campaign is not None and campaign.status not in (CampaignStatus.DRAFT, *LIVE_STATUSES):
            raise Http404
        values = campaign or Campaign(type=request.GET.get("type", CampaignType.OUTBOUND))
        initial = forms.initial_from(campaign, tenant=request.tenant)
        return render(request, "campaigns/form.html", self._context(request, campaign, initial, values))

    def post(self, request, pk=None):
        campaign = _campaign(pk) if pk else None
        draft = campaign is None or campaign.status == CampaignStatus.DRAFT
        automation = campaign is not None and campaign.is_automation
        data = forms.campaign_data_from(request.POST, tenant=request.tenant, draft=draft and not automation)
        if automation:
            data.pop("ends_at", None)
        try:
            if campaign is None:
                campaign = services.campaign_create(data=data, actor=request.user)
                messages.success(request, "Campaign saved as a draft. Check it, then start it.")
            else:
                services.campaign_update(campaign=campaign, data=data, actor=request.user)
                messages.success(request, "Campaign saved.")
        except ValidationError as exc:
            initial = forms.initial_from_post(request.POST)
            context = self._context(request, campaign, initial, request.POST, field_errors(exc))
            return render(request, "campaigns/form.html", context, status=400)
        return redirect("campaigns:detail", pk=campaign.pk)


class AudiencePreviewView(PortalPermissionMixin, View):
    """HTMX: the audience's live count and who would be blocked, and why."""

    required_perm = Perm.MANAGE_CAMPAIGNS
    write_perm = Perm.MANAGE_CAMPAIGNS

    def post(self, request):
        preview, error = None, ""
        try:
            audience = clean_audience(forms.audience_from(request.POST))
            if has_source(audience):
                preview = selectors.audience_preview(tenant=request.tenant, audience=audience)
        except ValidationError as exc:
            error = " ".join(exc.messages)
        return render(request, "campaigns/form.html#preview", {"preview": preview, "preview_error": error})


class CampaignDetailView(PortalPermissionMixin, View):
    def get(self, request, pk):
        campaign = _campaign(pk)
        feed = list(selectors.recent_attempts(campaign=campaign))
        # Only calls this member may open are named and linked; the others are counted, and why is said.
        visible = set(
            calls_visible_to(membership=self.membership)
            .filter(pk__in=[a.call_id for a in feed if a.call_id])
            .values_list("pk", flat=True)
        )
        context = {
            "campaign": campaign,
            "stats": selectors.campaign_stats(campaign=campaign, tenant=request.tenant),
            "feed": feed,
            "visible_calls": visible,
            "sees_all_calls": has_flag(self.membership, "can_view_all_calls"),
            "alerts": selectors.open_alerts(campaign=campaign),
            "history": campaign.status_history.all()[:10],
            "live": campaign.status in LIVE_STATUSES,
            "can_manage": can(self.membership, Perm.MANAGE_CAMPAIGNS),
            "can_export": can(self.membership, Perm.EXPORT_DATA),
        }
        template = "campaigns/detail.html#live" if request.htmx else "campaigns/detail.html"
        return render(request, template, context)


class CampaignActionView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_CAMPAIGNS

    def post(self, request, pk, action):
        if action not in ACTIONS:
            raise Http404
        campaign = _campaign(pk)
        kwargs = {"reason": request.POST.get("reason", "")[:300]} if action in ("pause", "cancel") else {}
        try:
            ACTIONS[action](campaign=campaign, actor=request.user, **kwargs)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Campaign {CampaignStatus(Campaign.objects.get(pk=pk).status).label.lower()}.")
        return redirect("campaigns:detail", pk=pk)


class CampaignDeleteView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_CAMPAIGNS

    def post(self, request, pk):
        campaign = _campaign(pk)
        try:
            services.campaign_delete(campaign=campaign, actor=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("campaigns:detail", pk=pk)
        messages.success(request, "Draft deleted.")
        return redirect("campaigns:list")


class CampaignContactsView(PortalPermissionMixin, View):
    """Per-contact state: who is queued, when they may be called, and why not yet."""

    write_perm = Perm.MANAGE_CAMPAIGNS

    def get(self, request, pk):
        campaign = _campaign(pk)
        state = request.GET.get("state") or ""
        if state and state not in TargetState.values:
            state = ""
        page = Paginator(selectors.targets_for(campaign=campaign, state=state or None), 50).get_page(
            request.GET.get("page")
        )
        context = {
            "campaign": campaign,
            "page": page,
            "state": state,
            "states": TargetState.choices,
            "can_manage": can(self.membership, Perm.MANAGE_CAMPAIGNS),
        }
        return render(request, "campaigns/contacts.html", context)

    def post(self, request, pk):
        campaign = _campaign(pk)
        try:
            added = services.campaign_add_contacts(
                campaign=campaign, audience=forms.audience_from(request.POST), actor=request.user
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, f"Added {added} contact{'s' if added != 1 else ''}.")
        return redirect("campaigns:contacts", pk=pk)


class CampaignResultsView(PortalPermissionMixin, View):
    required_perm = Perm.EXPORT_DATA

    def get(self, request, pk):
        campaign = _campaign(pk)
        base = request_url(request, "")
        return csv_response(
            selectors.results_rows(campaign=campaign, base_url=base), f"campaign-{campaign.pk}-results.csv"
        )


class CampaignSettingsView(PortalPermissionMixin, View):
    """Reminder timing (manage campaigns) and calling hours and limits (manage settings)."""

    def get(self, request, errors=None, status=200):
        context = {
            "reminders": services.reminder_settings_payload(),
            "calling": services.calling_settings_payload(request.tenant),
            "agents": Agent.objects.order_by("name"),
            "errors": errors or {},
            "can_manage_reminders": can(self.membership, Perm.MANAGE_CAMPAIGNS),
            "can_manage_calling": can(self.membership, Perm.MANAGE_SETTINGS),
        }
        return render(request, "campaigns/settings.html", context, status=status)

    def post(self, request):
        section = request.POST.get("section")
        perm = Perm.MANAGE_CAMPAIGNS if section == "reminders" else Perm.MANAGE_SETTINGS
        if not can(self.membership, perm):
            return render(request, "portal/no_access.html", {"reason": "role"}, status=403)
        try:
            if section == "reminders":
                services.reminder_settings_update(
                    tenant=request.tenant,
                    enabled=bool(request.POST.get("enabled")),
                    hours_before=request.POST.get("hours_before", ""),
                    second_enabled=bool(request.POST.get("second_enabled")),
                    second_hours_before=request.POST.get("second_hours_before", ""),
                    sms_fallback=bool(request.POST.get("sms_fallback")),
                    agent=request.POST.get("agent") or None,
                )
            else:
                services.calling_settings_update(
                    tenant=request.tenant,
                    actor=request.user,
                    ip_address=client_ip(request),
                    calling_limits={
                        "per_15_minutes": _int_or_text(request.POST.get("per_15_minutes")),
                        "per_day": _int_or_text(request.POST.get("per_day")),
                        "number_per_minute": _int_or_text(request.POST.get("number_per_minute")),
                        "number_per_day": _int_or_text(request.POST.get("number_per_day")),
                    },
                    quiet_hours={
                        "start": request.POST.get("quiet_start", ""),
                        "end": request.POST.get("quiet_end", ""),
                    },
                    calling_rules={
                        "minimum_gap_minutes": _int_or_text(request.POST.get("minimum_gap_minutes")),
                        "require_consent": bool(request.POST.get("require_consent")),
                    },
                )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        messages.success(request, "Settings saved.")
        return redirect(reverse("campaigns:settings"))


def _int_or_text(value):
    if value in (None, ""):
        return None
    return int(value) if str(value).strip().lstrip("-").isdigit() else value
