"""The training loop over HTTP: flags API and portal, draft test turns, side-by-side, roles and tenant isolation."""

import pytest
from django_tenants.utils import schema_context

from calls import services as call_services
from knowledge.models import FAQ, Flag
from knowledge.services import answers, sources
from tests.calls.factories import CallFactory
from tests.knowledge.test_training import HOURS, TURNS
from tests.voice_sandbox import use_sandbox

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sandbox(settings):
    use_sandbox(settings)


@pytest.fixture
def setup(tenant_a, in_tenant, run_on_commit, owner_a):
    class Setup:
        pass

    s = Setup()
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Hours", content=HOURS)
        s.agent = call_services.agent_create(tenant=tenant_a, data={"purpose": "receptionist", "name": "Ava"})
        call_services.agent_publish_reviewed(tenant=tenant_a, agent=s.agent, actor=owner_a.user, note="Launch")
        s.call = CallFactory(agent=s.agent, transcript_turns=TURNS)
        s.answer = answers.answer_question(question="Are you open on Sunday?", agent=s.agent, channel="chat")
    return s


def test_flag_create_list_apply_through_the_api(api, manager_a, setup):
    client = api(manager_a)
    created = client.post(
        "/api/v1/training/flags/",
        {"call": setup.call.pk, "turn_index": 2, "reason": "incorrect", "better_answer": "Adults only, from 18."},
        format="json",
    )
    assert created.status_code == 201, created.content
    flag = created.json()
    assert flag["question"] == "Do you do teeth whitening for teenagers?" and flag["status"] == "open"
    listed = client.get("/api/v1/training/flags/?status=open").json()
    assert [f["id"] for f in listed["results"]] == [flag["id"]]
    applied = client.post(f"/api/v1/training/flags/{flag['id']}/apply/", {"resolution": "custom_answer"}, format="json")
    assert applied.status_code == 200, applied.content
    assert applied.json()["status"] == "applied" and applied.json()["faq"]
    again = client.post(f"/api/v1/training/flags/{flag['id']}/apply/", {"resolution": "faq"}, format="json")
    assert again.status_code == 409 and "already applied" in again.json()["error"]["message"]
    answer = client.post(
        "/api/v1/knowledge/answer/", {"question": "do you do teeth whitening for teenagers"}, format="json"
    )
    assert answer.json()["answer"] == "Adults only, from 18."


def test_flag_a_conversation_answer_and_dismiss_it(api, manager_a, setup):
    client = api(manager_a)
    created = client.post(
        "/api/v1/training/flags/", {"message": setup.answer.message.pk, "reason": "outdated"}, format="json"
    )
    assert created.status_code == 201, created.content
    assert created.json()["agent"] == setup.agent.pk
    dismissed = client.post(f"/api/v1/training/flags/{created.json()['id']}/dismiss/", {"note": "Fine."}, format="json")
    assert dismissed.status_code == 200 and dismissed.json()["status"] == "dismissed"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reason": "incorrect"}, "subject"),
        ({"call": 999999, "reason": "incorrect"}, "call"),
        ({"message": 999999, "reason": "incorrect"}, "message"),
        ({"call": "CALL", "reason": "incorrect"}, "call"),
        ({"call": 1, "reason": "wrong"}, "reason"),
        ({"call": 1, "reason": "incorrect", "colour": "red"}, "colour"),
    ],
)
def test_bad_flag_bodies_are_clear_errors_and_change_nothing(api, manager_a, setup, tenant_a, body, field):
    if body.get("call") == 1:
        body["call"] = setup.call.pk
    response = api(manager_a).post("/api/v1/training/flags/", body, format="json")
    assert response.status_code == 400, response.content
    error = response.json()["error"]
    assert error["message"] and field in error["fields"], error
    with schema_context(tenant_a.schema_name):
        assert Flag.objects.count() == 0


