"""The custom-LLM voice socket's brain: one `VoiceSession` per connected call (sync, database work).

The consumer (calls/consumers.py) speaks the provider's protocol; this module
decides what the agent says. A turn goes, in order: a slot the caller picks
from the ones just offered is booked; a request for a person is a transfer
(`transfer_to_human`); a booking request checks availability and offers
slots; a goodbye ends the call; anything else is answered from the tenant's
knowledge, streamed (the same answer service, escalation rules and
conversation as chat), and an escalated answer is followed by a transfer when
the agent has a number to transfer to. In-call functions run through
`calls.functions.function_invoke`, so each one is recorded (`FunctionCall`)
and booking stays idempotent per call and slot.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import close_old_connections
from django.utils import timezone
from django_tenants.utils import tenant_context

from calls.functions import function_invoke
from calls.hooks import VoiceAnswer, knowledge_for_voice
from calls.models import Agent, Call, CallStatus
from calls.voice import VoiceProviderError, adapter_for

VARIABLE = re.compile(r"\{\{\s*([a-zA-Z0-9_]+)\s*\}\}")
HUMAN = re.compile(r"\b(human|real person|a person|someone in the office|receptionist|operator|member of staff)\b")
BOOK = re.compile(r"\b(book|booking|appointment|availability|available|free slot|come in)\b")
BYE = re.compile(r"\b(bye|goodbye|that's all|that is all|nothing else|that's everything)\b")
CHOICE = {"first": 0, "second": 1, "third": 2, "one": 0, "two": 1, "three": 2}
NUDGE = "Are you still there? I can answer a question, book an appointment or put you through to the team."
TRANSFER_LINE = "Let me put you through to a member of the team now."
GOODBYE = "Thank you for calling. Goodbye."
NO_KNOWLEDGE = "I'm sorry, I can't look that up right now. I can book an appointment or pass a message to the team."


class SessionRefused(Exception):
    """The socket may not serve this call (unknown host, unknown call, a call of another workspace, ended)."""


@dataclass(frozen=True)
class TurnEnd:
    """The last item of a turn: whether the agent hangs up or hands the call over."""

    end_call: bool = False
    transfer_number: str = ""


def fill(text: str, variables: dict) -> str:
    """Fill {{variables}}; unknown ones become empty, then spacing is tidied."""
    filled = VARIABLE.sub(lambda m: str(variables.get(m.group(1), "")), text or "")
    return re.sub(r"\s+([,.!?])", r"\1", re.sub(r"[ \t]{2,}", " ", filled)).strip()


def tenant_for_host(host: str):
    """The active tenant a host name serves (the platform's host lookup), or refuse."""
    from django.db import connection

    from tenants.host_cache import tenant_for_host as lookup
    from tenants.models import Domain

    hostname = host.split(":")[0].strip().lower()
    connection.set_schema_to_public()
    try:
        tenant = lookup(hostname)
    except Domain.DoesNotExist as exc:
        raise SessionRefused("unknown host") from exc
    if tenant.schema_name == connection.schema_name or not tenant.is_active:
        raise SessionRefused("no active workspace on this host")
    return tenant


@dataclass
class VoiceSession:
    tenant: object
    call_id: int
    provider_call_id: str
    agent: Agent | None
    config: dict
    contact: object
    conversation_id: int | None
    caller_number: str
    greeting: str
    turns: list[dict] = field(default_factory=list)
    offered: list[dict] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    speaking: bool = False  # the agent's current turn is open: further pieces join it

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, *, host: str, provider_call_id: str) -> VoiceSession:
        """Authenticate the socket and set the call up: the call must be this workspace's.

        A call the platform already knows (outbound, or reported by a webhook) is found by its
        id; an inbound call not yet reported is asked of the provider, and only accepted when
        the provider's call belongs to one of this workspace's agents.
        """
        close_old_connections()
        tenant = tenant_for_host(host)
        with tenant_context(tenant):
            call = Call.objects.select_related("agent", "agent_version", "contact").filter(
                provider_call_id=provider_call_id
            )
            call = call.first() or _inbound_call(tenant, provider_call_id)
            if call.stage >= Call.Stage.ENDED or call.status not in (
                CallStatus.QUEUED,
                CallStatus.RINGING,
                CallStatus.IN_PROGRESS,
            ):
                raise SessionRefused("the call has ended")
            agent = call.agent
            config = _config_of(call)
            variables = {"business_name": tenant.name, **(call.dynamic_variables or {})}
            greeting = fill(config.get("greeting", ""), variables) or (
                f"Hello, thanks for calling {tenant.name}. How can I help?"
            )
            caller = call.counterpart_number
            contact = call.contact or _contact_for(tenant, call, caller)
            session = cls(
                tenant=tenant,
                call_id=call.pk,
                provider_call_id=provider_call_id,
                agent=agent,
                config=config,
                contact=contact,
                conversation_id=call.conversation_id,
                caller_number=caller,
                greeting=greeting,
            )
            knowledge = knowledge_for_voice()
            if session.conversation_id is None and knowledge is not None:
                # First connection (a reconnect keeps the conversation and does not greet twice in it).
                session.conversation_id = knowledge.open_conversation(
                    agent=agent, contact=contact, subject=f"Call from {caller or 'a web caller'}"
                )
                Call.objects.filter(pk=call.pk).update(conversation_id=session.conversation_id)
                knowledge.record(conversation_id=session.conversation_id, role="agent", text=greeting)
            session.turns.append({"role": "agent", "content": greeting})
        return session

    # --- a turn -------------------------------------------------------------------------------

    def respond(self, utterance: str, *, reminder: bool = False) -> Iterator[str | TurnEnd]:
        """What the agent says to `utterance`, in pieces, ending with a `TurnEnd` (one turn at a time)."""
        with self.lock:
            close_old_connections()
            with tenant_context(self.tenant):
                yield from self._respond(utterance.strip(), reminder)

    def _respond(self, utterance: str, reminder: bool) -> Iterator[str | TurnEnd]:
        self.speaking = False
        if reminder or not utterance:
            yield from self._say(NUDGE)
            yield TurnEnd()
            return
        self.turns.append({"role": "user", "content": utterance})
        text = utterance.lower()
        choice = self._choice(text) if self.offered else None
        if choice is not None:
            self._record("user", utterance)
            yield from self._book(self.offered[choice])
        elif HUMAN.search(text):
            self._record("user", utterance)
            yield from self._transfer(utterance)
        elif BOOK.search(text):
            self._record("user", utterance)
            yield from self._offer()
        elif BYE.search(text):
            self._record("user", utterance)
            yield from self._say(GOODBYE)
            yield TurnEnd(end_call=True)
        else:
            yield from self._answer(utterance)

    def _answer(self, question: str) -> Iterator[str | TurnEnd]:
        knowledge = knowledge_for_voice()
        if knowledge is None:
            yield from self._say(NO_KNOWLEDGE)
            yield TurnEnd()
            return
        said: list[str] = []
        outcome: VoiceAnswer | None = None
        stream = knowledge.answer_stream(
            question=question, agent=self.agent, conversation_id=self.conversation_id, contact=self.contact
        )
        try:
            for piece in stream:
                if isinstance(piece, VoiceAnswer):
                    outcome = piece
                else:
                    yield piece
                    said.append(piece)
        finally:
            # Closed early (a newer turn): the stream stores what was said so far.
            stream.close()
            self.turns.append({"role": "agent", "content": "".join(said).strip()})
            self.speaking = True
        number = self.config.get("transfer_number") or ""
        if outcome is not None and outcome.escalated and number:
            self._function("transfer_to_human", {"reason": question[:200]})
            yield from self._say(" " + TRANSFER_LINE)
            yield TurnEnd(transfer_number=number)
            return
        yield TurnEnd()

    def _transfer(self, reason: str) -> Iterator[str | TurnEnd]:
        result = self._function("transfer_to_human", {"reason": reason[:200]})
        if result.get("ok") and result.get("transfer_number"):
            yield from self._say(TRANSFER_LINE)
            yield TurnEnd(transfer_number=result["transfer_number"])
            return
        yield from self._say(result.get("message") or "Nobody can take the call right now; the team will call back.")
        yield TurnEnd()

    def _offer(self) -> Iterator[str | TurnEnd]:
        result = self._function("check_availability", {})
        slots = (result.get("slots") or [])[:3]
        if not slots:
            yield from self._say(result.get("message") or "I'm sorry, I have no free times in the next two weeks.")
            yield TurnEnd()
            return
        self.offered = slots
        spoken = [slot["spoken"] for slot in slots]
        options = ", ".join(spoken[:-1]) + f" or {spoken[-1]}" if len(spoken) > 1 else spoken[0]
        yield from self._say(f"I can offer {options}. Which would suit you?")
        yield TurnEnd()

    def _book(self, slot: dict) -> Iterator[str | TurnEnd]:
        result = self._function("book_appointment", {"start": slot["start"]})
        if result.get("ok"):
            self.offered = []
            when = result.get("spoken") or slot["spoken"]
            yield from self._say(f"That's done: you're booked for {when}. Is there anything else?")
        else:
            self.offered = (result.get("next_slots") or [])[:3]
            yield from self._say(result.get("message") or "Sorry, that time is no longer free.")
        yield TurnEnd()

    @staticmethod
    def _choice(text: str) -> int | None:
        for word, index in CHOICE.items():
            if re.search(rf"\b{word}\b", text):
                return index
        if re.search(r"\b(that one|that works|yes please)\b", text):
            return 0
        return None

    # --- helpers ------------------------------------------------------------------------------

    def _say(self, text: str) -> Iterator[str]:
        """One piece the agent says, kept for the transcript and the conversation."""
        if self.speaking:
            self.turns[-1]["content"] += text
        else:
            self.turns.append({"role": "agent", "content": text})
            self.speaking = True
        self._record("agent", text.strip())
        yield text

    def _record(self, role: str, text: str) -> None:
        knowledge = knowledge_for_voice()
        if knowledge is not None and self.conversation_id is not None and text:
            knowledge.record(conversation_id=self.conversation_id, role=role, text=text)

    def _function(self, name: str, args: dict) -> dict:
        payload = {
            "call": {
                "call_id": self.provider_call_id,
                "direction": "inbound",
                "from_number": self.caller_number,
                "agent_id": self.agent.provider_agent_id if self.agent else "",
            },
            "args": args,
        }
        return function_invoke(tenant=self.tenant, name=name, payload=payload)

    # --- the end ------------------------------------------------------------------------------

    def close(self) -> None:
        """The socket closed: keep the transcript on the call until the provider reports its own."""
        close_old_connections()
        turns = [{"role": t["role"], "content": t["content"].strip()} for t in self.turns if t["content"].strip()]
        transcript = "\n".join(f"{'Agent' if t['role'] == 'agent' else 'User'}: {t['content']}" for t in turns)
        with tenant_context(self.tenant):
            Call.objects.filter(pk=self.call_id, stage__lt=Call.Stage.ENDED).update(
                transcript=transcript, transcript_turns=turns, updated_at=timezone.now()
            )


