"""Answer a question from the tenant's knowledge and keep the conversation: the one answer service.

Used alike by the portal's "try it" box, the API, the chat widget and the
voice socket. Order: store the customer's message; escalation rules (mark the
conversation urgent, alert staff); a custom answer that matches near-exactly
wins; otherwise hybrid retrieval and the answerer. Every answer stores its
citations, confidence, latency and tokens; unanswered and low-confidence
questions become gaps.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from calls.hooks import VoiceAnswer, VoiceKnowledge
from knowledge import escalation, retrieval
from knowledge.answerers import Answer, get_answerer
from knowledge.embedders import get_embedder
from knowledge.events import ConversationEscalated
from knowledge.models import (
    FAQ,
    Channel,
    Conversation,
    ConversationStatus,
    KnowledgeSettings,
    Message,
    MessageRole,
)
from knowledge.services import conversations, gaps
from voiceplatform import events
from voiceplatform.tasks import current_tenant

MAX_QUESTION = 1000
# A custom answer wins when the question means the same (cosine) or has the same words.
OVERRIDE_SIMILARITY = 0.9
ESCALATION_NOTE = "I've flagged this as urgent and alerted the team."


@dataclass
class AnswerResult:
    answer: str
    citations: list[dict]
    confidence: float
    answered: bool
    escalated: bool
    conversation: Conversation
    message: Message
    latency_ms: int


def knowledge_settings() -> KnowledgeSettings:
    settings_row = KnowledgeSettings.objects.order_by("pk").first()
    return settings_row or KnowledgeSettings.objects.create()


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def custom_answer(question: str) -> FAQ | None:
    """An override FAQ asked (near-)verbatim: same words, or nearly the same meaning."""
    overrides = list(FAQ.objects.filter(override=True, is_active=True))
    if not overrides:
        return None
    asked = _words(question)
    for faq in overrides:
        if _words(faq.question) == asked:
            return faq
    matrix = get_embedder().embed(
        [retrieval.normalise_query(question)] + [retrieval.normalise_query(f.question) for f in overrides]
    )
    similarities = matrix[1:] @ matrix[0]
    best = int(similarities.argmax())
    return overrides[best] if float(similarities[best]) >= OVERRIDE_SIMILARITY else None


def _conversation(conversation, *, channel: str, agent, contact, question: str) -> Conversation:
    if conversation is None:
        return Conversation.objects.create(channel=channel, agent=agent, contact=contact, subject=question[:200])
    if isinstance(conversation, Conversation):
        return conversation
    found = Conversation.objects.filter(pk=conversation).first() if str(conversation).isdigit() else None
    if found is None:
        raise ValidationError({"conversation": "No such conversation."})
    return found


def conversation_escalate(*, conversation: Conversation, reason: str, question: str) -> bool:
    """Mark urgent and alert staff, once per conversation (a second match changes nothing)."""
    claimed = Conversation.objects.filter(pk=conversation.pk, escalated_at__isnull=True).update(
        status=ConversationStatus.URGENT, escalated_at=timezone.now(), escalation_reason=reason[:200]
    )
    conversation.refresh_from_db()
    if not claimed:
        return False
    events.publish(
        events.StaffAlert(
            type="escalated_conversation",
            title=f"Urgent {conversation.get_channel_display().lower()} conversation: “{reason}”",
            message=question[:500],
            priority="urgent",
            required_action="Contact the customer now.",
            contact_id=conversation.contact_id,
            conversation_id=conversation.pk,
            dedupe_key=f"conversation-escalated:{connection.schema_name}:{conversation.pk}",
        )
    )
    events.publish(
        ConversationEscalated(
            conversation_id=conversation.pk,
            channel=conversation.channel,
            reason=reason,
            question=question[:500],
            contact_id=conversation.contact_id,
            agent_id=conversation.agent_id,
        )
    )
    return True


def _vertical() -> str:
    tenant = current_tenant()
    return tenant.vertical if tenant else "other"


def _escalation_phrases(agent, settings_row: KnowledgeSettings) -> list[str]:
    extra = list(settings_row.escalation_phrases)
    if agent is not None:
        extra += list(agent.escalation_keywords or [])
    return escalation.rules_for(_vertical(), extra)


def _open_turn(*, question: str, agent, channel: str, conversation, contact):
    """Check the question, store it, apply the escalation rules: (question, conversation, urgent note, settings).

    The urgent note is what an escalated turn says first (the vertical rule's own reply, such as what to do
    about a gas leak, else ESCALATION_NOTE); None when the turn is not escalated.
    """
    question = (question or "").strip()
    if not question:
        raise ValidationError({"question": "Ask a question."})
    if len(question) > MAX_QUESTION:
        raise ValidationError({"question": f"Keep the question under {MAX_QUESTION} characters."})
    if channel not in Channel.values:
        raise ValidationError({"channel": f"Choose one of: {', '.join(Channel.values)}."})
    settings_row = knowledge_settings()
    with transaction.atomic():
        conversation = _conversation(conversation, channel=channel, agent=agent, contact=contact, question=question)
        Message.objects.create(conversation=conversation, role=MessageRole.USER, text=question)
        matched = escalation.match(question, _escalation_phrases(agent or conversation.agent, settings_row))
        escalated = bool(matched) and conversation_escalate(
            conversation=conversation, reason=matched, question=question
        )
        escalated = escalated or (bool(matched) and conversation.status == ConversationStatus.URGENT)
    note = (escalation.reply_for(_vertical(), matched) or ESCALATION_NOTE) if escalated else None
    return question, conversation, note, settings_row


def _knowledge_answer(question: str, agent, conversation: Conversation, settings_row, *, stream: bool):
    """(answer or stream of pieces then the answer, citations-or-None, search) from an override or retrieval."""
    override = custom_answer(question)
    if override is not None:
        result = Answer(text=override.answer, used=[], confidence=1.0, answered=True, answerer="custom")
        citations = [{"url": "", "title": "FAQ", "heading": override.question}]
        return (iter([result.text, result]) if stream else result), citations, None
    tenant = current_tenant()
    search = retrieval.search(question, agent=agent or conversation.agent, limit=5)
    answerer = get_answerer()
    produce = answerer.stream if stream else answerer.answer
    result = produce(
        question,
        search.passages,
        agent=agent or conversation.agent,
        vertical=tenant.vertical if tenant else "",
        min_confidence=settings_row.min_confidence,
        channel=conversation.channel,
    )
    return result, None, search


def _close_turn(
    *, question, conversation, result: Answer, citations, urgent, settings_row, search, started, record_gap=True
) -> AnswerResult:
    """Store the assistant's side of the turn (and a gap when it was not known).

    `citations` None means the passages the answer used; `urgent` is the escalated turn's note (said first).
    """
    if citations is None:
        citations = [p.as_citation() for p in result.used]
    escalated = bool(urgent)
    text = result.text
    if escalated:
        text = f"{urgent} {text}" if result.answered else urgent
    latency = int((time.monotonic() - started) * 1000)
    with transaction.atomic():
        message = Message.objects.create(
            conversation=conversation,
            role=MessageRole.ASSISTANT,
            text=text,
            citations=citations,
            confidence=result.confidence,
            answered=result.answered,
            escalated=escalated,
            latency_ms=latency,
            prompt_tokens=result.prompt_tokens,
            completion_tokens=result.completion_tokens,
            answerer=result.answerer,
        )
        conversations.conversation_touch(conversation.pk)
        if record_gap and (not result.answered or result.confidence < settings_row.min_confidence):
            gaps.gap_record(
                question=question,
                confidence=result.confidence,
                vector=search.query_vector if search is not None else None,
            )
    conversation.refresh_from_db()
    return AnswerResult(
        answer=text,
        citations=citations,
        confidence=result.confidence,
        answered=result.answered,
        escalated=escalated,
        conversation=conversation,
        message=message,
        latency_ms=latency,
    )


def answer_question(
    *,
    question: str,
    agent=None,
    channel: str = Channel.API,
    conversation=None,
    contact=None,
) -> AnswerResult:
    started = time.monotonic()
    question, conversation, urgent, settings_row = _open_turn(
        question=question, agent=agent, channel=channel, conversation=conversation, contact=contact
    )
    result, citations, search = _knowledge_answer(question, agent, conversation, settings_row, stream=False)
    return _close_turn(
        question=question,
        conversation=conversation,
        result=result,
        citations=citations,
        urgent=urgent,
        settings_row=settings_row,
        search=search,
        started=started,
    )


def answer_question_stream(
    *,
    question: str,
    agent=None,
    channel: str = Channel.VOICE,
    conversation=None,
    contact=None,
) -> Iterator[str | AnswerResult]:
    """`answer_question`, streamed: yields text pieces as the answerer produces them, then the `AnswerResult`.

    An escalated turn comes as one piece at the end (its wording depends on whether it was answered).
    A stream closed early (the caller spoke again) still stores what had been said, as an
    unanswered, interrupted reply.
    """
    started = time.monotonic()
    question, conversation, urgent, settings_row = _open_turn(
        question=question, agent=agent, channel=channel, conversation=conversation, contact=contact
    )
    pieces, citations, search = _knowledge_answer(question, agent, conversation, settings_row, stream=True)
    said: list[str] = []
    result: Answer | None = None
    try:
        for piece in pieces:
            if isinstance(piece, Answer):
                result = piece
            elif not urgent:
                # An escalated turn is said whole at the end: its wording depends on whether it was answered.
                yield piece
                said.append(piece)  # only once the consumer asked for more: a stream closed at a yield never said it
    except GeneratorExit:
        interrupted = Answer(text="".join(said).strip() or "…", used=[], confidence=0.0, answered=False)
        _close_turn(
            question=question,
            conversation=conversation,
            result=interrupted,
            citations=[],
            urgent=urgent,
            settings_row=settings_row,
            search=None,
            started=started,
            record_gap=False,
        )
        raise
    if result is None:
        result = Answer(text="".join(said), used=[], confidence=0.0, answered=False)
    outcome = _close_turn(
        question=question,
        conversation=conversation,
        result=result,
        citations=citations,
        urgent=urgent,
        settings_row=settings_row,
        search=search,
        started=started,
    )
    if urgent:
        yield outcome.answer
    yield outcome


# --- the voice socket's side (calls.hooks.voice_knowledge) --------------------------------


def _voice_conversation_open(*, agent, contact, subject: str) -> int:
    return Conversation.objects.create(channel=Channel.VOICE, agent=agent, contact=contact, subject=subject[:200]).pk


def _voice_record(*, conversation_id: int, role: str, text: str) -> None:
    role = MessageRole.USER if role == "user" else MessageRole.ASSISTANT
    with transaction.atomic():
        Message.objects.create(conversation_id=conversation_id, role=role, text=text)
        conversations.conversation_touch(conversation_id)


def _voice_answer_stream(*, question: str, agent, conversation_id: int, contact) -> Iterator[str | VoiceAnswer]:
    question = question.strip()[:MAX_QUESTION]
    for item in answer_question_stream(
        question=question, agent=agent, channel=Channel.VOICE, conversation=conversation_id, contact=contact
    ):
        if isinstance(item, AnswerResult):
            yield VoiceAnswer(text=item.answer, answered=item.answered, escalated=item.escalated)
        else:
            yield item


VOICE_KNOWLEDGE = VoiceKnowledge(
    open_conversation=_voice_conversation_open, record=_voice_record, answer_stream=_voice_answer_stream
)
