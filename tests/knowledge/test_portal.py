"""Knowledge portal pages: listing, adding a source, FAQs, gaps, try it; roles and tenant isolation."""

import io

import pytest

from knowledge.models import FAQ, Gap, Source
from knowledge.services import answers

pytestmark = pytest.mark.django_db


def test_the_pages_render_for_members(portal, viewer_a):
    client = portal(viewer_a)
    for url in ("/knowledge/", "/knowledge/faqs/", "/knowledge/gaps/", "/knowledge/try/"):
        response = client.get(url)
        assert response.status_code == 200, url
    assert b"Knowledge" in client.get("/").content


def test_a_manager_adds_a_text_source_and_sees_it_ready(portal, manager_a, tenant_a, in_tenant, run_on_commit):
    client = portal(manager_a)
    with run_on_commit():
        response = client.post(
            "/knowledge/", {"kind": "text", "name": "Hours", "content": "# Hours\n\nOpen daily 9 to 5."}
        )
    assert response.status_code == 302
    with in_tenant(tenant_a):
        source = Source.objects.get()
    page = client.get(f"/knowledge/sources/{source.pk}/")
    assert b'data-status="ready"' in page.content
    partial = client.get(f"/knowledge/sources/{source.pk}/", HTTP_HX_REQUEST="true")
    assert b"<html" not in partial.content and b'id="progress"' in partial.content


def test_bad_source_input_shows_errors_and_adds_nothing(portal, manager_a, tenant_a, in_tenant):
    response = portal(manager_a).post("/knowledge/", {"kind": "website", "url": "ftp://nope"})
    assert response.status_code == 400
    assert b"http://" in response.content
    with in_tenant(tenant_a):
        assert not Source.objects.exists()


def test_viewers_cannot_change_knowledge(portal, viewer_a, tenant_a, in_tenant):
    client = portal(viewer_a)
    assert client.post("/knowledge/", {"kind": "text", "content": "x"}).status_code == 403
    assert client.post("/knowledge/faqs/", {"question": "q", "answer": "a"}).status_code == 403
    with in_tenant(tenant_a):
        assert not Source.objects.exists() and not FAQ.objects.exists()


def test_faq_editor_and_csv_import(portal, manager_a, tenant_a, in_tenant):
    client = portal(manager_a)
    assert (
        client.post("/knowledge/faqs/", {"question": "Parking?", "answer": "Free behind the shop."}).status_code == 302
    )
    bad = io.BytesIO(b"question,answer\n,no question\n")
    bad.name = "bad.csv"
    response = client.post("/knowledge/faqs/import/", {"file": bad})
    assert response.status_code == 400 and b"Row 1" in response.content
    good = io.BytesIO(b"question,answer\nDo you open Sundays?,No.\n")
    good.name = "good.csv"
    assert client.post("/knowledge/faqs/import/", {"file": good}).status_code == 302
    with in_tenant(tenant_a):
        faq = FAQ.objects.get(question="Parking?")
    client.post(f"/knowledge/faqs/{faq.pk}/", {"question": "Parking?", "answer": "Two free spaces.", "is_active": "1"})
    with in_tenant(tenant_a):
        faq.refresh_from_db()
        assert faq.answer == "Two free spaces." and FAQ.objects.count() == 2


def test_gaps_inbox_accepts_and_dismisses(portal, manager_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        answers.answer_question(question="Do you sell gift vouchers?")
        gap = Gap.objects.get()
    client = portal(manager_a)
    assert b"gift vouchers" in client.get("/knowledge/gaps/").content
    client.post(f"/knowledge/gaps/{gap.pk}/accept/", {"answer": "Yes, at reception."})
    with in_tenant(tenant_a):
        gap.refresh_from_db()
        assert gap.status == "accepted" and gap.faq.answer == "Yes, at reception."


def test_try_it_answers_with_citations(portal, viewer_a, tenant_a, in_tenant, run_on_commit):
    from knowledge.services import sources

    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(
            kind="text", name="Hours", content="# Opening hours\n\nWe are open Monday to Friday, 9am to 5pm."
        )
    response = portal(viewer_a).post("/knowledge/try/", {"question": "when are you open?"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert b"Monday to Friday" in response.content
    assert b'id="citations"' in response.content
    empty = portal(viewer_a).post("/knowledge/try/", {"question": ""})
    assert empty.status_code == 400


def test_another_tenant_cannot_see_the_pages(portal, owner_b, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        source = Source.objects.create(kind="text", name="Secret", content="x")
    client = portal(owner_b)
    client.defaults["HTTP_HOST"] = "alpha.localhost"
    assert client.get(f"/knowledge/sources/{source.pk}/").status_code in (302, 403, 404)
