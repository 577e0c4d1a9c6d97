"""How provider call data maps onto our call status, business outcome and lead status.

Three tables, read top to bottom, are the whole policy:

1. DISCONNECTION_STATUS: the provider's disconnection reason -> call status
   (contract: shared/contracts/retell.md), with voicemail detected by the
   analysis and a bridged transfer overriding a normal end.
2. BUSINESS_OUTCOME_RULES: the agent's post-call fields -> business outcome,
   first match wins; only answered calls have one.
3. LEAD_STATUS_FOR: (call status, outcome) -> the contact's lead status, which
   contacts.services.contact_set_status applies only where its transition
   table allows.
"""

from __future__ import annotations

from dataclasses import dataclass

from calls.models import CallOutcome, CallStatus
from contacts.models import LeadStatus

S = CallStatus
OC = CallOutcome

DISCONNECTION_STATUS: dict[str, str] = {
    # reached a person, normal end
    "user_hangup": S.COMPLETED,
    "agent_hangup": S.COMPLETED,
    "inactivity": S.COMPLETED,
    "max_duration_reached": S.COMPLETED,
    "call_transfer": S.TRANSFERRED,
    "manual_stopped": S.COMPLETED,
    "call_take_over": S.COMPLETED,
    # answered by a machine
    "voicemail_reached": S.VOICEMAIL,
    "ivr_reached": S.IVR,
    # nobody answered
    "dial_no_answer": S.NO_ANSWER,
    "user_declined": S.NO_ANSWER,
    "dial_busy": S.BUSY,
    # could not be placed or broke
    "dial_failed": S.FAILED,
    "telephony_provider_unavailable": S.FAILED,
    "telephony_provider_permission_denied": S.FAILED,
    "sip_routing_error": S.FAILED,
    "invalid_destination": S.FAILED,
    "marked_as_spam": S.FAILED,
    "no_valid_payment": S.FAILED,
    "scam_detected": S.FAILED,
    "registered_call_timeout": S.FAILED,
    # never attempted: requeue
    "concurrency_limit_reached": S.NOT_ATTEMPTED,
    "no_concurrency_fallback": S.NOT_ATTEMPTED,
}

# Reasons after which the call never connected: no analysis worth waiting for.
NOT_CONNECTED_REASONS = frozenset(
    reason
    for reason, status in DISCONNECTION_STATUS.items()
    if status in (S.NO_ANSWER, S.BUSY, S.NOT_ATTEMPTED)
    or (status == S.FAILED and reason not in ("scam_detected", "registered_call_timeout"))
)

# Failed calls that must not be retried as they are.
TERMINAL_REASONS = frozenset({"invalid_destination", "no_valid_payment", "scam_detected", "marked_as_spam"})
RETRYABLE_STATUSES = frozenset({S.VOICEMAIL, S.IVR, S.NO_ANSWER, S.BUSY, S.FAILED, S.NOT_ATTEMPTED})

NOTES = {
    "manual_stopped": "Stopped manually.",
    "call_take_over": "Taken over by a person.",
    "invalid_destination": "The number is invalid.",
    "marked_as_spam": "The number is marked as spam (check the caller ID's reputation).",
    "no_valid_payment": "The provider account has no valid payment method.",
    "scam_detected": "The provider stopped the call as suspected scam.",
    "concurrency_limit_reached": "Too many concurrent calls; not attempted.",
    "no_concurrency_fallback": "Too many concurrent calls; not attempted.",
    "max_duration_reached": "Reached the agent's maximum call length.",
    "inactivity": "Ended after silence.",
}


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "y")
    return bool(value)


truthy = _truthy


def _level(value) -> str:
    return str(value or "").strip().lower().replace("_", " ")


# (description, predicate over custom analysis data, outcome) - first match wins.
BUSINESS_OUTCOME_RULES = (
    (
        "appointment_cancelled or cancel_requested",
        lambda d: _truthy(d.get("appointment_cancelled")) or _truthy(d.get("cancel_requested")),
        OC.CANCELLED,
    ),
    ("reschedule_requested", lambda d: _truthy(d.get("reschedule_requested")), OC.RESCHEDULE_REQUESTED),
    (
        "appointment_confirmed or appointment_booked",
        lambda d: _truthy(d.get("appointment_confirmed")) or _truthy(d.get("appointment_booked")),
        OC.CONFIRMED,
    ),
    (
        "qualified, or interest_level high",
        lambda d: _truthy(d.get("qualified")) or _level(d.get("interest_level")) == "high",
        OC.QUALIFIED,
    ),
    ("callback_requested", lambda d: _truthy(d.get("callback_requested")), OC.CALLBACK_REQUESTED),
    (
        "not_interested, or interest_level none/low",
        lambda d: (
            _truthy(d.get("not_interested")) or _level(d.get("interest_level")) in ("none", "low", "not interested")
        ),
        OC.NOT_INTERESTED,
    ),
)

