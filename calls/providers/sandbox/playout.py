"""How a sandbox call plays out: ring, call_started, a generated conversation, call_ended, call_analyzed.

Each step is a Celery task (calls.tasks.sandbox_step) that runs at most once.
The conversation comes from the agent's script and the call's variables
(calls/providers/sandbox/dialogue.py) and calls the tenant's in-call function URLs where a
real agent would; every event is a signed HTTP POST to the agent's webhook
URL, exactly as the provider sends it, so the ingest cannot tell the
difference.
"""

from __future__ import annotations

import json
import logging
import time

import httpx
from django.conf import settings
from django.core.cache import cache

from calls import signatures
from calls.providers.sandbox import STATE_TTL, SandboxAdapter, _key, _load, _save, schedule_step
from calls.providers.sandbox.dialogue import Conversation, analysis_for, summary_for
from calls.voice import VoiceProviderError, api_key_for
from voiceplatform import http
from voiceplatform.links import callback_url

logger = logging.getLogger(__name__)

NOT_CONNECTED = {"no_answer": "dial_no_answer", "busy": "dial_busy", "failed": "dial_failed"}
ANALYSIS_DELAY_SECONDS = 2
CENTS_PER_MINUTE = 7
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


def _ring(call_id: str) -> None:
    """An inbound call arrives: ask the number's inbound webhook, as the provider does, then connect."""
    state = register_inbound(call_id)
    if state is not None:
        _connect(state)


def register_inbound(call_id: str) -> dict | None:
    """The provider's side of an inbound call ringing: the inbound webhook answered, the call registered.

    Returns the call's sandbox state, or None when the number or its agent is gone.
    """
    ring = _load("ring", call_id)
    number = _load("number", ring["to_number"]) if ring else None
    if not ring or not number:
        return None
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
        return None
    return _load("call", call_id)


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
        headers = {"X-Retell-Signature": signatures.sign(body, api_key)}
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

    from calls.providers.sandbox.media import recording_token

    path = reverse("calls_hooks:sandbox_recording", kwargs={"call_id": call_id}, urlconf=settings.PUBLIC_SCHEMA_URLCONF)
    token = recording_token(call_id, duration_ms)
    return callback_url(f"{path}?ms={duration_ms}&token={token}")


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
