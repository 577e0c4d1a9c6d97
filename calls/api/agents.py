"""API for the voice set-up: agents (with versions), phone numbers and the provider connection."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from calls import selectors, services
from calls.models import AGENT_CONFIG_FIELDS, Agent, AgentVersion, PhoneNumber
from calls.voice import provider_urls, voice_settings
from tenants.roles import Perm
from voiceplatform.api import error_response
from voiceplatform.viewsets import ServiceBackedViewSet

# --- agents ----------------------------------------------------------------------------------------


class AgentVersionSerializer(serializers.ModelSerializer):
    class Meta:
        model = AgentVersion
        fields = ["id", "number", "config", "provider_version", "note", "created_at"]
        read_only_fields = fields


class AnalysisFieldSerializer(serializers.Serializer):
    name = serializers.CharField()
    type = serializers.ChoiceField(choices=["string", "enum", "boolean", "number"])
    description = serializers.CharField(required=False, allow_blank=True)
    choices = serializers.ListField(child=serializers.CharField(), required=False)


class AgentSerializer(serializers.ModelSerializer):
    published_version = serializers.IntegerField(source="published_version.number", read_only=True, allow_null=True)
    has_unpublished_changes = serializers.BooleanField(read_only=True)
    analysis_fields = AnalysisFieldSerializer(many=True, required=False)

    class Meta:
        model = Agent
        fields = [
            "id",
            *AGENT_CONFIG_FIELDS,
            "status",
            "published_version",
            "has_unpublished_changes",
            "provider_agent_id",
            "created_at",
            "updated_at",
        ]
        read_only_fields = ["id", "published_version", "provider_agent_id", "created_at", "updated_at"]


class AgentFilter(django_filters.FilterSet):
    class Meta:
        model = Agent
        fields = ["status", "purpose"]


class RollbackSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1)


class PublishSerializer(serializers.Serializer):
    note = serializers.CharField(max_length=200, help_text="Why this version is published (kept with who did it).")


class VocabularySerializer(serializers.Serializer):
    terms = serializers.ListField(
        child=serializers.CharField(max_length=50, allow_blank=True, trim_whitespace=True),
        max_length=500,
        help_text="Names and terms the speech recogniser should expect; duplicates are dropped.",
    )


class VocabularyOutSerializer(serializers.Serializer):
    terms = serializers.ListField(child=serializers.CharField(), read_only=True)
    published_terms = serializers.ListField(child=serializers.CharField(), read_only=True)
    has_unpublished_changes = serializers.BooleanField(read_only=True)


class AgentViewSet(ServiceBackedViewSet):
    """Voice agents. Edits change the draft; `publish` makes a new version that new calls use."""

    queryset = Agent.objects.none()
    serializer_class = AgentSerializer
    write_perm = Perm.MANAGE_AGENTS
    filterset_class = AgentFilter
    search_fields = ["name", "greeting", "system_prompt"]
    ordering_fields = ["name", "created_at", "updated_at"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Agent.objects.none()
        return selectors.agents_all()

    def _fields(self, request) -> dict:
        data = dict(request.data) if hasattr(request.data, "keys") else {}
        data.pop("status", None)
        return {k: v for k, v in data.items() if k not in ("id", "published_version", "provider_agent_id")}

    def create(self, request, *args, **kwargs):
        if not hasattr(request.data, "keys"):
            return error_response("invalid", "Send a JSON object.", 400)
        agent = services.agent_create(tenant=request.tenant, data=self._fields(request), actor=request.user)
        return Response(AgentSerializer(agent).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        agent = self.get_object()
        if not hasattr(request.data, "keys"):
            return error_response("invalid", "Send a JSON object.", 400)
        fields = self._fields(request)
        if fields:
            agent = services.agent_update(tenant=request.tenant, agent=agent, data=fields, actor=request.user)
        if "status" in request.data:
            agent = services.agent_set_status(
                tenant=request.tenant, agent=agent, status=str(request.data["status"]), actor=request.user
            )
        agent.refresh_from_db()
        return Response(AgentSerializer(agent).data)

    def destroy(self, request, *args, **kwargs):
        services.agent_delete(agent=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(request=PublishSerializer, responses={201: AgentVersionSerializer})
    @action(detail=True, methods=["post"])
    def publish(self, request, pk=None):
        serializer = PublishSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        version = services.agent_publish_reviewed(
            tenant=request.tenant,
            agent=self.get_object(),
            actor=request.user,
            note=serializer.validated_data["note"],
        )
        return Response(AgentVersionSerializer(version).data, status=status.HTTP_201_CREATED)

    @staticmethod
    def _vocabulary(agent: Agent) -> dict:
        published = agent.published_version.full_config["custom_vocabulary"] if agent.published_version else []
        return {
            "terms": list(agent.custom_vocabulary),
            "published_terms": list(published),
            "has_unpublished_changes": agent.has_unpublished_changes,
        }

    @extend_schema(methods=["GET"], responses=VocabularyOutSerializer)
    @extend_schema(methods=["PATCH"], request=VocabularySerializer, responses=VocabularyOutSerializer)
    @action(detail=True, methods=["get", "patch"])
    def vocabulary(self, request, pk=None):
        """The draft's custom vocabulary; PATCH replaces it (publish to send it to the provider)."""
        agent = self.get_object()
        if request.method == "PATCH":
            terms = self.validated(VocabularySerializer)["terms"]
            agent = services.agent_update(
                tenant=request.tenant, agent=agent, data={"custom_vocabulary": terms}, actor=request.user
            )
        return Response(self._vocabulary(agent))

    @extend_schema(responses=AgentVersionSerializer(many=True))
    @action(detail=True, methods=["get"])
    def versions(self, request, pk=None):
        agent = self.get_object()
        page = self.paginate_queryset(agent.versions.order_by("-number"))
        return self.get_paginated_response(AgentVersionSerializer(page, many=True).data)

    @extend_schema(request=RollbackSerializer, responses={201: AgentVersionSerializer})
    @action(detail=True, methods=["post"])
    def rollback(self, request, pk=None):
        serializer = RollbackSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        version = services.agent_rollback(
            tenant=request.tenant,
            agent=self.get_object(),
            version_number=serializer.validated_data["version"],
            actor=request.user,
        )
        return Response(AgentVersionSerializer(version).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=None,
        responses={
            201: inline_serializer(
                "WebCall", {"call_id": serializers.CharField(), "access_token": serializers.CharField()}
            )
        },
    )
    @action(detail=True, methods=["post"])
    def test(self, request, pk=None):
        """Start a web call with the published version (connect with Retell's web client)."""
        result = services.web_call_start(tenant=request.tenant, agent=self.get_object(), actor=request.user)
        return Response({"call_id": result["call_id"], "access_token": result["access_token"]}, status=201)


