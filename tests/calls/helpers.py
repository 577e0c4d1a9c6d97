"""Provider-shaped payloads and signed deliveries for the calls tests."""

import json
import time

from django.conf import settings

from calls import signatures
from calls.voice import hook_token


def call_object(call_id="call_abc123", *, stage="ended", direction="inbound", agent_id="", **extra) -> dict:
    """A provider call object as sent with `stage`'s event."""
    now = int(time.time() * 1000)
    call = {
        "call_id": call_id,
        "agent_id": agent_id or "agent_unknown",
        "agent_version": 0,
        "call_type": "phone_call",
        "direction": direction,
        "from_number": "+447911123456" if direction == "inbound" else "+14155550100",
        "to_number": "+14155550100" if direction == "inbound" else "+447911123456",
        "call_status": "ongoing",
        "start_timestamp": now - 30_000,
    }
    if stage in ("ended", "analyzed"):
        call.update(
            call_status="ended",
            end_timestamp=now,
            duration_ms=30_000,
            disconnection_reason="agent_hangup",
            transcript="Agent: Hello, can I help?\nUser: I'd like to confirm. Yes.",
            transcript_object=[
                {
                    "role": "agent",
                    "content": "Hello, can I help?",
                    "words": [{"word": "Hello,", "start": 0.5, "end": 0.9}],
                },
                {
                    "role": "user",
                    "content": "I'd like to confirm. Yes.",
                    "words": [{"word": "I'd", "start": 2.0, "end": 2.2}],
                },
            ],
            recording_url="https://recordings.example.test/abc.wav",
            call_cost={"combined_cost": 12.5, "product_costs": []},
        )
    if stage == "analyzed":
        call["call_analysis"] = {
            "call_summary": "The caller confirmed.",
            "user_sentiment": "Positive",
            "call_successful": True,
            "in_voicemail": False,
            "custom_analysis_data": {"appointment_confirmed": True},
        }
    call.update(extra)
    return call


def event_body(event: str, call: dict) -> str:
    return json.dumps({"event": event, "call": call}, ensure_ascii=False)


def signature(body: str, key: str | None = None, timestamp: int | None = None) -> str:
    return signatures.sign(body, key or settings.RETELL_API_KEY, timestamp)


def post_event(client, tenant, body: str, *, sig: str | None = None, token: str | None = None, path_suffix=""):
    token = token or hook_token(tenant)
    headers = {} if sig == "" else {"HTTP_X_RETELL_SIGNATURE": sig or signature(body)}
    return client.post(
        f"/hooks/retell/{token}/{path_suffix}", data=body.encode("utf-8"), content_type="application/json", **headers
    )
