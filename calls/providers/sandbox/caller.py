"""The sandbox's inbound caller: plays the provider's part of a call answered by our custom-LLM socket.

Like Retell, it registers the inbound call (asking the number's inbound
webhook), reports `call_started`, opens the workspace's LLM WebSocket over a
real connection and speaks scripted caller lines as `response_required`
turns, reading the streamed answers until the agent hangs up or transfers.
Then it reports `call_ended` and `call_analyzed` with the transcript, signed
like the provider's webhooks. So the whole voice path (socket, knowledge
answers, in-call functions and booking, transcript, call record, webhooks)
runs on this machine.
"""

from __future__ import annotations

import json
import secrets
import socket
import time
from dataclasses import dataclass, field

from django.conf import settings
from websockets.exceptions import WebSocketException
from websockets.sync.client import connect

from calls.models import FunctionCall, PhoneNumber
from calls.providers.sandbox import SandboxAdapter, _save
from calls.providers.sandbox.playout import (
    _agent_spec,
    _cost,
    _plain_transcript,
    _recording_url,
    _send,
    _started_view,
    _timed,
    register_inbound,
    run_step,
)
from calls.voice import LLM_WEBSOCKET_PATH, adapter_for
from voiceplatform.links import tenant_host

DEFAULT_CALLER = "+14155550142"
QUESTION = "What are your opening hours?"
SCRIPTS = {
    "question": [QUESTION, "That's all, thanks. Bye."],
    "booking": ["I'd like to book an appointment please.", "The first one, please.", "No, that's all. Thanks, bye."],
    "emergency": ["This is an emergency, please help, I need someone now."],
}
SCRIPTS["full"] = [QUESTION, *SCRIPTS["booking"][:2], *SCRIPTS["emergency"], "Thanks, bye."]
TURN_TIMEOUT_SECONDS = 15.0


class CallerError(Exception):
    """The sandbox caller could not place or finish its call (no number, no socket, a broken answer)."""


@dataclass
class InboundCallReport:
    call_id: str
    turns: list[dict] = field(default_factory=list)
    end_call: bool = False
    transfer_number: str = ""
    pongs: int = 0


def socket_address() -> tuple[str, int]:
    """Where this machine's voice ASGI process listens."""
    return settings.VOICE_WS_HOST, settings.VOICE_WS_PORT


def _number(to_number: str) -> PhoneNumber:
    numbers = PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE, inbound_agent__isnull=False)
    number = (numbers.filter(number=to_number) if to_number else numbers).first()
    if number is None:
        raise CallerError("No active number with an inbound agent" + (f" is {to_number}." if to_number else "."))
    return number


def _turn(ws, response_id: int, transcript: list[dict], kind: str = "response_required") -> tuple[str, dict]:
    """Send one turn and read its streamed answer: (the text, the closing message)."""
    ws.send(json.dumps({"interaction_type": "update_only", "transcript": transcript}))
    ws.send(json.dumps({"interaction_type": kind, "response_id": response_id, "transcript": transcript}))
    pieces: list[str] = []
    deadline = time.monotonic() + TURN_TIMEOUT_SECONDS
    while True:
        message = json.loads(ws.recv(timeout=max(0.1, deadline - time.monotonic())))
        if message.get("response_type") != "response" or message.get("response_id") != response_id:
            continue
        pieces.append(message.get("content") or "")
        if message.get("content_complete"):
            return "".join(pieces).strip(), message


def inbound_call(
    *,
    tenant,
    lines: list[str],
    to_number: str = "",
    from_number: str = DEFAULT_CALLER,
    address: tuple[str, int] | None = None,
) -> InboundCallReport:
    """Ring one of the workspace's numbers and talk to its agent through the LLM socket (in its schema)."""
    adapter = adapter_for(tenant)
    if not isinstance(adapter, SandboxAdapter):
        raise CallerError("The inbound caller plays the voice sandbox; this workspace uses the real provider.")
    number = _number(to_number)
    call_id = "call_sbx_" + secrets.token_hex(12)
    ring = {"from_number": from_number, "to_number": number.number, "outcome": "", "account": adapter.account}
    _save("ring", call_id, ring)
    state = register_inbound(call_id)
    if state is None:
        raise CallerError(f"{number.number} has no agent to answer it.")
    call, spec = state["call"], _agent_spec(state["call"])
    call.update(call_status="ongoing", start_timestamp=int(time.time() * 1000))
    _save("call", call_id, state)
    _send(spec, adapter.account, "call_started", _started_view(call))

    report = InboundCallReport(call_id=call_id)
    host, port = address or socket_address()
    uri = f"ws://{tenant_host(tenant)}:{port}/{LLM_WEBSOCKET_PATH}/{call_id}"
    try:
        with connect(uri, sock=socket.create_connection((host, port), timeout=5), open_timeout=5) as ws:
            config = json.loads(ws.recv(timeout=5))
            greeting = json.loads(ws.recv(timeout=5))
            if config.get("response_type") != "config" or greeting.get("response_id") != 0:
                raise CallerError("The socket did not open with config and a greeting.")
            report.turns.append({"role": "agent", "content": greeting.get("content", "")})
            ws.send(json.dumps({"interaction_type": "ping_pong", "timestamp": int(time.time() * 1000)}))
            while json.loads(ws.recv(timeout=5)).get("response_type") != "ping_pong":
                continue
            report.pongs += 1
            for response_id, line in enumerate(lines, start=1):
                report.turns.append({"role": "user", "content": line})
                text, closing = _turn(ws, response_id, report.turns)
                report.turns.append({"role": "agent", "content": text})
                report.end_call = bool(closing.get("end_call"))
                report.transfer_number = closing.get("transfer_number") or ""
                if report.end_call or report.transfer_number:
                    break
    except (OSError, TimeoutError, ValueError, WebSocketException) as exc:
        raise CallerError(f"The voice socket at {host}:{port} did not answer: {exc}") from exc
    _finish(state, report)
    return report


def _finish(state: dict, report: InboundCallReport) -> None:
    """Report the call as the provider would: call_ended, then call_analyzed (from what the functions did)."""
    call, sandbox = state["call"], state["sandbox"]
    timed, duration_ms = _timed(report.turns, 0)
    if report.transfer_number:
        reason = "call_transfer"
        call["transfer_destination"] = report.transfer_number
    else:
        reason = "agent_hangup" if report.end_call else "user_hangup"
    call.update(
        duration_ms=duration_ms,
        disconnection_reason=reason,
        transcript=_plain_transcript(report.turns),
        transcript_object=timed,
        recording_url=_recording_url(call["call_id"], duration_ms),
        call_cost=_cost(duration_ms),
    )
    functions = FunctionCall.objects.filter(provider_call_id=call["call_id"])
    sandbox["facts"] = {
        "appointment_booked": functions.filter(name="book_appointment", ok=True).exists(),
        "transfer_requested": functions.filter(name="transfer_to_human").exists(),
    }
    _save("call", call["call_id"], state)
    run_step(call["call_id"], "end")
    run_step(call["call_id"], "analyze")


def script(name: str) -> list[str]:
    if name not in SCRIPTS:
        raise CallerError(f"Unknown script {name!r}; use {', '.join(SCRIPTS)}.")
    return list(SCRIPTS[name])
