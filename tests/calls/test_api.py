"""The calls API: records with filters and full-text search, visibility, placing, recordings, agents, numbers."""

from urllib.parse import urlsplit

import pytest
from django_tenants.utils import schema_context

from calls import services
from calls.models import Agent, Call, PhoneNumber
from contacts.models import DncEntry
from tests.calls.factories import AgentFactory, CallFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def calls(tenant_a, agent_a):
    """Three calls in A: one for a contact agent_a owns, two for others."""
    with schema_context(tenant_a.schema_name):
        own = ContactFactory(owner_id=agent_a.user_id, phone="+447911000001")
        other = ContactFactory(phone="+447911000002")
        reminder = AgentFactory(name="Reminder")
        rows = {
            "own": CallFactory(
                contact=own,
                agent=reminder,
                status="completed",
                outcome="confirmed",
                duration_ms=95_000,
                transcript="Agent: Shall we reschedule your cleaning?\nUser: Yes, move it to Friday.",
                recording_url="https://recordings.example.test/own.wav",
                campaign_id=4,
            ),
            "voicemail": CallFactory(contact=other, status="voicemail", duration_ms=12_000, direction="outbound"),
            "inbound": CallFactory(
                contact=other, status="completed", direction="inbound", transcript="User: Do you do whitening?"
            ),
        }
    return rows


def ids(response):
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


def test_members_who_see_all_calls_list_every_call(api, manager_a, calls):
    assert ids(api(manager_a).get("/api/v1/calls/")) == {c.pk for c in calls.values()}


def test_members_without_the_flag_see_only_their_own_contacts_calls(api, agent_a, calls):
    client = api(agent_a)
    assert ids(client.get("/api/v1/calls/")) == {calls["own"].pk}
    assert client.get(f"/api/v1/calls/{calls['voicemail'].pk}/").status_code == 404
    assert client.get(f"/api/v1/calls/{calls['voicemail'].pk}/recording/").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=voicemail", {"voicemail"}),
        ("direction=inbound", {"inbound"}),
        ("outcome=confirmed", {"own"}),
        ("min_duration=60", {"own"}),
        ("campaign=4", {"own"}),
        ("search=rescheduling", {"own"}),
        ("search=whitening", {"inbound"}),
        ("search=%2B447911000001", {"own"}),
        ("search=friday -cleaning", set()),
    ],
)
def test_filters_and_full_text_search(api, manager_a, calls, query, expected):
    assert ids(api(manager_a).get(f"/api/v1/calls/?{query}")) == {calls[name].pk for name in expected}


def test_filter_by_agent_contact_number_and_dates(api, manager_a, calls):
    client = api(manager_a)
    own = calls["own"]
    assert ids(client.get(f"/api/v1/calls/?agent={own.agent_id}")) == {own.pk}
    assert ids(client.get(f"/api/v1/calls/?contact={own.contact_id}")) == {own.pk}
    assert ids(client.get("/api/v1/calls/", {"number": own.to_number})) == {own.pk}
    assert len(ids(client.get("/api/v1/calls/?date_from=2000-01-01&date_to=2999-01-01"))) == 3
    assert ids(client.get("/api/v1/calls/?date_to=2000-01-01")) == set()


@pytest.mark.parametrize(
    "query",
    ["status=exploded", "min_duration=-1", "min_duration=abc", "date_from=yesterday", "agent=x", "direction=sideways"],
)
def test_bad_filters_are_400_with_the_error_shape(api, manager_a, calls, query):
    response = api(manager_a).get(f"/api/v1/calls/?{query}")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_list_is_paginated_and_orderable(api, manager_a, calls):
    body = api(manager_a).get("/api/v1/calls/?page_size=2&ordering=duration_ms").json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["results"][0]["duration_ms"] == 0


