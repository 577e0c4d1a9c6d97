"""Retrieval quality on a website the system was not shaped on (tests/knowledge/eval_content.py).

The site is crawled end to end from a local server; 25 questions asked the way
customers ask them. The goal is the right page in the top 3 for 23 of 25; with
the offline embedder (WordLlama) retrieval reaches 19 and the answers cite the
right page for 14 (the misses need world knowledge a static word-vector model
lacks: "put to sleep" for euthanasia, "on holiday" for boarding). This test
holds that level so it cannot silently drop.
"""

import pytest

from knowledge import retrieval
from knowledge.demo_sites.build import render
from knowledge.services import answers, sources
from tests.knowledge import eval_content

pytestmark = pytest.mark.django_db

TOP3_AT_LEAST = 19
CITED_AT_LEAST = 14


@pytest.fixture
def eval_site(site, tenant_a, in_tenant, run_on_commit):
    routes = {
        path: (200, {"Content-Type": kind}, body)
        for path, (kind, body) in render("tests.knowledge.eval_content").items()
    }
    server = site(routes)
    with in_tenant(tenant_a), run_on_commit():
        source = sources.source_create(kind="website", url=server.origin + "/", max_pages=50)
    with in_tenant(tenant_a):
        source.refresh_from_db()
        assert source.status == "ready", source.error
        assert source.pages_indexed == len(eval_content.PAGES), list(
            source.pages.values_list("url", "status", "reason")
        )
    return server.origin


def test_the_right_page_is_in_the_top_three_and_cited(eval_site, tenant_a, in_tenant):
    misses, uncited = [], []
    with in_tenant(tenant_a):
        for question, path in eval_content.QUESTIONS:
            expected = eval_site + path
            result = retrieval.search(question, limit=5)
            pages = list(dict.fromkeys(p.url for p in result.passages))[:3]
            if expected not in pages:
                misses.append(f"{question!r}: wanted {path}, got {[p.removeprefix(eval_site) for p in pages]}")
            answer = answers.answer_question(question=question)
            if expected not in {c["url"] for c in answer.citations}:
                uncited.append(
                    f"{question!r}: wanted {path}, cited {[c['url'].removeprefix(eval_site) for c in answer.citations]}"
                )
    found = len(eval_content.QUESTIONS) - len(misses)
    print(f"top-3 hits: {found}/25; cited: {25 - len(uncited)}/25")
    assert found >= TOP3_AT_LEAST, "\n".join(misses)
    assert 25 - len(uncited) >= CITED_AT_LEAST, "\n".join(uncited)