def test_bad_apply_is_a_400_and_the_flag_stays_open(api, manager_a, setup, tenant_a):
    client = api(manager_a)
    flag = client.post("/api/v1/training/flags/", {"call": setup.call.pk, "reason": "other"}, format="json").json()
    for body in ({"resolution": "retrain"}, {"resolution": "faq"}, {}):
        response = client.post(f"/api/v1/training/flags/{flag['id']}/apply/", body, format="json")
        assert response.status_code == 400, response.content
        assert response.json()["error"]["fields"]
    with schema_context(tenant_a.schema_name):
        assert Flag.objects.get().status == "open" and FAQ.objects.count() == 0


def test_only_agent_managers_flag_and_apply(api, agent_a, viewer_a, setup):
    body = {"call": setup.call.pk, "reason": "incorrect"}
    assert api(agent_a).post("/api/v1/training/flags/", body, format="json").status_code == 403
    assert api(viewer_a).post("/api/v1/training/flags/", body, format="json").status_code == 403
    assert api(viewer_a).get("/api/v1/training/flags/").status_code == 200


def test_another_tenant_sees_none_of_the_flags(api, manager_a, owner_b, setup):
    flag = api(manager_a).post("/api/v1/training/flags/", {"call": setup.call.pk, "reason": "other"}, format="json")
    flag_id = flag.json()["id"]
    other = api(owner_b)
    assert other.get("/api/v1/training/flags/").json()["results"] == []
    assert other.get(f"/api/v1/training/flags/{flag_id}/").status_code == 404
    assert other.post(f"/api/v1/training/flags/{flag_id}/dismiss/", {}, format="json").status_code == 404
    created = other.post("/api/v1/training/flags/", {"call": setup.call.pk, "reason": "other"}, format="json")
    assert created.status_code == 400 and "call" in created.json()["error"]["fields"]
    assert (
        other.post(f"/api/v1/agents/{setup.agent.pk}/test-turns/", {"question": "Hi?"}, format="json").status_code
        == 404
    )
    compare = other.post(f"/api/v1/agents/{setup.agent.pk}/compare/", {"questions": ["Hi?"]}, format="json")
    assert compare.status_code == 404


def test_draft_test_turns_and_side_by_side_through_the_api(api, manager_a, setup, tenant_a):
    client = api(manager_a)
    client.patch(f"/api/v1/agents/{setup.agent.pk}/", {"escalation_keywords": ["sunday"]}, format="json")
    first = client.post(
        f"/api/v1/agents/{setup.agent.pk}/test-turns/", {"question": "Are you open on Sunday?"}, format="json"
    )
    assert first.status_code == 200, first.content
    assert first.json()["escalated"] is True and first.json()["version"] == "draft"
    second = client.post(
        f"/api/v1/agents/{setup.agent.pk}/test-turns/",
        {"question": "Where do I park?", "conversation": first.json()["conversation"], "version": "draft"},
        format="json",
    )
    assert second.json()["conversation"] == first.json()["conversation"]
    compared = client.post(
        f"/api/v1/agents/{setup.agent.pk}/compare/",
        {"questions": ["Are you open on Sunday?"], "left": "published", "right": "draft"},
        format="json",
    )
    assert compared.status_code == 200, compared.content
    row = compared.json()["rows"][0]
    assert (row["left"]["escalated"], row["right"]["escalated"]) == (False, True)
    assert compared.json()["left"]["version"] == "Version 1"
    bad = client.post(f"/api/v1/agents/{setup.agent.pk}/compare/", {"questions": []}, format="json")
    assert bad.status_code == 400 and "questions" in bad.json()["error"]["fields"]
    unknown = client.post(
        f"/api/v1/agents/{setup.agent.pk}/test-turns/", {"question": "Hi?", "version": "v42"}, format="json"
    )
    assert unknown.status_code == 400 and "version" in unknown.json()["error"]["fields"]


