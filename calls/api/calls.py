"""API for call records: list with filters and full-text search, detail, placing a call, recordings."""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django.conf import settings
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field, inline_serializer
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.filters import OrderingFilter, SearchFilter
from rest_framework.response import Response

from calls import recordings, selectors, services
from calls.models import Agent, Call, CallOutcome, CallStatus
from calls.services.placing import CallBlocked
from calls.voice import VoiceProviderError
from contacts.models import Contact
from tenants.roles import Perm, has_flag
from voiceplatform.api import DirectColumnsMixin, error_response, own_columns
from voiceplatform.filters import FilterBackend
from voiceplatform.links import request_url
from voiceplatform.viewsets import ServiceBackedViewSet

# --- calls -----------------------------------------------------------------------------------------


class ContactSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    full_name = serializers.CharField()
    phone = serializers.CharField(allow_null=True)
    status = serializers.CharField()


class AgentSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class CallSerializer(DirectColumnsMixin, serializers.ModelSerializer):
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


# What the list's computed and nested fields read besides the call's own shown columns; the transcript,
# its turns, the provider's call object, the search vector and the agent's prompts stay in the database.
LIST_READS = (
    "recording_url",
    "contact__first_name",
    "contact__last_name",
    "contact__phone",
    "contact__status",
    "agent__name",
    "agent_version__number",
)


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


class CallViewSet(ServiceBackedViewSet):
    """Calls. Members without `can_view_all_calls` see their own contacts' calls and the ones they placed."""

    queryset = Call.objects.none()
    serializer_class = CallSerializer
    write_perm = Perm.PLACE_CALLS
    filterset_class = CallFilter
    filter_backends = [FilterBackend, TranscriptSearchFilter, OrderingFilter]
    ordering_fields = ["created_at", "started_at", "duration_ms", "score"]
    ordering = ["-created_at", "-id"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Call.objects.none()
        calls = selectors.calls_visible_to(membership=self.request.membership)
        return calls.only(*own_columns(CallSerializer), *LIST_READS) if self.action == "list" else calls

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
        url = request_url(request, recordings.signed_path(call_id=call.pk, user_id=request.user.pk, download=download))
        if request.query_params.get("redirect", "").lower() in ("0", "false", "no"):
            expires = timezone.now() + timedelta(seconds=settings.RECORDING_URL_TTL_SECONDS)
            return Response({"url": url, "expires_at": expires})
        return HttpResponseRedirect(url)
