"""Training-loop API: flags (list, create, apply, dismiss), script changes, draft test turns and side-by-side.

Thin over knowledge.services.training and knowledge.services.drafts. Agents'
test and compare endpoints need the same role as editing agents.
"""

from __future__ import annotations

import django_filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from calls import selectors as call_selectors
from knowledge import selectors
from knowledge.models import Flag, FlagReason, FlagResolution, FlagStatus, Message, ScriptChange
from knowledge.services import drafts, training
from tenants.roles import Perm
from voiceplatform.api import error_response
from voiceplatform.viewsets import ServiceBackedViewSet


class FlagSerializer(serializers.ModelSerializer):
    class Meta:
        model = Flag
        fields = [
            "id",
            "call",
            "turn_index",
            "message",
            "agent",
            "reason",
            "question",
            "bot_answer",
            "better_answer",
            "note",
            "status",
            "resolution",
            "faq",
            "created_by_id",
            "resolved_by_id",
            "resolved_at",
            "created_at",
        ]
        read_only_fields = fields


class FlagCreateSerializer(serializers.Serializer):
    call = serializers.IntegerField(required=False, min_value=1, help_text="The call to flag (or give `message`).")
    turn_index = serializers.IntegerField(
        required=False, min_value=0, help_text="Which agent turn of the call's transcript (0-based)."
    )
    message = serializers.IntegerField(required=False, min_value=1, help_text="An assistant message to flag.")
    reason = serializers.ChoiceField(choices=FlagReason.choices)
    better_answer = serializers.CharField(required=False, allow_blank=True, max_length=training.MAX_BETTER_ANSWER)
    question = serializers.CharField(
        required=False, allow_blank=True, max_length=training.MAX_QUESTION, help_text="Defaults to what was asked."
    )
    note = serializers.CharField(required=False, allow_blank=True, max_length=training.MAX_NOTE)


class FlagApplySerializer(serializers.Serializer):
    resolution = serializers.ChoiceField(choices=[c for c in FlagResolution.choices if c[0]])
    better_answer = serializers.CharField(required=False, allow_blank=True, max_length=training.MAX_BETTER_ANSWER)
    question = serializers.CharField(required=False, allow_blank=True, max_length=training.MAX_QUESTION)


class FlagDismissSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=training.MAX_NOTE)


class FlagFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=FlagStatus.choices)
    reason = django_filters.ChoiceFilter(choices=FlagReason.choices)

    class Meta:
        model = Flag
        fields = ["status", "reason", "agent", "call"]


class FlagViewSet(ServiceBackedViewSet):
    """Mistakes staff flagged on calls and conversations; apply one as a custom answer, FAQ or script change."""

    queryset = Flag.objects.none()
    serializer_class = FlagSerializer
    filterset_class = FlagFilter
    search_fields = ["question", "bot_answer", "better_answer", "note"]
    ordering_fields = ["created_at", "resolved_at"]
    write_perm = Perm.MANAGE_AGENTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Flag.objects.none()
        return selectors.flags()

    @extend_schema(request=FlagCreateSerializer, responses={201: FlagSerializer})
    def create(self, request, *args, **kwargs):
        data = self.validated(FlagCreateSerializer)
        errors: dict = {}
        call = message = None
        if "call" in data:
            call = call_selectors.calls_visible_to(membership=request.membership).filter(pk=data["call"]).first()
            if call is None:
                errors["call"] = ["No such call."]
        if "message" in data:
            message = Message.objects.select_related("conversation").filter(pk=data["message"]).first()
            if message is None:
                errors["message"] = ["No such message."]
        if errors:
            return error_response("invalid", "Some fields are invalid.", 400, errors)
        flag = training.flag_create(
            tenant=request.tenant,
            reason=data["reason"],
            call=call,
            turn_index=data.get("turn_index"),
            message=message,
            better_answer=data.get("better_answer", ""),
            question=data.get("question"),
            note=data.get("note", ""),
            actor=request.user,
        )
        return Response(FlagSerializer(flag).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=FlagApplySerializer, responses={200: FlagSerializer})
    @action(detail=True, methods=["post"])
    def apply(self, request, pk=None):
        data = self.validated(FlagApplySerializer)
        flag = training.flag_apply(tenant=request.tenant, flag=self.get_object(), actor=request.user, **data)
        return Response(FlagSerializer(flag).data)

    @extend_schema(request=FlagDismissSerializer, responses={200: FlagSerializer})
    @action(detail=True, methods=["post"])
    def dismiss(self, request, pk=None):
        data = self.validated(FlagDismissSerializer)
        flag = training.flag_dismiss(tenant=request.tenant, flag=self.get_object(), actor=request.user, **data)
        return Response(FlagSerializer(flag).data)


