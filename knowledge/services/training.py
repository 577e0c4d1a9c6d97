"""The training loop: staff flag what the bot got wrong and turn the better answer into knowledge in one step.

Why here: a flag points at a call (calls app) or at one answer of a
conversation (this app), and applying it writes a custom answer or an FAQ
entry (this app) or proposes a change to an agent's script. The knowledge
app already depends on calls, so it is the one place that can see both
without a cycle; calls learns about script changes only through its own
plug-in point (`calls.hooks.script_change_appliers`).

Reasons follow Chatwoot Captain's categories (incorrect, incomplete,
outdated, inappropriate, other). A flag is open until it is applied (as a
custom answer, an FAQ entry or a script change) or dismissed; every step is
in the tenant's audit trail with who did it.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from calls import hooks as call_hooks
from calls.models import Agent, Call
from calls.scripts.compiler import CORRECTIONS_HEADING
from calls.services import agent_update
from knowledge.models import (
    FAQ,
    Flag,
    FlagReason,
    FlagResolution,
    FlagStatus,
    Message,
    MessageRole,
    ScriptChange,
    ScriptChangeStatus,
)
from knowledge.services.faqs import faq_create, faq_update
from tenants.services import audit_record
from voiceplatform.errors import Conflict

MAX_BETTER_ANSWER = 5000
MAX_NOTE = 500
MAX_QUESTION = 500


def _actor_id(actor) -> int | None:
    return actor.pk if getattr(actor, "is_authenticated", False) else None


def _call_turn(call: Call, turn_index: int) -> tuple[str, str]:
    """(what the caller said last before the turn, what the agent said in it) for one agent turn of a call."""
    turns = call.transcript_turns if isinstance(call.transcript_turns, list) else []
    if not 0 <= turn_index < len(turns) or not isinstance(turns[turn_index], dict):
        raise ValidationError({"turn_index": [f"The call's transcript has no turn {turn_index}."]})
    turn = turns[turn_index]
    if turn.get("role") != "agent":
        raise ValidationError({"turn_index": ["Flag one of the agent's turns, not the caller's."]})
    asked = ""
    for earlier in reversed(turns[:turn_index]):
        if isinstance(earlier, dict) and earlier.get("role") == "user":
            asked = str(earlier.get("content") or "")
            break
    return asked, str(turn.get("content") or "")


def _message_turn(message: Message) -> tuple[str, str]:
    if message.role != MessageRole.ASSISTANT:
        raise ValidationError({"message": ["Flag one of the assistant's answers, not the customer's message."]})
    asked = (
        Message.objects.filter(conversation_id=message.conversation_id, role=MessageRole.USER, id__lt=message.pk)
        .order_by("-id")
        .values_list("text", flat=True)
        .first()
    )
    return asked or "", message.text


def _clean_text(errors: dict, field: str, value: str | None, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        errors[field] = [f"Keep it under {limit} characters."]
    return value


@transaction.atomic
def flag_create(
    *,
    tenant,
    reason: str,
    call: Call | None = None,
    turn_index: int | None = None,
    message: Message | None = None,
    better_answer: str = "",
    question: str | None = None,
    note: str = "",
    actor=None,
) -> Flag:
    """Flag a call (or one agent turn of it) or one assistant answer of a conversation."""
    errors: dict[str, list[str]] = {}
    if (call is None) == (message is None):
        raise ValidationError({"subject": ["Flag either a call or a conversation message (one of them)."]})
    if reason not in FlagReason.values:
        errors["reason"] = [f"Choose one of: {', '.join(FlagReason.values)}."]
    better_answer = _clean_text(errors, "better_answer", better_answer, MAX_BETTER_ANSWER)
    note = _clean_text(errors, "note", note, MAX_NOTE)
    asked, said, agent_id = "", "", None
    if message is not None:
        if turn_index is not None:
            errors["turn_index"] = ["A turn index belongs to a call; a message is already one turn."]
        else:
            asked, said = _message_turn(message)
        agent_id = message.conversation.agent_id
    else:
        if turn_index is not None:
            asked, said = _call_turn(call, turn_index)
        else:
            said = call.summary
        agent_id = call.agent_id
    if question is not None:
        asked = question
    asked = _clean_text(errors, "question", asked, MAX_QUESTION)
    if errors:
        raise ValidationError(errors)
    flag = Flag.objects.create(
        call=call,
        turn_index=turn_index if call is not None else None,
        message=message,
        agent_id=agent_id,
        reason=reason,
        question=asked,
        bot_answer=said,
        better_answer=better_answer,
        note=note,
        created_by_id=_actor_id(actor),
    )
    audit_record(
        action="flag.created",
        tenant=tenant,
        actor=actor,
        target=flag,
        metadata={"reason": reason, "call": flag.call_id, "message": flag.message_id, "turn": flag.turn_index},
    )
    return flag


def _custom_answer_write(*, question: str, answer: str, override: bool) -> FAQ:
    """The FAQ entry asked with the same words gets the better answer; otherwise a new entry."""
    existing = FAQ.objects.filter(question__iexact=question).order_by("id").first()
    if existing is not None:
        return faq_update(faq=existing, answer=answer, override=override or existing.override, is_active=True)
    return faq_create(question=question, answer=answer, override=override)


@transaction.atomic
def flag_apply(
    *,
    tenant,
    flag: Flag,
    resolution: str,
    better_answer: str | None = None,
    question: str | None = None,
    actor=None,
) -> Flag:
    """Turn an open flag into a custom answer, an FAQ entry or a script change, in one step.

    A custom answer is an override FAQ: the answer service returns it word for
    word when the question is asked again (or nearly the same way).
    """
    flag = Flag.objects.select_for_update().get(pk=flag.pk)
    if flag.status != FlagStatus.OPEN:
        raise Conflict(f"This flag is already {flag.get_status_display().lower()}.")
    if resolution not in FlagResolution.values or not resolution:
        choices = ", ".join(v for v in FlagResolution.values if v)
        raise ValidationError({"resolution": [f"Choose one of: {choices}."]})
    errors: dict[str, list[str]] = {}
    answer = flag.better_answer if better_answer is None else better_answer
    answer = _clean_text(errors, "better_answer", answer, MAX_BETTER_ANSWER)
    asked = _clean_text(errors, "question", flag.question if question is None else question, MAX_QUESTION)
    if not answer:
        errors["better_answer"] = ["Write the better answer first."]
    if resolution in (FlagResolution.CUSTOM_ANSWER, FlagResolution.FAQ) and not asked:
        errors["question"] = ["Write the question this answer is for."]
    if resolution == FlagResolution.SCRIPT_CHANGE and flag.agent_id is None:
        errors["resolution"] = ["This flag is not tied to an agent, so there is no script to change."]
    if errors:
        raise ValidationError(errors)
    metadata: dict = {"resolution": resolution}
    if resolution == FlagResolution.SCRIPT_CHANGE:
        change = ScriptChange.objects.create(
            agent_id=flag.agent_id, flag=flag, text=answer, created_by_id=_actor_id(actor)
        )
        change = _script_change_apply(tenant=tenant, change=change, question=flag.question, actor=actor)
        metadata |= {"script_change": change.pk, "applied_by": change.applied_by}
    else:
        faq = _custom_answer_write(question=asked, answer=answer, override=resolution == FlagResolution.CUSTOM_ANSWER)
        flag.faq = faq
        metadata["faq"] = faq.pk
    flag.status = FlagStatus.APPLIED
    flag.resolution = resolution
    flag.better_answer = answer
    flag.question = asked
    flag.resolved_by_id = _actor_id(actor)
    flag.resolved_at = timezone.now()
    flag.save()
    audit_record(action="flag.applied", tenant=tenant, actor=actor, target=flag, metadata=metadata)
    return flag


@transaction.atomic
def flag_dismiss(*, tenant, flag: Flag, note: str = "", actor=None) -> Flag:
    """Close a flag without changing anything (the bot was right, or it is not worth a change)."""
    flag = Flag.objects.select_for_update().get(pk=flag.pk)
    if flag.status != FlagStatus.OPEN:
        raise Conflict(f"This flag is already {flag.get_status_display().lower()}.")
    errors: dict = {}
    note = _clean_text(errors, "note", note, MAX_NOTE)
    if errors:
        raise ValidationError(errors)
    flag.status = FlagStatus.DISMISSED
    if note:
        flag.note = note
    flag.resolved_by_id = _actor_id(actor)
    flag.resolved_at = timezone.now()
    flag.save()
    audit_record(action="flag.dismissed", tenant=tenant, actor=actor, target=flag, metadata={"note": note})
    return flag


def _append_to_draft_prompt(*, tenant, agent: Agent, text: str, actor) -> str:
    """The fallback applier: one line under the draft prompt's corrections heading (publish to use it)."""
    line = "- " + " ".join(text.split())
    prompt = agent.system_prompt.rstrip()
    if CORRECTIONS_HEADING in prompt:
        prompt = f"{prompt}\n{line}"
    else:
        prompt = f"{prompt}\n\n{CORRECTIONS_HEADING}\n{line}".lstrip()
    agent_update(tenant=tenant, agent=agent, data={"system_prompt": prompt}, actor=actor)
    return "Added to the draft prompt (publish the agent to use it)."


def _script_change_apply(*, tenant, change: ScriptChange, question: str, actor=None) -> ScriptChange:
    """Offer a new change to each registered applier; the first that takes it wins, else the draft prompt.
    (Inside flag_apply's transaction, which holds the flag's lock.)"""
    applied_by = None
    for applier in call_hooks.script_change_appliers:
        applied_by = applier(
            tenant=tenant,
            agent_id=change.agent_id,
            text=change.text,
            question=question,
            change_id=change.pk,
            actor=actor,
        )
        if applied_by:
            break
    if not applied_by:
        applied_by = _append_to_draft_prompt(tenant=tenant, agent=change.agent, text=change.text, actor=actor)
    change.status = ScriptChangeStatus.APPLIED
    change.applied_by = str(applied_by)[:200]
    change.applied_at = timezone.now()
    change.save(update_fields=["status", "applied_by", "applied_at"])
    audit_record(
        action="script_change.applied",
        tenant=tenant,
        actor=actor,
        target=change.agent,
        metadata={"script_change": change.pk, "flag": change.flag_id, "applied_by": change.applied_by},
    )
    return change
