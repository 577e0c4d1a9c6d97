"""The conversations inbox: staff take over, reply, resolve, escalate; visitors ask for a person.

Every change leaves a `ConversationEvent` (the audit trail). While a
conversation has `handled_by` set, the AI does not answer it (the widget
stores the visitor's messages only) and the visitor sees who joined.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from knowledge.events import ConversationEscalated
from knowledge.models import Conversation, ConversationEvent, ConversationStatus, Message, MessageRole
from voiceplatform import events

MAX_REPLY = 4000
HUMAN_REQUESTED_NOTE = "I've asked a member of the team to join. They will reply here."


def _label(actor) -> str:
    if actor is None:
        return ""
    return (getattr(actor, "full_name", "") or getattr(actor, "email", "") or str(actor))[:200]


def _first_name(actor) -> str:
    name = getattr(actor, "full_name", "") or ""
    return name.split(" ")[0] if name else "A team member"


def conversation_event(*, conversation: Conversation, action: str, actor=None, detail: str = "") -> ConversationEvent:
    return ConversationEvent.objects.create(
        conversation=conversation,
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=_label(actor),
        detail=detail[:500],
    )


def conversation_touch(conversation_id: int) -> None:
    """After a message is stored: the conversation's message count and last-message time."""
    Conversation.objects.filter(pk=conversation_id).update(
        message_count=Message.objects.filter(conversation_id=conversation_id).count(), last_message_at=timezone.now()
    )


def conversation_message_add(*, conversation: Conversation, role: str, text: str, author_name: str = "") -> Message:
    """Store a message that no answerer produced (a visitor while staff handle the chat, staff, notices)."""
    with transaction.atomic():
        message = Message.objects.create(conversation=conversation, role=role, text=text, author_name=author_name)
        conversation_touch(conversation.pk)
    message.conversation = conversation
    return message


@transaction.atomic
def conversation_take_over(*, conversation: Conversation, actor) -> Conversation:
    """A person handles the conversation from now on: the AI stops, the visitor sees them join."""
    claimed = Conversation.objects.filter(pk=conversation.pk, handled_by__isnull=True).update(
        handled_by=actor, taken_over_at=timezone.now()
    )
    conversation.refresh_from_db()
    if not claimed:
        return conversation
    if conversation.status in (ConversationStatus.WAITING, ConversationStatus.RESOLVED):
        Conversation.objects.filter(pk=conversation.pk).update(status=ConversationStatus.OPEN)
    conversation_message_add(
        conversation=conversation, role=MessageRole.SYSTEM, text=f"{_first_name(actor)} joined the conversation."
    )
    conversation_event(conversation=conversation, action="taken_over", actor=actor)
    conversation.refresh_from_db()
    return conversation


@transaction.atomic
def conversation_hand_back(*, conversation: Conversation, actor) -> Conversation:
    """The AI answers again."""
    Conversation.objects.filter(pk=conversation.pk).update(handled_by=None, taken_over_at=None)
    conversation_event(conversation=conversation, action="handed_back", actor=actor)
    conversation.refresh_from_db()
    return conversation


@transaction.atomic
def conversation_reply(*, conversation: Conversation, actor, text) -> Message:
    """A staff reply; replying takes the conversation over first."""
    text = str(text or "").strip()
    if not text:
        raise ValidationError({"text": "Write a reply."})
    if len(text) > MAX_REPLY:
        raise ValidationError({"text": f"Keep replies under {MAX_REPLY} characters."})
    conversation = conversation_take_over(conversation=conversation, actor=actor)
    message = conversation_message_add(
        conversation=conversation, role=MessageRole.STAFF, text=text, author_name=_first_name(actor)
    )
    conversation_event(conversation=conversation, action="replied", actor=actor, detail=text[:200])
    return message


@transaction.atomic
def conversation_resolve(*, conversation: Conversation, actor=None) -> Conversation:
    Conversation.objects.filter(pk=conversation.pk).update(
        status=ConversationStatus.RESOLVED, resolved_at=timezone.now()
    )
    conversation_event(conversation=conversation, action="resolved", actor=actor)
    conversation.refresh_from_db()
    return conversation


