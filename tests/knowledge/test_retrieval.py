"""Retrieval's parts: rarest-first full-text candidates, BM25 by rarity, rarity-weighted query vectors,
soft word matching, and the term statistics that follow the chunks."""

import numpy as np
import pytest

from knowledge import retrieval
from knowledge.embedders import get_embedder
from knowledge.services import sources

pytestmark = pytest.mark.django_db


def stats(df: dict[str, int], chunks: int = 100) -> retrieval.TermStats:
    return retrieval.TermStats(marker=(0,), chunks=chunks, df=df)


def test_the_prefilter_keeps_the_rarest_words_within_its_budget():
    terms = stats({"dog": 90, "chocol": 2, "ate": 30})
    assert retrieval.prefilter_lexemes(["dog", "ate", "chocol"], terms, budget=40) == ["chocol", "ate"]
    # The rarest word is kept even when it alone is over the budget.
    assert retrieval.prefilter_lexemes(["dog"], terms, budget=10) == ["dog"]


def test_bm25_ranks_a_rare_word_above_two_common_ones():
    terms = stats({"dog": 60, "cat": 60, "chocol": 1})
    documents = {
        1: (20, {"dog": "DDD", "cat": "DD"}),
        2: (20, {"chocol": "D"}),
        3: (20, {}),
    }
    scores, coverage = retrieval.bm25(["dog", "cat", "chocol"], documents, terms)
    assert scores[2] > scores[1] and 3 not in scores
    assert coverage[2] > coverage[1]
    # A word in a heading counts more than the same word in the passage.
    heading, _ = retrieval.bm25(["chocol"], {1: (20, {"chocol": "B"}), 2: (20, {"chocol": "D"})}, terms)
    assert heading[1] > heading[2]


def test_soft_matching_scores_related_words_between_none_and_the_same_word():
    embedder = get_embedder()
    scores = retrieval.soft_match(
        embedder,
        ["rabbits"],
        np.ones(1, dtype=np.float32),
        {1: "We treat rabbits and guinea pigs", 2: "Our bunnies clinic", 3: "Invoices are due monthly"},
    )
    assert scores[1] == pytest.approx(1.0, abs=1e-4)
    assert scores[1] > scores[2] > scores[3]


def test_the_query_vector_leans_on_the_words_the_site_rarely_uses():
    embedder = get_embedder()
    terms = stats({"dog": 95, "chocol": 1})
    weighted = retrieval.query_embedding(embedder, ["dog", "chocolate"], [["dog"], ["chocol"]], terms)
    dog, chocolate = embedder.embed(["dog", "chocolate"])
    assert float(weighted @ chocolate) > float(weighted @ dog)


def test_a_rare_word_is_found_past_a_flood_of_common_matches(tenant_a, in_tenant, run_on_commit, monkeypatch):
    monkeypatch.setattr(retrieval, "PREFILTER", 5)
    flood = "\n\n".join(f"# Dogs {n}\n\nOur dogs page number {n} talks about dogs and more dogs." for n in range(40))
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Dogs", content=flood)
        sources.source_create(
            kind="text", name="Poison", content="# Poisoning\n\nChocolate is poisonous to dogs; call us at once."
        )
    with in_tenant(tenant_a):
        result = retrieval.search("my dog ate chocolate")
        found = {p.heading: p for p in result.passages}
        # Only 5 of the 41 matching passages are ranked, and the rare word's passage is among them.
        assert found["Poisoning"].lexical == max(p.lexical for p in result.passages)
        assert found["Poisoning"].coverage > 0.4
        assert set(result.timings) >= {"terms", "embed", "full_text", "vectors", "load", "fuse"}


def test_term_statistics_follow_new_chunks(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="One", content="# Hours\n\nOpen daily from nine.")
    with in_tenant(tenant_a):
        _, before = retrieval._query_terms("gazebo", ["gazebo"])[:2]
        assert before.df.get("gazebo", 0) == 0
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Two", content="# Garden\n\nThe gazebo can be booked for parties.")
    with in_tenant(tenant_a):
        _, after = retrieval._query_terms("gazebo", ["gazebo"])[:2]
        assert after.df["gazebo"] == 1 and after.chunks == before.chunks + 1


def test_large_statistics_are_sampled_and_kept_a_while(tenant_a, in_tenant, run_on_commit, monkeypatch):
    monkeypatch.setattr(retrieval, "STATS_CHEAP", 1)
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="One", content="# Hours\n\nOpen daily from nine.")
    with in_tenant(tenant_a):
        _, first = retrieval._query_terms("hours", ["hours"])[:2]
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Two", content="# Garden\n\nThe gazebo can be booked for parties.")
    with in_tenant(tenant_a):
        # Chunks changed, but a large index's statistics are reused until they are STATS_TTL old.
        assert retrieval._query_terms("gazebo", ["gazebo"])[1] is first
        monkeypatch.setattr(retrieval, "STATS_TTL", 0.0)
        assert retrieval._query_terms("gazebo", ["gazebo"])[1].df["gazebo"] == 1