def test_detail_has_everything(api, manager_a, calls):
    body = api(manager_a).get(f"/api/v1/calls/{calls['own'].pk}/").json()
    for key in (
        "transcript",
        "transcript_turns",
        "analysis",
        "summary",
        "sentiment",
        "functions",
        "bookings",
        "metadata",
    ):
        assert key in body
    assert body["contact"]["phone"] == "+447911000001"
    assert body["has_recording"] is True


# --- recordings ---------------------------------------------------------------------------------------


def test_viewers_may_play_but_not_download(api, viewer_a, calls):
    from tenants.models import Membership

    Membership.objects.filter(pk=viewer_a.pk).update(can_view_all_calls=True)
    client = api(viewer_a)
    url = f"/api/v1/calls/{calls['own'].pk}/recording/"
    assert client.get(url).status_code == 302
    denied = client.get(url + "?download=1")
    assert denied.status_code == 403
    assert denied.json()["error"]["code"] == "permission_denied"


def test_download_needs_the_flag(api, agent_a, calls):
    from tenants.models import Membership

    url = f"/api/v1/calls/{calls['own'].pk}/recording/?download=1"
    assert api(agent_a).get(url).status_code == 403
    Membership.objects.filter(pk=agent_a.pk).update(can_download_recordings=True)
    assert api(agent_a).get(url).status_code == 302


def test_a_call_without_recording_is_404(api, manager_a, calls):
    response = api(manager_a).get(f"/api/v1/calls/{calls['voicemail'].pk}/recording/")
    assert response.status_code == 404


@pytest.fixture
def upstream(monkeypatch):
    """The provider's recording host: a fake stream."""
    seen = []

    class FakeResponse:
        status_code = 200
        headers = {"content-type": "audio/wav"}

        def iter_bytes(self, size):
            yield b"RIFF....WAVE"

    def open_stream(url, timeout=15.0):
        seen.append(url)
        return FakeResponse()

    monkeypatch.setattr("voiceplatform.http.open_stream", open_stream)
    monkeypatch.setattr("voiceplatform.http.close_stream", lambda response: None)
    return seen


def test_the_signed_url_streams_the_recording(api, manager_a, calls, upstream):
    client = api(manager_a)
    signed = client.get(f"/api/v1/calls/{calls['own'].pk}/recording/?redirect=false").json()
    assert signed["expires_at"]
    path = urlsplit(signed["url"]).path
    anonymous = api(tenant=manager_a.tenant)  # the link itself is the permission
    response = anonymous.get(path)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"RIFF....WAVE"
    assert response["Content-Disposition"] == f'inline; filename="call-{calls["own"].pk}.wav"'
    assert upstream == ["https://recordings.example.test/own.wav"]
    download = urlsplit(client.get(f"/api/v1/calls/{calls['own'].pk}/recording/?download=1")["Location"]).path
    assert anonymous.get(download)["Content-Disposition"].startswith("attachment;")


def test_signed_urls_expire_and_cannot_be_forged_or_moved(api, manager_a, owner_b, calls, upstream, settings):
    client = api(manager_a)
    path = urlsplit(client.get(f"/api/v1/calls/{calls['own'].pk}/recording/")["Location"]).path
    assert api(tenant=manager_a.tenant).get(path[:-3] + "xx/").status_code == 404
    assert api(owner_b).get(path).status_code == 404  # another tenant's host
    settings.RECORDING_URL_TTL_SECONDS = -1
    assert api(tenant=manager_a.tenant).get(path).status_code == 404
    assert upstream == []


# --- placing calls -------------------------------------------------------------------------------------


def test_placing_a_call_plays_it_out_in_the_sandbox(api, owner_a, voice, run_on_commit):
    with run_on_commit():
        response = api(owner_a).post(
            "/api/v1/calls/",
            {"contact": voice.contact.pk, "metadata": {"sandbox_outcome": "voicemail"}},
            format="json",
        )
    assert response.status_code == 201, response.content
    with schema_context(voice.tenant.schema_name):
        call = Call.objects.get(pk=response.json()["id"])
    assert call.status == "voicemail"
    assert call.placed_by_id == owner_a.user_id


