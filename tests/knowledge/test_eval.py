"""Retrieval quality on websites the system was not shaped on.

Seven sites, each crawled end to end from a local server: a veterinary clinic
(tests/knowledge/eval_content.py) with two sets of 25 questions written apart
(the same facts, worded differently), a hair salon (tests/knowledge/eval_salon.py)
with its own 25, written before retrieval was tuned, and a car repair shop
(tests/knowledge/eval_garage.py), written later as a check on changes fitted to
the first two, with 25 questions and a second 25 written after the customer-
wording lexicon and page diversity were settled, so no change was fitted to
them. Two more, a plumbing and heating firm (tests/knowledge/eval_plumber.py)
and a family and property law firm (tests/knowledge/eval_law.py), were written
blind (without reading the retrieval, lexicon or answerer code) and measured
once, as they were written. Questions are asked the way customers ask them. The goal is the right
page among the first 3 results (the results themselves, as an API client sees
them) for 23 of 25, and answers that cite it; each set's floor is the level
measured with the offline embedder (WordLlama) and answerer, so it cannot
silently drop. Each site also has 8 questions it cannot answer; the floor on
how many are declined holds precision while more real questions get answered.

Measured (top 3 / cited; declined of 8), before and after the lexicon
(knowledge/lexicon.py) and each page's best passage first:
vet 21/19, 5 -> 22/20, 5; vet reworded 18/16 -> 20/18; salon 23/19, 6 -> 25/22, 5;
garage 20/14, 5 -> 21/14, 5; garage reworded (unseen wording) 20/17 -> 22/21.
Blind, first measurement: plumber 24/23, 3; law 20/17, 4 (below the goal: the
misses are situations such as a forgetful parent or a new marriage that the
pages name as a power of attorney or a will's revocation).
Blind, first measurement, later: a family dental practice (tests/knowledge/
eval_dental.py) 23/22, 4; an estate and letting agent (tests/knowledge/
eval_letting.py) 21/17, 4 (below the goal: a tenant's deposit, notice and
right-to-rent questions go to the tenant fees page, which shares their words).
Blind, first measurement, later still: a physiotherapy clinic (tests/knowledge/
eval_physio.py) 22/18, 7; a neighbourhood restaurant (tests/knowledge/
eval_restaurant.py) 20/20, 4 (both below the goal: a first visit's length, an
evening slot after work, a child's portion, a spaniel and a christening room
find pages that share their other words; four of the restaurant's out-of-scope
questions are answered from near pages).
Earlier: the vet's 21/19 was 19/14 before BM25, rarity-weighted query vectors
and soft word matching, and 17 cited before the confidence counted the fused
lists' agreement and the question's words the site lacks. The salon's one more
answered out-of-scope question is a price question about a service it does not
offer ("how much is laser hair removal"), answered from the price list. The
misses left need knowledge neither the word vectors nor the lexicon has; most
uncited answers are the answerer declining below its confidence threshold with
the right page found.
"""

import pytest

from knowledge import retrieval
from knowledge.demo_sites.build import render
from knowledge.services import answers, sources
from tests.knowledge import (
    eval_content,
    eval_dental,
    eval_garage,
    eval_law,
    eval_letting,
    eval_physio,
    eval_plumber,
    eval_restaurant,
    eval_salon,
)

pytestmark = pytest.mark.django_db

