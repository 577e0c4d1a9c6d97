"""Portal pages: calls, call detail, agents with the test panel, numbers."""

import pytest
from django_tenants.utils import schema_context

from calls.models import Agent, Call, PhoneNumber, VoiceSettings
from tests.calls.factories import AgentFactory, CallFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def test_navigation_shows_calls_and_agents(portal, viewer_a):
    page = portal(viewer_a).get("/").content.decode()
    assert 'href="/calls/"' in page
    assert 'href="/calls/agents/"' in page


def test_empty_call_list_explains_what_to_do(portal, owner_a):
    page = portal(owner_a).get("/calls/").content.decode()
    assert "No calls yet" in page
    assert "You need a published, active agent and a phone number first." in page


def test_call_list_filters_and_searches(portal, manager_a, tenant_a):
    with schema_context(tenant_a.schema_name):
        hit = CallFactory(transcript="User: I want to book a whitening session", status="completed")
        CallFactory(transcript="User: hello", status="voicemail")
    client = portal(manager_a)
    page = client.get("/calls/?q=whitening").content.decode()
    assert f"/calls/{hit.pk}/" in page
    assert page.count('href="/calls/') - page.count('href="/calls/agents') >= 1
    partial = client.get("/calls/?status=voicemail", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial
    assert f"/calls/{hit.pk}/" not in partial
    assert "Voicemail" in partial
    nothing = client.get("/calls/?q=zebra").content.decode()
    assert "No calls match these filters." in nothing


def test_bad_filters_are_ignored_with_a_note(portal, manager_a):
    page = portal(manager_a).get("/calls/?min_duration=abc").content.decode()
    assert "Some filters were ignored" in page


def test_call_detail_shows_the_conversation_player_and_extracted_data(portal, owner_a, tenant_a):
    with schema_context(tenant_a.schema_name):
        call = CallFactory(
            transcript_turns=[
                {"role": "agent", "content": "Hello Jane", "start": 0.5, "end": 1.0},
                {"role": "tool", "name": "check_availability", "arguments": "{}"},
                {"role": "user", "content": "Hi there", "start": 1.5, "end": 2.0},
            ],
            summary="Jane confirmed.",
            sentiment="Positive",
            analysis={"appointment_confirmed": True, "budget": ""},
            recording_url="https://recordings.example.test/x.wav",
        )
    page = portal(owner_a).get(f"/calls/{call.pk}/").content.decode()
    assert 'class="bubble agent" data-seek="0.5"' in page
    assert "⚙ check_availability" in page
    assert "Jane confirmed." in page
    assert "<dt>Appointment confirmed</dt><dd>Yes</dd>" in page
    assert "<audio controls" in page
    assert "Download</a>" in page


def test_viewers_get_a_player_but_no_download_link(portal, viewer_a, tenant_a):
    from tenants.models import Membership

    Membership.objects.filter(pk=viewer_a.pk).update(can_view_all_calls=True)
    with schema_context(tenant_a.schema_name):
        call = CallFactory(recording_url="https://recordings.example.test/x.wav")
    page = portal(viewer_a).get(f"/calls/{call.pk}/").content.decode()
    assert "<audio controls" in page
    assert "Download</a>" not in page
    assert "Call again" not in page


def test_members_without_the_flag_cannot_open_other_peoples_calls(portal, agent_a, tenant_a):
    with schema_context(tenant_a.schema_name):
        call = CallFactory()
    assert portal(agent_a).get(f"/calls/{call.pk}/").status_code == 404


def test_a_live_call_polls_for_updates(portal, owner_a, tenant_a):
    with schema_context(tenant_a.schema_name):
        call = CallFactory(status="in_progress")
    page = portal(owner_a).get(f"/calls/{call.pk}/").content.decode()
    assert 'hx-trigger="every 2s"' in page
    partial = portal(owner_a).get(f"/calls/{call.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and "On the call now" in partial


def test_placing_a_call_from_the_portal_produces_a_full_record(portal, owner_a, voice, run_on_commit):
    with run_on_commit():
        response = portal(owner_a).post(
            "/calls/place/", {"contact": voice.contact.pk, "agent": voice.agent.pk, "from_number": voice.number.pk}
        )
    assert response.status_code == 302
    with schema_context(voice.tenant.schema_name):
        call = Call.objects.get()
    assert response["Location"] == f"/calls/{call.pk}/"
    assert call.finished_at is not None
    assert call.stage == Call.Stage.ANALYZED


def test_calling_a_typed_number_adds_the_contact(portal, owner_a, voice, run_on_commit):
    with run_on_commit():
        portal(owner_a).post("/calls/place/", {"phone": "07922 334455", "first_name": "Sam", "agent": voice.agent.pk})
    with schema_context(voice.tenant.schema_name):
        call = Call.objects.get()
        assert (call.contact.phone, call.contact.first_name) == ("+447922334455", "Sam")


def test_a_blocked_call_is_explained(portal, owner_a, voice):
    with schema_context(voice.tenant.schema_name):
        from contacts.models import Contact

        Contact.objects.filter(pk=voice.contact.pk).update(do_not_call=True)
    response = portal(owner_a).post("/calls/place/", {"contact": voice.contact.pk}, follow=True)
    assert "The number is on the do-not-call list." in response.content.decode()
    with schema_context(voice.tenant.schema_name):
        assert not Call.objects.exists()


def test_bad_typed_numbers_are_explained(portal, owner_a, voice):
    response = portal(owner_a).post("/calls/place/", {"phone": "12"}, follow=True)
    assert "wrong number of digits" in response.content.decode() or "not a valid number" in response.content.decode()


def test_call_again(portal, owner_a, voice, run_on_commit):
    with run_on_commit():
        portal(owner_a).post("/calls/place/", {"contact": voice.contact.pk})
    with schema_context(voice.tenant.schema_name):
        first = Call.objects.get()
    with run_on_commit():
        response = portal(owner_a).post(f"/calls/{first.pk}/again/")
    with schema_context(voice.tenant.schema_name):
        again = Call.objects.exclude(pk=first.pk).get()
    assert response["Location"] == f"/calls/{again.pk}/"
    assert again.metadata == {"call_again_of": first.pk}


def test_viewers_cannot_place_calls(portal, viewer_a, voice):
    assert portal(viewer_a).post("/calls/place/", {"contact": voice.contact.pk}).status_code == 403


# --- agents ---------------------------------------------------------------------------------------------


def test_empty_agents_page_offers_a_one_click_setup(portal, owner_a, tenant_a):
    client = portal(owner_a)
    assert "No agents yet" in client.get("/calls/agents/").content.decode()
    response = client.post("/calls/agents/demo/")
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        assert set(Agent.objects.filter(status="active").values_list("purpose", flat=True)) == {
            "receptionist",
            "reminder",
            "qualifier",
        }
        number = PhoneNumber.objects.get()
        assert number.inbound_agent.purpose == "receptionist"
        assert number.outbound_agent.purpose == "qualifier"


def test_create_edit_and_publish_an_agent(portal, manager_a, tenant_a):
    client = portal(manager_a)
    response = client.post("/calls/agents/", {"name": "Qualifier", "purpose": "qualifier"})
    with schema_context(tenant_a.schema_name):
        agent = Agent.objects.get()
    assert response["Location"] == f"/calls/agents/{agent.pk}/"
    page = client.get(f"/calls/agents/{agent.pk}/").content.decode()
    assert "interest_level | enum | How interested the lead is. | high, medium, low, none" in page
    form = {
        "name": "Qualifier",
        "purpose": "qualifier",
        "tone": "warm",
        "formality": "casual",
        "language": "en-GB",
        "accent": "British",
        "voice_id": "11labs-Adrian",
        "speaking_speed": "1.1",
        "greeting": "Hi {{first_name}}!",
        "system_prompt": "Qualify politely.",
        "end_call_rules": "",
        "transfer_number": "020 7946 0000",
        "max_call_seconds": "300",
        "escalation_keywords": "complaint, lawyer",
        "analysis_fields": "budget | string | Their budget\ninterest_level | enum | | high, low",
        "publish": "1",
        "note": "First version",
    }
    response = client.post(f"/calls/agents/{agent.pk}/", form)
    assert response.status_code == 302
    with schema_context(tenant_a.schema_name):
        agent.refresh_from_db()
        assert agent.published_version.number == 1
    assert agent.transfer_number == "+442079460000"
    assert agent.escalation_keywords == ["complaint", "lawyer"]
    assert agent.analysis_fields[1] == {
        "name": "interest_level",
        "type": "enum",
        "description": "",
        "choices": ["high", "low"],
    }


def test_agent_form_errors_keep_what_was_typed(portal, manager_a, tenant_a):
    with schema_context(tenant_a.schema_name):
        agent = AgentFactory()
    response = portal(manager_a).post(
        f"/calls/agents/{agent.pk}/", {"name": "", "greeting": "Hi {{oops", "analysis_fields": "Bad Name | string"}
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "A name is required." in page
    assert "Hi {{oops" in page
    assert "Bad Name | string" in page


def test_rollback_and_pause_from_the_editor(portal, manager_a, voice):
    client = portal(manager_a)
    with schema_context(voice.tenant.schema_name):
        Agent.objects.filter(pk=voice.agent.pk).update(greeting="Changed {{first_name}}")
    client.post(f"/calls/agents/{voice.agent.pk}/publish/", {"note": "Changed greeting"})
    client.post(f"/calls/agents/{voice.agent.pk}/rollback/", {"version": "1"})
    client.post(f"/calls/agents/{voice.agent.pk}/status/", {"status": "paused"})
    with schema_context(voice.tenant.schema_name):
        agent = Agent.objects.get(pk=voice.agent.pk)
        assert agent.published_version.number == 3
        assert agent.status == "paused"
        assert "Changed" not in agent.greeting


def test_the_sandbox_test_panel_holds_a_typed_conversation(portal, manager_a, voice, run_on_commit):
    client = portal(manager_a)
    url = f"/calls/agents/{voice.agent.pk}/test/"
    started = client.post(url, {"action": "start"}, HTTP_HX_REQUEST="true").content.decode()
    assert "calling to confirm your appointment" in started
    reply = client.post(url, {"action": "say", "message": "I need to reschedule"}, HTTP_HX_REQUEST="true")
    assert "I can offer" in reply.content.decode()
    reply = client.post(url, {"action": "say", "message": "the second one"}, HTTP_HX_REQUEST="true")
    assert "booked for" in reply.content.decode()
    with run_on_commit():
        ended = client.post(url, {"action": "say", "message": "that's all, bye"}, HTTP_HX_REQUEST="true")
    assert "The call ended" in ended.content.decode()
    with schema_context(voice.tenant.schema_name):
        call = Call.objects.get()
    assert (call.call_type, call.status, call.outcome) == ("web_call", "completed", "reschedule_requested")
    assert "I need to reschedule" in call.transcript


def test_agents_cannot_use_the_editor(portal, agent_a, tenant_a):
    with schema_context(tenant_a.schema_name):
        agent = AgentFactory()
    client = portal(agent_a)
    assert client.get(f"/calls/agents/{agent.pk}/").status_code == 200
    assert client.post(f"/calls/agents/{agent.pk}/", {"name": "X"}).status_code == 403
    assert client.post(f"/calls/agents/{agent.pk}/test/", {"action": "start"}).status_code == 403


# --- numbers -------------------------------------------------------------------------------------------


def test_numbers_page_buy_bind_simulate_and_release(portal, owner_a, voice, run_on_commit):
    client = portal(owner_a)
    page = client.get("/calls/numbers/").content.decode()
    assert voice.number.number in page
    assert "/hooks/retell/" in page
    client.post("/calls/numbers/", {"area_code": "646", "nickname": "NY"})
    with schema_context(voice.tenant.schema_name):
        new = PhoneNumber.objects.get(nickname="NY")
    client.post(f"/calls/numbers/{new.pk}/", {"inbound_agent": voice.agent.pk, "outbound_agent": ""})
    with run_on_commit():
        client.post(f"/calls/numbers/{new.pk}/simulate/", {"caller": "07933 445566"})
    with schema_context(voice.tenant.schema_name):
        call = Call.objects.get()
        assert (call.direction, call.from_number, call.to_number) == ("inbound", "+447933445566", new.number)
        assert call.contact.source == "call"
    client.post(f"/calls/numbers/{new.pk}/release/")
    with schema_context(voice.tenant.schema_name):
        new.refresh_from_db()
    assert new.status == "released"


def test_bad_number_requests_are_shown(portal, owner_a):
    response = portal(owner_a).post("/calls/numbers/", {"area_code": "1"})
    assert response.status_code == 400
    assert "three-digit US area code" in response.content.decode()


def test_own_provider_key_from_the_portal(portal, owner_a, tenant_a):
    client = portal(owner_a)
    client.post("/calls/provider-key/", {"api_key": "key_own_account_0123456789"})
    with schema_context(tenant_a.schema_name):
        assert VoiceSettings.objects.get().retell_api_key_last4 == "6789"
    assert "key ending 6789" in client.get("/calls/numbers/").content.decode()
    client.post("/calls/provider-key/", {"clear": "1"})
    with schema_context(tenant_a.schema_name):
        assert VoiceSettings.objects.get().has_own_key is False


def test_managers_cannot_buy_numbers_or_set_keys(portal, manager_a):
    client = portal(manager_a)
    assert client.post("/calls/numbers/", {"area_code": "415"}).status_code == 403
    assert client.post("/calls/provider-key/", {"api_key": "key_own_account_0123456789"}).status_code == 403
    assert "Voice provider" not in client.get("/calls/numbers/").content.decode()


def test_tenant_b_cannot_open_tenant_as_pages(portal, owner_b, tenant_a):
    with schema_context(tenant_a.schema_name):
        call = CallFactory()
        contact = ContactFactory()
    client = portal(owner_b)
    client.defaults["HTTP_HOST"] = "alpha.localhost"
    assert client.get(f"/calls/{call.pk}/").status_code == 403
    assert client.post("/calls/place/", {"contact": contact.pk}).status_code == 403