def test_a_dnc_number_is_refused_with_409_and_nothing_is_dialled(api, owner_a, voice):
    with schema_context(voice.tenant.schema_name):
        DncEntry.objects.create(phone=voice.contact.phone)
    response = api(owner_a).post("/api/v1/calls/", {"contact": voice.contact.pk}, format="json")
    assert response.status_code == 409
    assert response.json()["error"] == {
        "code": "call_blocked",
        "message": "The number is on the do-not-call list.",
        "fields": {"contact": ["The number is on the do-not-call list."]},
    }
    with schema_context(voice.tenant.schema_name):
        assert not Call.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "contact"),
        ({"contact": 999999}, "contact"),
        ({"contact": "abc"}, "contact"),
        ({"contact": "{contact}", "agent": 999999}, "agent"),
        ({"contact": "{contact}", "from_number": "+19999999999"}, "from_number"),
        ({"contact": "{contact}", "metadata": "nope"}, "metadata"),
        ({"contact": "{contact}", "dynamic_variables": {"bad name!": "x"}}, "dynamic_variables"),
        ({"contact": "{contact}", "dynamic_variables": {"x": {"nested": 1}}}, "dynamic_variables"),
    ],
)
def test_bad_placements_are_400_and_change_nothing(api, owner_a, voice, payload, field):
    payload = {k: (voice.contact.pk if v == "{contact}" else v) for k, v in payload.items()}
    response = api(owner_a).post("/api/v1/calls/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]
    with schema_context(voice.tenant.schema_name):
        assert not Call.objects.exists()


def test_a_paused_agent_cannot_place_calls(api, owner_a, voice):
    with schema_context(voice.tenant.schema_name):
        Agent.objects.filter(pk=voice.agent.pk).update(status="paused")
    response = api(owner_a).post("/api/v1/calls/", {"contact": voice.contact.pk}, format="json")
    assert response.status_code == 400
    assert "not active" in response.json()["error"]["fields"]["agent"][0]


@pytest.mark.parametrize(("member", "scope"), [("viewer_a", "write"), ("owner_a", "read")])
def test_viewers_and_read_keys_cannot_place_calls(request, api, voice, member, scope):
    response = api(request.getfixturevalue(member), scope=scope).post(
        "/api/v1/calls/", {"contact": voice.contact.pk}, format="json"
    )
    assert response.status_code == 403


def test_agents_may_place_calls(api, agent_a, voice, run_on_commit):
    with run_on_commit():
        response = api(agent_a).post("/api/v1/calls/", {"contact": voice.contact.pk}, format="json")
    assert response.status_code == 201


# --- agents -----------------------------------------------------------------------------------------


def test_agent_crud_publish_versions_and_rollback(api, manager_a):
    client = api(manager_a)
    created = client.post("/api/v1/agents/", {"name": "Front desk", "purpose": "receptionist"}, format="json")
    assert created.status_code == 201, created.content
    agent = created.json()
    assert agent["status"] == "draft"
    assert agent["greeting"].startswith("Hello, thanks for calling")
    pk = agent["id"]
    assert client.post(f"/api/v1/agents/{pk}/publish/", {"note": "first"}, format="json").json()["number"] == 1
    client.patch(f"/api/v1/agents/{pk}/", {"greeting": "Hi there, {{first_name}}!"}, format="json")
    assert client.get(f"/api/v1/agents/{pk}/").json()["has_unpublished_changes"] is True
    assert client.post(f"/api/v1/agents/{pk}/publish/", {"note": "new greeting"}, format="json").json()["number"] == 2
    rolled = client.post(f"/api/v1/agents/{pk}/rollback/", {"version": 1}, format="json").json()
    assert (rolled["number"], rolled["note"]) == (3, "Rollback to v1")
    assert client.get(f"/api/v1/agents/{pk}/").json()["greeting"].startswith("Hello, thanks for calling")
    versions = client.get(f"/api/v1/agents/{pk}/versions/").json()
    assert [v["number"] for v in versions["results"]] == [3, 2, 1]
    paused = client.patch(f"/api/v1/agents/{pk}/", {"status": "paused"}, format="json").json()
    assert paused["status"] == "paused"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"name": ""}, "name"),
        ({"name": "x" * 121}, "name"),
        ({"purpose": "spy"}, "purpose"),
        ({"speaking_speed": 3}, "speaking_speed"),
        ({"speaking_speed": "fast"}, "speaking_speed"),
        ({"language": "English"}, "language"),
        ({"max_call_seconds": 5}, "max_call_seconds"),
        ({"transfer_number": "12"}, "transfer_number"),
        ({"greeting": "Hi {{first name}}"}, "greeting"),
        ({"system_prompt": "Hi {{name}"}, "system_prompt"),
        ({"analysis_fields": [{"name": "Bad Name", "type": "string"}]}, "analysis_fields"),
        ({"analysis_fields": [{"name": "x", "type": "enum", "choices": ["only"]}]}, "analysis_fields"),
        ({"analysis_fields": [{"name": "x", "type": "date"}]}, "analysis_fields"),
        ({"escalation_keywords": ["x" * 51]}, "escalation_keywords"),
        ({"voice_id": ""}, "voice_id"),
        ({"secret_sauce": 1}, "secret_sauce"),
    ],
)
def test_agent_validation(api, manager_a, payload, field):
    client = api(manager_a)
    response = client.post("/api/v1/agents/", {"name": "A", **payload}, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]
    with schema_context(manager_a.tenant.schema_name):
        assert not Agent.objects.exists()