@transaction.atomic
def conversation_reopen(*, conversation: Conversation, actor=None) -> Conversation:
    Conversation.objects.filter(pk=conversation.pk).update(status=ConversationStatus.OPEN, resolved_at=None)
    conversation_event(conversation=conversation, action="reopened", actor=actor)
    conversation.refresh_from_db()
    return conversation


@transaction.atomic
def conversation_mark_urgent(*, conversation: Conversation, actor=None, reason: str = "") -> Conversation:
    """Staff escalate: urgent, with the same staff alert an escalation rule raises (once per conversation)."""
    from knowledge.services.answers import conversation_escalate

    reason = (reason or f"escalated by {_label(actor) or 'staff'}")[:200]
    if not conversation_escalate(conversation=conversation, reason=reason, question=conversation.subject or reason):
        Conversation.objects.filter(pk=conversation.pk).update(status=ConversationStatus.URGENT, resolved_at=None)
    conversation_event(conversation=conversation, action="escalated", actor=actor, detail=reason)
    conversation.refresh_from_db()
    return conversation


@transaction.atomic
def conversation_request_human(*, conversation: Conversation, actor=None) -> Conversation:
    """The customer asked for a person: waiting for a human, and a human-intervention alert for staff."""
    claimed = Conversation.objects.filter(pk=conversation.pk, human_requested_at__isnull=True).update(
        human_requested_at=timezone.now()
    )
    if conversation.handled_by_id is None:
        Conversation.objects.filter(pk=conversation.pk).update(status=ConversationStatus.WAITING, resolved_at=None)
    conversation.refresh_from_db()
    if not claimed:
        return conversation
    conversation_message_add(conversation=conversation, role=MessageRole.SYSTEM, text=HUMAN_REQUESTED_NOTE)
    conversation_event(conversation=conversation, action="human_requested", actor=actor)
    who = conversation.visitor_name or "A website visitor"
    events.publish(
        events.StaffAlert(
            type="human_intervention",
            title=f"{who} asked to talk to a person",
            message=(conversation.subject or "")[:500],
            priority="high",
            required_action="Open the conversation and reply.",
            contact_id=conversation.contact_id,
            conversation_id=conversation.pk,
            link=f"/conversations/{conversation.pk}/",
            dedupe_key=f"conversation-human:{connection.schema_name}:{conversation.pk}",
        )
    )
    # Integrators hear of it as `conversation.escalated` (the webhook catalogue's event for "asked for a person").
    events.publish(
        ConversationEscalated(
            conversation_id=conversation.pk,
            channel=conversation.channel,
            reason="The customer asked for a person.",
            question=(conversation.subject or "")[:500],
            contact_id=conversation.contact_id,
            agent_id=conversation.agent_id,
        )
    )
    conversation.refresh_from_db()
    return conversation


STATUS_ACTIONS = {
    ConversationStatus.RESOLVED: conversation_resolve,
    ConversationStatus.OPEN: conversation_reopen,
    ConversationStatus.URGENT: conversation_mark_urgent,
    ConversationStatus.WAITING: conversation_request_human,
}


def conversation_update(*, conversation: Conversation, actor, **changes) -> Conversation:
    """The API's PATCH: status (through the matching action), contact, and take-over on/off."""
    unknown = set(changes) - {"status", "contact", "taken_over"}
    if unknown:
        raise ValidationError(dict.fromkeys(sorted(unknown), "Unknown field."))
    with transaction.atomic():
        if "contact" in changes:
            contact = changes["contact"]
            Conversation.objects.filter(pk=conversation.pk).update(contact=contact)
            conversation_event(
                conversation=conversation,
                action="contact_linked",
                actor=actor,
                detail=f"contact {getattr(contact, 'pk', None)}",
            )
        if "taken_over" in changes:
            if changes["taken_over"]:
                conversation = conversation_take_over(conversation=conversation, actor=actor)
            elif conversation.handled_by_id is not None:
                conversation = conversation_hand_back(conversation=conversation, actor=actor)
        status = changes.get("status")
        if status is not None and status != conversation.status:
            if status not in STATUS_ACTIONS:
                raise ValidationError({"status": f"Choose one of: {', '.join(ConversationStatus.values)}."})
            conversation = STATUS_ACTIONS[status](conversation=conversation, actor=actor)
        conversation.refresh_from_db()
    return conversation
