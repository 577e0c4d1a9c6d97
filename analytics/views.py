"""Portal pages of analytics: the dashboard (the portal's home once there is history), CSV
exports, campaign results, insights, the compliance view and the team's review tools."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views import View

from analytics import campaign_results, exports, rollups, selectors, team
from analytics.compliance import tenant_compliance
from analytics.filters import Filters, parse_filters
from analytics.insights.services import insight_request
from analytics.models import Assignment, CallComment, CallRollup, DailyMetric
from calls.selectors import calls_visible_to
from campaigns.models import Campaign
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can

PERIOD_CHOICES = (("7", "Last 7 days"), ("30", "Last 30 days"), ("90", "Last 90 days"), ("custom", "Custom"))


def has_history() -> bool:
    """Whether the workspace has anything to chart yet (else the home page stays the setup checklist)."""
    return CallRollup.objects.exists() or DailyMetric.objects.exclude(metric="status_snapshot").exists()


def request_filters(request, *, fallback: bool = True) -> tuple[Filters | None, dict]:
    """The page's filters and their errors; with bad filters, the default ones (or None without `fallback`)."""
    today = rollups.tenant_today(request.tenant)
    try:
        return parse_filters(request.GET, today=today), {}
    except ValidationError as exc:
        return (parse_filters({}, today=today) if fallback else None), exc.message_dict


def campaign_choices():
    return list(Campaign.objects.order_by("-created_at").values("id", "name")[:200])


def dashboard_home(request, membership, remaining_setup):
    """tenants.hooks.home_pages: the dashboard is the portal's home once there is history to chart."""
    return render_dashboard(request, membership, remaining_setup=remaining_setup) if has_history() else None


def render_dashboard(request, membership, *, remaining_setup=None):
    filters, errors = request_filters(request)
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
        filters, errors = request_filters(request, fallback=False)
        if filters is None:
            return HttpResponseBadRequest("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        data = selectors.dashboard(filters, include_costs=can(self.membership, Perm.MANAGE_BILLING))
        headers, rows = exports.table(chart, data)
        return exports.csv_response(f"{chart}-{filters.start}-{filters.end}.csv", headers, rows)


class CampaignResultsView(PortalPermissionMixin, View):
    """All campaigns side by side for the period, or one campaign with its A/B variants and timeline."""

    def get(self, request, pk=None):
        filters, errors = request_filters(request)
        context = {
            "filters": filters,
            "errors": errors,
            "query": filters.querystring(),
            "period_choices": PERIOD_CHOICES,
            "campaigns": campaign_choices(),
        }
        if pk is None:
            context["rows"] = campaign_results.comparison(filters)
            return render(request, "analytics/campaigns.html", context, status=400 if errors else 200)
        campaign = Campaign.objects.filter(pk=pk).first()
        if campaign is None:
            raise Http404
        context["results"] = campaign_results.campaign_results(campaign, filters)
        return render(request, "analytics/campaign.html", context, status=400 if errors else 200)


class InsightsView(PortalPermissionMixin, View):
    """Transcript insights for the period; computed by a task, the page polls until ready."""

    def get(self, request):
        filters, errors = request_filters(request)
        report = insight_request(filters=filters, refresh=request.GET.get("refresh") == "1")
        context = {
            "filters": filters,
            "errors": errors,
            "report": report,
            "query": filters.querystring(),
            "period_choices": PERIOD_CHOICES,
            "campaigns": campaign_choices(),
        }
        template = "analytics/insights.html#insights-body" if request.htmx else "analytics/insights.html"
        return render(request, template, context, status=400 if errors else 200)


class ComplianceView(PortalPermissionMixin, View):
    def get(self, request):
        return render(request, "analytics/compliance.html", {"report": tenant_compliance(request.tenant)})


class TeamView(PortalPermissionMixin, View):
    """The leaderboard, open assignments and recent comments."""

    def get(self, request):
        filters, errors = request_filters(request)
        context = {
            "filters": filters,
            "errors": errors,
            "query": filters.querystring(),
            "period_choices": PERIOD_CHOICES,
            "board": team.leaderboard(filters),
            "mine": Assignment.objects.filter(assignee=request.user, done_at__isnull=True).order_by("-created_at")[:50],
            "comments": CallComment.objects.order_by("-created_at")[:20],
        }
        return render(request, "analytics/team.html", context)


class CallReviewView(PortalPermissionMixin, View):
    """Comments on one call and who it is assigned to; commenting and assigning need edit rights."""

    write_perm = Perm.EDIT_CONTACTS

    def _call(self, pk):
        call = calls_visible_to(membership=self.membership).filter(pk=pk).first()
        if call is None:
            raise Http404
        return call

    def get(self, request, pk, errors=None, status=200):
        call = self._call(pk)
        context = {
            "call": call,
            "comments": call.comments.all(),
            "assignment": Assignment.objects.filter(kind="call", object_id=call.pk).first(),
            "members": team.team_members(),
            "errors": errors or {},
            "can_edit": can(self.membership, Perm.EDIT_CONTACTS),
        }
        return render(request, "analytics/call_review.html", context, status=status)

    def post(self, request, pk):
        call = self._call(pk)
        try:
            if request.POST.get("action") == "assign":
                team.assignment_set(
                    kind="call", object_id=call.pk, assignee_id=request.POST.get("assignee"), by=request.user
                )
            elif request.POST.get("action") == "done":
                assignment = Assignment.objects.filter(kind="call", object_id=call.pk).first()
                if assignment is not None:
                    team.assignment_done(assignment=assignment)
            else:
                team.comment_add(call=call, author=request.user, body=request.POST.get("body", ""))
        except ValidationError as exc:
            return self.get(request, pk, errors=exc.message_dict, status=400)
        return redirect("analytics:call_review", pk=call.pk)