class ScriptChangeSerializer(serializers.ModelSerializer):
    class Meta:
        model = ScriptChange
        fields = ["id", "agent", "flag", "text", "status", "applied_by", "applied_at", "created_at"]
        read_only_fields = fields


class ScriptChangeViewSet(ServiceBackedViewSet):
    """Script changes proposed from flags, and how each was applied."""

    queryset = ScriptChange.objects.none()
    serializer_class = ScriptChangeSerializer
    filterset_fields = ["agent", "status"]
    ordering_fields = ["created_at"]
    write_perm = Perm.MANAGE_AGENTS

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ScriptChange.objects.none()
        return selectors.script_changes()


# --- testing versions ---------------------------------------------------------------------------------


class TestTurnSerializer(serializers.Serializer):
    question = serializers.CharField(max_length=1000)
    version = serializers.CharField(
        required=False, default=drafts.DRAFT, max_length=20, help_text="draft, published or a version number."
    )
    conversation = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, help_text="Continue this test conversation."
    )


class CompareSerializer(serializers.Serializer):
    questions = serializers.ListField(
        child=serializers.CharField(max_length=1000), min_length=1, max_length=drafts.MAX_COMPARE_QUESTIONS
    )
    left = serializers.CharField(required=False, default=drafts.PUBLISHED, max_length=20)
    right = serializers.CharField(required=False, default=drafts.DRAFT, max_length=20)


def _agent_and_body(request, pk, serializer_class):
    """The tenant's agent `pk` (None when it has no such agent) and the validated request body."""
    agent = call_selectors.agents_all().filter(pk=pk).first()
    if agent is None:
        return None, None
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return agent, serializer.validated_data


class AgentTestTurnView(APIView):
    """One typed turn with a version of the agent (the draft by default), through the knowledge answer service."""

    write_perm = Perm.MANAGE_AGENTS
    read_perm = Perm.MANAGE_AGENTS

    @extend_schema(request=TestTurnSerializer, responses={200: OpenApiTypes.OBJECT})
    def post(self, request, pk):
        agent, data = _agent_and_body(request, pk, TestTurnSerializer)
        if agent is None:
            return error_response("not_found", "No such agent.", 404)
        result = drafts.sandbox_conversation_ask(
            tenant=request.tenant,
            agent=agent,
            question=data["question"],
            version=data["version"],
            conversation=data.get("conversation"),
        )
        return Response(
            {
                "conversation": result.conversation.pk,
                "message": result.message.pk,
                "version": data["version"],
                "answer": result.answer,
                "citations": result.citations,
                "confidence": result.confidence,
                "answered": result.answered,
                "escalated": result.escalated,
            }
        )


class AgentCompareView(APIView):
    """The same test questions answered by two versions (published and draft by default), side by side."""

    write_perm = Perm.MANAGE_AGENTS
    read_perm = Perm.MANAGE_AGENTS

    @extend_schema(request=CompareSerializer, responses={200: OpenApiTypes.OBJECT})
    def post(self, request, pk):
        agent, data = _agent_and_body(request, pk, CompareSerializer)
        if agent is None:
            return error_response("not_found", "No such agent.", 404)
        comparison = drafts.versions_compare(
            tenant=request.tenant, agent=agent, questions=data["questions"], left=data["left"], right=data["right"]
        )

        def side(answer):
            return {
                "answer": answer.text,
                "confidence": answer.confidence,
                "answered": answer.answered,
                "escalated": answer.escalated,
                "citations": answer.citations,
                "message": answer.message_id,
            }

        return Response(
            {
                "left": {"version": comparison.left_label, "conversation": comparison.left_conversation_id},
                "right": {"version": comparison.right_label, "conversation": comparison.right_conversation_id},
                "rows": [
                    {"question": row.question, "same": row.same, "left": side(row.left), "right": side(row.right)}
                    for row in comparison.rows
                ],
            }
        )
