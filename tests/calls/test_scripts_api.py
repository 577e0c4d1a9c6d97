"""Call scripts over HTTP: the API (create, versions, diff, rollback, preview, agent set-up, publish),
errors as JSON, tenant isolation, and the portal editor."""

import pytest

from calls import services as agent_services
from calls.models import CallScript
from calls.scripts import services

pytestmark = pytest.mark.django_db

STEPS = [
    {
        "key": "opening",
        "line": "Hi {contact.first_name}, still interested?",
        "branches": [{"answer": "yes", "goto": "book"}],
        "next": "bye",
    },
    {"key": "book", "line": "When suits you?", "next": "bye", "actions": ["book_appointment"]},
    {"key": "bye", "line": "Thanks, goodbye!"},
]


def test_create_from_a_template_then_edit_diff_preview_and_roll_back(api, owner_a):
    client = api(owner_a)
    created = client.post("/api/v1/call-scripts/", {"template": "dental_recall", "name": "Recall"}, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["name"] == "Recall" and body["current_version"]["number"] == 1
    pk = body["id"]

    edited = client.patch(
        f"/api/v1/call-scripts/{pk}/", {"content": {"steps": STEPS}, "note": "Shorter"}, format="json"
    )
    assert edited.status_code == 200, edited.content
    assert edited.json()["current_version"]["number"] == 2

    versions = client.get(f"/api/v1/call-scripts/{pk}/versions/").json()["results"]
    assert [v["number"] for v in versions] == [2, 1] and versions[0]["note"] == "Shorter"

    changes = client.get(f"/api/v1/call-scripts/{pk}/diff/?from=1").json()
    assert changes["to"] == 2
    assert {c["step"]: c["change"] for c in changes["changes"]} == {
        "opening": "added",
        "book": "changed",
        "bye": "added",
        "recall": "removed",
        "goodbye": "removed",
    }

    preview = client.get(f"/api/v1/call-scripts/{pk}/preview/?persona=london_formal").json()
    assert preview["greeting"] == "Hi {{first_name}}, still interested?"
    assert "know the London area" in preview["prompt"]
    assert [s["name"] for s in preview["retell_states"]["states"]] == ["opening", "book", "bye"]

    rolled = client.post(f"/api/v1/call-scripts/{pk}/rollback/", {"version": 1}, format="json")
    assert rolled.status_code == 201 and rolled.json()["number"] == 3
    assert client.get(f"/api/v1/call-scripts/{pk}/").json()["current_version"]["content"]["steps"][0]["key"] == "recall"


def test_bad_input_gets_a_json_error_naming_the_step_and_changes_nothing(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    dangling = [{"key": "opening", "line": "Hi", "next": "nowhere"}]
    for body, field, says in (
        ({"name": "X", "content": {"steps": dangling}}, "steps", 'Step "opening": goes to "nowhere"'),
        (
            {"name": "X", "content": {"steps": [{"key": "a", "line": "{contact.shoe_size}"}]}},
            "steps",
            "{contact.shoe_size}",
        ),
        ({"template": "nope"}, "template", "Unknown template"),
        ({"name": "X"}, "content", "Required"),
        ({"name": "X", "content": "steps"}, "steps", "A script is an object"),
        ({"name": "X", "content": {"steps": STEPS}, "colour": "red"}, "colour", ""),
    ):
        response = client.post("/api/v1/call-scripts/", body, format="json")
        assert response.status_code == 400, (body, response.content)
        error = response.json()["error"]
        assert field in error["fields"], error
        assert says in " ".join(error["fields"][field]), error
    with in_tenant(tenant_a):
        assert not CallScript.objects.exists()
    assert client.get("/api/v1/call-scripts/1/diff/?from=abc").status_code in (400, 404)


def test_viewers_read_but_cannot_write(api, viewer_a, tenant_a, in_tenant):
    client = api(viewer_a)
    assert client.get("/api/v1/call-scripts/").status_code == 200
    assert client.get("/api/v1/script-templates/").json()[0]["key"] == "medical_confirmation"
    assert client.get("/api/v1/persona-presets/").json()["overridable"][0] == "language"
    assert client.post("/api/v1/call-scripts/", {"template": "survey"}, format="json").status_code == 403


def test_an_agent_gets_a_script_and_persona_and_publishes_with_a_reason(
    api, owner_a, tenant_a, in_tenant, run_on_commit
):
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"purpose": "qualifier"})
        script = services.script_create(tenant=tenant_a, name="Q", content={"steps": STEPS})
    client = api(owner_a)
    bad = client.patch(
        f"/api/v1/agent-scripts/{agent.pk}/",
        {"script": script.pk, "persona": "bangalore_casual", "persona_overrides": {"region": "Pune"}},
        format="json",
    )
    assert bad.status_code == 400 and "region" in bad.json()["error"]["fields"]
    applied = client.patch(
        f"/api/v1/agent-scripts/{agent.pk}/",
        {
            "script": script.pk,
            "version": 1,
            "persona": "bangalore_casual",
            "persona_overrides": {"speaking_speed": 0.9},
        },
        format="json",
    )
    assert applied.status_code == 200, applied.content
    body = applied.json()
    assert (body["version"], body["persona"], body["resolved_persona"]["speaking_speed"]) == (
        1,
        "bangalore_casual",
        0.9,
    )
    assert body["has_unpublished_changes"] is True
    persona_only = client.patch(f"/api/v1/agent-scripts/{agent.pk}/", {"persona": "london_formal"}, format="json")
    assert (persona_only.json()["script"], persona_only.json()["version"]) == (script.pk, 1), "the script is kept"
    with in_tenant(tenant_a):
        agent.refresh_from_db()
        assert "know the London area" in agent.system_prompt and "## Call script" in agent.system_prompt
    assert client.post(f"/api/v1/agent-scripts/{agent.pk}/publish/", {}, format="json").status_code == 400
    with run_on_commit():
        published = client.post(f"/api/v1/agent-scripts/{agent.pk}/publish/", {"reason": "Pilot"}, format="json")
    assert published.status_code == 201, published.content
    assert published.json()["note"] == "Pilot [script: Q v1]"
    assert client.get(f"/api/v1/agent-scripts/{agent.pk}/").json()["published_version"] == 1


