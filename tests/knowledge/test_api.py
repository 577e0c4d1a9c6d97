"""The knowledge API over HTTP: shapes, permissions, errors, and that tenant B sees none of A's knowledge."""

import io

import pytest

from knowledge.models import FAQ, Gap, Source
from tests.knowledge.conftest import page

pytestmark = pytest.mark.django_db

CONTENT = "# Opening hours\n\nWe are open Monday to Friday from 8am to 6pm. We are closed on Sundays."


@pytest.fixture
def text_source(api, manager_a, run_on_commit):
    with run_on_commit():
        response = api(manager_a).post(
            "/api/v1/knowledge/sources/", {"kind": "text", "name": "Hours", "content": CONTENT}, format="json"
        )
    assert response.status_code == 201, response.content
    return response.json()


def test_a_website_source_is_created_synced_and_listed_with_pages(api, manager_a, site, run_on_commit):
    server = site({"/": page("Home", "<h1>Welcome</h1><p>We fix leaking taps and boilers across the north side.</p>")})
    client = api(manager_a)
    with run_on_commit():
        response = client.post(
            "/api/v1/knowledge/sources/", {"kind": "website", "url": server.origin, "max_pages": 5}, format="json"
        )
    assert response.status_code == 201, response.content
    source_id = response.json()["id"]
    detail = client.get(f"/api/v1/knowledge/sources/{source_id}/").json()
    assert detail["status"] == "ready" and detail["progress"] == 100 and detail["pages_indexed"] == 1
    pages = client.get(f"/api/v1/knowledge/sources/{source_id}/pages/").json()
    assert pages["count"] == 1
    assert pages["results"][0] | {"fetched_at": None, "id": None} == {
        "id": None,
        "url": server.origin + "/",
        "title": "Home",
        "status": "indexed",
        "reason": "",
        "depth": 0,
        "chunk_count": 1,
        "fetched_at": None,
    }
    assert client.get(f"/api/v1/knowledge/sources/{source_id}/pages/?status=failed").json()["count"] == 0
    assert client.get(f"/api/v1/knowledge/sources/{source_id}/pages/?status=bogus").status_code == 400
    listing = client.get("/api/v1/knowledge/sources/?status=ready").json()
    assert [s["id"] for s in listing["results"]] == [source_id]
    with run_on_commit():
        assert client.post(f"/api/v1/knowledge/sources/{source_id}/sync/").status_code == 202
    assert client.get(f"/api/v1/knowledge/sources/{source_id}/pages/").json()["results"][0]["status"] == "unchanged"


def test_sync_while_queued_is_a_conflict(api, manager_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        source = Source.objects.create(kind="text", name="x", content="y", status="crawling")
    response = api(manager_a).post(f"/api/v1/knowledge/sources/{source.pk}/sync/")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "busy"


def test_patch_and_delete_a_source(api, manager_a, text_source):
    client = api(manager_a)
    url = f"/api/v1/knowledge/sources/{text_source['id']}/"
    response = client.patch(url, {"name": "Hours and days", "schedule": "weekly"}, format="json")
    assert response.status_code == 200 and response.json()["schedule"] == "weekly"
    assert response.json()["next_sync_at"]
    assert client.patch(url, {"schedule": "hourly"}, format="json").status_code == 400
    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "website", "url": "javascript:alert(1)"}, "url"),
        ({"kind": "website", "url": "https://example.com", "max_pages": 5000}, "max_pages"),
        ({"kind": "website", "url": "https://example.com", "exclude_patterns": ["blog"]}, "exclude_patterns"),
        ({"kind": "text", "content": ""}, "content"),
        ({"kind": "file"}, "file"),
        ({"kind": "podcast"}, "kind"),
    ],
)
def test_bad_sources_get_field_errors_and_change_nothing(api, manager_a, tenant_a, in_tenant, body, field):
    response = api(manager_a).post("/api/v1/knowledge/sources/", body, format="json")
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    with in_tenant(tenant_a):
        assert Source.objects.count() == 0


def test_a_file_upload_becomes_a_source(api, manager_a, run_on_commit):
    upload = io.BytesIO(b"# Insurance\n\nWe accept Delta Dental and Cigna.")
    upload.name = "insurance.md"
    with run_on_commit():
        response = api(manager_a).post(
            "/api/v1/knowledge/sources/", {"kind": "file", "file": upload}, format="multipart"
        )
    assert response.status_code == 201, response.content
    assert response.json()["file_name"] == "insurance.md"


def test_search_and_answer(api, viewer_a, text_source):
    client = api(viewer_a)
    response = client.post("/api/v1/knowledge/search/", {"query": "when are you open?", "limit": 3}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"results", "took_ms"}
    assert set(body["results"][0]) == {"url", "title", "heading", "text", "score"}
    assert body["results"][0]["heading"] == "Opening hours"
    answer = client.post(
        "/api/v1/knowledge/answer/", {"question": "Are you open on Sunday?", "channel": "chat"}, format="json"
    )
    assert answer.status_code == 200
    data = answer.json()
    assert set(data) == {"answer", "citations", "confidence", "answered", "escalated", "conversation"}
    assert data["answered"] and "Sundays" in data["answer"]
    assert data["citations"] == [{"url": "", "title": "Hours", "heading": "Opening hours"}]
    again = client.post(
        "/api/v1/knowledge/answer/", {"question": "and Saturday?", "conversation": data["conversation"]}, format="json"
    )
    assert again.json()["conversation"] == data["conversation"]
    for bad in ({}, {"question": ""}, {"question": "hi", "channel": "fax"}, {"question": "hi", "conversation": 99999}):
        response = client.post("/api/v1/knowledge/answer/", bad, format="json")
        assert response.status_code == 400, bad
        assert response.json()["error"]["code"] == "invalid"
    assert client.post("/api/v1/knowledge/search/", {"query": ""}, format="json").status_code == 400