# --- phone numbers ----------------------------------------------------------------------------------


class PhoneNumberSerializer(serializers.ModelSerializer):
    class Meta:
        model = PhoneNumber
        fields = [
            "id",
            "number",
            "nickname",
            "area_code",
            "provider_id",
            "inbound_agent",
            "outbound_agent",
            "status",
            "created_at",
            "released_at",
        ]
        read_only_fields = fields


class PhoneNumberCreateSerializer(serializers.Serializer):
    area_code = serializers.CharField(required=False, allow_blank=True, max_length=6)
    number = serializers.CharField(required=False, allow_blank=True, max_length=32)
    termination_uri = serializers.CharField(required=False, allow_blank=True, max_length=300)
    nickname = serializers.CharField(required=False, allow_blank=True, max_length=200)
    inbound_agent = serializers.IntegerField(required=False, allow_null=True)
    outbound_agent = serializers.IntegerField(required=False, allow_null=True)


class PhoneNumberUpdateSerializer(serializers.Serializer):
    nickname = serializers.CharField(required=False, allow_blank=True, max_length=200)
    inbound_agent = serializers.IntegerField(required=False, allow_null=True)
    outbound_agent = serializers.IntegerField(required=False, allow_null=True)


class PhoneNumberFilter(django_filters.FilterSet):
    class Meta:
        model = PhoneNumber
        fields = ["status", "inbound_agent", "outbound_agent"]


def _agent_or_error(value, field: str, errors: dict):
    if value is None:
        return None
    agent = Agent.objects.filter(pk=value).first()
    if agent is None:
        errors[field] = ["No such agent."]
    return agent


