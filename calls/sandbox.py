"""The voice sandbox: behaves like Retell without leaving the machine.

It keeps its own state (agents, numbers, calls) in Redis the way the provider
keeps it on its side, accepts outbound calls, and plays each one out on a
Celery timer: ring, `call_started`, a conversation generated from the
agent's script (calling the tenant's in-call function URLs where a real
agent would), `call_ended`, then `call_analyzed`. Every event is delivered as
a signed HTTP POST to the agent's webhook URL, exactly as the provider sends
it, so the ingest cannot tell the difference. Outcomes follow
SANDBOX_OUTCOME_WEIGHTS; `metadata.sandbox_outcome` forces one.
"""

from __future__ import annotations

import json
import logging
import random
import secrets
import time

import httpx
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from retell.lib import webhook_auth

from calls import http
from calls.dialogue import Conversation, analysis_for, summary_for
from calls.voice import (
    AgentSpec,
    PlacedCall,
    ProviderAgent,
    ProvisionedNumber,
    VoiceAdapter,
    VoiceProviderError,
    WebCall,
    api_key_for,
)

logger = logging.getLogger(__name__)

OUTCOMES = ("confirmed", "reschedule_requested", "voicemail", "no_answer", "busy", "failed", "short_hangup")
NOT_CONNECTED = {"no_answer": "dial_no_answer", "busy": "dial_busy", "failed": "dial_failed"}
RING_SECONDS = 2
ANALYSIS_DELAY_SECONDS = 2
CENTS_PER_MINUTE = 7
STATE_TTL = 7 * 24 * 3600
DELIVERY_ATTEMPTS = 3

# What the other side says, by agent purpose and outcome.
CALLER_SCRIPTS = {
    ("reminder", "confirmed"): ["Yes, that's right, I'll be there.", "No, that's everything. Thanks, bye."],
    ("reminder", "reschedule_requested"): [
        "Actually I need to reschedule, something came up.",
        "The first one works for me.",
        "No, that's all. Thanks, bye.",
    ],
    ("receptionist", "confirmed"): [
        "Hi, I'd like to book an appointment please.",
        "The first one, please.",
        "No, that's all. Thanks, bye.",
    ],
    ("receptionist", "reschedule_requested"): [
        "Hi, I need to move my appointment to another time.",
        "The second one please.",
        "That's all, thank you. Bye.",
    ],
    ("qualifier", "confirmed"): [
        "Yes, I'm still interested.",
        "Around 5000 pounds.",
        "Ideally within the next month.",
    ],
    ("qualifier", "reschedule_requested"): ["Sorry, I'm busy right now, can you call me back tomorrow?"],
    ("custom", "confirmed"): ["Yes, that's right.", "Thanks, bye."],
    ("custom", "reschedule_requested"): ["Could you call me back later? It's not a good time."],
}
SHORT_HANGUP_SCRIPT = ["Sorry, who is this?"]


def outcome_weights() -> dict[str, float]:
    weights = {}
    for part in settings.SANDBOX_OUTCOME_WEIGHTS.split(","):
        if not part.strip():
            continue
        name, _, value = part.partition("=")
        name = name.strip()
        try:
            weight = float(value)
        except ValueError as exc:
            raise ImproperlyConfigured(f"SANDBOX_OUTCOME_WEIGHTS: {part!r} is not name=number") from exc
        if name not in OUTCOMES or weight < 0:
            raise ImproperlyConfigured(f"SANDBOX_OUTCOME_WEIGHTS: unknown outcome {name!r}; use {', '.join(OUTCOMES)}")
        weights[name] = weight
    if not weights or sum(weights.values()) <= 0:
        raise ImproperlyConfigured("SANDBOX_OUTCOME_WEIGHTS needs at least one positive weight")
    return weights


