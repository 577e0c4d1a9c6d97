"""The voice sandbox: outcomes, the conversation it generates, delivery like the provider, inbound calls."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django_tenants.utils import schema_context

from calls import sandbox, sandbox_playout, services
from calls.dialogue import Conversation, analysis_for, render
from calls.models import Call, CallBooking, FunctionCall
from calls.voice import VoiceProviderError, adapter_for

pytestmark = pytest.mark.django_db


def place(voice, in_tenant, run_on_commit, outcome, **variables):
    with in_tenant(voice.tenant), run_on_commit():
        call = services.call_place(
            tenant=voice.tenant,
            contact=voice.contact,
            metadata={"sandbox_outcome": outcome},
            dynamic_variables=variables or None,
        )
    with in_tenant(voice.tenant):
        return Call.objects.select_related("contact").get(pk=call.pk)


@pytest.mark.parametrize(
    ("outcome", "status", "business", "reason", "lead"),
    [
        ("confirmed", "completed", "confirmed", "agent_hangup", "converted"),
        ("reschedule_requested", "completed", "reschedule_requested", "agent_hangup", "follow_up"),
        ("voicemail", "voicemail", "", "voicemail_reached", "unresponsive"),
        ("no_answer", "no_answer", "", "dial_no_answer", "unresponsive"),
        ("busy", "busy", "", "dial_busy", "unresponsive"),
        ("failed", "failed", "", "dial_failed", "call_failed"),
        ("short_hangup", "completed", "", "user_hangup", "follow_up"),
    ],
)
def test_every_sandbox_outcome_becomes_the_matching_record(
    voice, in_tenant, run_on_commit, sandbox_transport, outcome, status, business, reason, lead
):
    call = place(voice, in_tenant, run_on_commit, outcome)
    assert (call.status, call.outcome, call.disconnection_reason) == (status, business, reason)
    assert call.contact.status == lead
    assert call.finished_at is not None
    events = [d["body"]["event"] for d in sandbox_transport if "event" in d["body"]]
    if outcome in ("no_answer", "busy", "failed"):
        assert events == ["call_ended", "call_analyzed"]  # never connected: no call_started
        assert call.transcript == ""
    else:
        assert events == ["call_started", "call_ended", "call_analyzed"]
        assert call.recording_url


def test_deliveries_are_signed_exactly_like_the_provider(voice, in_tenant, run_on_commit, sandbox_transport):
    place(voice, in_tenant, run_on_commit, "confirmed")
    assert sandbox_transport
    assert all(d["status"] in (200, 204) for d in sandbox_transport)


def test_the_transcript_uses_the_script_and_the_calls_variables(voice, in_tenant, run_on_commit):
    call = place(voice, in_tenant, run_on_commit, "confirmed", appointment_time="on Friday at 3pm")
    assert call.transcript.startswith(
        "Agent: Hi Jane, this is Alpha Dental calling to confirm your appointment on Friday at 3pm."
    )
    assert [turn["role"] for turn in call.transcript_turns if turn["role"] in ("agent", "user")][:2] == [
        "agent",
        "user",
    ]
    assert call.duration_ms >= 20_000  # SANDBOX_CALL_SECONDS
    assert call.analysis == {
        "appointment_confirmed": True,
        "reschedule_requested": False,
        "appointment_cancelled": False,
    }
    assert (call.summary, call.sentiment, call.successful) == (
        "The caller confirmed their appointment.",
        "Positive",
        True,
    )
    assert call.provider_cost_cents > 0


def test_a_reschedule_calls_the_in_call_functions_over_http(voice, in_tenant, run_on_commit, sandbox_transport):
    call = place(voice, in_tenant, run_on_commit, "reschedule_requested")
    urls = [d["url"] for d in sandbox_transport]
    assert any("/functions/check_availability/" in url for url in urls)
    assert any("/functions/book_appointment/" in url for url in urls)
    with in_tenant(voice.tenant):
        assert set(FunctionCall.objects.values_list("name", flat=True)) >= {"check_availability", "book_appointment"}
        booking = CallBooking.objects.get()
    assert booking.contact_id == voice.contact.pk
    assert "I can offer" in call.transcript
    assert any(turn["role"] == "tool" and turn["name"] == "check_availability" for turn in call.transcript_turns)


def test_the_configured_odds_decide_outcomes(voice, in_tenant, run_on_commit, settings):
    settings.SANDBOX_OUTCOME_WEIGHTS = "busy=1"
    with in_tenant(voice.tenant), run_on_commit():
        call = services.call_place(tenant=voice.tenant, contact=voice.contact)
    with in_tenant(voice.tenant):
        assert Call.objects.get(pk=call.pk).status == "busy"


@pytest.mark.parametrize("weights", ["confirmed", "confirmed=x", "exploded=1", "confirmed=0", "busy=-1"])
def test_bad_odds_fail_loudly(settings, weights):
    settings.SANDBOX_OUTCOME_WEIGHTS = weights
    with pytest.raises(ImproperlyConfigured):
        sandbox.outcome_weights()


def test_each_step_runs_once_however_often_it_is_delivered(voice, in_tenant, run_on_commit, sandbox_transport):
    call = place(voice, in_tenant, run_on_commit, "confirmed")
    delivered = len(sandbox_transport)
    with in_tenant(voice.tenant), run_on_commit():
        for step in ("connect", "end", "analyze"):
            sandbox_playout.run_step(call.provider_call_id, step)
    assert len(sandbox_transport) == delivered


def test_delivery_retries_like_the_provider_when_no_2xx_comes_back(monkeypatch):
    attempts = []

    def flaky(url, *, body, headers, timeout=10.0):
        attempts.append(headers["X-Retell-Signature"])
        return (503, "") if len(attempts) < 3 else (204, "")

    monkeypatch.setattr("voiceplatform.http.post_json", flaky)
    monkeypatch.setattr("calls.sandbox_playout.time.sleep", lambda seconds: None)
    assert sandbox_playout.deliver("http://localhost/hooks/x/", "{}", "key_sandbox_development_only_0000")[0] == 204
    assert len(attempts) == 3


def test_delivery_gives_up_on_a_4xx(monkeypatch):
    attempts = []

    def refuse(url, *, body, headers, timeout=10.0):
        attempts.append(1)
        return 401, ""

    monkeypatch.setattr("voiceplatform.http.post_json", refuse)
    assert sandbox_playout.deliver("http://localhost/hooks/x/", "{}", "key")[0] == 401
    assert attempts == [1]


def test_an_inbound_call_asks_the_inbound_webhook_and_creates_a_lead(
    voice, in_tenant, run_on_commit, sandbox_transport
):
    with in_tenant(voice.tenant):
        services.number_update(
            tenant=voice.tenant, phone_number=voice.number, inbound_agent=voice.agent, outbound_agent=voice.agent
        )
        with run_on_commit():
            adapter_for(voice.tenant).simulate_inbound_call(
                from_number="+447944556677", to_number=voice.number.number, outcome="confirmed"
            )
        call = Call.objects.select_related("contact").get()
    assert sandbox_transport[0]["url"].endswith("/inbound/")
    assert (call.direction, call.contact.phone, call.contact.source) == ("inbound", "+447944556677", "call")
    assert call.dynamic_variables["caller_known"] == "no"


def test_an_unbound_number_cannot_take_inbound_calls(voice, in_tenant):
    with in_tenant(voice.tenant), pytest.raises(VoiceProviderError):
        adapter_for(voice.tenant).simulate_inbound_call(from_number="+447944556677", to_number=voice.number.number)


def test_calls_from_numbers_the_account_does_not_own_are_refused(voice, in_tenant):
    with in_tenant(voice.tenant), pytest.raises(VoiceProviderError) as raised:
        adapter_for(voice.tenant).create_phone_call(
            from_number="+14155559999",
            to_number="+447911123456",
            agent_id=voice.agent.provider_agent_id,
            agent_version=None,
            metadata={},
            dynamic_variables={},
        )
    assert raised.value.permanent


def test_recordings_are_small_wav_files(public_client):
    response = public_client.get("/hooks/voice-sandbox/recordings/call_sbx_abc.wav?ms=3000")
    assert response.status_code == 200
    assert response["Content-Type"] == "audio/wav"
    assert response.content[:4] == b"RIFF"
    assert 40_000 < len(response.content) < 60_000


def test_recordings_do_not_exist_outside_the_sandbox(public_client, settings):
    settings.VOICE_PROVIDER = "retell"
    assert public_client.get("/hooks/voice-sandbox/recordings/call_sbx_abc.wav").status_code == 404


def test_render_fills_variables_and_tidies_the_gaps():
    assert render(
        "Hi {{ first_name }}, from {{business_name}} {{missing}}.", {"first_name": "Jo", "business_name": "Acme"}
    ) == ("Hi Jo, from Acme.")


def test_the_dialogue_hands_over_on_escalation_words():
    calls = []

    def invoke(name, args):
        calls.append(name)
        return {"ok": True, "transfer_number": "+442079460000"}

    conversation = Conversation(
        agent={"purpose": "receptionist", "escalation_keywords": ["complaint"]}, variables={}, invoke=invoke
    )
    reply = conversation.respond("I want to make a complaint")
    assert reply.transfer and "put you through" in reply.text
    assert calls == ["transfer_to_human"]


def test_the_qualifier_script_collects_budget_and_interest():
    conversation = Conversation(agent={"purpose": "qualifier"}, variables={})
    for line in ("Yes, I'm interested", "About 5k", "Next month"):
        reply = conversation.respond(line)
    assert reply.end_call
    fields = [
        {"name": "budget", "type": "string"},
        {"name": "interest_level", "type": "enum", "choices": ["high", "low"]},
    ]
    assert analysis_for(fields, conversation.facts) == {"budget": "5000", "interest_level": "high"}
    assert conversation.facts["qualified"] is True


def test_schema_of_sandbox_state_is_per_tenant(voice, in_tenant, tenant_b):
    with in_tenant(voice.tenant):
        spec = sandbox.agent_spec_for(voice.agent.provider_agent_id)
    with schema_context(tenant_b.schema_name):
        other = sandbox.agent_spec_for(voice.agent.provider_agent_id)
    assert spec["purpose"] == "reminder"
    assert other is None


def test_the_sandbox_recovers_agents_and_numbers_after_its_state_was_lost(voice, in_tenant, run_on_commit):
    from django.core.cache import cache

    cache.clear()
    call = place(voice, in_tenant, run_on_commit, "confirmed")
    assert call.status == "completed"


def test_demo_seed_sets_up_a_working_sandbox_once(tenant_a, in_tenant):
    from calls import demo
    from calls.models import Agent, PhoneNumber

    with in_tenant(tenant_a):
        demo.seed(tenant_a)
        demo.seed(tenant_a)
        assert Agent.objects.filter(status="active").count() == 2
        assert PhoneNumber.objects.get().outbound_agent.purpose == "reminder"
