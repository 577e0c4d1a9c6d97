"""Analytics API: the dashboard's figures with the portal's filters (period, start, end, campaign),
campaign results, insights, and the team's comments and assignments."""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, OpenApiTypes, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from analytics import campaign_results, rollups, selectors, team
from analytics.filters import Filters, parse_filters
from analytics.models import Assignment, CallComment
from campaigns.models import Campaign
from tenants.permissions import api_key_scope, request_membership
from tenants.roles import Perm, can

FILTER_PARAMETERS = [
    OpenApiParameter("period", str, enum=["7", "30", "90", "custom"], description="Default 30 (days up to today)."),
    OpenApiParameter("start", OpenApiTypes.DATE, description="With period=custom: first day (tenant's time zone)."),
    OpenApiParameter("end", OpenApiTypes.DATE, description="With period=custom: last day, inclusive."),
    OpenApiParameter("campaign", int, description="Only calls of this campaign."),
]


def _period(filters: Filters) -> dict:
    return {
        "start": filters.start.isoformat(),
        "end": filters.end.isoformat(),
        "days": filters.days,
        "campaign": filters.campaign_id,
        "previous_start": filters.previous().start.isoformat(),
        "previous_end": filters.previous().end.isoformat(),
    }


def _money_as_text(kpis: list[dict]) -> list[dict]:
    """Money stays exact in JSON: Decimals become strings."""
    return [{key: str(value) if isinstance(value, Decimal) else value for key, value in kpi.items()} for kpi in kpis]


class AnalyticsView(APIView):
    """Base: parse the filters (a 400 with field messages when they are wrong)."""

    def filters(self, request) -> Filters:
        return parse_filters(request.query_params, today=rollups.tenant_today(request.tenant))

    def include_costs(self, request) -> bool:
        """Money figures only for roles that see billing (owners and admins; not read-only keys)."""
        return can(request_membership(request), Perm.MANAGE_BILLING, scope=api_key_scope(request))


class OverviewView(AnalyticsView):
    @extend_schema(parameters=FILTER_PARAMETERS, responses=OpenApiTypes.OBJECT, summary="KPI cards and breakdowns")
    def get(self, request):
        filters = self.filters(request)
        totals = selectors.call_totals(filters)
        metrics = selectors.metric_totals(filters)
        snapshot = selectors.status_snapshot()
        return Response(
            {
                "period": _period(filters),
                "kpis": _money_as_text(
                    selectors.overview(
                        filters,
                        include_costs=self.include_costs(request),
                        totals=totals,
                        metrics=metrics,
                        snapshot=snapshot,
                    )
                ),
                "lead_statuses": selectors.lead_statuses(snapshot),
                "lead_sources": selectors.lead_sources(filters, metrics),
                "appointments": selectors.appointment_rates(filters, metrics),
            }
        )


class TimeseriesView(AnalyticsView):
    @extend_schema(parameters=FILTER_PARAMETERS, responses=OpenApiTypes.OBJECT, summary="Calls and outcomes per day")
    def get(self, request):
        filters = self.filters(request)
        return Response({"period": _period(filters), "days": selectors.timeseries(filters)})


class FunnelView(AnalyticsView):
    @extend_schema(parameters=FILTER_PARAMETERS, responses=OpenApiTypes.OBJECT, summary="Conversion funnel")
    def get(self, request):
        filters = self.filters(request)
        return Response({"period": _period(filters), "stages": selectors.funnel(filters)})


class HeatmapView(AnalyticsView):
    @extend_schema(parameters=FILTER_PARAMETERS, responses=OpenApiTypes.OBJECT, summary="Calls by weekday and hour")
    def get(self, request):
        filters = self.filters(request)
        return Response({"period": _period(filters), **selectors.heatmap(filters)})


class CampaignResultsView(AnalyticsView):
    queryset = Campaign.objects.all()

    @extend_schema(parameters=FILTER_PARAMETERS[:3], responses=OpenApiTypes.OBJECT, summary="Campaign and A/B results")
    def get(self, request, pk):
        campaign = get_object_or_404(Campaign, pk=pk)
        filters = self.filters(request)
        return Response({"period": _period(filters), **campaign_results.campaign_results(campaign, filters)})