ANSWERED_STATUSES = frozenset({S.COMPLETED, S.TRANSFERRED})

LEAD_STATUS_FOR: dict[tuple[str, str], str] = {
    (S.COMPLETED, OC.CONFIRMED): LeadStatus.CONVERTED,
    (S.COMPLETED, OC.QUALIFIED): LeadStatus.QUALIFIED,
    (S.COMPLETED, OC.NOT_INTERESTED): LeadStatus.NOT_INTERESTED,
    (S.COMPLETED, OC.CALLBACK_REQUESTED): LeadStatus.CALLBACK_REQUESTED,
    (S.COMPLETED, OC.RESCHEDULE_REQUESTED): LeadStatus.FOLLOW_UP,
    (S.COMPLETED, OC.CANCELLED): LeadStatus.FOLLOW_UP,
    (S.COMPLETED, OC.NONE): LeadStatus.FOLLOW_UP,
    (S.TRANSFERRED, OC.CONFIRMED): LeadStatus.CONVERTED,
    (S.TRANSFERRED, OC.QUALIFIED): LeadStatus.QUALIFIED,
    (S.TRANSFERRED, OC.NOT_INTERESTED): LeadStatus.NOT_INTERESTED,
    (S.TRANSFERRED, OC.CALLBACK_REQUESTED): LeadStatus.CALLBACK_REQUESTED,
    (S.TRANSFERRED, OC.RESCHEDULE_REQUESTED): LeadStatus.HUMAN_FOLLOW_UP,
    (S.TRANSFERRED, OC.CANCELLED): LeadStatus.HUMAN_FOLLOW_UP,
    (S.TRANSFERRED, OC.NONE): LeadStatus.HUMAN_FOLLOW_UP,
    (S.VOICEMAIL, OC.NONE): LeadStatus.UNRESPONSIVE,
    (S.IVR, OC.NONE): LeadStatus.UNRESPONSIVE,
    (S.NO_ANSWER, OC.NONE): LeadStatus.UNRESPONSIVE,
    (S.BUSY, OC.NONE): LeadStatus.UNRESPONSIVE,
    (S.FAILED, OC.NONE): LeadStatus.CALL_FAILED,
}

INTEREST_SCORES = {"high": 90, "medium": 60, "low": 30, "none": 5}


@dataclass(frozen=True)
class MappedCall:
    status: str
    outcome: str
    retryable: bool
    note: str
    connected: bool


def call_status_for(*, reason: str, in_voicemail: bool | None, transfer_bridged: bool, connected: bool) -> str:
    if in_voicemail:
        return S.VOICEMAIL
    status = DISCONNECTION_STATUS.get(reason)
    if status is None:
        status = S.FAILED if reason.startswith("error") else S.COMPLETED if connected else S.FAILED
    if transfer_bridged and status == S.COMPLETED:
        status = S.TRANSFERRED
    return status


def business_outcome_for(status: str, analysis: dict) -> str:
    if status not in ANSWERED_STATUSES or not isinstance(analysis, dict):
        return OC.NONE
    for _description, predicate, outcome in BUSINESS_OUTCOME_RULES:
        if predicate(analysis):
            return outcome
    return OC.NONE


def map_ended_call(data: dict, *, transfer_bridged: bool = False) -> MappedCall:
    """Status, outcome and retry advice for a provider call object that has ended."""
    reason = str(data.get("disconnection_reason") or "")
    analysis = data.get("call_analysis") or {}
    connected = data.get("call_status") != "not_connected" and reason not in NOT_CONNECTED_REASONS
    status = call_status_for(
        reason=reason,
        in_voicemail=analysis.get("in_voicemail"),
        transfer_bridged=transfer_bridged,
        connected=connected,
    )
    outcome = business_outcome_for(status, analysis.get("custom_analysis_data") or {})
    retryable = status in RETRYABLE_STATUSES and reason not in TERMINAL_REASONS
    return MappedCall(
        status=status, outcome=outcome, retryable=retryable, note=NOTES.get(reason, ""), connected=connected
    )


def lead_status_for(status: str, outcome: str) -> str | None:
    return LEAD_STATUS_FOR.get((status, outcome)) or LEAD_STATUS_FOR.get((status, OC.NONE))


def score_for(analysis: dict) -> int | None:
    """0-100 from the analysis: an explicit lead_score, else the interest level."""
    if not isinstance(analysis, dict):
        return None
    raw = analysis.get("lead_score", analysis.get("score"))
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return max(0, min(100, round(raw)))
    return INTEREST_SCORES.get(_level(analysis.get("interest_level")))
