"""Provider events in: store raw, then fold them into the Call, in any order, any number of times.

Each event carries the whole call object as the provider knows it at that
stage. Events are ranked (started < transfer < ended < analyzed); an event
ranked at or above what the call has seen overwrites, a lower one only fills
gaps. So whatever order and however often they arrive, the call ends in the
same state, and its final state triggers the lead-status update and the
`CallFinished` event exactly once (a conditional claim on `finished_at`
under the row lock).
"""

from __future__ import annotations

import contextlib
import json
import logging
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from calls import outcomes
from calls.events import CallFinished
from calls.models import Agent, AgentVersion, Call, CallBooking, CallStatus, FunctionCall, PhoneNumber, WebhookEvent
from contacts.models import Contact, ContactSource, LeadStatus
from contacts.phones import InvalidPhone
from contacts.services import InvalidTransition, can_transition, contact_find_or_create, contact_set_status
from voiceplatform import events

logger = logging.getLogger(__name__)

EVENT_RANK = {
    "call_started": Call.Stage.STARTED,
    "transfer_started": Call.Stage.STARTED,
    "transfer_bridged": Call.Stage.STARTED,
    "transfer_cancelled": Call.Stage.STARTED,
    "transfer_ended": Call.Stage.STARTED,
    "call_ended": Call.Stage.ENDED,
    "call_analyzed": Call.Stage.ANALYZED,
}
STORED_EVENTS = frozenset(EVENT_RANK)
# Kept in their own columns rather than in provider_data.
TRANSCRIPT_KEYS = ("transcript", "transcript_object", "transcript_with_tool_calls")
MAX_EVENT_ATTEMPTS = 5

_INSERT_EVENT = """
INSERT INTO calls_webhookevent (provider, event, call_id, body, deliveries, status, error, attempts, received_at)
VALUES ('retell', %s, %s, %s, 1, 'pending', '', 0, now())
ON CONFLICT (call_id, event) DO UPDATE SET deliveries = calls_webhookevent.deliveries + 1
RETURNING id, (xmax = 0)
"""


def webhook_event_store(*, event: str, call_id: str, body: str, cursor=None) -> tuple[int, bool]:
    """Keep the raw event once per (call, event); returns (id, whether this delivery was the first).

    Pass the request's open cursor to save a round trip (each new cursor sets the search path).
    """
    if cursor is None:
        with connection.cursor() as own:
            return webhook_event_store(event=event, call_id=call_id, body=body, cursor=own)
    cursor.execute(_INSERT_EVENT, [event, call_id, body])
    event_id, inserted = cursor.fetchone()
    return event_id, bool(inserted)


def _apply_locked(event: WebhookEvent, tenant_schema: str, tenant=None) -> None:
    """Apply one event whose row the caller holds locked; a failure is recorded, not raised."""
    try:
        with transaction.atomic():
            payload = json.loads(event.body)
            call_apply_event(event=event.event, data=payload["call"], tenant_schema=tenant_schema, tenant=tenant)
    except Exception as exc:
        logger.exception("calls: processing webhook event %s failed", event.pk)
        WebhookEvent.objects.filter(pk=event.pk).update(
            status=WebhookEvent.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
        )
        return
    WebhookEvent.objects.filter(pk=event.pk).update(
        status=WebhookEvent.Status.PROCESSED, processed_at=timezone.now(), error=""
    )


def webhook_event_process(*, event_id: int, tenant_schema: str) -> None:
    """Apply one stored event to its call. Safe to run twice and next to a drain."""
    with transaction.atomic():
        event = (
            WebhookEvent.objects.select_for_update(skip_locked=True)
            .filter(pk=event_id)
            .exclude(status=WebhookEvent.Status.PROCESSED)
            .first()
        )
        if event is not None:
            _apply_locked(event, tenant_schema)


def drain_key(tenant_schema: str) -> str:
    return f"calls:webhook-drain:{tenant_schema}"


DRAIN_BATCH = 20


def webhook_events_drain(*, tenant_schema: str, limit: int = 2000) -> int:
    """Apply pending events, a small batch per transaction, until none is left.

    Several drains may run side by side (rows are claimed with SKIP LOCKED).
    The webhook view asks for a drain only when none is pending (a short-lived
    cache key), so a burst of events costs one task, not one each. The key is
    released before the last look for work, so an event stored meanwhile is
    either seen here or triggers a new drain.
    """
    from tenants.models import Tenant

    tenant = Tenant.objects.get(schema_name=tenant_schema)
    processed = 0
    released = False
    while processed < limit:
        with transaction.atomic():
            batch = list(
                WebhookEvent.objects.select_for_update(skip_locked=True)
                .filter(status=WebhookEvent.Status.PENDING)
                .order_by("received_at")[:DRAIN_BATCH]
            )
            for event in batch:
                _apply_locked(event, tenant_schema, tenant)
        if batch:
            processed += len(batch)
            released = False
            continue
        if released:
            return processed
        cache.delete(drain_key(tenant_schema))
        released = True
    from calls.tasks import request_drain

    request_drain(force=True)
    return processed


