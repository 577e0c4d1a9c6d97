"""What the calls app keeps about a person, for the contact timeline, the GDPR export and erasure.

Registered with `contacts.hooks` in CallsConfig.ready(). Erasure keeps each
call row (status, outcome, duration and cost feed statistics and billing)
and removes what identifies or describes the person: their number, the
transcript, summary, analysis, recording references, the provider's raw
events and what the in-call functions were told.
"""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse

from calls.models import Call, CallBooking, FunctionCall, WebhookEvent
from contacts.hooks import Erasure, TimelineEntry

TIMELINE_LIMIT = 100


def _calls_of(contact_ids, phones) -> Q:
    condition = Q(contact_id__in=contact_ids)
    if phones:
        condition |= Q(direction=Call.Direction.OUTBOUND, to_number__in=phones)
        condition |= Q(direction=Call.Direction.INBOUND, from_number__in=phones)
    return condition


def call_timeline(contact) -> list[TimelineEntry]:
    entries = []
    for call in Call.objects.filter(contact=contact).order_by("-created_at")[:TIMELINE_LIMIT]:
        outcome = f" · {call.get_outcome_display().lower()}" if call.outcome else ""
        entries.append(
            TimelineEntry(
                at=call.started_at or call.created_at,
                kind="call",
                title=f"{call.get_direction_display()} call · {call.get_status_display().lower()}{outcome}",
                detail=call.summary,
                url=reverse("calls:detail", args=[call.pk]),
            )
        )
    return entries


def calls_export(contact) -> dict:
    calls = Call.objects.filter(contact=contact).order_by("created_at", "id")
    return {
        "calls": [
            {
                "id": call.pk,
                "direction": call.direction,
                "from_number": call.from_number,
                "to_number": call.to_number,
                "status": call.status,
                "outcome": call.outcome,
                "started_at": call.started_at and call.started_at.isoformat(),
                "duration_seconds": call.duration_seconds,
                "summary": call.summary,
                "transcript": call.transcript,
                "sentiment": call.sentiment,
                "analysis": call.analysis,
                "variables": call.dynamic_variables,
                "has_recording": bool(call.recording_url),
                "functions": list(
                    FunctionCall.objects.filter(provider_call_id=call.provider_call_id)
                    .order_by("created_at", "id")
                    .values("name", "args", "response")
                )
                if call.provider_call_id
                else [],
            }
            for call in calls
        ],
        "call_bookings": [
            {
                "start": b.start.isoformat(),
                "end": b.end.isoformat(),
                "status": b.status,
                "name": b.name,
                "notes": b.notes,
            }
            for b in CallBooking.objects.filter(contact=contact).order_by("start", "id")
        ],
    }


def calls_erase(erasure: Erasure) -> None:
    calls = Call.objects.filter(_calls_of(erasure.contact_ids, erasure.phones))
    provider_ids = [pid for pid in calls.values_list("provider_call_id", flat=True) if pid]
    calls.filter(direction=Call.Direction.OUTBOUND).update(to_number="")
    calls.filter(direction=Call.Direction.INBOUND).update(from_number="")
    calls.update(
        dynamic_variables={},
        transcript="",
        transcript_turns=[],
        summary="",
        sentiment="",
        analysis={},
        recording_url="",
        recording_multi_channel_url="",
        provider_data={},
        note="",
        lead_status_note="",
    )
    if provider_ids:
        WebhookEvent.objects.filter(call_id__in=provider_ids).update(body="{}", error="")
        FunctionCall.objects.filter(provider_call_id__in=provider_ids).update(args={}, response={})
    CallBooking.objects.filter(Q(contact_id__in=erasure.contact_ids) | Q(provider_call_id__in=provider_ids)).update(
        name="", notes=""
    )
