import dataclasses

import pytest

from calls import services
from calls.events import CallFinished
from calls.models import Call, WebhookEvent
from contacts.models import Contact
from voiceplatform import events as platform_events

pytestmark = pytest.mark.django_db


def test_a_placed_sandbox_call_plays_out_into_one_full_record(voice, in_tenant, run_on_commit, sandbox_transport):
    received = []

    def receiver(event):
        received.append(dataclasses.asdict(event))

    platform_events.subscribe(CallFinished, receiver)
    try:
        with in_tenant(voice.tenant), run_on_commit():
            call = services.call_place(
                tenant=voice.tenant,
                contact=voice.contact,
                metadata={"sandbox_outcome": "confirmed", "campaign_attempt_id": 77},
                dynamic_variables={"appointment_time": "tomorrow at 10:00"},
            )
        with in_tenant(voice.tenant):
            call = Call.objects.get(pk=call.pk)
            contact = Contact.objects.get(pk=voice.contact.pk)
            events = set(WebhookEvent.objects.values_list("event", "status"))
    finally:
        platform_events.unsubscribe(CallFinished, receiver)

    assert events == {("call_started", "processed"), ("call_ended", "processed"), ("call_analyzed", "processed")}
    assert call.status == "completed"
    assert call.outcome == "confirmed"
    assert "tomorrow at 10:00" in call.transcript
    assert call.transcript_turns[0]["role"] in ("agent", "tool")
    assert call.summary
    assert call.analysis["appointment_confirmed"] is True
    assert call.campaign_attempt_id == 77
    assert call.agent_version_id == voice.agent.published_version_id
    assert call.finished_at is not None
    assert call.recording_url.startswith("http://localhost:8000/hooks/voice-sandbox/recordings/")
    # The agent confirmed, but no appointment backs it (the variables were typed in): not converted.
    assert contact.status == "follow_up"
    assert [r["call_id"] for r in received] == [call.pk]
