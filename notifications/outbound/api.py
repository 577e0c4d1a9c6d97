"""API for outbound webhooks, Zapier-style REST hook subscriptions and the event catalogue (thin over services)."""

from __future__ import annotations

import django_filters
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from notifications import catalogue
from notifications.outbound import services
from notifications.outbound.models import DeliveryStatus, WebhookAttempt, WebhookDelivery, WebhookEndpoint
from tenants.roles import Perm
from voiceplatform.api import error_response


class EndpointSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookEndpoint
        fields = [
            "id",
            "kind",
            "url",
            "description",
            "events",
            "is_enabled",
            "disabled_reason",
            "disabled_at",
            "failure_streak",
            "previous_secret_expires_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class EndpointWriteSerializer(serializers.Serializer):
    url = serializers.CharField(required=False, max_length=1000)
    events = serializers.ListField(child=serializers.CharField(max_length=60), required=False)
    description = serializers.CharField(required=False, allow_blank=True, max_length=200)
    is_enabled = serializers.BooleanField(required=False)


class CreatedEndpointSerializer(EndpointSerializer):
    secret = serializers.SerializerMethodField()

    class Meta(EndpointSerializer.Meta):
        fields = [*EndpointSerializer.Meta.fields, "secret"]
        read_only_fields = fields

    def get_secret(self, obj) -> str:
        return self.context["secret"]


class AttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookAttempt
        fields = [
            "number",
            "url",
            "request_headers",
            "request_body",
            "status_code",
            "response_excerpt",
            "error",
            "duration_ms",
            "created_at",
        ]
        read_only_fields = fields


class DeliverySerializer(serializers.ModelSerializer):
    event_id = serializers.CharField(source="event.event_id", read_only=True)
    event_type = serializers.CharField(source="event.type", read_only=True)
    payload = serializers.JSONField(source="event.payload", read_only=True)
    log = AttemptSerializer(many=True, read_only=True)

    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "endpoint",
            "event_id",
            "event_type",
            "status",
            "attempts",
            "next_attempt_at",
            "last_status_code",
            "last_error",
            "delivered_at",
            "created_at",
            "payload",
            "log",
        ]
        read_only_fields = fields


class DeliveryFilter(django_filters.FilterSet):
    status = django_filters.MultipleChoiceFilter(choices=DeliveryStatus.choices)
    event_type = django_filters.CharFilter(field_name="event__type")

    class Meta:
        model = WebhookDelivery
        fields = ["status", "event_type"]


