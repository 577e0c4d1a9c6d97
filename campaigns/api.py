"""API for campaigns and reminder settings (thin: parse, call a service, render)."""

from __future__ import annotations

import csv
import json

import django_filters
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from campaigns import selectors, services
from campaigns.models import Campaign, CampaignContact, CampaignType, TargetState
from tenants.roles import Perm
from voiceplatform.api import DirectColumnsMixin, Pagination
from voiceplatform.links import request_url
from voiceplatform.viewsets import ServiceBackedViewSet


class CampaignSerializer(DirectColumnsMixin, serializers.ModelSerializer):
    class Meta:
        model = Campaign
        fields = [
            "id",
            "name",
            "description",
            "type",
            "status",
            "agent",
            "variants",
            "from_number",
            "audience",
            "variables",
            "qualification",
            "qualification_criteria",
            "starts_at",
            "ends_at",
            "schedule",
            "blocked_dates",
            "priority",
            "max_concurrent",
            "calls_per_minute",
            "max_attempts",
            "retry_gap_minutes",
            "retry_outcomes",
            "voicemail_message",
            "final_status_map",
            "is_automation",
            "paused_reason",
            "created_at",
            "updated_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields


class CampaignWriteSerializer(serializers.Serializer):
    """Shapes only; the rules (ranges, who may be called, what may change when) are in the services."""

    name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    description = serializers.CharField(required=False, allow_blank=True)
    type = serializers.ChoiceField(choices=CampaignType.choices, required=False)
    agent = serializers.IntegerField(required=False, allow_null=True)
    variants = serializers.JSONField(required=False)
    from_number = serializers.IntegerField(required=False, allow_null=True)
    audience = serializers.JSONField(required=False)
    variables = serializers.JSONField(required=False)
    qualification = serializers.JSONField(required=False)
    qualification_criteria = serializers.JSONField(
        required=False,
        help_text='What the agent finds out on each call, e.g. {"budget_min": 300000, "budget_max": 600000, '
        '"currency": "GBP", "timeline": "within 6 months", "property_types": ["apartment"], "locations": '
        '["Camden"], "financing": ["cash", "mortgage_approved"], "decision_maker": true, "custom_questions": '
        '["Do you need parking?"]}',
    )
    starts_at = serializers.DateTimeField(required=False, allow_null=True)
    ends_at = serializers.DateTimeField(required=False, allow_null=True)
    schedule = serializers.JSONField(required=False)
    blocked_dates = serializers.ListField(child=serializers.DateField(), required=False)
    priority = serializers.IntegerField(required=False)
    max_concurrent = serializers.IntegerField(required=False)
    calls_per_minute = serializers.IntegerField(required=False)
    max_attempts = serializers.IntegerField(required=False)
    retry_gap_minutes = serializers.IntegerField(required=False)
    retry_outcomes = serializers.ListField(child=serializers.CharField(), required=False)
    voicemail_message = serializers.CharField(required=False, allow_blank=True)
    final_status_map = serializers.JSONField(required=False)


class TargetContactSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(source="full_name")
    phone = serializers.CharField(allow_null=True)


class CampaignContactSerializer(serializers.ModelSerializer):
    contact = TargetContactSerializer(read_only=True)

    class Meta:
        model = CampaignContact
        fields = [
            "id",
            "contact",
            "state",
            "eligible_at",
            "expires_at",
            "attempts",
            "last_attempt_at",
            "reason",
            "reason_code",
            "final_outcome",
            "qualified",
            "appointment",
            "reminder_number",
            "last_call",
        ]
        read_only_fields = fields


class TransitionReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)


class CampaignFilter(django_filters.FilterSet):
    class Meta:
        model = Campaign
        fields = ["status", "type", "is_automation"]


class CampaignContactFilter(django_filters.FilterSet):
    state = django_filters.ChoiceFilter(choices=TargetState.choices)

    class Meta:
        model = CampaignContact
        fields = ["state", "reason_code", "final_outcome", "qualified"]


class CsvRenderer(BaseRenderer):
    """Lets `Accept: text/csv` through to the export; errors still come back as JSON text."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return json.dumps(data).encode() if data is not None else b""


class _Echo:
    def write(self, value):
        return value


FORMULA_START = ("=", "@", "\t", "\r")


def csv_cell(value):
    """Values a spreadsheet would run as a formula are written as text."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_START) or (value[0] in "+-" and not value[1:].isdigit()):
        return "'" + value
    return value