def _config_of(call: Call) -> dict:
    if call.agent_version is not None:
        return call.agent_version.config
    if call.agent is not None:
        version = call.agent.published_version
        return version.config if version is not None else call.agent.config()
    return {}


def _contact_for(tenant, call: Call, caller: str):
    from calls.functions import CallContext

    context = CallContext(
        tenant=tenant,
        provider_call_id=call.provider_call_id or "",
        direction=call.direction,
        caller_number=caller,
        agent_provider_id="",
    )
    return context.contact()


def _inbound_call(tenant, provider_call_id: str) -> Call:
    """A call the provider has but the platform has not heard of yet: accept it if it rings one of our agents."""
    try:
        data = adapter_for(tenant).get_call(provider_call_id)
    except VoiceProviderError as exc:
        raise SessionRefused("the provider does not know this call") from exc
    agent = Agent.objects.filter(provider_agent_id=data.get("agent_id") or "").select_related("published_version")
    agent = agent.first() if data.get("agent_id") else None
    if agent is None:
        raise SessionRefused("the call is not for an agent of this workspace")
    Call.objects.bulk_create(
        [
            Call(
                provider_call_id=provider_call_id,
                direction=Call.Direction.INBOUND if data.get("direction") != "outbound" else Call.Direction.OUTBOUND,
                call_type=data.get("call_type") if data.get("call_type") in Call.CallType.values else "phone_call",
                from_number=str(data.get("from_number") or "")[:32],
                to_number=str(data.get("to_number") or "")[:32],
                agent=agent,
                agent_version=None,
                status=CallStatus.IN_PROGRESS,
                started_at=timezone.now(),
                metadata=data.get("metadata") if isinstance(data.get("metadata"), dict) else {},
                dynamic_variables=data.get("retell_llm_dynamic_variables") or {},
            )
        ],
        ignore_conflicts=True,
    )
    return Call.objects.select_related("agent", "agent_version", "contact").get(provider_call_id=provider_call_id)