# (site module, its questions, top-3 floor, cited floor, out-of-scope questions, how many must be declined)
SETS = {
    "vet": (eval_content, eval_content.QUESTIONS, 22, 20, eval_content.OUT_OF_SCOPE, 5),
    "vet-reworded": (eval_content, eval_content.QUESTIONS_REWORDED, 20, 18, [], 0),
    "salon": (eval_salon, eval_salon.QUESTIONS, 25, 22, eval_salon.OUT_OF_SCOPE, 5),
    "garage": (eval_garage, eval_garage.QUESTIONS, 21, 14, eval_garage.OUT_OF_SCOPE, 5),
    "garage-reworded": (eval_garage, eval_garage.QUESTIONS_REWORDED, 22, 21, [], 0),
    "plumber": (eval_plumber, eval_plumber.QUESTIONS, 24, 23, eval_plumber.OUT_OF_SCOPE, 3),
    "law": (eval_law, eval_law.QUESTIONS, 20, 17, eval_law.OUT_OF_SCOPE, 4),
    "dental": (eval_dental, eval_dental.QUESTIONS, 23, 22, eval_dental.OUT_OF_SCOPE, 4),
    "letting": (eval_letting, eval_letting.QUESTIONS, 21, 17, eval_letting.OUT_OF_SCOPE, 4),
    "physio": (eval_physio, eval_physio.QUESTIONS, 22, 18, eval_physio.OUT_OF_SCOPE, 7),
    "restaurant": (eval_restaurant, eval_restaurant.QUESTIONS, 20, 20, eval_restaurant.OUT_OF_SCOPE, 4),
}


def _crawl(site, module, run_on_commit) -> str:
    routes = {path: (200, {"Content-Type": kind}, body) for path, (kind, body) in render(module.__name__).items()}
    server = site(routes)
    with run_on_commit():
        source = sources.source_create(kind="website", url=server.origin + "/", max_pages=50)
    source.refresh_from_db()
    assert source.status == "ready", source.error
    assert source.pages_indexed == len(module.PAGES), list(source.pages.values_list("url", "status", "reason"))
    return server.origin


def score(origin: str, questions) -> tuple[list[str], list[str]]:
    """(questions whose page is not in the top 3, questions whose answer does not cite it)."""
    misses, uncited = [], []
    for question, path in questions:
        expected = origin + path
        # The first three results themselves (not the first three pages among more): an API client showing
        # three results shows these.
        pages = [p.url for p in retrieval.search(question, limit=3).passages]
        if expected not in pages:
            misses.append(f"{question!r}: wanted {path}, got {[p.removeprefix(origin) for p in pages]}")
        answer = answers.answer_question(question=question)
        if expected not in {c["url"] for c in answer.citations}:
            cited = [c["url"].removeprefix(origin) for c in answer.citations]
            uncited.append(f"{question!r}: wanted {path}, cited {cited}: {answer.answer[:120]!r}")
    return misses, uncited


def answered_out_of_scope(questions) -> list[str]:
    """The questions the site cannot answer that were answered anyway (with what was said)."""
    answered = []
    for question in questions:
        answer = answers.answer_question(question=question)
        if answer.answered:
            answered.append(f"{question!r} ({answer.confidence}): {answer.answer[:100]!r}")
    return answered


@pytest.mark.parametrize("name", SETS)
def test_the_right_page_is_in_the_top_three_and_cited(name, site, tenant_a, in_tenant, run_on_commit):
    module, questions, top3_floor, cited_floor, out_of_scope, declined_floor = SETS[name]
    assert len(questions) == 25
    with in_tenant(tenant_a):
        origin = _crawl(site, module, run_on_commit)
        misses, uncited = score(origin, questions)
        wrongly_answered = answered_out_of_scope(out_of_scope)
    found, cited = 25 - len(misses), 25 - len(uncited)
    print(f"\n{name}: top-3 hits {found}/25; cited {cited}/25")
    if out_of_scope:
        declined = len(out_of_scope) - len(wrongly_answered)
        print(f"  out of scope declined {declined}/{len(out_of_scope)}")
        print("".join(f"  answered: {line}\n" for line in wrongly_answered), end="")
    print("  missed: " + "\n  missed: ".join(misses) if misses else "  no misses")
    print("  uncited: " + "\n  uncited: ".join(uncited) if uncited else "  all cited")
    assert found >= top3_floor, "\n".join(misses)
    assert cited >= cited_floor, "\n".join(uncited)
    assert len(out_of_scope) - len(wrongly_answered) >= declined_floor, "\n".join(wrongly_answered)