def test_rollback_to_a_missing_version_is_400(api, manager_a):
    client = api(manager_a)
    pk = client.post("/api/v1/agents/", {"name": "A"}, format="json").json()["id"]
    response = client.post(f"/api/v1/agents/{pk}/rollback/", {"version": 9}, format="json")
    assert response.status_code == 400
    assert "version" in response.json()["error"]["fields"]


def test_activating_an_unpublished_agent_is_400(api, manager_a):
    client = api(manager_a)
    pk = client.post("/api/v1/agents/", {"name": "A"}, format="json").json()["id"]
    response = client.patch(f"/api/v1/agents/{pk}/", {"status": "active"}, format="json")
    assert response.status_code == 400


def test_only_unpublished_agents_can_be_deleted(api, manager_a):
    client = api(manager_a)
    draft = client.post("/api/v1/agents/", {"name": "Draft"}, format="json").json()["id"]
    live = client.post("/api/v1/agents/", {"name": "Live"}, format="json").json()["id"]
    client.post(f"/api/v1/agents/{live}/publish/", {"note": "go live"}, format="json")
    assert client.delete(f"/api/v1/agents/{draft}/").status_code == 204
    assert client.delete(f"/api/v1/agents/{live}/").status_code == 400


def test_agents_cannot_edit_agents(api, agent_a):
    assert api(agent_a).post("/api/v1/agents/", {"name": "A"}, format="json").status_code == 403
    assert api(agent_a).get("/api/v1/agents/").status_code == 200


def test_test_call_needs_a_published_agent(api, manager_a, voice):
    client = api(manager_a)
    draft = client.post("/api/v1/agents/", {"name": "Draft"}, format="json").json()["id"]
    assert client.post(f"/api/v1/agents/{draft}/test/").status_code == 400
    started = client.post(f"/api/v1/agents/{voice.agent.pk}/test/")
    assert started.status_code == 201
    assert started.json()["access_token"].startswith("sbx_")


# --- numbers and voice settings -------------------------------------------------------------------------------