class WebhookEndpointViewSet(viewsets.ModelViewSet):
    """Your endpoints: the URL, the events it hears, whether it is on. The signing secret is shown only on creation
    and rotation. Requests carry Standard Webhooks headers (`webhook-id`, `webhook-timestamp`,
    `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`)."""

    queryset = WebhookEndpoint.objects.none()
    serializer_class = EndpointSerializer
    read_perm = Perm.MANAGE_INTEGRATIONS
    write_perm = Perm.MANAGE_INTEGRATIONS
    filterset_fields = ["is_enabled", "kind"]
    search_fields = ["url", "description"]
    ordering_fields = ["created_at", "url"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        return WebhookEndpoint.objects.filter(kind=WebhookEndpoint.Kind.WEBHOOK)

    @extend_schema(request=EndpointWriteSerializer, responses={201: CreatedEndpointSerializer})
    def create(self, request, *args, **kwargs):
        data = EndpointWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        endpoint, secret = services.endpoint_create(
            url=values.get("url", ""),
            events=values.get("events", []),
            description=values.get("description", ""),
            actor=request.user,
        )
        if values.get("is_enabled") is False:
            endpoint = services.endpoint_update(endpoint=endpoint, is_enabled=False)
        return Response(
            CreatedEndpointSerializer(endpoint, context={"secret": secret}).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=EndpointWriteSerializer, responses=EndpointSerializer)
    def partial_update(self, request, *args, **kwargs):
        data = EndpointWriteSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        endpoint = services.endpoint_update(endpoint=self.get_object(), **data.validated_data)
        return Response(EndpointSerializer(endpoint).data)

    def update(self, request, *args, **kwargs):
        if not kwargs.get("partial"):
            return error_response("method_not_allowed", "Use PATCH to change an endpoint.", 405)
        return super().update(request, *args, **kwargs)

    def perform_destroy(self, instance):
        services.endpoint_delete(endpoint=instance)

    @extend_schema(responses=DeliverySerializer(many=True))
    @action(detail=True, methods=["get"])
    def deliveries(self, request, pk=None):
        """The delivery log: every event sent here, its attempts, response codes and excerpts."""
        endpoint = self.get_object()
        queryset = WebhookDelivery.objects.filter(endpoint=endpoint).select_related("event").prefetch_related("log")
        queryset = DeliveryFilter(request.query_params, queryset=queryset).qs
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)

    @extend_schema(request=None, responses={202: DeliverySerializer})
    @action(detail=True, methods=["post"])
    def test(self, request, pk=None):
        """Send a `webhook.test` event to this endpoint now."""
        delivery = services.endpoint_send_test(endpoint=self.get_object())
        return Response(DeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)

    @extend_schema(
        request=inline_serializer("RotateSecret", {"overlap_hours": serializers.IntegerField(required=False)}),
        responses=inline_serializer("RotatedSecret", {"secret": serializers.CharField()}),
    )
    @action(detail=True, methods=["post"], url_path="rotate-secret")
    def rotate_secret(self, request, pk=None):
        """A new secret; the old one also signs for `overlap_hours` (default 24) so receivers can switch."""
        overlap = request.data.get("overlap_hours") if hasattr(request.data, "get") else None
        secret = services.endpoint_rotate_secret(endpoint=self.get_object(), overlap_hours=overlap)
        return Response({"secret": secret})


