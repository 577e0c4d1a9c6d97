"""API for the staff alert inbox, members' alert preferences and the tenant's Slack/Discord channels."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from notifications.alerts import chat, preferences, selectors, services
from notifications.alerts.models import (
    ALERT_PRIORITY_CHOICES,
    ALERT_TYPE_CHOICES,
    Alert,
    AlertHistory,
    AlertPreference,
    AlertStatus,
)
from tenants.roles import Perm


class HistorySerializer(serializers.ModelSerializer):
    class Meta:
        model = AlertHistory
        fields = ["action", "from_status", "to_status", "actor", "actor_label", "detail", "created_at"]
        read_only_fields = fields


class AlertSerializer(serializers.ModelSerializer):
    assignee_email = serializers.CharField(source="assignee.email", read_only=True, default=None, allow_null=True)
    resolved_by_email = serializers.CharField(source="resolved_by.email", read_only=True, default=None, allow_null=True)
    history = HistorySerializer(many=True, read_only=True)

    class Meta:
        model = Alert
        fields = [
            "id",
            "type",
            "priority",
            "title",
            "message",
            "required_action",
            "contact",
            "call",
            "campaign",
            "conversation_id",
            "link",
            "status",
            "assignee",
            "assignee_email",
            "resolved_at",
            "resolved_by",
            "resolved_by_email",
            "dedupe_key",
            "created_at",
            "updated_at",
            "history",
        ]
        read_only_fields = fields


class AlertPatchSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=AlertStatus.choices, required=False)
    assignee = serializers.IntegerField(required=False, allow_null=True)


class AlertFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=AlertStatus.choices)
    type = django_filters.MultipleChoiceFilter(choices=ALERT_TYPE_CHOICES)
    priority = django_filters.MultipleChoiceFilter(choices=ALERT_PRIORITY_CHOICES)
    unassigned = django_filters.BooleanFilter(field_name="assignee", lookup_expr="isnull")

    class Meta:
        model = Alert
        fields = ["status", "type", "priority", "assignee", "contact", "campaign", "unassigned"]


class AlertViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet):
    """The staff alert inbox: what needs a person, who has it, and its history (pending → in_progress → resolved)."""

    queryset = Alert.objects.none()
    serializer_class = AlertSerializer
    write_perm = Perm.EDIT_CONTACTS
    filterset_class = AlertFilter
    search_fields = ["title", "message"]
    ordering_fields = ["created_at", "priority", "status"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return selectors.alerts().prefetch_related("history")

    @extend_schema(request=AlertPatchSerializer, responses=AlertSerializer)
    def partial_update(self, request, *args, **kwargs):
        data = AlertPatchSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        alert = self.get_object()
        if "assignee" in data.validated_data:
            alert = services.alert_assign(alert=alert, assignee_id=data.validated_data["assignee"], actor=request.user)
        if "status" in data.validated_data:
            alert = services.alert_set_status(alert=alert, status=data.validated_data["status"], actor=request.user)
        return Response(AlertSerializer(self.get_queryset().get(pk=alert.pk)).data)

    @extend_schema(
        request=inline_serializer("AlertAssign", {"assignee": serializers.IntegerField(allow_null=True)}),
        responses=AlertSerializer,
    )
    @action(detail=True, methods=["post"])
    def assign(self, request, pk=None):
        """Give the alert to a member of the team (their user id), or to nobody (null)."""
        if not hasattr(request.data, "get") or "assignee" not in request.data:
            raise serializers.ValidationError({"assignee": ["Give the member's user id, or null."]})
        alert = services.alert_assign(alert=self.get_object(), assignee_id=request.data["assignee"], actor=request.user)
        return Response(AlertSerializer(self.get_queryset().get(pk=alert.pk)).data)

    @extend_schema(
        request=inline_serializer("AlertBulkResolve", {"ids": serializers.ListField(child=serializers.IntegerField())}),
        responses=inline_serializer("AlertBulkResolved", {"resolved": serializers.IntegerField()}),
    )
    @action(detail=False, methods=["post"], url_path="bulk-resolve")
    def bulk_resolve(self, request):
        ids = request.data.get("ids") if hasattr(request.data, "get") else None
        return Response({"resolved": services.alerts_bulk_resolve(alert_ids=ids, actor=request.user)})

    @extend_schema(request=None, responses=AlertSerializer)
    @action(detail=True, methods=["post"], url_path="mark-qualified")
    def mark_qualified(self, request, pk=None):
        """Quick action: the linked contact becomes a qualified lead; the alert is resolved."""
        alert = services.alert_mark_qualified(alert=self.get_object(), actor=request.user)
        return Response(AlertSerializer(self.get_queryset().get(pk=alert.pk)).data)

    @extend_schema(request=None, responses=AlertSerializer)
    @action(detail=True, methods=["post"], url_path="call-back")
    def call_back(self, request, pk=None):
        """Quick action: you take the callback (assigned to you, in progress)."""
        alert = services.alert_call_back(alert=self.get_object(), actor=request.user)
        return Response(AlertSerializer(self.get_queryset().get(pk=alert.pk)).data)

    @extend_schema(
        responses=inline_serializer(
            "AlertCounts",
            {
                "pending": serializers.IntegerField(),
                "in_progress": serializers.IntegerField(),
                "mine": serializers.IntegerField(),
            },
        )
    )
    @action(detail=False, methods=["get"])
    def counts(self, request):
        return Response(selectors.alert_counts(user=request.user))


class PreferenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = AlertPreference
        fields = ["types", "channels", "quiet_start", "quiet_end", "phone", "daily_summary"]


class PreferenceWriteSerializer(serializers.Serializer):
    types = serializers.ListField(child=serializers.CharField(), required=False)
    channels = serializers.ListField(child=serializers.CharField(), required=False)
    quiet_start = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    quiet_end = serializers.CharField(required=False, allow_blank=True, allow_null=True)
    phone = serializers.CharField(required=False, allow_blank=True)
    daily_summary = serializers.BooleanField(required=False)


class AlertPreferenceView(APIView):
    """Your own alert preferences: which types, which channels (in_app, email, sms), quiet hours, daily summary."""

    write_perm = Perm.VIEW

    @extend_schema(responses=PreferenceSerializer)
    def get(self, request):
        return Response(PreferenceSerializer(preferences.preference_for(request.user.pk, request.membership.role)).data)

    @extend_schema(request=PreferenceWriteSerializer, responses=PreferenceSerializer)
    def patch(self, request):
        data = PreferenceWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = {k: ("" if v is None else v) for k, v in data.validated_data.items()}
        return Response(PreferenceSerializer(preferences.preference_update(user=request.user, **values)).data)


class ChannelSettingsSerializer(serializers.Serializer):
    slack_url = serializers.CharField(required=False, allow_blank=True, write_only=True)
    discord_url = serializers.CharField(required=False, allow_blank=True, write_only=True)
    types = serializers.ListField(child=serializers.CharField(), required=False)
    slack_configured = serializers.BooleanField(read_only=True)
    discord_configured = serializers.BooleanField(read_only=True)


class ChannelSettingsView(APIView):
    """The tenant's Slack and Discord incoming webhooks for alerts (URLs are write-only)."""

    read_perm = Perm.MANAGE_INTEGRATIONS
    write_perm = Perm.MANAGE_INTEGRATIONS
    serializer_class = ChannelSettingsSerializer

    def _render(self, row):
        return {
            "slack_configured": bool(row.slack_url_encrypted),
            "discord_configured": bool(row.discord_url_encrypted),
            "types": row.types,
        }

    def get(self, request):
        return Response(self._render(chat.channel_settings_get()))

    def patch(self, request):
        data = ChannelSettingsSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        row = chat.channel_settings_update(
            slack_url=values.get("slack_url"), discord_url=values.get("discord_url"), types=values.get("types")
        )
        return Response(self._render(row))