def csv_response(rows, filename: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow([csv_cell(v) for v in row]) for row in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


AddContactsSerializer = inline_serializer("CampaignAddContacts", {"audience": serializers.JSONField()})
PreviewSerializer = inline_serializer("AudiencePreviewRequest", {"audience": serializers.JSONField()})


class CampaignViewSet(ServiceBackedViewSet):
    """Campaigns: create, edit, start / pause / resume / cancel, live stats, per-contact state, results."""

    queryset = Campaign.objects.none()
    serializer_class = CampaignSerializer
    write_perm = Perm.MANAGE_CAMPAIGNS
    filterset_class = CampaignFilter
    search_fields = ["name", "description"]
    ordering_fields = ["created_at", "name", "priority", "status", "started_at"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Campaign.objects.none()
        campaigns = selectors.campaigns_for()
        # The list shows the agent and number as ids: their rows (prompts and all) are not read for it.
        return campaigns.select_related(None) if self.action == "list" else campaigns

    def _data(self):
        serializer = CampaignWriteSerializer(data=self.request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)

    def _render(self, campaign, http_status=status.HTTP_200_OK):
        return Response(CampaignSerializer(Campaign.objects.get(pk=campaign.pk)).data, status=http_status)

    @extend_schema(request=CampaignWriteSerializer, responses={201: CampaignSerializer})
    def create(self, request, *args, **kwargs):
        campaign = services.campaign_create(data=self._data(), actor=request.user)
        return self._render(campaign, status.HTTP_201_CREATED)

    @extend_schema(request=CampaignWriteSerializer, responses=CampaignSerializer)
    def partial_update(self, request, *args, **kwargs):
        campaign = services.campaign_update(campaign=self.get_object(), data=self._data(), actor=request.user)
        return self._render(campaign)

    def update(self, request, *args, **kwargs):
        return self.partial_update(request, *args, **kwargs)

    def destroy(self, request, *args, **kwargs):
        services.campaign_delete(campaign=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def _transition(self, service, **kwargs):
        campaign = service(campaign=self.get_object(), actor=self.request.user, **kwargs)
        return self._render(campaign)

    @extend_schema(request=None, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def start(self, request, pk=None):
        return self._transition(services.campaign_start)

    @extend_schema(request=TransitionReasonSerializer, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def pause(self, request, pk=None):
        return self._transition(services.campaign_pause, reason=self._reason())

    @extend_schema(request=None, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def resume(self, request, pk=None):
        return self._transition(services.campaign_resume)

    @extend_schema(request=TransitionReasonSerializer, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        return self._transition(services.campaign_cancel, reason=self._reason())

    def _reason(self) -> str:
        serializer = TransitionReasonSerializer(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data.get("reason", "")

    @extend_schema(request=None, responses=CampaignSerializer)
    @action(detail=True, methods=["post"])
    def archive(self, request, pk=None):
        return self._transition(services.campaign_archive)

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get"])
    def stats(self, request, pk=None):
        return Response(selectors.campaign_stats(campaign=self.get_object(), tenant=request.tenant))

    @extend_schema(
        methods=["get"],
        parameters=[OpenApiParameter("state", str, enum=TargetState.values)],
        responses=CampaignContactSerializer(many=True),
    )
    @extend_schema(methods=["post"], request=AddContactsSerializer, responses={201: OpenApiTypes.OBJECT})
    @action(detail=True, methods=["get", "post"])
    def contacts(self, request, pk=None):
        campaign = self.get_object()
        if request.method == "POST":
            added = services.campaign_add_contacts(
                campaign=campaign, audience=request.data.get("audience"), actor=request.user
            )
            return Response({"added": added}, status=status.HTTP_201_CREATED)
        filterset = CampaignContactFilter(
            request.query_params, queryset=selectors.targets_for(campaign=campaign), request=request
        )
        if not filterset.is_valid():
            raise serializers.ValidationError(filterset.errors)
        queryset = filterset.qs
        paginator = Pagination()
        page = paginator.paginate_queryset(queryset, request, view=self)
        return paginator.get_paginated_response(CampaignContactSerializer(page, many=True).data)

    @extend_schema(request=PreviewSerializer, responses={200: OpenApiTypes.OBJECT})
    @action(detail=False, methods=["post"])
    def preview(self, request):
        from campaigns.audience import clean_audience

        audience = clean_audience(request.data.get("audience"))
        return Response(selectors.audience_preview(tenant=request.tenant, audience=audience))


class CampaignResultsView(APIView):
    """GET /campaigns/{id}/results.csv: one row per contact with attempts, final outcome, qualification, last call."""

    read_perm = Perm.EXPORT_DATA
    renderer_classes = [JSONRenderer, CsvRenderer]

    @extend_schema(responses={(200, "text/csv"): OpenApiTypes.STR})
    def get(self, request, pk):
        campaign = get_object_or_404(selectors.campaigns_for(), pk=pk)
        base = request_url(request, "")
        return csv_response(
            selectors.results_rows(campaign=campaign, base_url=base), f"campaign-{campaign.pk}-results.csv"
        )


class ReminderSettingsSerializer(serializers.Serializer):
    enabled = serializers.BooleanField(required=False)
    hours_before = serializers.IntegerField(required=False)
    second_enabled = serializers.BooleanField(required=False)
    second_hours_before = serializers.IntegerField(required=False)
    sms_fallback = serializers.BooleanField(required=False)
    agent = serializers.IntegerField(required=False, allow_null=True)
    campaign = serializers.IntegerField(read_only=True)


class ReminderSettingsView(APIView):
    """When appointment reminder calls happen: N hours before (1-168), an optional second one, SMS fallback."""

    write_perm = Perm.MANAGE_CAMPAIGNS

    @extend_schema(responses=ReminderSettingsSerializer)
    def get(self, request):
        return Response(services.reminder_settings_payload())

    @extend_schema(request=ReminderSettingsSerializer, responses=ReminderSettingsSerializer)
    def patch(self, request):
        serializer = ReminderSettingsSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        services.reminder_settings_update(tenant=request.tenant, **serializer.validated_data)
        return Response(services.reminder_settings_payload())