def test_flag_from_the_call_page_and_apply_in_the_portal(portal, manager_a, setup, tenant_a):
    client = portal(manager_a)
    page = client.get(f"/calls/{setup.call.pk}/").content.decode()
    assert f"/knowledge/flags/new/?call={setup.call.pk}&amp;turn=2" in page
    form = client.get(f"/knowledge/flags/new/?call={setup.call.pk}&turn=2", HTTP_HX_REQUEST="true")
    assert form.status_code == 200 and 'name="reason"' in form.content.decode()
    refused = client.post(
        "/knowledge/flags/new/", {"call": setup.call.pk, "turn": "1", "reason": "incorrect"}, HTTP_HX_REQUEST="true"
    )
    assert refused.status_code == 400 and "not the caller" in refused.content.decode()
    done = client.post(
        "/knowledge/flags/new/",
        {"call": setup.call.pk, "turn": "2", "reason": "incorrect", "better_answer": "Only adults."},
        HTTP_HX_REQUEST="true",
    )
    assert done.status_code == 200 and "Flagged." in done.content.decode()
    with schema_context(tenant_a.schema_name):
        flag = Flag.objects.get()
    listing = client.get("/knowledge/flags/").content.decode()
    assert "Do you do teeth whitening for teenagers?" in listing
    response = client.post(f"/knowledge/flags/{flag.pk}/", {"action": "apply", "resolution": "faq"})
    assert response.status_code == 302
    detail = client.get(f"/knowledge/flags/{flag.pk}/").content.decode()
    assert "flag.created" in detail and "flag.applied" in detail and manager_a.user.email in detail
    conflict = client.post(f"/knowledge/flags/{flag.pk}/", {"action": "dismiss"})
    assert conflict.status_code == 409


def test_test_and_compare_in_the_portal(portal, manager_a, viewer_a, setup):
    client = portal(manager_a)
    url = f"/knowledge/agents/{setup.agent.pk}/training/"
    assert client.get(url).status_code == 200
    asked = client.post(
        url, {"action": "ask", "version": "draft", "question": "Where do I park?"}, HTTP_HX_REQUEST="true"
    )
    assert asked.status_code == 200 and "behind the building" in asked.content.decode()
    assert "/knowledge/flags/new/?message=" in asked.content.decode()
    compared = client.post(
        url,
        {
            "action": "compare",
            "left": "published",
            "right": "draft",
            "questions": "Where do I park?\nWhen are you open?",
        },
        HTTP_HX_REQUEST="true",
    )
    assert compared.status_code == 200 and compared.content.decode().count("<tr") == 3
    bad = client.post(url, {"action": "compare", "questions": ""}, HTTP_HX_REQUEST="true")
    assert bad.status_code == 400 and "at least one test question" in bad.content.decode()
    assert portal(viewer_a).get(url).status_code == 403
    refused = client.post(f"{url}publish/", {"note": ""}, follow=True)
    assert "Say why you are publishing" in refused.content.decode()


def test_a_script_change_from_a_flag_is_listed_with_how_it_was_applied(api, manager_a, owner_b, setup):
    client = api(manager_a)
    flag = client.post(
        "/api/v1/training/flags/",
        {"call": setup.call.pk, "turn_index": 2, "reason": "inappropriate", "better_answer": "Ask their age first."},
        format="json",
    ).json()
    applied = client.post(f"/api/v1/training/flags/{flag['id']}/apply/", {"resolution": "script_change"}, format="json")
    assert applied.status_code == 200, applied.content
    changes = client.get(f"/api/v1/training/script-changes/?agent={setup.agent.pk}").json()["results"]
    assert [(c["flag"], c["status"], c["text"]) for c in changes] == [(flag["id"], "applied", "Ask their age first.")]
    assert "draft prompt" in changes[0]["applied_by"]
    assert client.get(f"/api/v1/agents/{setup.agent.pk}/").json()["system_prompt"].endswith("- Ask their age first.")
    assert api(owner_b).get("/api/v1/training/script-changes/").json()["results"] == []
