"""API for the Cal.com / Calendly connection: webhook URL, write-only signing secret, on/off."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from appointments import services
from appointments.models import CalendarProvider, Resource
from tenants.roles import Perm


class IntegrationSerializer(serializers.Serializer):
    provider = serializers.CharField(read_only=True)
    is_active = serializers.BooleanField(required=False)
    signing_secret = serializers.CharField(write_only=True, required=False, max_length=500, trim_whitespace=True)
    has_secret = serializers.BooleanField(read_only=True)
    default_resource = serializers.PrimaryKeyRelatedField(
        queryset=Resource.objects.all(), required=False, allow_null=True
    )
    rotate_webhook_url = serializers.BooleanField(write_only=True, required=False, default=False)
    webhook_url = serializers.CharField(read_only=True)
    last_event_at = serializers.DateTimeField(read_only=True)


def integration_payload(request, provider: str) -> dict:
    integration = services.calendar_integration_get(provider=provider)
    return {
        "provider": provider,
        "is_active": integration.is_active,
        "has_secret": integration.has_secret,
        "default_resource": integration.default_resource_id,
        "webhook_url": services.calendar_webhook_url(tenant=request.tenant, provider=provider),
        "last_event_at": integration.last_event_at,
    }


class IntegrationView(APIView):
    """A Cal.com or Calendly connection: the webhook URL to paste, the signing secret (write-only), on/off."""

    read_perm = Perm.MANAGE_INTEGRATIONS
    write_perm = Perm.MANAGE_INTEGRATIONS
    provider: str = ""

    @extend_schema(responses=IntegrationSerializer)
    def get(self, request):
        return Response(integration_payload(request, self.provider))

    @extend_schema(request=IntegrationSerializer, responses=IntegrationSerializer)
    def put(self, request):
        serializer = IntegrationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        kwargs = {}
        if "default_resource" in data:
            kwargs["default_resource"] = data["default_resource"]
        services.calendar_integration_update(
            tenant=request.tenant,
            provider=self.provider,
            signing_secret=data.get("signing_secret"),
            is_active=data.get("is_active"),
            rotate_webhook_url=data.get("rotate_webhook_url", False),
            actor=request.user,
            **kwargs,
        )
        return Response(integration_payload(request, self.provider))


class CalcomIntegrationView(IntegrationView):
    provider = CalendarProvider.CALCOM


class CalendlyIntegrationView(IntegrationView):
    provider = CalendarProvider.CALENDLY