# --- folding an event into the call ---------------------------------------------------------------


def _ms_to_datetime(value) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    return None


def _merge(existing: dict, existing_stage: int, incoming: dict, rank: int) -> dict:
    incoming = {k: v for k, v in incoming.items() if k not in TRANSCRIPT_KEYS}
    if rank >= existing_stage:
        return {**existing, **incoming}
    return {**incoming, **existing}


def _lock_call(provider_call_id: str, data: dict) -> Call:
    call = Call.objects.select_for_update().filter(provider_call_id=provider_call_id).first()
    if call is not None:
        return call
    platform_id = (
        (data.get("metadata") or {}).get("platform_call_id") if isinstance(data.get("metadata"), dict) else None
    )
    if isinstance(platform_id, int):
        call = Call.objects.select_for_update().filter(pk=platform_id, provider_call_id__isnull=True).first()
        if call is not None:
            call.provider_call_id = provider_call_id
            call.save(update_fields=["provider_call_id", "updated_at"])
            return call
    Call.objects.bulk_create(
        [
            Call(
                provider_call_id=provider_call_id,
                direction=data.get("direction") if data.get("direction") in Call.Direction.values else "inbound",
                call_type=data.get("call_type") if data.get("call_type") in Call.CallType.values else "phone_call",
            )
        ],
        ignore_conflicts=True,
    )
    return Call.objects.select_for_update().get(provider_call_id=provider_call_id)


def _turns(data: dict, fallback: list) -> list[dict]:
    """Chat-style turns for the timeline: spoken lines with times, and the tools the agent used."""
    with_tools = data.get("transcript_with_tool_calls")
    timed = {
        (turn.get("role"), turn.get("content")): turn
        for turn in (data.get("transcript_object") or [])
        if isinstance(turn, dict)
    }
    source = with_tools if isinstance(with_tools, list) and with_tools else data.get("transcript_object")
    if not isinstance(source, list):
        return fallback
    turns = []
    for item in source:
        if not isinstance(item, dict):
            continue
        role = item.get("role")
        if role in ("agent", "user"):
            words = (timed.get((role, item.get("content"))) or item).get("words") or []
            turn = {"role": role, "content": str(item.get("content", ""))}
            if words and isinstance(words[0], dict):
                turn["start"] = words[0].get("start")
                turn["end"] = words[-1].get("end")
            turns.append(turn)
        elif role == "tool_call_invocation":
            turns.append({"role": "tool", "name": item.get("name", ""), "arguments": str(item.get("arguments", ""))})
        elif role == "tool_call_result":
            turns.append({"role": "tool_result", "content": str(item.get("content", ""))[:2000]})
    return turns


def _apply_transcript(call: Call, data: dict, rank: int) -> None:
    if not any(key in data for key in TRANSCRIPT_KEYS):
        return
    if rank < call.stage and call.transcript:
        return
    if isinstance(data.get("transcript"), str):
        call.transcript = data["transcript"]
    call.transcript_turns = _turns(data, call.transcript_turns)


def _number(value) -> str:
    return str(value or "")[:32]


def _agent_and_version(call: Call, data: dict) -> None:
    provider_agent_id = data.get("agent_id")
    if provider_agent_id and (call.agent is None or call.agent.provider_agent_id != provider_agent_id):
        call.agent = Agent.objects.filter(provider_agent_id=provider_agent_id).first() or call.agent
    version = data.get("agent_version")
    stale = call.agent_version is None or call.agent_version.provider_version != version
    if call.agent is not None and isinstance(version, int) and stale:
        match = AgentVersion.objects.filter(agent=call.agent, provider_version=version).order_by("-number").first()
        call.agent_version = match or call.agent_version


def _contact(call: Call, tenant) -> None:
    if call.contact_id is not None or call.call_type == Call.CallType.WEB:
        return
    number = call.counterpart_number
    if not number:
        return
    if call.direction == Call.Direction.INBOUND:
        try:
            call.contact, created = contact_find_or_create(tenant=tenant, phone=number, source=ContactSource.CALL)
        except InvalidPhone:
            call.note = call.note or f"Caller ID {number} is not a dialable number."
            return
        if created:
            call.lead_status_note = "New lead created from an inbound call."
    else:
        call.contact = Contact.objects.filter(phone=number).first()