def test_faq_crud_and_csv_import(api, manager_a, tenant_a, in_tenant):
    client = api(manager_a)
    created = client.post("/api/v1/knowledge/faqs/", {"question": "Do you park?", "answer": "Yes."}, format="json")
    assert created.status_code == 201
    faq_id = created.json()["id"]
    assert client.patch(f"/api/v1/knowledge/faqs/{faq_id}/", {"answer": "Yes, free."}, format="json").status_code == 200
    assert client.patch(f"/api/v1/knowledge/faqs/{faq_id}/", {"answer": ""}, format="json").status_code == 400
    good = io.BytesIO(
        b"question,answer,override\nDo you take cards?,Yes all major cards.,no\nGift cards?,From $25.,yes\n"
    )
    good.name = "faqs.csv"
    response = client.post("/api/v1/knowledge/faqs/import/", {"file": good}, format="multipart")
    assert response.status_code == 201 and response.json() == {"imported": 2}
    bad = io.BytesIO(b"question,answer\nFine?,Yes.\n,Missing question\n")
    bad.name = "bad.csv"
    response = client.post("/api/v1/knowledge/faqs/import/", {"file": bad}, format="multipart")
    assert response.status_code == 400
    assert "Row 2" in response.json()["error"]["fields"]["file"][0]
    with in_tenant(tenant_a):
        assert FAQ.objects.count() == 3
        assert FAQ.objects.get(question="Gift cards?").override
    assert client.get("/api/v1/knowledge/faqs/?override=true").json()["count"] == 1
    assert client.delete(f"/api/v1/knowledge/faqs/{faq_id}/").status_code == 204


def test_gaps_are_listed_accepted_and_dismissed(api, manager_a, viewer_a, tenant_a, in_tenant):
    client = api(manager_a)
    client.post("/api/v1/knowledge/answer/", {"question": "Do you sell gift vouchers?"}, format="json")
    client.post("/api/v1/knowledge/answer/", {"question": "Can I buy a gift voucher?"}, format="json")
    client.post("/api/v1/knowledge/answer/", {"question": "Is there a swimming pool?"}, format="json")
    listing = client.get("/api/v1/knowledge/gaps/?status=open").json()
    assert listing["count"] == 2
    top = listing["results"][0]
    assert top["count"] == 2 and "voucher" in top["question"].lower()
    assert (
        api(viewer_a).post(f"/api/v1/knowledge/gaps/{top['id']}/accept/", {"answer": "x"}, format="json").status_code
        == 403
    )
    assert client.post(f"/api/v1/knowledge/gaps/{top['id']}/accept/", {}, format="json").status_code == 400
    accepted = client.post(f"/api/v1/knowledge/gaps/{top['id']}/accept/", {"answer": "Yes, from $25."}, format="json")
    assert accepted.status_code == 200 and accepted.json()["answer"] == "Yes, from $25."
    assert (
        client.post(f"/api/v1/knowledge/gaps/{top['id']}/accept/", {"answer": "again"}, format="json").status_code
        == 400
    )
    other = listing["results"][1]["id"]
    assert client.post(f"/api/v1/knowledge/gaps/{other}/dismiss/").json()["status"] == "dismissed"
    with in_tenant(tenant_a):
        assert Gap.objects.filter(status="open").count() == 0


def test_viewers_read_but_cannot_change_knowledge(api, viewer_a, text_source):
    client = api(viewer_a)
    assert client.get("/api/v1/knowledge/sources/").status_code == 200
    assert client.post("/api/v1/knowledge/sources/", {"kind": "text", "content": "x"}, format="json").status_code == 403
    assert client.delete(f"/api/v1/knowledge/sources/{text_source['id']}/").status_code == 403
    assert client.post("/api/v1/knowledge/faqs/", {"question": "q", "answer": "a"}, format="json").status_code == 403


def test_tenant_b_sees_nothing_of_tenant_a(api, owner_b, text_source, tenant_a, tenant_b, in_tenant):
    client = api(owner_b)
    assert client.get("/api/v1/knowledge/sources/").json()["count"] == 0
    assert client.get(f"/api/v1/knowledge/sources/{text_source['id']}/").status_code == 404
    assert client.get(f"/api/v1/knowledge/sources/{text_source['id']}/pages/").status_code == 404
    results = client.post("/api/v1/knowledge/search/", {"query": "opening hours"}, format="json").json()["results"]
    assert results == []
    answer = client.post("/api/v1/knowledge/answer/", {"question": "when are you open"}, format="json").json()
    assert not answer["answered"] and answer["citations"] == []


def test_search_results_name_different_pages_first(api, manager_a, viewer_a, run_on_commit):
    crowded = "\n\n".join(
        f"# Parking area {n}\n\n" + " ".join(["Parking for patients is free behind the building."] * 60)
        for n in range(4)
    )
    with run_on_commit():
        for name, content in (("Parking", crowded), ("Visit", "# Finding us\n\nStreet parking is on Elm Row.")):
            response = api(manager_a).post(
                "/api/v1/knowledge/sources/", {"kind": "text", "name": name, "content": content}, format="json"
            )
            assert response.status_code == 201, response.content
    body = {"query": "where can I park", "limit": 3}
    results = api(viewer_a).post("/api/v1/knowledge/search/", body, format="json").json()["results"]
    assert len(results) == 3
    assert sorted(r["title"] for r in results[:2]) == ["Parking", "Visit"]
