"""The public event catalogue: every event a tenant's own systems can hear about, and where it comes from.

A public event is the versioned envelope

    {"id": "evt_...", "type": "call.completed", "version": 1, "created_at": "<ISO 8601 UTC>", "data": {...}}

sent to outbound webhooks and REST-hook subscriptions. Public events are not
raised by the apps: they are derived here from the apps' internal domain
events (`SOURCES`, keyed by the internal event's class path). A source whose
app is not installed yet (knowledge, billing) is simply not subscribed; it is
picked up as soon as its module imports.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventType:
    name: str
    summary: str
    fields: dict[str, str]
    sample: dict
    version: int = 1
    source: str = ""


_CALL_FIELDS = {
    "call_id": "Our id of the call.",
    "provider_call_id": "The voice provider's id of the call.",
    "direction": "inbound or outbound.",
    "status": "Final status: completed, transferred, voicemail, no_answer, busy, failed ...",
    "outcome": "confirmed, reschedule_requested, cancelled, qualified, not_interested, callback_requested or empty.",
    "contact_id": "The contact called (or null).",
    "agent_id": "The voice agent (or null).",
    "campaign_id": "The campaign that placed the call (or null).",
    "from_number": "E.164.",
    "to_number": "E.164.",
    "started_at": "ISO 8601 UTC (or null).",
    "ended_at": "ISO 8601 UTC (or null).",
    "duration_ms": "Talk time in milliseconds.",
    "summary": "The post-call summary (call.analyzed only has it for certain).",
    "sentiment": "From the analysis.",
    "successful": "From the analysis (or null).",
    "analysis": "The agent's custom post-call fields.",
}
_CALL_SAMPLE = {
    "call_id": 812,
    "provider_call_id": "call_2f6c1a9e",
    "direction": "outbound",
    "status": "completed",
    "outcome": "confirmed",
    "contact_id": 41,
    "agent_id": 3,
    "campaign_id": 7,
    "from_number": "+442071234567",
    "to_number": "+447700900123",
    "started_at": "2026-12-03T10:00:04Z",
    "ended_at": "2026-12-03T10:01:31Z",
    "duration_ms": 87000,
    "summary": "The patient confirmed Tuesday's check-up.",
    "sentiment": "positive",
    "successful": True,
    "analysis": {"confirmed": True},
}
_APPOINTMENT_FIELDS = {
    "appointment_id": "Our id of the appointment.",
    "change": "created, rescheduled, cancelled, confirmed, completed or no_show.",
    "status": "The appointment's status now.",
    "contact_id": "The guest.",
    "start_at": "ISO 8601 UTC.",
    "end_at": "ISO 8601 UTC.",
    "previous_start_at": "Before a reschedule (else null).",
    "title": "The appointment type or title.",
    "resource": "Who or what is booked.",
    "source": "portal, api, call, guest, calcom, calendly ...",
}
_APPOINTMENT_SAMPLE = {
    "appointment_id": 55,
    "change": "created",
    "status": "scheduled",
    "contact_id": 41,
    "start_at": "2026-12-08T09:30:00Z",
    "end_at": "2026-12-08T10:00:00Z",
    "previous_start_at": None,
    "title": "Check-up",
    "resource": "Dr Patel",
    "source": "call",
}
_CONTACT_FIELDS = {
    "contact_id": "Our id of the contact.",
    "first_name": "",
    "last_name": "",
    "phone": "E.164 (or null).",
    "email": "",
    "status": "Lead status.",
    "source": "manual, import, api, call ...",
}
_CONTACT_SAMPLE = {
    "contact_id": 41,
    "first_name": "Ana",
    "last_name": "Silva",
    "phone": "+447700900123",
    "email": "ana@example.com",
    "status": "new",
    "source": "api",
}
_LEAD_FIELDS = {
    "contact_id": "Our id of the contact.",
    "from_status": "Lead status before.",
    "to_status": "Lead status now.",
    "changed_by": "Who moved it (email, or system).",
    "reason": "Why, when given.",
}
_LEAD_SAMPLE = {
    "contact_id": 41,
    "from_status": "calling",
    "to_status": "qualified",
    "changed_by": "system",
    "reason": "Qualified on call 812.",
}
_CAMPAIGN_FIELDS = {
    "campaign_id": "Our id of the campaign.",
    "name": "",
    "from_status": "Status before.",
    "status": "Status now.",
    "reason": "Why (e.g. the auto-pause's reason).",
    "automatic": "True when the platform (not a person) made the change.",
}
_CAMPAIGN_SAMPLE = {
    "campaign_id": 7,
    "name": "December check-up reminders",
    "from_status": "running",
    "status": "paused",
    "reason": "Too many failed calls",
    "automatic": True,
}
_CONVERSATION_FIELDS = {
    "conversation_id": "The chat or voice conversation.",
    "reason": "Why it needs a person.",
    "contact_id": "The contact, when known.",
}
_BALANCE_FIELDS = {
    "balance": "The prepaid balance now (decimal string).",
    "currency": "ISO 4217.",
    "threshold": "The low-balance threshold (balance.low).",
}

EVENT_TYPES: dict[str, EventType] = {
    e.name: e
    for e in (
        EventType("call.completed", "A call was answered and finished.", _CALL_FIELDS, _CALL_SAMPLE),
        EventType(
            "call.failed",
            "A call ended without a conversation (no answer, busy, voicemail, failed).",
            _CALL_FIELDS,
            {**_CALL_SAMPLE, "status": "no_answer", "outcome": "", "duration_ms": 0, "summary": "", "successful": None},
        ),
        EventType("call.analyzed", "The post-call analysis of a finished call is in.", _CALL_FIELDS, _CALL_SAMPLE),
        EventType("appointment.created", "An appointment was booked.", _APPOINTMENT_FIELDS, _APPOINTMENT_SAMPLE),
        EventType(
            "appointment.updated",
            "An appointment was rescheduled, confirmed, completed or marked no-show.",
            _APPOINTMENT_FIELDS,
            {**_APPOINTMENT_SAMPLE, "change": "rescheduled", "previous_start_at": "2026-12-07T09:30:00Z"},
        ),
        EventType(
            "appointment.cancelled",
            "An appointment was cancelled.",
            _APPOINTMENT_FIELDS,
            {**_APPOINTMENT_SAMPLE, "change": "cancelled", "status": "cancelled"},
        ),
        EventType("lead.qualified", "A contact's lead status became qualified.", _LEAD_FIELDS, _LEAD_SAMPLE),
        EventType(
            "lead.status_changed",
            "A contact's lead status moved.",
            _LEAD_FIELDS,
            {**_LEAD_SAMPLE, "to_status": "callback_requested"},
        ),
        EventType(
            "contact.created", "A contact was added (not sent per imported row).", _CONTACT_FIELDS, _CONTACT_SAMPLE
        ),
        EventType(
            "campaign.started",
            "A campaign started calling.",
            _CAMPAIGN_FIELDS,
            {
                **_CAMPAIGN_SAMPLE,
                "from_status": "scheduled",
                "status": "running",
                "reason": "Start time reached",
                "automatic": False,
            },
        ),
        EventType(
            "campaign.paused",
            "A campaign was paused (by a person or automatically).",
            _CAMPAIGN_FIELDS,
            _CAMPAIGN_SAMPLE,
        ),
        EventType(
            "campaign.completed",
            "A campaign finished.",
            _CAMPAIGN_FIELDS,
            {**_CAMPAIGN_SAMPLE, "status": "completed", "reason": "Everyone has been called", "automatic": True},
        ),
        EventType(
            "conversation.escalated",
            "A chat or voice conversation asked for a person.",
            _CONVERSATION_FIELDS,
            {"conversation_id": 19, "reason": "The visitor asked for a person.", "contact_id": 41},
            source="knowledge.events.ConversationEscalated",
        ),
        EventType(
            "balance.low",
            "The prepaid balance fell below the tenant's threshold.",
            _BALANCE_FIELDS,
            {"balance": "4.20", "currency": "GBP", "threshold": "5.00"},
            source="billing.events.BalanceLow",
        ),
        EventType(
            "balance.depleted",
            "The prepaid balance ran out: calls and messages stop until it is topped up.",
            _BALANCE_FIELDS,
            {"balance": "0.00", "currency": "GBP", "threshold": "5.00"},
            source="billing.events.BalanceDepleted",
        ),
    )
}
TEST_EVENT = "webhook.test"


def event_names() -> list[str]:
    return list(EVENT_TYPES)


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


# --- sources: internal event -> [(public type, data)] -----------------------------------------

ANSWERED = {"completed", "transferred"}


def _from_call(event) -> list[tuple[str, dict]]:
    from calls.models import Call

    call = Call.objects.filter(pk=event.call_id).first()
    if call is None:
        return []
    data = {
        "call_id": call.pk,
        "provider_call_id": call.provider_call_id or "",
        "direction": call.direction,
        "status": call.status,
        "outcome": call.outcome,
        "contact_id": call.contact_id,
        "agent_id": call.agent_id,
        "campaign_id": call.campaign_id,
        "from_number": call.from_number,
        "to_number": call.to_number,
        "started_at": iso(call.started_at),
        "ended_at": iso(call.ended_at),
        "duration_ms": call.duration_ms or 0,
        "summary": call.summary,
        "sentiment": call.sentiment,
        "successful": call.successful,
        "analysis": call.analysis or {},
    }
    found = [("call.completed" if call.status in ANSWERED else "call.failed", data)]
    if call.stage == Call.Stage.ANALYZED:
        found.append(("call.analyzed", data))
    return found


_APPOINTMENT_TYPES = {"created": "appointment.created", "cancelled": "appointment.cancelled"}


def _from_appointment(event) -> list[tuple[str, dict]]:
    from appointments.models import Appointment

    appointment = Appointment.objects.select_related("resource", "appointment_type").filter(pk=event.appointment_id)
    appointment = appointment.first()
    if appointment is None:
        return []
    data = {
        "appointment_id": appointment.pk,
        "change": event.kind,
        "status": appointment.status,
        "contact_id": appointment.contact_id,
        "start_at": iso(appointment.start_at),
        "end_at": iso(appointment.end_at),
        "previous_start_at": iso(event.previous_start_at),
        "title": appointment.display_title,
        "resource": appointment.resource.name,
        "source": appointment.source,
    }
    return [(_APPOINTMENT_TYPES.get(event.kind, "appointment.updated"), data)]


def _from_contact_created(event) -> list[tuple[str, dict]]:
    from contacts.models import Contact

    contact = Contact.objects.filter(pk=event.contact_id).first()
    if contact is None:
        return []
    data = {
        "contact_id": contact.pk,
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "phone": contact.phone,
        "email": contact.email,
        "status": contact.status,
        "source": contact.source,
    }
    return [("contact.created", data)]


def _from_lead_status(event) -> list[tuple[str, dict]]:
    data = {
        "contact_id": event.contact_id,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "changed_by": event.actor_label,
        "reason": event.reason,
    }
    found = [("lead.status_changed", data)]
    if event.to_status == "qualified":
        found.append(("lead.qualified", data))
    return found


_CAMPAIGN_TYPES = {"paused": "campaign.paused", "completed": "campaign.completed"}


def _from_campaign(event) -> list[tuple[str, dict]]:
    if event.to_status == "running":
        name = "campaign.started" if event.from_status == "scheduled" else ""
    else:
        name = _CAMPAIGN_TYPES.get(event.to_status, "")
    if not name:
        return []
    data = {
        "campaign_id": event.campaign_id,
        "name": event.name,
        "from_status": event.from_status,
        "status": event.to_status,
        "reason": event.reason,
        "automatic": event.automatic,
    }
    return [(name, data)]


def _plain(value):
    """An event field as JSON: dates as ISO strings, decimals and others as strings."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def _fields_of(event) -> dict:
    return {f.name: _plain(getattr(event, f.name)) for f in dataclasses.fields(event) if f.name != "schema_name"}