def pick_outcome(metadata: dict, *, inbound: bool = False) -> str:
    forced = (metadata or {}).get("sandbox_outcome")
    if forced in OUTCOMES:
        return forced
    weights = outcome_weights()
    if inbound:
        # Somebody who calls in has already answered.
        weights = {k: v for k, v in weights.items() if k in ("confirmed", "reschedule_requested", "short_hangup")}
        if not weights:
            return "confirmed"
    names = list(weights)
    return random.choices(names, weights=[weights[n] for n in names])[0]  # noqa: S311 - simulation, not security


# --- provider-side state ------------------------------------------------------------------------


def _key(kind: str, ident: str) -> str:
    return f"voice-sandbox:{kind}:{ident}"


def _load(kind: str, ident: str) -> dict | None:
    return cache.get(_key(kind, ident))


def _save(kind: str, ident: str, value: dict, timeout: int | None = STATE_TTL) -> None:
    cache.set(_key(kind, ident), value, timeout)


def _spec_dict(spec: AgentSpec) -> dict:
    return {
        "name": spec.name,
        "purpose": spec.purpose,
        "greeting": spec.greeting,
        "escalation_keywords": list(spec.escalation_keywords),
        "transfer_number": spec.transfer_number,
        "analysis_fields": list(spec.analysis_fields),
        "webhook_url": spec.webhook_url,
        "function_urls": dict(spec.function_urls),
        "business_name": spec.business_name,
        "max_call_seconds": spec.max_call_seconds,
    }


