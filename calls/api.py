"""API for calls, agents, phone numbers and voice settings (thin: parse, call a service, render)."""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django.conf import settings
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, inline_serializer
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter, SearchFilter
from rest_framework.response import Response
from rest_framework.views import APIView

from calls import recordings, selectors, services
from calls.models import Agent, AgentVersion, Call, CallOutcome, CallStatus, PhoneNumber
from calls.services.placing import CallBlocked
from calls.voice import VoiceProviderError, provider_urls, voice_settings
from contacts.models import Contact
from tenants.roles import Perm, has_flag
from voiceplatform.api import error_response

# --- calls -----------------------------------------------------------------------------------------


class ContactSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    full_name = serializers.CharField()
    phone = serializers.CharField(allow_null=True)
    status = serializers.CharField()


class AgentSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class CallSerializer(serializers.ModelSerializer):
    contact = ContactSummarySerializer(read_only=True, allow_null=True)
    agent = AgentSummarySerializer(read_only=True, allow_null=True)
    agent_version = serializers.IntegerField(source="agent_version.number", read_only=True, allow_null=True)
    duration_seconds = serializers.IntegerField(read_only=True)
    has_recording = serializers.SerializerMethodField()

    class Meta:
        model = Call
        fields = [
            "id",
            "provider_call_id",
            "direction",
            "call_type",
            "status",
            "outcome",
            "from_number",
            "to_number",
            "contact",
            "agent",
            "agent_version",
            "phone_number",
            "campaign_id",
            "campaign_attempt_id",
            "started_at",
            "ended_at",
            "duration_ms",
            "duration_seconds",
            "sentiment",
            "score",
            "summary",
            "has_recording",
            "created_at",
        ]
        read_only_fields = fields

    def get_has_recording(self, call) -> bool:
        return bool(call.recording_url)


class FunctionCallSerializer(serializers.Serializer):
    name = serializers.CharField()
    args = serializers.JSONField()
    response = serializers.JSONField()
    ok = serializers.BooleanField()
    duration_ms = serializers.IntegerField()
    created_at = serializers.DateTimeField()


class BookingSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    start = serializers.DateTimeField()
    end = serializers.DateTimeField()
    status = serializers.CharField()


class CallDetailSerializer(CallSerializer):
    functions = serializers.SerializerMethodField()
    bookings = serializers.SerializerMethodField()

    class Meta(CallSerializer.Meta):
        fields = [
            *CallSerializer.Meta.fields,
            "transcript",
            "transcript_turns",
            "analysis",
            "successful",
            "in_voicemail",
            "disconnection_reason",
            "transfer_destination",
            "transfer_requested",
            "retryable",
            "note",
            "lead_status_note",
            "metadata",
            "dynamic_variables",
            "provider_cost_cents",
            "finished_at",
            "functions",
            "bookings",
        ]
        read_only_fields = fields

    @extend_schema_field(FunctionCallSerializer(many=True))
    def get_functions(self, call):
        return FunctionCallSerializer(selectors.call_functions(call), many=True).data

    @extend_schema_field(BookingSerializer(many=True))
    def get_bookings(self, call):
        return BookingSerializer(selectors.call_bookings(call), many=True).data


class CallPlaceSerializer(serializers.Serializer):
    contact = serializers.IntegerField()
    agent = serializers.IntegerField(required=False)
    from_number = serializers.CharField(required=False, max_length=20)
    metadata = serializers.DictField(required=False)
    dynamic_variables = serializers.DictField(required=False)


class CallFilter(django_filters.FilterSet):
    date_from = django_filters.DateFilter(field_name="created_at", lookup_expr="date__gte")
    date_to = django_filters.DateFilter(field_name="created_at", lookup_expr="date__lte")
    direction = django_filters.ChoiceFilter(choices=Call.Direction.choices)
    status = django_filters.ChoiceFilter(choices=CallStatus.choices)
    outcome = django_filters.ChoiceFilter(choices=[c for c in CallOutcome.choices if c[0]])
    agent = django_filters.NumberFilter(field_name="agent_id")
    campaign = django_filters.NumberFilter(field_name="campaign_id")
    campaign_attempt = django_filters.NumberFilter(field_name="campaign_attempt_id")
    contact = django_filters.NumberFilter(field_name="contact_id")
    phone_number = django_filters.NumberFilter(field_name="phone_number_id")
    number = django_filters.CharFilter(method="filter_number", max_length=20)
    min_duration = django_filters.NumberFilter(method="filter_min_duration", min_value=0)

    class Meta:
        model = Call
        fields = ["direction", "status", "outcome"]

    def filter_number(self, queryset, name, value):
        return queryset.filter(Q(from_number=value) | Q(to_number=value))

    def filter_min_duration(self, queryset, name, value):
        return queryset.filter(duration_ms__gte=int(value * 1000))


