"""Read-side queries for the knowledge API and portal."""

from django.db.models import Count, F, Q, QuerySet

from knowledge.models import (
    FAQ,
    Channel,
    ChatWidget,
    Conversation,
    ConversationEvent,
    ConversationStatus,
    Flag,
    Gap,
    GapStatus,
    Message,
    Page,
    ScriptChange,
    Source,
)
from tenants.roles import has_flag


def sources() -> QuerySet[Source]:
    return Source.objects.prefetch_related("agents")


def source_pages(source: Source) -> QuerySet[Page]:
    return source.pages.order_by("status", "url")


def page_status_counts(source: Source) -> dict[str, int]:
    return dict(source.pages.values_list("status").annotate(n=Count("id")).values_list("status", "n"))


def faqs() -> QuerySet[FAQ]:
    return FAQ.objects.all()


def open_gaps() -> QuerySet[Gap]:
    return Gap.objects.filter(status=GapStatus.OPEN)


def gaps() -> QuerySet[Gap]:
    return Gap.objects.select_related("faq")


def conversations() -> QuerySet[Conversation]:
    return Conversation.objects.all()


def knowledge_summary() -> dict:
    counts = Source.objects.aggregate(
        total=Count("id"),
        ready=Count("id", filter=Q(status="ready")),
        busy=Count("id", filter=Q(status__in=["queued", "crawling", "indexing"])),
    )
    counts["faqs"] = FAQ.objects.filter(is_active=True).count()
    counts["gaps"] = open_gaps().count()
    return counts


def flags() -> QuerySet[Flag]:
    return Flag.objects.select_related("agent", "call", "message", "faq")


def flag_counts() -> dict[str, int]:
    return dict(Flag.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n"))


def flag_history(*, tenant, flag: Flag):
    """The flag's audit trail, oldest first: who flagged, applied or dismissed it."""
    from tenants.models import AuditEvent

    return AuditEvent.objects.filter(
        tenant=tenant, target_type=Flag._meta.label_lower, target_id=str(flag.pk)
    ).order_by("created_at", "id")


def script_changes(agent_id: int | None = None) -> QuerySet[ScriptChange]:
    changes = ScriptChange.objects.select_related("agent", "flag")
    return changes.filter(agent_id=agent_id) if agent_id else changes


def conversation_list(
    *, membership, status: str = "", channel: str = "", q: str = "", agent_id: int | None = None
) -> QuerySet[Conversation]:
    """The inbox: newest activity first, filtered by status, channel, agent and a search over who and what.

    Voice conversations are calls: members without `can_view_all_calls` see only those with their own
    contacts, as in the calls list.
    """
    queryset = Conversation.objects.select_related("contact", "agent")
    if membership is None:
        return queryset.none()
    if not has_flag(membership, "can_view_all_calls"):
        queryset = queryset.filter(~Q(channel=Channel.VOICE) | Q(contact__owner_id=membership.user_id))
    if status:
        queryset = queryset.filter(status=status)
    if channel:
        queryset = queryset.filter(channel=channel)
    if agent_id:
        queryset = queryset.filter(agent_id=agent_id)
    if q:
        matching_messages = Message.objects.filter(text__icontains=q).values("conversation_id")
        queryset = queryset.filter(
            Q(subject__icontains=q)
            | Q(visitor_name__icontains=q)
            | Q(contact__first_name__icontains=q)
            | Q(contact__last_name__icontains=q)
            | Q(contact__email__icontains=q)
            | Q(contact__phone__icontains=q)
            | Q(pk__in=matching_messages)
        )
    return queryset.order_by(F("last_message_at").desc(nulls_last=True), "-id")


def conversation_messages(conversation: Conversation, after: int = 0) -> QuerySet[Message]:
    return conversation.messages.filter(pk__gt=after).prefetch_related("flags").order_by("created_at", "id")


def conversation_events(conversation: Conversation) -> QuerySet[ConversationEvent]:
    return conversation.events.order_by("created_at", "id")


def waiting_conversations_count() -> int:
    """Conversations a person should look at now (shown beside the inbox in the navigation)."""
    return Conversation.objects.filter(status__in=[ConversationStatus.WAITING, ConversationStatus.URGENT]).count()


def chat_widgets() -> QuerySet[ChatWidget]:
    return ChatWidget.objects.select_related("agent")