class SandboxAdapter(VoiceAdapter):
    name = "sandbox"

    def create_agent(self, spec: AgentSpec) -> ProviderAgent:
        agent_id = "agent_sbx_" + secrets.token_hex(10)
        _save("agent", agent_id, {"version": 0, "versions": {"0": _spec_dict(spec)}}, timeout=None)
        return ProviderAgent(agent_id=agent_id, llm_id="llm_sbx_" + secrets.token_hex(10), version=0)

    def update_agent(self, *, agent_id: str, llm_id: str, spec: AgentSpec) -> ProviderAgent:
        state = _load("agent", agent_id) or {"version": -1, "versions": {}}
        version = state["version"] + 1
        state["version"] = version
        state["versions"][str(version)] = _spec_dict(spec)
        _save("agent", agent_id, state, timeout=None)
        return ProviderAgent(agent_id=agent_id, llm_id=llm_id, version=version)

    def _new_call(
        self, *, call_type, direction, from_number, to_number, agent_id, agent_version, metadata, variables, call_id=""
    ):
        state = _load("agent", agent_id)
        if state is None:
            raise VoiceProviderError(f"Agent {agent_id} does not exist.", permanent=True)
        version = agent_version if agent_version is not None else state["version"]
        if str(version) not in state["versions"]:
            raise VoiceProviderError(f"Agent {agent_id} has no version {version}.", permanent=True)
        call_id = call_id or "call_sbx_" + secrets.token_hex(12)
        call = {
            "call_id": call_id,
            "agent_id": agent_id,
            "agent_version": int(version),
            "call_type": call_type,
            "direction": direction,
            "call_status": "registered",
            "retell_llm_dynamic_variables": {str(k): str(v) for k, v in (variables or {}).items()},
        }
        if call_type == "phone_call":
            call.update(from_number=from_number, to_number=to_number)
        if metadata:
            call["metadata"] = metadata
        sandbox = {"account": self.account, "outcome": pick_outcome(metadata, inbound=direction == "inbound")}
        _save("call", call_id, {"call": call, "sandbox": sandbox})
        return call

    def create_phone_call(self, *, from_number, to_number, agent_id, agent_version, metadata, dynamic_variables):
        number = _load("number", from_number)
        if number is None or number.get("released"):
            raise VoiceProviderError(f"{from_number} is not a number on this account.", permanent=True)
        call = self._new_call(
            call_type="phone_call",
            direction="outbound",
            from_number=from_number,
            to_number=to_number,
            agent_id=agent_id,
            agent_version=agent_version,
            metadata=metadata,
            variables=dynamic_variables,
        )
        schedule_step(call["call_id"], "connect", RING_SECONDS)
        return PlacedCall(call_id=call["call_id"], status="registered")

    def create_web_call(self, *, agent_id, agent_version, metadata, dynamic_variables):
        call = self._new_call(
            call_type="web_call",
            direction="inbound",
            from_number="",
            to_number="",
            agent_id=agent_id,
            agent_version=agent_version,
            metadata=metadata,
            variables=dynamic_variables,
        )
        return WebCall(call_id=call["call_id"], access_token="sbx_" + secrets.token_urlsafe(24))

    def get_call(self, call_id: str) -> dict:
        state = _load("call", call_id)
        if state is None:
            raise VoiceProviderError(f"Call {call_id} not found.", permanent=True)
        return state["call"]

    def provision_number(
        self,
        *,
        area_code="",
        number="",
        termination_uri="",
        inbound_agent_id="",
        outbound_agent_id="",
        inbound_webhook_url="",
        nickname="",
    ):
        if not number:
            area = area_code or "415"
            number = f"+1{area}555{random.randint(100, 199):04d}"  # noqa: S311 - fictional 555-01xx numbers
        existing = _load("number", number)
        if existing and not existing.get("released") and existing.get("owner") != self.account:
            raise VoiceProviderError(f"{number} is already taken.", permanent=True)
        _save(
            "number",
            number,
            {
                "owner": self.account,
                "inbound_agent_id": inbound_agent_id,
                "outbound_agent_id": outbound_agent_id,
                "inbound_webhook_url": inbound_webhook_url,
            },
            timeout=None,
        )
        area = area_code or (number[2:5] if number.startswith("+1") else "")
        return ProvisionedNumber(number=number, provider_id=number, area_code=area)

    def update_number(self, *, number: str, inbound_agent_id: str, outbound_agent_id: str) -> None:
        state = _load("number", number)
        if state is None or state.get("released"):
            raise VoiceProviderError(f"{number} is not a number on this account.", permanent=True)
        state.update(inbound_agent_id=inbound_agent_id, outbound_agent_id=outbound_agent_id)
        _save("number", number, state, timeout=None)

    def release_number(self, *, number: str) -> None:
        state = _load("number", number) or {}
        state["released"] = True
        _save("number", number, state, timeout=STATE_TTL)

    # --- sandbox-only conveniences ---------------------------------------------------------------

    def simulate_inbound_call(self, *, from_number: str, to_number: str, outcome: str = "") -> str:
        """Somebody rings one of the tenant's numbers; the call plays out on the Celery timer."""
        number = _load("number", to_number)
        if number is None or number.get("released"):
            raise VoiceProviderError(f"{to_number} is not a number on this account.", permanent=True)
        if not number.get("inbound_agent_id"):
            raise VoiceProviderError(f"No inbound agent answers {to_number}.", permanent=True)
        call_id = "call_sbx_" + secrets.token_hex(12)
        ring = {"from_number": from_number, "to_number": to_number, "outcome": outcome, "account": self.account}
        _save("ring", call_id, ring)
        schedule_step(call_id, "inbound", 0)
        return call_id


def _ring(call_id: str) -> None:
    """An inbound call arrives: ask the number's inbound webhook, as the provider does, then connect."""
    ring = _load("ring", call_id)
    number = _load("number", ring["to_number"]) if ring else None
    if not ring or not number:
        return
    agent_id, agent_version = number.get("inbound_agent_id"), None
    variables: dict = {}
    metadata: dict = {"sandbox_outcome": ring["outcome"]} if ring["outcome"] else {}
    hook = number.get("inbound_webhook_url")
    if hook:
        body = json.dumps(
            {
                "event": "call_inbound",
                "call_inbound": {
                    "agent_id": agent_id,
                    "from_number": ring["from_number"],
                    "to_number": ring["to_number"],
                },
            }
        )
        status, text = deliver(hook, body, api_key_for(ring["account"]))
        if 200 <= status < 300:
            answer = _json(text).get("call_inbound") or {}
            agent_id = answer.get("override_agent_id") or agent_id
            agent_version = answer.get("override_agent_version")
            variables = answer.get("dynamic_variables") or {}
            metadata.update(answer.get("metadata") or {})
    adapter = SandboxAdapter(api_key=api_key_for(ring["account"]), account=ring["account"])
    try:
        adapter._new_call(
            call_type="phone_call",
            direction="inbound",
            from_number=ring["from_number"],
            to_number=ring["to_number"],
            agent_id=agent_id,
            agent_version=agent_version,
            metadata=metadata,
            variables=variables,
            call_id=call_id,
        )
    except VoiceProviderError:
        logger.warning("voice sandbox: inbound call %s has no agent to answer it", call_id)
        return
    _connect(_load("call", call_id))