class PhoneNumberViewSet(ServiceBackedViewSet):
    """Phone numbers. POST buys (area_code) or imports (number + termination_uri); DELETE releases."""

    queryset = PhoneNumber.objects.none()
    serializer_class = PhoneNumberSerializer
    write_perm = Perm.MANAGE_INTEGRATIONS
    action_perms = {"partial_update": Perm.MANAGE_AGENTS}
    filterset_class = PhoneNumberFilter
    search_fields = ["number", "nickname"]
    ordering_fields = ["number", "created_at"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return PhoneNumber.objects.none()
        return selectors.numbers_all()

    @extend_schema(request=PhoneNumberCreateSerializer, responses={201: PhoneNumberSerializer})
    def create(self, request, *args, **kwargs):
        serializer = PhoneNumberCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        errors: dict = {}
        inbound = _agent_or_error(data.get("inbound_agent"), "inbound_agent", errors)
        outbound = _agent_or_error(data.get("outbound_agent"), "outbound_agent", errors)
        if errors:
            return error_response("invalid", "Some fields are invalid.", 400, errors)
        phone = services.number_provision(
            tenant=request.tenant,
            area_code=data.get("area_code", ""),
            number=data.get("number", ""),
            termination_uri=data.get("termination_uri", ""),
            nickname=data.get("nickname", ""),
            inbound_agent=inbound,
            outbound_agent=outbound,
            actor=request.user,
        )
        return Response(PhoneNumberSerializer(phone).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=PhoneNumberUpdateSerializer, responses=PhoneNumberSerializer)
    def partial_update(self, request, *args, **kwargs):
        phone = self.get_object()
        serializer = PhoneNumberUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        errors: dict = {}
        inbound = (
            _agent_or_error(data["inbound_agent"], "inbound_agent", errors)
            if "inbound_agent" in data
            else phone.inbound_agent
        )
        outbound = (
            _agent_or_error(data["outbound_agent"], "outbound_agent", errors)
            if "outbound_agent" in data
            else phone.outbound_agent
        )
        if errors:
            return error_response("invalid", "Some fields are invalid.", 400, errors)
        phone = services.number_update(
            tenant=request.tenant,
            phone_number=phone,
            inbound_agent=inbound,
            outbound_agent=outbound,
            nickname=data.get("nickname"),
            actor=request.user,
        )
        return Response(PhoneNumberSerializer(phone).data)

    def update(self, request, *args, **kwargs):
        return self.partial_update(request, *args, **kwargs)

    def destroy(self, request, *args, **kwargs):
        services.number_release(tenant=request.tenant, phone_number=self.get_object(), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


# --- voice settings ---------------------------------------------------------------------------------


class VoiceSettingsSerializer(serializers.Serializer):
    voice_provider = serializers.CharField(read_only=True)
    has_own_key = serializers.BooleanField(read_only=True)
    own_key_last4 = serializers.CharField(read_only=True)
    retell_webhook_url = serializers.URLField(read_only=True)
    retell_inbound_webhook_url = serializers.URLField(read_only=True)
    retell_llm_websocket_url = serializers.CharField(read_only=True)
    retell_function_urls = serializers.DictField(child=serializers.URLField(), read_only=True)
    retell_api_key = serializers.CharField(write_only=True, allow_blank=True, required=False, max_length=200)


def voice_settings_payload(tenant) -> dict:
    row = voice_settings()
    return {**provider_urls(tenant), "has_own_key": row.has_own_key, "own_key_last4": row.retell_api_key_last4}


class VoiceSettingsView(APIView):
    """The provider URLs to configure, and the tenant's own Retell key (write-only; blank removes it)."""

    read_perm = Perm.MANAGE_INTEGRATIONS
    write_perm = Perm.MANAGE_INTEGRATIONS

    @extend_schema(responses=VoiceSettingsSerializer)
    def get(self, request):
        return Response(voice_settings_payload(request.tenant))

    @extend_schema(request=VoiceSettingsSerializer, responses=VoiceSettingsSerializer)
    def patch(self, request):
        serializer = VoiceSettingsSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        if "retell_api_key" in serializer.validated_data:
            key = serializer.validated_data["retell_api_key"]
            if key:
                services.voice_key_set(tenant=request.tenant, api_key=key, actor=request.user)
            else:
                services.voice_key_clear(tenant=request.tenant, actor=request.user)
        return Response(voice_settings_payload(request.tenant))
