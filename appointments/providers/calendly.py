"""Calendly webhooks (API v2), as described in contracts/calendly.md.

Signature: `Calendly-Webhook-Signature: t=<unix seconds>,v1=<hex>` with
v1 = HMAC-SHA256(signing key, "<t>.<raw body>"); older than 180 seconds is
stale. A reschedule is a cancel (rescheduled=true, new_invitee) plus a
create (old_invitee), in either order.
"""

from __future__ import annotations

import hashlib
import hmac
import time

from appointments.providers import (
    CANCELLED,
    CANCELLED_FOR_RESCHEDULE,
    CREATED,
    IGNORED,
    RESCHEDULED,
    Guest,
    PayloadError,
    ProviderEvent,
    parse_time,
    text,
)
from voiceplatform.boundary import load_json

SIGNATURE_HEADER = "Calendly-Webhook-Signature"
TOLERANCE_SECONDS = 180


def signature_for(body: bytes, secret: str, timestamp: int) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def header_for(body: bytes, secret: str, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={signature_for(body, secret, timestamp)}"


def verify(body: bytes, header: str | None, secret: str, *, now: float | None = None) -> bool:
    """Reject a missing header, a bad digest, or a timestamp more than 180 s away from now."""
    if not secret or not header:
        return False
    parts = {}
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        parts.setdefault(key, []).append(value)
    try:
        timestamp = int(parts.get("t", [""])[0])
    except ValueError:
        return False
    now = time.time() if now is None else now
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = signature_for(body, secret, timestamp)
    return any(hmac.compare_digest(candidate.lower(), expected) for candidate in parts.get("v1", []))


def _phone(payload: dict) -> str:
    if isinstance(payload.get("text_reminder_number"), str) and payload["text_reminder_number"].strip():
        return text(payload["text_reminder_number"], 40)
    answers = payload.get("questions_and_answers") if isinstance(payload.get("questions_and_answers"), list) else []
    for answer in answers:
        if isinstance(answer, dict) and "phone" in str(answer.get("question", "")).lower():
            return text(answer.get("answer"), 40)
    return ""


def parse(body: bytes) -> ProviderEvent:
    try:
        data = load_json(body)
    except ValueError as exc:
        raise PayloadError(f"the body is not usable JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("event"), str):
        raise PayloadError("event is missing")
    event_name = data["event"]
    payload = data.get("payload")
    if not isinstance(payload, dict):
        raise PayloadError("payload is missing")
    uri = text(payload.get("uri"), 300)
    if not uri:
        raise PayloadError("the invitee uri is missing")
    dedupe_key = f"calendly:{uri}:{event_name}"
    if event_name not in ("invitee.created", "invitee.canceled"):
        return ProviderEvent(action=IGNORED, event_type=event_name, dedupe_key=dedupe_key, external_id=uri)

    scheduled = payload.get("scheduled_event") if isinstance(payload.get("scheduled_event"), dict) else {}
    memberships = scheduled.get("event_memberships") if isinstance(scheduled.get("event_memberships"), list) else []
    host = memberships[0] if memberships and isinstance(memberships[0], dict) else {}
    guest = Guest(
        name=text(payload.get("name"), 200),
        first_name=text(payload.get("first_name"), 100),
        last_name=text(payload.get("last_name"), 100),
        email=text(payload.get("email"), 254),
        phone=_phone(payload),
        timezone=text(payload.get("timezone"), 64),
    )
    common = {
        "event_type": event_name,
        "dedupe_key": dedupe_key,
        "external_id": uri,
        "title": text(scheduled.get("name"), 200),
        "type_key": text(scheduled.get("name"), 200),
        "host_email": text(host.get("user_email"), 254),
        "guest": guest,
    }
    if event_name == "invitee.created":
        old = text(payload.get("old_invitee"), 300)
        return ProviderEvent(
            action=RESCHEDULED if old else CREATED,
            previous_external_id=old,
            start_at=parse_time(scheduled.get("start_time"), "scheduled_event.start_time"),
            end_at=parse_time(scheduled.get("end_time"), "scheduled_event.end_time"),
            **common,
        )
    cancellation = payload.get("cancellation") if isinstance(payload.get("cancellation"), dict) else {}
    if payload.get("rescheduled") is True:
        return ProviderEvent(
            action=CANCELLED_FOR_RESCHEDULE, next_external_id=text(payload.get("new_invitee"), 300), **common
        )
    return ProviderEvent(action=CANCELLED, reason=text(cancellation.get("reason"), 300), **common)