class TranscriptSearchFilter(SearchFilter):
    """`?search=` searches transcripts and summaries (full text), numbers and contact names."""

    def filter_queryset(self, request, queryset, view):
        return selectors.calls_matching(queryset, request.query_params.get(self.search_param, ""))

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.search_param,
                "required": False,
                "in": "query",
                "description": "Full-text search in transcripts and summaries; also numbers and contact names.",
                "schema": {"type": "string"},
            }
        ]


class CallViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Calls. Members without `can_view_all_calls` see their own contacts' calls and the ones they placed."""

    queryset = Call.objects.none()
    serializer_class = CallSerializer
    write_perm = Perm.PLACE_CALLS
    filterset_class = CallFilter
    filter_backends = [django_filters.rest_framework.DjangoFilterBackend, TranscriptSearchFilter, OrderingFilter]
    ordering_fields = ["created_at", "started_at", "duration_ms", "score"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Call.objects.none()
        return selectors.calls_visible_to(membership=self.request.membership)

    def get_serializer_class(self):
        return CallDetailSerializer if self.action == "retrieve" else CallSerializer

    @extend_schema(request=CallPlaceSerializer, responses={201: CallDetailSerializer})
    def create(self, request, *args, **kwargs):
        """Place one outbound call to a contact now, through the compliance checks."""
        serializer = CallPlaceSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        contact = Contact.objects.filter(pk=data["contact"]).first()
        if contact is None:
            return error_response("invalid", "Some fields are invalid.", 400, {"contact": ["No such contact."]})
        agent = None
        if "agent" in data:
            agent = Agent.objects.filter(pk=data["agent"]).first()
            if agent is None:
                return error_response("invalid", "Some fields are invalid.", 400, {"agent": ["No such agent."]})
        try:
            call = services.call_place(
                tenant=request.tenant,
                contact=contact,
                agent=agent,
                from_number=data.get("from_number"),
                metadata=data.get("metadata"),
                dynamic_variables=data.get("dynamic_variables"),
                actor=request.user,
            )
        except CallBlocked as exc:
            decision = exc.decision
            fields = {"contact": [decision.reason]}
            if decision.eligible_at:
                fields["eligible_at"] = [decision.eligible_at.isoformat()]
            return error_response("call_blocked", decision.reason, status.HTTP_409_CONFLICT, fields)
        except VoiceProviderError as exc:
            return error_response("provider_unavailable", str(exc), status.HTTP_503_SERVICE_UNAVAILABLE)
        call = selectors.calls_visible_to(membership=request.membership).filter(pk=call.pk).first() or call
        return Response(CallDetailSerializer(call).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        parameters=[
            OpenApiParameter("download", bool, description="Ask for a download (needs can_download_recordings)."),
            OpenApiParameter("redirect", bool, description="false answers {url, expires_at} instead of a 302."),
        ],
        responses={
            302: None,
            200: inline_serializer(
                "RecordingUrl", {"url": serializers.URLField(), "expires_at": serializers.DateTimeField()}
            ),
        },
    )
    @action(detail=True, methods=["get"])
    def recording(self, request, pk=None):
        """A short-lived signed URL for the recording (play for everyone who sees the call, download by flag)."""
        call = self.get_object()
        if not call.recording_url:
            return error_response("not_found", "This call has no recording.", status.HTTP_404_NOT_FOUND)
        download = request.query_params.get("download", "").lower() in ("1", "true", "yes")
        if download and not has_flag(request.membership, "can_download_recordings"):
            return error_response(
                "permission_denied", "You may play recordings but not download them.", status.HTTP_403_FORBIDDEN
            )
        url = request.build_absolute_uri(
            recordings.signed_path(call_id=call.pk, user_id=request.user.pk, download=download)
        )
        if request.query_params.get("redirect", "").lower() in ("0", "false", "no"):
            expires = timezone.now() + timedelta(seconds=settings.RECORDING_URL_TTL_SECONDS)
            return Response({"url": url, "expires_at": expires})
        return HttpResponseRedirect(url)


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
            "name",
            "purpose",
            "tone",
            "formality",
            "accent",
            "language",
            "voice_id",
            "speaking_speed",
            "greeting",
            "system_prompt",
            "transfer_number",
            "escalation_keywords",
            "end_call_rules",
            "max_call_seconds",
            "analysis_fields",
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
    note = serializers.CharField(required=False, allow_blank=True, max_length=200)


class AgentViewSet(viewsets.ModelViewSet):
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
        version = services.agent_publish(
            tenant=request.tenant,
            agent=self.get_object(),
            actor=request.user,
            note=serializer.validated_data.get("note", ""),
        )
        return Response(AgentVersionSerializer(version).data, status=status.HTTP_201_CREATED)

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


class PhoneNumberViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
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
