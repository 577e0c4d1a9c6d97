"""The outcome mapping table, row by row."""

import pytest

from calls import outcomes
from calls.models import CallOutcome, CallStatus
from contacts.models import LeadStatus

REASONS = [
    ("user_hangup", True, CallStatus.COMPLETED, False),
    ("agent_hangup", True, CallStatus.COMPLETED, False),
    ("inactivity", True, CallStatus.COMPLETED, False),
    ("max_duration_reached", True, CallStatus.COMPLETED, False),
    ("call_transfer", True, CallStatus.TRANSFERRED, False),
    ("manual_stopped", True, CallStatus.COMPLETED, False),
    ("call_take_over", True, CallStatus.COMPLETED, False),
    ("voicemail_reached", True, CallStatus.VOICEMAIL, True),
    ("ivr_reached", True, CallStatus.IVR, True),
    ("dial_no_answer", False, CallStatus.NO_ANSWER, True),
    ("user_declined", False, CallStatus.NO_ANSWER, True),
    ("dial_busy", False, CallStatus.BUSY, True),
    ("dial_failed", False, CallStatus.FAILED, True),
    ("telephony_provider_unavailable", False, CallStatus.FAILED, True),
    ("telephony_provider_permission_denied", False, CallStatus.FAILED, True),
    ("sip_routing_error", False, CallStatus.FAILED, True),
    ("invalid_destination", False, CallStatus.FAILED, False),
    ("marked_as_spam", False, CallStatus.FAILED, False),
    ("no_valid_payment", False, CallStatus.FAILED, False),
    ("scam_detected", True, CallStatus.FAILED, False),
    ("registered_call_timeout", True, CallStatus.FAILED, True),
    ("concurrency_limit_reached", False, CallStatus.NOT_ATTEMPTED, True),
    ("no_concurrency_fallback", False, CallStatus.NOT_ATTEMPTED, True),
    ("error_llm_websocket_open", True, CallStatus.FAILED, True),
]


@pytest.mark.parametrize(("reason", "connected", "status", "retryable"), REASONS)
def test_every_disconnection_reason_maps_to_a_status(reason, connected, status, retryable):
    mapped = outcomes.map_ended_call({"disconnection_reason": reason, "call_status": "ended"})
    assert mapped.status == status
    assert mapped.retryable is retryable
    assert mapped.connected is connected


def test_the_contract_reasons_are_all_in_the_table():
    assert {reason for reason, *_ in REASONS if not reason.startswith("error_")} == set(outcomes.DISCONNECTION_STATUS)


def test_voicemail_detected_by_the_analysis_wins_over_a_normal_hang_up():
    mapped = outcomes.map_ended_call({"disconnection_reason": "user_hangup", "call_analysis": {"in_voicemail": True}})
    assert mapped.status == CallStatus.VOICEMAIL
    assert mapped.outcome == ""


def test_a_bridged_transfer_is_transferred():
    mapped = outcomes.map_ended_call({"disconnection_reason": "agent_hangup"}, transfer_bridged=True)
    assert mapped.status == CallStatus.TRANSFERRED


def test_unknown_reason_is_completed_when_connected_and_failed_when_not():
    assert outcomes.map_ended_call({"disconnection_reason": "something_new"}).status == CallStatus.COMPLETED
    assert (
        outcomes.map_ended_call({"disconnection_reason": "something_new", "call_status": "not_connected"}).status
        == CallStatus.FAILED
    )


def test_manual_stop_is_completed_with_a_note():
    mapped = outcomes.map_ended_call({"disconnection_reason": "manual_stopped"})
    assert (mapped.status, mapped.note) == (CallStatus.COMPLETED, "Stopped manually.")


@pytest.mark.parametrize(
    ("analysis", "outcome"),
    [
        ({"appointment_cancelled": True, "appointment_confirmed": True}, CallOutcome.CANCELLED),
        ({"cancel_requested": "yes"}, CallOutcome.CANCELLED),
        ({"reschedule_requested": True, "appointment_booked": True}, CallOutcome.RESCHEDULE_REQUESTED),
        ({"appointment_confirmed": True}, CallOutcome.CONFIRMED),
        ({"appointment_booked": "true"}, CallOutcome.CONFIRMED),
        ({"qualified": True}, CallOutcome.QUALIFIED),
        ({"interest_level": "High"}, CallOutcome.QUALIFIED),
        ({"callback_requested": True, "interest_level": "medium"}, CallOutcome.CALLBACK_REQUESTED),
        ({"not_interested": True}, CallOutcome.NOT_INTERESTED),
        ({"interest_level": "none"}, CallOutcome.NOT_INTERESTED),
        ({"interest_level": "low"}, CallOutcome.NOT_INTERESTED),
        ({"appointment_confirmed": False, "budget": "5000"}, CallOutcome.NONE),
        ({}, CallOutcome.NONE),
    ],
)
def test_business_outcome_rules(analysis, outcome):
    data = {"disconnection_reason": "agent_hangup", "call_analysis": {"custom_analysis_data": analysis}}
    assert outcomes.map_ended_call(data).outcome == outcome


def test_unanswered_calls_have_no_business_outcome():
    data = {"disconnection_reason": "dial_no_answer", "call_analysis": {"custom_analysis_data": {"qualified": True}}}
    assert outcomes.map_ended_call(data).outcome == ""


@pytest.mark.parametrize(
    ("status", "outcome", "lead"),
    [
        (CallStatus.COMPLETED, CallOutcome.CONFIRMED, LeadStatus.CONVERTED),
        (CallStatus.COMPLETED, CallOutcome.QUALIFIED, LeadStatus.QUALIFIED),
        (CallStatus.COMPLETED, CallOutcome.NOT_INTERESTED, LeadStatus.NOT_INTERESTED),
        (CallStatus.COMPLETED, CallOutcome.CALLBACK_REQUESTED, LeadStatus.CALLBACK_REQUESTED),
        (CallStatus.COMPLETED, CallOutcome.RESCHEDULE_REQUESTED, LeadStatus.FOLLOW_UP),
        (CallStatus.COMPLETED, CallOutcome.NONE, LeadStatus.FOLLOW_UP),
        (CallStatus.TRANSFERRED, CallOutcome.NONE, LeadStatus.HUMAN_FOLLOW_UP),
        (CallStatus.VOICEMAIL, CallOutcome.NONE, LeadStatus.UNRESPONSIVE),
        (CallStatus.NO_ANSWER, CallOutcome.NONE, LeadStatus.UNRESPONSIVE),
        (CallStatus.BUSY, CallOutcome.NONE, LeadStatus.UNRESPONSIVE),
        (CallStatus.FAILED, CallOutcome.NONE, LeadStatus.CALL_FAILED),
        (CallStatus.NOT_ATTEMPTED, CallOutcome.NONE, None),
    ],
)
def test_lead_status_table(status, outcome, lead):
    assert outcomes.lead_status_for(status, outcome) == lead


@pytest.mark.parametrize(
    ("analysis", "score"),
    [({"lead_score": 72.4}, 72), ({"lead_score": 400}, 100), ({"interest_level": "medium"}, 60), ({}, None)],
)
def test_score(analysis, score):
    assert outcomes.score_for(analysis) == score