def _derive(call: Call, merged: dict, transfer_bridged: bool) -> None:
    """Set every column that comes from the provider's call object."""
    if merged.get("direction") in Call.Direction.values:
        call.direction = merged["direction"]
    if merged.get("call_type") in Call.CallType.values:
        call.call_type = merged["call_type"]
    call.from_number = _number(merged.get("from_number")) or call.from_number
    call.to_number = _number(merged.get("to_number")) or call.to_number
    metadata = merged.get("metadata")
    if isinstance(metadata, dict):
        call.metadata = {key: value for key, value in metadata.items() if key != "platform_call_id"}
        for field in ("campaign_id", "campaign_attempt_id"):
            value = metadata.get(field)
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(call, field, value)
    variables = merged.get("retell_llm_dynamic_variables")
    if isinstance(variables, dict):
        call.dynamic_variables = variables
    call.provider_status = str(merged.get("call_status") or "")[:20]
    call.started_at = _ms_to_datetime(merged.get("start_timestamp")) or call.started_at
    call.ended_at = _ms_to_datetime(merged.get("end_timestamp")) or call.ended_at
    duration = merged.get("duration_ms")
    if isinstance(duration, int | float) and not isinstance(duration, bool):
        call.duration_ms = max(0, min(int(duration), 2**31 - 1))
    elif call.started_at and call.ended_at:
        call.duration_ms = max(0, int((call.ended_at - call.started_at).total_seconds() * 1000))
    call.disconnection_reason = str(merged.get("disconnection_reason") or "")[:60]
    call.transfer_destination = str(merged.get("transfer_destination") or "")[:40]
    for field in ("recording_url", "recording_multi_channel_url"):
        value = merged.get(field)
        if isinstance(value, str) and value.startswith(("https://", "http://")):
            setattr(call, field, value[:1000])
    cost = (merged.get("call_cost") or {}).get("combined_cost") if isinstance(merged.get("call_cost"), dict) else None
    if cost is not None:
        with contextlib.suppress(InvalidOperation):
            call.provider_cost_cents = Decimal(str(cost)).quantize(Decimal("0.0001"))
    analysis = merged.get("call_analysis") if isinstance(merged.get("call_analysis"), dict) else {}
    if analysis:
        call.summary = str(analysis.get("call_summary") or "")
        call.sentiment = str(analysis.get("user_sentiment") or "")[:10]
        call.successful = analysis.get("call_successful") if isinstance(analysis.get("call_successful"), bool) else None
        call.in_voicemail = analysis.get("in_voicemail") if isinstance(analysis.get("in_voicemail"), bool) else None
        custom = analysis.get("custom_analysis_data")
        call.analysis = custom if isinstance(custom, dict) else {}
        call.score = outcomes.score_for(call.analysis)

    if call.stage >= Call.Stage.ENDED:
        mapped = outcomes.map_ended_call(merged, transfer_bridged=transfer_bridged)
        call.status, call.outcome, call.retryable = mapped.status, mapped.outcome, mapped.retryable
        call.note = mapped.note or call.note
    elif call.stage >= Call.Stage.STARTED:
        call.status = CallStatus.IN_PROGRESS
    elif call.status == CallStatus.QUEUED and merged.get("call_status") == "registered":
        call.status = CallStatus.RINGING


def _is_final(call: Call, merged: dict) -> bool:
    if call.stage >= Call.Stage.ANALYZED:
        return True
    if call.stage == Call.Stage.ENDED:
        return not outcomes.map_ended_call(merged).connected
    return False


@transaction.atomic
def call_apply_event(*, event: str, data: dict, tenant_schema: str, tenant=None) -> Call:
    """Fold one provider event into its Call (creating it for calls we did not place)."""
    from tenants.models import Tenant

    if not isinstance(data, dict) or not isinstance(data.get("call_id"), str) or not data["call_id"]:
        raise ValueError("event has no call id")
    tenant = tenant or Tenant.objects.get(schema_name=tenant_schema)
    rank = EVENT_RANK.get(event, Call.Stage.PLACED)
    call = _lock_call(data["call_id"], data)
    previous_stage = call.stage
    transfer_bridged = bool(call.provider_data.get("_transfer_bridged")) or event == "transfer_bridged"
    merged = _merge(call.provider_data, previous_stage, data, rank)
    merged["_transfer_bridged"] = transfer_bridged
    call.stage = max(previous_stage, rank)
    _apply_transcript(call, data, rank)
    _derive(call, merged, transfer_bridged)
    _agent_and_version(call, merged)
    if call.phone_number_id is None:
        own = call.from_number if call.direction == Call.Direction.OUTBOUND else call.to_number
        call.phone_number = PhoneNumber.objects.filter(number=own, status=PhoneNumber.Status.ACTIVE).first()
    _contact(call, tenant)
    call.provider_data = merged
    call.last_event_at = timezone.now()
    call.save()

    if previous_stage < Call.Stage.STARTED <= call.stage < Call.Stage.ENDED and call.contact_id:
        _move_contact(call, LeadStatus.IN_CALL, f"Call {call.pk} connected")
    if _is_final(call, merged):
        call_finish(call=call, tenant_schema=tenant_schema)
    return call