class InsightsView(AnalyticsView):
    @extend_schema(
        parameters=[*FILTER_PARAMETERS, OpenApiParameter("refresh", bool, description="Recompute now.")],
        responses=OpenApiTypes.OBJECT,
        summary="Transcript insights (202 while they are being computed)",
    )
    def get(self, request):
        from analytics.insights.services import insight_request

        filters = self.filters(request)
        report = insight_request(filters=filters, refresh=request.query_params.get("refresh") in ("1", "true"))
        body = {
            "period": _period(filters),
            "status": report.status,
            "provider": report.provider,
            "computed_at": report.computed_at,
            "error": report.error,
            "insights": report.payload or None,
        }
        return Response(body, status=status.HTTP_202_ACCEPTED if not report.payload else status.HTTP_200_OK)


class CommentSerializer(serializers.ModelSerializer):
    class Meta:
        model = CallComment
        fields = ["id", "call", "author_label", "body", "mentioned_user_ids", "created_at"]
        read_only_fields = ["id", "call", "author_label", "mentioned_user_ids", "created_at"]


class CallCommentsView(APIView):
    """Comments on one call; posting one with @mentions asks those members for a review."""

    write_perm = Perm.EDIT_CONTACTS
    queryset = CallComment.objects.all()

    def _call(self, request, pk):
        from calls.selectors import calls_visible_to

        return get_object_or_404(calls_visible_to(membership=request_membership(request)), pk=pk)

    @extend_schema(responses=CommentSerializer(many=True))
    def get(self, request, pk):
        call = self._call(request, pk)
        return Response(CommentSerializer(call.comments.all(), many=True).data)

    @extend_schema(request=CommentSerializer, responses={201: CommentSerializer})
    def post(self, request, pk):
        call = self._call(request, pk)
        body = request.data.get("body") if hasattr(request.data, "get") else None
        comment = team.comment_add(call=call, author=request.user, body=body if isinstance(body, str) else "")
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)


class AssignmentSerializer(serializers.ModelSerializer):
    assignee = serializers.IntegerField(source="assignee_id")

    class Meta:
        model = Assignment
        fields = ["id", "kind", "object_id", "assignee", "contact_id", "assigned_by_label", "created_at", "done_at"]
        read_only_fields = ["id", "contact_id", "assigned_by_label", "created_at", "done_at"]


class AssignmentsView(APIView):
    """Assign a call or a lead to a member (replaces an earlier assignment of it)."""

    write_perm = Perm.EDIT_CONTACTS
    queryset = Assignment.objects.all()

    @extend_schema(responses=AssignmentSerializer(many=True))
    def get(self, request):
        rows = Assignment.objects.order_by("-created_at")
        if request.query_params.get("open") in ("1", "true"):
            rows = rows.filter(done_at__isnull=True)
        return Response(AssignmentSerializer(rows[:200], many=True).data)

    @extend_schema(request=AssignmentSerializer, responses={201: AssignmentSerializer})
    def post(self, request):
        data = request.data if hasattr(request.data, "get") else {}
        object_id = data.get("object_id")
        if not (isinstance(object_id, int) or (isinstance(object_id, str) and object_id.isdigit())):
            raise ValidationError({"object_id": ["Give the id of the call or lead."]})
        assignment = team.assignment_set(
            kind=str(data.get("kind", "")),
            object_id=int(object_id),
            assignee_id=data.get("assignee"),
            by=request.user,
        )
        return Response(AssignmentSerializer(assignment).data, status=status.HTTP_201_CREATED)


class LeaderboardView(AnalyticsView):
    @extend_schema(parameters=FILTER_PARAMETERS[:3], responses=OpenApiTypes.OBJECT, summary="Team leaderboard")
    def get(self, request):
        filters = self.filters(request)
        return Response({"period": _period(filters), "members": team.leaderboard(filters)})