class WebhookDeliveryViewSet(mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """One delivery with its attempts; redeliver sends it again now."""

    queryset = WebhookDelivery.objects.none()
    serializer_class = DeliverySerializer
    read_perm = Perm.MANAGE_INTEGRATIONS
    write_perm = Perm.MANAGE_INTEGRATIONS

    def get_queryset(self):
        return WebhookDelivery.objects.select_related("event").prefetch_related("log")

    @extend_schema(request=None, responses={202: DeliverySerializer})
    @action(detail=True, methods=["post"])
    def redeliver(self, request, pk=None):
        delivery = services.delivery_redeliver(delivery=self.get_object())
        return Response(DeliverySerializer(delivery).data, status=status.HTTP_202_ACCEPTED)


# --- the event catalogue and Zapier-style REST hooks --------------------------------------------


class EventTypeSerializer(serializers.Serializer):
    type = serializers.CharField(source="name")
    version = serializers.IntegerField()
    summary = serializers.CharField()
    fields = serializers.DictField(child=serializers.CharField())
    sample = serializers.SerializerMethodField()

    def get_sample(self, obj) -> dict:
        return sample_envelope(obj.name)


def sample_envelope(name: str) -> dict:
    event = catalogue.EVENT_TYPES[name]
    return {
        "id": "evt_00000000000000000000000000000000",
        "type": name,
        "version": event.version,
        "created_at": "2026-12-03T10:01:32Z",
        "data": event.sample,
    }


class EventTypeViewSet(viewsets.ViewSet):
    """The event catalogue: each public event type, its payload fields and a sample envelope."""

    lookup_field = "type"
    lookup_value_regex = r"[a-z_]+\.[a-z_]+"
    serializer_class = EventTypeSerializer
    write_perm = Perm.MANAGE_INTEGRATIONS

    def list(self, request):
        return Response(EventTypeSerializer(catalogue.EVENT_TYPES.values(), many=True).data)

    def retrieve(self, request, type=None):
        if type not in catalogue.EVENT_TYPES:
            return error_response("not_found", f"Unknown event type {type!r}.", 404)
        return Response(EventTypeSerializer(catalogue.EVENT_TYPES[type]).data)


class SubscriptionSerializer(serializers.ModelSerializer):
    target_url = serializers.CharField(source="url", read_only=True)
    event = serializers.SerializerMethodField()

    class Meta:
        model = WebhookEndpoint
        fields = ["id", "target_url", "event", "is_enabled", "created_at"]
        read_only_fields = fields

    def get_event(self, obj) -> str:
        return obj.events[0] if obj.events else ""


class SubscribeSerializer(serializers.Serializer):
    target_url = serializers.CharField(max_length=1000)
    event = serializers.CharField(max_length=60)


class UnsubscribeSerializer(serializers.Serializer):
    id = serializers.IntegerField(required=False)
    target_url = serializers.CharField(required=False, max_length=1000)


class HookSubscriptionViewSet(viewsets.GenericViewSet):
    """Zapier-style REST hooks: subscribe a target URL to one event; unsubscribe by id or by target URL.

    Deliveries are the same signed requests as webhooks (the secret is returned on subscribe)."""

    queryset = WebhookEndpoint.objects.none()
    serializer_class = SubscriptionSerializer
    write_perm = Perm.MANAGE_INTEGRATIONS
    read_perm = Perm.MANAGE_INTEGRATIONS

    def get_queryset(self):
        return WebhookEndpoint.objects.filter(kind=WebhookEndpoint.Kind.REST_HOOK)

    def list(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(SubscriptionSerializer(page, many=True).data)

    @extend_schema(
        request=SubscribeSerializer,
        responses={
            201: inline_serializer(
                "HookSubscribed",
                {
                    "id": serializers.IntegerField(),
                    "target_url": serializers.CharField(),
                    "event": serializers.CharField(),
                    "secret": serializers.CharField(),
                },
            )
        },
    )
    def create(self, request):
        data = SubscribeSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        endpoint, secret = services.endpoint_create(
            url=data.validated_data["target_url"],
            events=[data.validated_data["event"]],
            description="REST hook subscription",
            actor=request.user,
            kind=WebhookEndpoint.Kind.REST_HOOK,
        )
        return Response(
            {"id": endpoint.pk, "target_url": endpoint.url, "event": endpoint.events[0], "secret": secret},
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(request=None, responses={204: None})
    def destroy(self, request, pk=None):
        services.endpoint_delete(endpoint=get_object_or_404(self.get_queryset(), pk=pk))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        request=None,
        parameters=[
            OpenApiParameter("id", int, description="The subscription's id."),
            OpenApiParameter("target_url", str, description="Every subscription of this target URL."),
        ],
        responses={204: None},
        operation_id="v1_hooks_unsubscribe",
    )
    def unsubscribe(self, request):
        """Unsubscribe by `?id=` or `?target_url=` (a DELETE carries no body)."""
        data = UnsubscribeSerializer(data=request.query_params)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if not values.get("id") and not values.get("target_url"):
            return error_response(
                "invalid", "Give the subscription's id or target_url.", 400, {"id": ["Give the id or the target_url."]}
            )
        queryset = self.get_queryset()
        queryset = queryset.filter(pk=values["id"]) if values.get("id") else queryset.filter(url=values["target_url"])
        endpoints = list(queryset)
        if not endpoints:
            return error_response("not_found", "No such subscription.", 404)
        for endpoint in endpoints:
            services.endpoint_delete(endpoint=endpoint)
        return Response(status=status.HTTP_204_NO_CONTENT)


class HookSampleViewSet(viewsets.ViewSet):
    """Sample events for setting up a trigger (Zapier's performList): a list holding one sample envelope."""

    write_perm = Perm.MANAGE_INTEGRATIONS
    lookup_field = "type"
    lookup_value_regex = r"[a-z_]+\.[a-z_]+"

    @extend_schema(
        responses=inline_serializer(
            "HookSample",
            {"id": serializers.CharField(), "type": serializers.CharField(), "data": serializers.DictField()},
            many=True,
        )
    )
    def retrieve(self, request, type=None):
        if type not in catalogue.EVENT_TYPES:
            return error_response("not_found", f"Unknown event type {type!r}.", 404)
        return Response([sample_envelope(type)])
