"""Plug-in points of the calls app: strategies other apps supply (see voiceplatform.plugins).

- `outbound_call_checks` (a Registry): every check `(tenant, contact, now) ->
  Decision | None` is asked in turn by `calls.compliance.check_outbound_call`
  before an outbound call is placed; the first refusal wins. The calls app
  registers the basic checks (calls.compliance.CHECKS) and the campaigns app
  its own (campaigns.compliance.CHECKS), each in its AppConfig.ready().
- `scheduler()` (a setting-chosen strategy, CALLS_SCHEDULER): where in-call
  availability and booking come from (calls.scheduling.Scheduler).
- `campaign_labels` (a Registry): `(campaign_ids) -> {id: name}`, so call lists
  name the campaign a call was made for; the campaigns app registers it.
- `voice_knowledge` (a Registry of `VoiceKnowledge`): how the custom-LLM voice
  socket keeps the call's conversation and answers a caller's question from
  the tenant's knowledge (streamed); the knowledge app registers the one it
  offers. The first registered is used.
- `script_change_appliers` (a Registry):
  `(*, tenant, agent_id, text, question, change_id, actor) -> str | None`.
  The training loop (knowledge.services.training) asks each in turn to take a
  proposed script change made from a flag (`text` is the better answer,
  `question` what the caller said, possibly empty); the first to answer with a
  description of what it did (e.g. "Added to step 3 of script 'Reminders'") has
  applied it. When none does, the text is added to the agent's draft prompt.
  The call scripts register `calls.scripts.corrections.take_into_script`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from voiceplatform.plugins import Registry, strategy

DEFAULT_SCHEDULER = "calls.scheduling_appointments.AppointmentsScheduler"


@dataclass(frozen=True)
class Decision:
    """An outbound-call check's answer; a refusal says why in words and in a code."""

    allowed: bool
    reason: str = ""
    code: str = ""
    eligible_at: datetime | None = None


outbound_call_checks = Registry("calls.outbound_call_checks")
campaign_labels = Registry("calls.campaign_labels")
script_change_appliers = Registry("calls.script_change_appliers")


def scheduler():
    """A new instance of the scheduler CALLS_SCHEDULER names."""
    return strategy("CALLS_SCHEDULER", DEFAULT_SCHEDULER)()


@dataclass(frozen=True)
class VoiceAnswer:
    """The end of a streamed voice answer: what was said in full and whether it raised an escalation."""

    text: str
    answered: bool
    escalated: bool


@dataclass(frozen=True)
class VoiceKnowledge:
    """What the voice socket needs of the knowledge app, as three plain callables.

    - `open_conversation(*, agent, contact, subject) -> int`: a new voice conversation's id;
    - `record(*, conversation_id, role, text)`: a turn that did not come from the knowledge
      (the greeting, booking and transfer lines); `role` is "user" or "agent";
    - `answer_stream(*, question, agent, conversation_id, contact)`: yields text pieces, then one
      `VoiceAnswer`; stores both sides of the turn and applies the escalation rules.
    """

    open_conversation: Callable[..., int]
    record: Callable[..., None]
    answer_stream: Callable[..., Iterator[str | VoiceAnswer]]


voice_knowledge = Registry("calls.voice_knowledge")


def knowledge_for_voice() -> VoiceKnowledge | None:
    return next(iter(voice_knowledge), None)
