"""Cal.com webhooks (payload version 2021-10-20), as described in contracts/calcom.md.

Signature: `X-Cal-Signature-256` is the lowercase hex HMAC-SHA256 of the raw
body keyed with the tenant's webhook secret. There is no timestamp, so
replays are absorbed by the dedupe key (uid, triggerEvent, createdAt).
"""

from __future__ import annotations

import hashlib
import hmac

from appointments.providers import (
    CANCELLED,
    CREATED,
    ENDED,
    IGNORED,
    NO_SHOW,
    REJECTED,
    REQUESTED,
    RESCHEDULED,
    Guest,
    PayloadError,
    ProviderEvent,
    parse_time,
    text,
)
from voiceplatform.boundary import load_json

SIGNATURE_HEADER = "X-Cal-Signature-256"
NO_SECRET = "no-secret-provided"

ACTIONS = {
    "BOOKING_CREATED": CREATED,
    "BOOKING_REQUESTED": REQUESTED,
    "BOOKING_RESCHEDULED": RESCHEDULED,
    "BOOKING_CANCELLED": CANCELLED,
    "BOOKING_REJECTED": REJECTED,
    "BOOKING_NO_SHOW_UPDATED": NO_SHOW,
    "MEETING_ENDED": ENDED,
}


def signature_for(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def verify(body: bytes, header: str | None, secret: str) -> bool:
    """A configured secret is required; the literal `no-secret-provided` never passes."""
    if not secret or not header or header.strip() == NO_SECRET:
        return False
    return hmac.compare_digest(header.strip().lower(), signature_for(body, secret))


def _phone(payload: dict, attendee: dict) -> str:
    if attendee.get("phoneNumber"):
        return text(attendee["phoneNumber"], 40)
    responses = payload.get("responses") if isinstance(payload.get("responses"), dict) else {}
    for key in ("attendeePhoneNumber", "smsReminderNumber", "phone"):
        answer = responses.get(key)
        value = answer.get("value") if isinstance(answer, dict) else answer
        if isinstance(value, str) and value.strip():
            return text(value, 40)
    return text(payload.get("smsReminderNumber"), 40)


def parse(body: bytes) -> ProviderEvent:
    try:
        data = load_json(body)
    except ValueError as exc:
        raise PayloadError(f"the body is not usable JSON ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("triggerEvent"), str):
        raise PayloadError("triggerEvent is missing")
    trigger = data["triggerEvent"]
    payload = data.get("payload")
    if not isinstance(payload, dict):
        raise PayloadError("payload is missing")
    created_at = text(data.get("createdAt"), 60)
    action = ACTIONS.get(trigger, IGNORED)

    if action == NO_SHOW:
        uid = text(payload.get("bookingUid"), 300)
        if not uid:
            raise PayloadError("bookingUid is missing")
        attendees = payload.get("attendees") if isinstance(payload.get("attendees"), list) else []
        flags = [bool(a.get("noShow")) for a in attendees if isinstance(a, dict)]
        return ProviderEvent(
            action=action,
            event_type=trigger,
            dedupe_key=f"calcom:{uid}:{trigger}:{created_at}",
            external_id=uid,
            no_show=any(flags),
        )

    uid = text(payload.get("uid"), 300)
    if not uid and action != IGNORED:
        raise PayloadError("uid is missing")
    dedupe_key = f"calcom:{uid}:{trigger}:{created_at}"
    if action == IGNORED:
        return ProviderEvent(action=action, event_type=trigger, dedupe_key=dedupe_key, external_id=uid)

    attendees = payload.get("attendees") if isinstance(payload.get("attendees"), list) else []
    attendee = attendees[0] if attendees and isinstance(attendees[0], dict) else {}
    organizer = payload.get("organizer") if isinstance(payload.get("organizer"), dict) else {}
    guest = Guest(
        name=text(attendee.get("name"), 200),
        first_name=text(attendee.get("firstName"), 100),
        last_name=text(attendee.get("lastName"), 100),
        email=text(attendee.get("email"), 254),
        phone=_phone(payload, attendee),
        timezone=text(attendee.get("timeZone"), 64),
    )
    needs_times = action in (CREATED, REQUESTED, RESCHEDULED)
    return ProviderEvent(
        action=action,
        event_type=trigger,
        dedupe_key=dedupe_key,
        external_id=uid,
        previous_external_id=text(payload.get("rescheduleUid"), 300) if action == RESCHEDULED else "",
        start_at=parse_time(payload.get("startTime"), "startTime") if needs_times else None,
        end_at=parse_time(payload.get("endTime"), "endTime") if needs_times else None,
        title=text(payload.get("eventTitle") or payload.get("title"), 200),
        type_key=text(payload.get("type"), 80),
        host_email=text(organizer.get("email"), 254),
        guest=guest,
        notes=text(payload.get("additionalNotes"), 2000),
        reason=text(payload.get("cancellationReason") or payload.get("rejectionReason"), 300),
    )
