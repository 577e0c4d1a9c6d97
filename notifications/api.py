"""API for the message log and the message templates."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from notifications import services
from notifications.models import Channel, Notification, NotificationStatus, NotificationTemplate
from tenants.roles import Perm
from voiceplatform.filters import IsoDateTimeFilter
from voiceplatform.viewsets import ServiceBackedViewSet


class NotificationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Notification
        fields = [
            "id",
            "kind",
            "channel",
            "recipient",
            "contact",
            "appointment",
            "template",
            "subject",
            "body",
            "status",
            "provider",
            "provider_id",
            "provider_status",
            "error_code",
            "error_message",
            "attempts",
            "next_attempt_at",
            "segments",
            "price",
            "price_unit",
            "created_at",
            "sent_at",
            "delivered_at",
        ]
        read_only_fields = fields


class NotificationFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=NotificationStatus.choices)
    created_after = IsoDateTimeFilter(field_name="created_at", lookup_expr="gte")
    created_before = IsoDateTimeFilter(field_name="created_at", lookup_expr="lt")

    class Meta:
        model = Notification
        fields = ["kind", "channel", "status", "appointment", "contact", "created_after", "created_before"]


class NotificationViewSet(ServiceBackedViewSet):
    """The message log: every email and SMS, its status at the provider, errors and cost inputs."""

    queryset = Notification.objects.none()
    serializer_class = NotificationSerializer
    write_perm = Perm.MANAGE_CALENDAR
    filterset_class = NotificationFilter
    search_fields = ["recipient", "subject", "body", "provider_id"]
    ordering_fields = ["created_at", "status", "channel"]

    def get_queryset(self):
        return Notification.objects.all()


class TemplateSerializer(serializers.ModelSerializer):
    class Meta:
        model = NotificationTemplate
        fields = ["id", "event", "channel", "subject", "body", "is_active", "updated_at"]
        read_only_fields = ["id", "event", "channel", "updated_at"]


class PreviewSerializer(serializers.Serializer):
    channel = serializers.ChoiceField(choices=Channel.choices)
    subject = serializers.CharField(required=False, allow_blank=True, default="")
    body = serializers.CharField(allow_blank=True)


class TemplateViewSet(ServiceBackedViewSet):
    """Booked / rescheduled / cancelled / reminder messages per channel, with {variables}."""

    queryset = NotificationTemplate.objects.none()
    serializer_class = TemplateSerializer
    write_perm = Perm.MANAGE_CALENDAR
    filterset_fields = ["event", "channel", "is_active"]
    search_fields = ["subject", "body"]
    ordering_fields = ["event", "channel"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        if not getattr(self, "swagger_fake_view", False):
            services.templates_ensure(tenant=self.request.tenant)
        return NotificationTemplate.objects.all()

    def partial_update(self, request, *args, **kwargs):
        serializer = TemplateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        template = services.template_update(
            template=self.get_object(),
            subject=data.get("subject"),
            body=data.get("body"),
            is_active=data.get("is_active"),
        )
        return Response(TemplateSerializer(template).data)

    @extend_schema(
        request=PreviewSerializer,
        responses=inline_serializer(
            "TemplatePreview",
            {
                "ok": serializers.BooleanField(),
                "subject": serializers.CharField(),
                "body": serializers.CharField(),
                "segments": serializers.IntegerField(),
                "errors": serializers.DictField(),
            },
        ),
    )
    @action(detail=False, methods=["post"])
    def preview(self, request):
        serializer = PreviewSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        return Response(services.template_preview(tenant=request.tenant, **serializer.validated_data))