def test_tenant_b_sees_nothing_of_tenant_a(api, owner_a, owner_b, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = agent_services.agent_create(tenant=tenant_a, data={"name": "A's agent"})
        script = services.script_create(tenant=tenant_a, name="A's script", content={"steps": STEPS})
    client = api(owner_b)
    assert client.get("/api/v1/call-scripts/").json()["results"] == []
    for path in (
        f"/api/v1/call-scripts/{script.pk}/",
        f"/api/v1/call-scripts/{script.pk}/versions/",
        f"/api/v1/call-scripts/{script.pk}/preview/",
        f"/api/v1/agent-scripts/{agent.pk}/",
    ):
        assert client.get(path).status_code == 404, path
    assert client.patch(f"/api/v1/call-scripts/{script.pk}/", {"name": "Mine"}, format="json").status_code == 404
    assert client.patch(f"/api/v1/agent-scripts/{agent.pk}/", {"script": script.pk}, format="json").status_code == 404
    with in_tenant(tenant_a):
        assert CallScript.objects.get().name == "A's script"


# --- portal ----------------------------------------------------------------------------------------------


def test_the_portal_editor_adds_reorders_saves_and_names_the_bad_step(portal, owner_a, tenant_a, in_tenant):
    client = portal(owner_a)
    created = client.post("/calls/scripts/", {"template": "survey", "name": "NPS"})
    assert created.status_code == 302
    with in_tenant(tenant_a):
        script = CallScript.objects.get()
    page = client.get(f"/calls/scripts/{script.pk}/")
    assert page.status_code == 200 and b'data-step="score"' in page.content

    form = {
        "step_count": "2",
        "step-0-key": "opening",
        "step-0-line": "Hi {contact.first_name}",
        "step-0-next": "bye",
        "step-1-key": "bye",
        "step-1-line": "Bye!",
        "note": "Two steps",
    }
    added = client.post(f"/calls/scripts/{script.pk}/", {**form, "op": "add"}, HTTP_HX_REQUEST="true")
    assert added.status_code == 200 and b'name="step-2-key" value="step_3"' in added.content
    moved = client.post(f"/calls/scripts/{script.pk}/", {**form, "op": "down:0"}, HTTP_HX_REQUEST="true")
    assert moved.content.index(b'value="bye"') < moved.content.index(b'value="opening"')

    refused = client.post(f"/calls/scripts/{script.pk}/", {**form, "step-1-next": "opening"})
    assert refused.status_code == 400 and b"Step &quot;opening&quot;: loops with no way" in refused.content
    saved = client.post(f"/calls/scripts/{script.pk}/", form)
    assert saved.status_code == 302
    with in_tenant(tenant_a):
        script.refresh_from_db()
        assert script.current_version.number == 2 and script.current_version.note == "Two steps"
    preview = client.get(f"/calls/scripts/{script.pk}/preview/?persona=new_york_casual", HTTP_HX_REQUEST="true")
    assert b"Hi {{first_name}}" in preview.content and b"New York" in preview.content
    diff_page = client.get(f"/calls/scripts/{script.pk}/?diff=2")
    assert b"data-diff" in diff_page.content and b"removed" in diff_page.content


def test_viewers_cannot_change_scripts_in_the_portal(portal, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        script = services.script_create(tenant=tenant_a, name="S", content={"steps": STEPS})
    client = portal(viewer_a)
    assert client.get(f"/calls/scripts/{script.pk}/").status_code == 200
    assert client.post(f"/calls/scripts/{script.pk}/rollback/", {"version": 1}).status_code == 403
    assert client.post("/calls/scripts/", {"template": "survey"}).status_code == 403