def _move_contact(call: Call, status: str, reason: str) -> None:
    contact = Contact.objects.select_for_update().get(pk=call.contact_id)
    if contact.status == status:
        return
    if not can_transition(contact.status, status):
        call.lead_status_note = f"Kept {contact.status}: {contact.status} → {status} is not allowed."[:300]
        Call.objects.filter(pk=call.pk).update(lead_status_note=call.lead_status_note)
        return
    try:
        contact_set_status(contact=contact, status=status, reason=reason, actor_label="calls")
    except InvalidTransition as exc:
        call.lead_status_note = str(exc)[:300]
        Call.objects.filter(pk=call.pk).update(lead_status_note=call.lead_status_note)


def conversion_evidence(call: Call) -> str:
    """What shows that this call converted its lead ("" when nothing does).

    A lead is converted by a booking or an explicit conversion: an appointment booked during the call, the
    real appointment a reminder call was about, or the agent's own `converted` field. A "confirmed" outcome
    alone (an agent confirming an appointment that does not exist) is not evidence.
    """
    from appointments.models import Appointment, AppointmentStatus

    if outcomes.truthy((call.analysis or {}).get("converted")):
        return "converted"
    if call.provider_call_id and (
        FunctionCall.objects.filter(provider_call_id=call.provider_call_id, name="book_appointment", ok=True)
        .filter(response__ok=True)
        .exists()
        or CallBooking.objects.filter(provider_call_id=call.provider_call_id, status=CallBooking.Status.BOOKED).exists()
    ):
        return "booked on the call"
    appointment_id = (call.metadata or {}).get("appointment_id")
    if (
        str(appointment_id or "").isdigit()
        and Appointment.objects.filter(pk=int(appointment_id), contact_id=call.contact_id)
        .exclude(status=AppointmentStatus.CANCELLED)
        .exists()
    ):
        return "appointment"
    return ""


def call_finish(*, call: Call, tenant_schema: str) -> bool:
    """Settle the contact and publish CallFinished, once. Must run under the call's row lock."""
    claimed = Call.objects.filter(pk=call.pk, finished_at__isnull=True).update(finished_at=timezone.now())
    if not claimed:
        return False
    call.refresh_from_db()
    if call.contact_id:
        target = outcomes.lead_status_for(call.status, call.outcome)
        label = f"{call.get_status_display()}" + (f", {call.get_outcome_display().lower()}" if call.outcome else "")
        if target == LeadStatus.CONVERTED and not conversion_evidence(call):
            target = LeadStatus.FOLLOW_UP
            call.lead_status_note = " ".join(
                filter(
                    None,
                    [
                        call.lead_status_note,
                        "Not marked converted: the call reported a confirmation, "
                        "but no appointment or booking backs it.",
                    ],
                )
            )[:300]
            Call.objects.filter(pk=call.pk).update(lead_status_note=call.lead_status_note)
        if target:
            current = Contact.objects.filter(pk=call.contact_id).values_list("status", flat=True).first()
            connected = outcomes.map_ended_call(call.provider_data).connected
            if (
                connected
                and not can_transition(current, target)
                and can_transition(current, LeadStatus.IN_CALL)
                and can_transition(LeadStatus.IN_CALL, target)
            ):
                # The start of the call was never reported (lost or late): record the call as it happened.
                _move_contact(call, LeadStatus.IN_CALL, f"Call {call.pk} connected")
            _move_contact(call, target, f"Call {call.pk}: {label}")
        else:
            call.lead_status_note = call.lead_status_note or f"No lead status change for {label.lower()}."
            Call.objects.filter(pk=call.pk).update(lead_status_note=call.lead_status_note)
        updates = {"last_activity_at": call.ended_at or timezone.now()}
        if call.score is not None:
            updates["lead_score"] = call.score
        contact = Contact.objects.get(pk=call.contact_id)
        qualification = {k: v for k, v in (call.analysis or {}).items() if v not in ("", None, False)}
        if qualification:
            updates["qualification"] = {**contact.qualification, **qualification}
        Contact.objects.filter(pk=call.contact_id).update(**updates, updated_at=timezone.now())
    events.publish(CallFinished.of(call, schema_name=tenant_schema))
    return True