def _as(name: str) -> Callable:
    """A source whose event's own fields are the payload (events announced by apps that land later)."""
    return lambda event: [(name, _fields_of(event))]


@dataclass(frozen=True)
class Source:
    path: str
    mapper: Callable
    alerts: bool = field(default=True)


SOURCES: tuple[Source, ...] = (
    Source("calls.events.CallFinished", _from_call),
    Source("appointments.events.AppointmentChanged", _from_appointment),
    Source("contacts.events.ContactCreated", _from_contact_created),
    Source("contacts.events.LeadStatusChanged", _from_lead_status),
    Source("campaigns.events.CampaignStatusChanged", _from_campaign),
    Source("knowledge.events.ConversationEscalated", _as("conversation.escalated")),
    Source("billing.events.BalanceLow", _as("balance.low")),
    Source("billing.events.BalanceDepleted", _as("balance.depleted")),
)


def load(path: str):
    """The event class at `path`, or None while its app does not define it."""
    module_name, _, class_name = path.rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, class_name, None)


def public_events_of(event) -> list[tuple[str, dict]]:
    """The public events an internal event stands for."""
    path = f"{type(event).__module__}.{type(event).__qualname__}"
    for source in SOURCES:
        if source.path == path:
            return [(name, data) for name, data in source.mapper(event) if name in EVENT_TYPES]
    return []


def available_sources() -> list:
    """The internal event classes that exist in this installation."""
    return [klass for klass in (load(source.path) for source in SOURCES) if klass is not None]