def test_numbers_are_bought_bound_and_released(api, owner_a, voice):
    client = api(owner_a)
    created = client.post("/api/v1/phone-numbers/", {"area_code": "212", "nickname": "NY"}, format="json")
    assert created.status_code == 201, created.content
    number = created.json()
    assert number["number"].startswith("+1212")
    bound = client.patch(f"/api/v1/phone-numbers/{number['id']}/", {"inbound_agent": voice.agent.pk}, format="json")
    assert bound.json()["inbound_agent"] == voice.agent.pk
    assert client.delete(f"/api/v1/phone-numbers/{number['id']}/").status_code == 204
    assert client.get(f"/api/v1/phone-numbers/{number['id']}/").json()["status"] == "released"
    assert client.get("/api/v1/phone-numbers/?status=active").json()["count"] == 1


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"area_code": "12"}, "area_code"),
        ({"number": "hello"}, "number"),
        ({"termination_uri": "trunk.example"}, "number"),
        ({"outbound_agent": 999999}, "outbound_agent"),
    ],
)
def test_bad_number_requests_are_400(api, owner_a, payload, field):
    response = api(owner_a).post("/api/v1/phone-numbers/", payload, format="json")
    assert response.status_code == 400, response.content
    assert field in response.json()["error"]["fields"]
    with schema_context(owner_a.tenant.schema_name):
        assert not PhoneNumber.objects.exists()


def test_binding_an_unpublished_agent_is_refused(api, owner_a):
    client = api(owner_a)
    draft = client.post("/api/v1/agents/", {"name": "Draft"}, format="json").json()["id"]
    response = client.post("/api/v1/phone-numbers/", {"area_code": "415", "inbound_agent": draft}, format="json")
    assert response.status_code == 400
    assert response.json()["error"]["fields"]["inbound_agent"] == ["Publish this agent before binding it to a number."]


def test_managers_bind_numbers_but_do_not_buy_them(api, manager_a, voice):
    client = api(manager_a)
    assert client.post("/api/v1/phone-numbers/", {"area_code": "415"}, format="json").status_code == 403
    response = client.patch(f"/api/v1/phone-numbers/{voice.number.pk}/", {"inbound_agent": None}, format="json")
    assert response.status_code == 200
    assert client.delete(f"/api/v1/phone-numbers/{voice.number.pk}/").status_code == 403


def test_voice_settings_show_urls_and_take_a_key_without_showing_it(api, owner_a):
    client = api(owner_a)
    body = client.get("/api/v1/voice-settings").json()
    assert body["voice_provider"] == "sandbox"
    assert body["has_own_key"] is False
    assert body["retell_webhook_url"].startswith("http://localhost:8000/hooks/retell/")
    updated = client.patch(
        "/api/v1/voice-settings", {"retell_api_key": "key_mine_0123456789abcd"}, format="json"
    ).json()
    assert (updated["has_own_key"], updated["own_key_last4"]) == (True, "abcd")
    assert "key_mine" not in str(updated)
    with schema_context(owner_a.tenant.schema_name):
        from calls.models import VoiceSettings

        stored = VoiceSettings.objects.get().retell_api_key_encrypted
    assert "key_mine" not in stored
    assert client.patch("/api/v1/voice-settings", {"retell_api_key": "short"}, format="json").status_code == 400
    assert client.patch("/api/v1/voice-settings", {"retell_api_key": ""}, format="json").json()["has_own_key"] is False


def test_voice_settings_need_integration_rights(api, manager_a):
    assert api(manager_a).get("/api/v1/voice-settings").status_code == 403


def test_settings_api_shows_the_webhook_and_function_urls(api, viewer_a):
    body = api(viewer_a).get("/api/v1/settings").json()
    assert body["retell_webhook_url"].startswith("http://localhost:8000/hooks/retell/")
    assert set(body["retell_function_urls"]) == {
        "lookup_caller",
        "check_availability",
        "book_appointment",
        "reschedule_appointment",
        "cancel_appointment",
        "transfer_to_human",
    }
    assert body["retell_function_urls"]["book_appointment"].endswith("/functions/book_appointment/")


def test_tenant_b_sees_none_of_tenant_as_calls(api, owner_b, calls):
    assert api(owner_b).get("/api/v1/calls/").json()["count"] == 0
    assert api(owner_b).get(f"/api/v1/calls/{calls['own'].pk}/").status_code == 404
    assert services  # the services layer is what the API calls
