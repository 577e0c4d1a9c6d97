"""Portal pages of analytics: the dashboard (the portal's home once there is history), CSV
exports, campaign results, insights, the compliance view and the team's review tools."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.views import View

from analytics import exports, rollups, selectors
from analytics.filters import Filters, parse_filters
from analytics.models import CallRollup, DailyMetric
from campaigns.models import Campaign
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can

PERIOD_CHOICES = (("7", "Last 7 days"), ("30", "Last 30 days"), ("90", "Last 90 days"), ("custom", "Custom"))


def has_history() -> bool:
    """Whether the workspace has anything to chart yet (else the home page stays the setup checklist)."""
    return CallRollup.objects.exists() or DailyMetric.objects.exclude(metric="status_snapshot").exists()


def request_filters(request) -> tuple[Filters | None, dict]:
    today = rollups.local_today()
    try:
        return parse_filters(request.GET, today=today), {}
    except ValidationError as exc:
        return None, exc.message_dict


def campaign_choices():
    return list(Campaign.objects.order_by("-created_at").values("id", "name")[:200])


def render_dashboard(request, membership, *, remaining_setup=None):
    filters, errors = request_filters(request)
    if filters is None:
        filters = parse_filters({}, today=rollups.local_today())
    data = selectors.dashboard(filters, include_costs=can(membership, Perm.MANAGE_BILLING))
    tables = {name: exports.table(name, data) for name in exports.CHARTS}
    context = {
        "filters": filters,
        "errors": errors,
        "data": data,
        "tables": tables,
        "chart_data": {
            "timeseries": data["timeseries"],
            "funnel": data["funnel"],
            "lead_statuses": data["lead_statuses"],
            "lead_sources": data["lead_sources"],
            "appointments": data["appointments"],
        },
        "period_choices": PERIOD_CHOICES,
        "campaigns": campaign_choices(),
        "remaining_setup": remaining_setup or [],
        "query": filters.querystring(),
    }
    template = "analytics/dashboard.html#dashboard-body" if request.htmx else "analytics/dashboard.html"
    response = render(request, template, context, status=400 if errors else 200)
    response["Vary"] = "HX-Request"
    return response


class DashboardView(PortalPermissionMixin, View):
    """The dashboard on its own URL (reachable before there is history)."""

    def get(self, request):
        return render_dashboard(request, self.membership)


class ChartExportView(PortalPermissionMixin, View):
    """One chart's table as CSV, with the dashboard's filters."""

    def get(self, request, chart):
        if chart not in exports.CHARTS:
            raise Http404
        filters, errors = request_filters(request)
        if filters is None:
            return HttpResponseBadRequest("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        data = selectors.dashboard(filters, include_costs=can(self.membership, Perm.MANAGE_BILLING))
        headers, rows = exports.table(chart, data)
        return exports.csv_response(f"{chart}-{filters.start}-{filters.end}.csv", headers, rows)
