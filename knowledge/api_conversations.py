"""Conversations API: the inbox (chat and voice), one conversation with its messages, staff replies."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from contacts.models import Contact
from knowledge import selectors
from knowledge.models import Channel, Conversation, ConversationEvent, ConversationStatus, Message
from knowledge.services import conversations
from tenants.permissions import request_membership
from tenants.roles import Perm


class MessageSerializer(serializers.ModelSerializer):
    class Meta:
        model = Message
        fields = ["id", "role", "text", "citations", "confidence", "answered", "escalated", "author_name", "created_at"]
        read_only_fields = fields


class ConversationEventSerializer(serializers.ModelSerializer):
    class Meta:
        model = ConversationEvent
        fields = ["action", "actor_label", "detail", "created_at"]
        read_only_fields = fields


class ConversationSerializer(serializers.ModelSerializer):
    taken_over = serializers.SerializerMethodField()

    class Meta:
        model = Conversation
        fields = [
            "id", "channel", "status", "agent", "contact", "subject", "visitor_id", "visitor_name", "lead",
            "taken_over", "taken_over_at", "human_requested_at", "escalated_at", "escalation_reason",
            "resolved_at", "rating", "rating_comment", "message_count", "last_message_at", "created_at",
        ]  # fmt: skip
        read_only_fields = fields

    def get_taken_over(self, conversation) -> bool:
        return conversation.handled_by_id is not None


class ConversationDetailSerializer(ConversationSerializer):
    messages = MessageSerializer(many=True, read_only=True)
    events = ConversationEventSerializer(many=True, read_only=True)

    class Meta(ConversationSerializer.Meta):
        fields = [*ConversationSerializer.Meta.fields, "messages", "events"]
        read_only_fields = fields


class ConversationUpdateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ConversationStatus.choices, required=False)
    contact = serializers.PrimaryKeyRelatedField(queryset=Contact.objects.all(), required=False, allow_null=True)
    taken_over = serializers.BooleanField(
        required=False, help_text="true: a person handles it and the assistant stops; false: hand it back."
    )


class ReplySerializer(serializers.Serializer):
    text = serializers.CharField(max_length=conversations.MAX_REPLY, help_text="Sent to the customer as staff.")


class ConversationFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ConversationStatus.choices)
    channel = django_filters.ChoiceFilter(choices=Channel.choices)

    class Meta:
        model = Conversation
        fields = ["status", "channel", "agent", "contact"]


class ConversationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Chat and voice conversations. PATCH changes status (resolve, escalate, ...), the contact, or take-over."""

    queryset = Conversation.objects.none()
    serializer_class = ConversationSerializer
    filterset_class = ConversationFilter
    search_fields = ["subject", "visitor_name", "contact__first_name", "contact__last_name", "contact__email"]
    ordering_fields = ["last_message_at", "created_at", "message_count"]
    write_perm = Perm.EDIT_CONTACTS
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        queryset = selectors.conversation_list(membership=request_membership(self.request))
        if self.action == "retrieve":
            queryset = queryset.prefetch_related("messages", "events")
        return queryset

    def get_serializer_class(self):
        return ConversationDetailSerializer if self.action == "retrieve" else ConversationSerializer

    @extend_schema(request=ConversationUpdateSerializer, responses={200: ConversationDetailSerializer})
    def partial_update(self, request, *args, **kwargs):
        conversation = self.get_object()
        serializer = ConversationUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        conversation = conversations.conversation_update(
            conversation=conversation, actor=request.user, **serializer.validated_data
        )
        return Response(ConversationDetailSerializer(conversation).data)

    @extend_schema(request=ReplySerializer, responses={201: MessageSerializer})
    @action(detail=True, methods=["post"], url_path="messages")
    def messages(self, request, pk=None):
        conversation = self.get_object()
        serializer = ReplySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        message = conversations.conversation_reply(
            conversation=conversation, actor=request.user, text=serializer.validated_data["text"]
        )
        return Response(MessageSerializer(message).data, status=status.HTTP_201_CREATED)
