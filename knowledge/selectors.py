"""Read-side queries for the knowledge API and portal."""

from django.db.models import Count, Q, QuerySet

from knowledge.models import FAQ, Conversation, Flag, Gap, GapStatus, Message, Page, ScriptChange, Source


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


def conversation_messages(conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.prefetch_related("flags").order_by("created_at", "id")