# --- delivery -------------------------------------------------------------------------------------


def _json(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def deliver(url: str, body: str, api_key: str) -> tuple[int, str]:
    """POST a body signed like the provider signs it; retries like the provider when no 2xx comes back."""
    status, text = 0, ""
    for attempt in range(DELIVERY_ATTEMPTS):
        headers = {"X-Retell-Signature": webhook_auth.symmetric["sign"](body, api_key)}
        try:
            status, text = http.post_json(url, body=body, headers=headers)
        except httpx.HTTPError as exc:
            status, text = 0, str(exc)
        if 200 <= status < 300:
            return status, text
        if 400 <= status < 500 and status not in (408, 429):
            break
        if attempt + 1 < DELIVERY_ATTEMPTS:
            time.sleep(0.2 * (attempt + 1))
    logger.warning("voice sandbox: delivery to %s failed with %s", url, status or text)
    return status, text


def schedule_step(call_id: str, step: str, delay: int) -> None:
    from calls.tasks import enqueue_on_commit, sandbox_step

    enqueue_on_commit(sandbox_step, call_id, step, countdown=delay)


def _agent_spec(call: dict) -> dict:
    state = _load("agent", call["agent_id"]) or {"versions": {}}
    return state["versions"].get(str(call["agent_version"])) or {"purpose": "custom", "analysis_fields": []}


def _send(spec: dict, account: str, event: str, call: dict) -> None:
    url = spec.get("webhook_url")
    if not url:
        return
    key = api_key_for(account)
    body = json.dumps({"event": event, "call": call}, ensure_ascii=False)
    deliver(url, body, key)


def _function_invoker(spec: dict, account: str, call: dict, conversation_turns: list):
    def invoke(name: str, args: dict) -> dict:
        url = (spec.get("function_urls") or {}).get(name)
        if not url:
            return {"ok": False, "error": "unavailable", "message": "I can't do that on this call."}
        so_far = {**call, "transcript": _plain_transcript(conversation_turns)}
        body = json.dumps({"name": name, "call": so_far, "args": args}, ensure_ascii=False)
        status, text = deliver(url, body, api_key_for(account))
        result = _json(text)
        if not (200 <= status < 300) or not result:
            return {"ok": False, "error": "unavailable", "message": "Sorry, I can't check that right now."}
        return result

    return invoke


def _plain_transcript(turns: list[dict]) -> str:
    return "\n".join(
        f"{'Agent' if t['role'] == 'agent' else 'User'}: {t['content']}"
        for t in turns
        if t["role"] in ("agent", "user")
    )


def _timed(turns: list[dict], total_ms: int) -> tuple[list[dict], int]:
    """Give spoken turns word timings (seconds from the start), spread over roughly `total_ms`."""
    spoken = [t for t in turns if t["role"] in ("agent", "user")]
    words = sum(len(t["content"].split()) for t in spoken) or 1
    natural = words * 0.36 + len(spoken) * 0.7
    stretch = max(1.0, (total_ms / 1000) / natural) if total_ms else 1.0
    clock = 0.5
    timed = []
    for turn in spoken:
        items = []
        for word in turn["content"].split():
            length = 0.36 * stretch
            items.append({"word": word, "start": round(clock, 2), "end": round(clock + length * 0.85, 2)})
            clock += length
        timed.append({"role": turn["role"], "content": turn["content"], "words": items})
        clock += 0.7 * stretch
    return timed, int(clock * 1000)


def _with_tool_calls(turns: list[dict]) -> list[dict]:
    items = []
    for index, turn in enumerate(turns):
        if turn["role"] in ("agent", "user"):
            items.append({"role": turn["role"], "content": turn["content"]})
        elif turn["role"] == "tool_call_invocation":
            items.append(
                {
                    "role": "tool_call_invocation",
                    "tool_call_id": f"tool_{index}",
                    "name": turn["name"],
                    "arguments": json.dumps(turn["arguments"]),
                }
            )
        else:
            items.append(
                {
                    "role": "tool_call_result",
                    "tool_call_id": f"tool_{index - 1}",
                    "content": json.dumps(turn["content"]),
                }
            )
    return items


def _recording_url(call_id: str, duration_ms: int) -> str:
    from django.urls import reverse

    path = reverse("calls_hooks:sandbox_recording", kwargs={"call_id": call_id}, urlconf=settings.PUBLIC_SCHEMA_URLCONF)
    return f"{settings.PUBLIC_BASE_URL.rstrip('/')}{path}?ms={duration_ms}"


def _cost(duration_ms: int) -> dict:
    seconds = duration_ms / 1000
    cents = round(seconds / 60 * CENTS_PER_MINUTE, 4)
    return {
        "combined_cost": cents,
        "product_costs": [{"product": "sandbox_voice", "cost": cents, "unit_price": CENTS_PER_MINUTE / 60}],
        "total_duration_seconds": round(seconds, 1),
        "total_duration_unit_price": CENTS_PER_MINUTE / 60,
    }


# --- the playout -----------------------------------------------------------------------------------


def run_step(call_id: str, step: str) -> None:
    """One step of a sandbox call; each step runs at most once however often the task is delivered."""
    if not cache.add(_key("step", f"{call_id}:{step}"), 1, STATE_TTL):
        return
    if step == "inbound":
        _ring(call_id)
        return
    state = _load("call", call_id)
    if state is None:
        return
    {"connect": _connect, "end": _end, "analyze": _analyze}[step](state)


def _connect(state: dict) -> None:
    call, sandbox = state["call"], state["sandbox"]
    spec = _agent_spec(call)
    outcome = sandbox["outcome"]
    now_ms = int(time.time() * 1000)
    if outcome in NOT_CONNECTED:
        call.update(
            call_status="not_connected",
            start_timestamp=now_ms,
            end_timestamp=now_ms,
            duration_ms=0,
            disconnection_reason=NOT_CONNECTED[outcome],
            transcript="",
            transcript_object=[],
            call_cost=_cost(0),
        )
        sandbox["facts"] = {}
        _save("call", call["call_id"], state)
        _send(spec, sandbox["account"], "call_ended", _without_analysis(call))
        schedule_step(call["call_id"], "analyze", ANALYSIS_DELAY_SECONDS)
        return

    call.update(call_status="ongoing", start_timestamp=now_ms)
    _save("call", call["call_id"], state)
    _send(spec, sandbox["account"], "call_started", _started_view(call))

    variables = dict(call.get("retell_llm_dynamic_variables") or {})
    variables.setdefault("business_name", spec.get("business_name", ""))
    conversation = Conversation(agent=spec, variables=variables)
    conversation.invoke = _function_invoker(spec, sandbox["account"], call, conversation.turns)
    if outcome == "voicemail":
        conversation.voicemail_message()
        target_ms = 0
    else:
        conversation.opening()
        if outcome == "short_hangup":
            # The other side says a few words and hangs up before the agent can answer.
            conversation.turns.extend({"role": "user", "content": line} for line in SHORT_HANGUP_SCRIPT)
            target_ms = 0
        else:
            for line in _caller_lines(spec, outcome):
                if conversation.ended:
                    break
                conversation.respond(line)
            target_ms = settings.SANDBOX_CALL_SECONDS * 1000
    timed, duration_ms = _timed(conversation.turns, target_ms)
    if conversation.facts.get("transfer_requested") and spec.get("transfer_number"):
        reason, call["transfer_destination"] = "call_transfer", spec["transfer_number"]
    elif outcome == "voicemail":
        reason = "voicemail_reached"
    elif outcome == "short_hangup" or not conversation.ended:
        reason = "user_hangup"
    else:
        reason = "agent_hangup"
    call.update(
        duration_ms=duration_ms,
        disconnection_reason=reason,
        transcript=_plain_transcript(conversation.turns),
        transcript_object=timed,
        transcript_with_tool_calls=_with_tool_calls(conversation.turns),
        recording_url=_recording_url(call["call_id"], duration_ms),
        call_cost=_cost(duration_ms),
    )
    sandbox["facts"] = conversation.facts
    _save("call", call["call_id"], state)
    schedule_step(call["call_id"], "end", max(1, round(duration_ms / 1000)))


def _caller_lines(spec: dict, outcome: str) -> list[str]:
    purpose = spec.get("purpose", "custom")
    return CALLER_SCRIPTS.get((purpose, outcome)) or CALLER_SCRIPTS[("custom", outcome)]


def _started_view(call: dict) -> dict:
    keep = (
        "call_id",
        "agent_id",
        "agent_version",
        "call_type",
        "direction",
        "from_number",
        "to_number",
        "call_status",
        "start_timestamp",
        "metadata",
        "retell_llm_dynamic_variables",
    )
    return {k: call[k] for k in keep if k in call}


def _without_analysis(call: dict) -> dict:
    return {k: v for k, v in call.items() if k != "call_analysis"}


def _end(state: dict) -> None:
    call, sandbox = state["call"], state["sandbox"]
    call.update(call_status="ended", end_timestamp=call["start_timestamp"] + call["duration_ms"])
    _save("call", call["call_id"], state)
    _send(_agent_spec(call), sandbox["account"], "call_ended", _without_analysis(call))
    schedule_step(call["call_id"], "analyze", ANALYSIS_DELAY_SECONDS)


def _analyze(state: dict) -> None:
    call, sandbox = state["call"], state["sandbox"]
    spec = _agent_spec(call)
    facts = sandbox.get("facts") or {}
    connected = call.get("call_status") != "not_connected"
    voicemail = call.get("disconnection_reason") == "voicemail_reached"
    summary, sentiment, successful = summary_for(facts, connected=connected, voicemail=voicemail)
    call["call_analysis"] = {
        "call_summary": summary,
        "user_sentiment": sentiment,
        "call_successful": successful,
        "in_voicemail": voicemail,
        "custom_analysis_data": analysis_for(spec.get("analysis_fields") or [], facts) if connected else {},
    }
    _save("call", call["call_id"], state)
    _send(spec, sandbox["account"], "call_analyzed", call)


def finish_web_call(call_id: str, conversation: Conversation) -> None:
    """The test panel's typed conversation ended: report it like a finished web call (from a task)."""
    state = _load("call", call_id)
    if state is None:
        return
    call = state["call"]
    now_ms = int(time.time() * 1000)
    timed, duration_ms = _timed(conversation.turns, 0)
    call.update(
        call_status="ongoing",
        start_timestamp=now_ms - duration_ms,
        duration_ms=duration_ms,
        disconnection_reason="agent_hangup" if conversation.ended else "user_hangup",
        transcript=_plain_transcript(conversation.turns),
        transcript_object=timed,
        transcript_with_tool_calls=_with_tool_calls(conversation.turns),
        call_cost=_cost(duration_ms),
    )
    state["sandbox"]["facts"] = conversation.facts
    _save("call", call_id, state)
    schedule_step(call_id, "end", 0)


def agent_spec_for(agent_id: str, version: int | None = None) -> dict | None:
    state = _load("agent", agent_id)
    if state is None:
        return None
    return state["versions"].get(str(state["version"] if version is None else version))
