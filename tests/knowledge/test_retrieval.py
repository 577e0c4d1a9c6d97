"""Retrieval's parts: rarest-first full-text candidates, BM25 by rarity, rarity-weighted query vectors,
soft word matching, and the term statistics that follow the chunks."""

import numpy as np
import pytest

from knowledge import lexicon, retrieval
from knowledge.embedders import get_embedder
from knowledge.models import Chunk
from knowledge.services import sources

pytestmark = pytest.mark.django_db


def stats(df: dict[str, int], chunks: int = 100) -> retrieval.TermStats:
    return retrieval.TermStats(marker=(0,), chunks=chunks, df=df)


def test_the_prefilter_keeps_the_rarest_words_within_its_budget():
    terms = stats({"dog": 90, "chocol": 2, "ate": 30})
    assert retrieval.prefilter_lexemes(["dog", "ate", "chocol"], terms, budget=40) == ["chocol", "ate"]
    # The rarest word is kept even when it alone is over the budget.
    assert retrieval.prefilter_lexemes(["dog"], terms, budget=10) == ["dog"]
    # A lexicon expansion, however rare, comes after the customer's own words.
    own_first = retrieval.prefilter_lexemes(
        ["dog", "ate", "chocol"], terms, budget=40, expansions=frozenset({"chocol"})
    )
    assert own_first == ["ate"]


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


def test_each_pages_best_passage_comes_before_any_second_one():
    scored = [(0.9, 1), (0.8, 2), (0.7, 3), (0.6, 4), (0.5, 5), (0.4, 6)]
    page = {1: "a", 2: "a", 3: "a", 4: "b", 5: "c", 6: "a"}
    digest = {1: "x1", 2: "x2", 3: "x3", 4: "x4", 5: "x1", 6: "x6"}
    # a's second passage waits behind b; a third one of a never comes; the same text (5) only once.
    assert [cid for _, cid in retrieval.page_diverse(scored, page.get, digest.get, 5)] == [1, 4, 2]
    assert [cid for _, cid in retrieval.page_diverse(scored, page.get, digest.get, 2)] == [1, 4]


def test_a_word_weighs_no_more_than_its_synonym_the_site_uses_and_unused_expansions_are_dropped():
    terms = stats({"car": 1, "vehicl": 60, "auto": 0})
    expansions = lexicon.expand("car")
    assert {"vehicle", "auto"} <= {e.word for e in expansions}
    word_lexemes = [["car"]] + [["vehicl"] if e.word == "vehicle" else [e.word] for e in expansions]
    query = retrieval.query_terms(["car"], expansions, ["car"], word_lexemes, terms)
    assert query.words == ["car", "vehicle"]
    assert query.weights[0] == pytest.approx(terms.idf("vehicl"))
    assert query.weights[1] == pytest.approx(retrieval.EXPANSION_WEIGHT * terms.idf("vehicl"))
    assert query.lexeme_weights["vehicl"] == retrieval.EXPANSION_WEIGHT and query.lexeme_weights["car"] < 1
    assert query.known_through().tolist() == [0.0]


def test_words_that_only_set_the_scene_before_the_asking_sentence_weigh_less():
    question = "We've just moved into the area. How much is a check-up for the kids?"
    assert retrieval.preamble_words(question) == {"we've", "moved", "into", "area."}
    # One sentence, or a scene word the asking sentence repeats, sets no scene.
    assert retrieval.preamble_words("How much is a check-up for the kids?") == frozenset()
    assert "kids" not in retrieval.preamble_words("The kids are due. Can the kids come together?")
    terms = stats({"moved": 5, "area": 5, "check": 5, "kid": 5})
    words = ["moved", "area", "check", "kids"]
    word_lexemes = [["move"], ["area"], ["check"], ["kid"]]
    plain = retrieval.query_terms(words, [], ["move", "area", "check", "kid"], word_lexemes, terms)
    scene = retrieval.query_terms(
        words, [], ["move", "area", "check", "kid"], word_lexemes, terms, preamble=frozenset({"moved", "area"})
    )
    weight = retrieval.PREAMBLE_WEIGHT
    assert scene.weights.tolist() == pytest.approx([weight * w for w in plain.weights[:2]] + list(plain.weights[2:]))
    assert scene.lexeme_weights == {"move": weight, "area": weight}


def test_a_customers_wording_finds_the_page_in_the_business_words(tenant_a, in_tenant, run_on_commit, monkeypatch):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(
            kind="text",
            name="Boarding",
            content="# Sleeping at the kennels\n\nOld dogs sleep in heated kennels at night; bring their own bed.",
        )
        sources.source_create(
            kind="text",
            name="End of life",
            content="# Euthanasia\n\nWhen the time comes we offer a gentle euthanasia at the clinic or at home.",
        )
    with in_tenant(tenant_a):
        question = "can you put my old dog to sleep at home"
        assert retrieval.search(question, limit=1).passages[0].title == "End of life"
        monkeypatch.setattr(retrieval, "MAX_EXPANSIONS", 0)
        assert retrieval.search(question, limit=1).passages[0].title == "Boarding"


def test_one_page_with_many_matching_passages_does_not_fill_the_first_results(tenant_a, in_tenant, run_on_commit):
    sections = "\n\n".join(
        f"# Parking area {n}\n\n" + " ".join(["Parking for patients is free behind the building."] * 60)
        for n in range(4)
    )
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Parking", content=sections)
        sources.source_create(kind="text", name="Visit", content="# Finding us\n\nStreet parking is on Elm Row.")
    with in_tenant(tenant_a):
        titles = [p.title for p in retrieval.search("where can I park", limit=3).passages]
        assert sorted(titles[:2]) == ["Parking", "Visit"]


def test_an_expansion_that_only_repeats_a_kept_lexeme_takes_no_place():
    terms = stats({"cost": 3, "price": 5, "fee": 4})
    expansions = [lexicon.Expansion(w, frozenset({"cost"}), True) for w in ("price", "prices", "fee")]
    query = retrieval.query_terms(["cost"], expansions, ["cost"], [["cost"], ["price"], ["price"], ["fee"]], terms)
    assert query.words == ["cost", "price", "fee"]


def test_a_sites_home_page_is_told_apart_from_its_other_pages():
    assert retrieval.is_home_page("https://vet.test/") and retrieval.is_home_page("https://vet.test")
    assert retrieval.is_home_page("https://vet.test/index.html") and retrieval.is_home_page("https://vet.test/home/")
    assert not retrieval.is_home_page("https://vet.test/parking/")
    assert not retrieval.is_home_page("https://vet.test/?page=2") and not retrieval.is_home_page("")


def test_the_home_page_counts_less_than_a_page_going_into_detail(site, tenant_a, in_tenant, run_on_commit, monkeypatch):
    page = "<html><head><title>{}</title></head><body><main><h1>{}</h1><p>{}</p></main></body></html>"
    text = "Free parking for clients behind the clinic, with two accessible bays by the door."
    server = site(
        {
            "/": (
                200,
                {"Content-Type": "text/html"},
                page.format("Home", "Welcome", text + ' <a href="/visit/">Visiting us</a>'),
            ),
            "/visit/": (200, {"Content-Type": "text/html"}, page.format("Visit", "Visiting us", text)),
        }
    )
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="website", url=server.origin + "/", max_pages=5)

    def scores():
        return {
            p.url.removeprefix(server.origin): p.fused for p in retrieval.search("where do I park", limit=5).passages
        }

    with in_tenant(tenant_a):
        weighted = scores()
        monkeypatch.setattr(retrieval, "HOME_PAGE_WEIGHT", 1.0)
        plain = scores()
    assert weighted["/"] == pytest.approx(plain["/"] * 0.85, rel=1e-3)
    assert weighted["/visit/"] == pytest.approx(plain["/visit/"], rel=1e-3)


@pytest.mark.parametrize(
    ("question", "about_people"),
    [
        ("who owns the shop", True),
        ("so who actually runs the place", True),
        ("which vet is best with rabbits", True),
        ("are your guys properly qualified", True),
        ("who do I call if my dog is hurt on a sunday", False),
        ("where do I park", False),
        ("are the prices qualified by anything", False),
        ("do you have any female engineers", True),
        ("I'd rather a woman came to do it", True),
        ("how much is a ladies cut", False),
        ("how much is a man's haircut", False),
        ("do you treat women's health problems", False),
    ],
)
def test_questions_about_the_people_behind_the_business_are_recognised(question, about_people):
    assert retrieval.asks_about_people(retrieval.normalise_query(question)) is about_people


def test_the_page_introducing_the_people_is_recognised_by_address_title_or_heading():
    assert retrieval.is_people_page("https://vet.test/meet-the-team/", "Meet the team", "")
    assert retrieval.is_people_page("https://law.test/our-people/", "Our people", "")
    assert retrieval.is_people_page("https://garage.test/about/", "About us", "Our story > 1987")
    assert retrieval.is_people_page("", "Welcome", "Our vets > Dr. Chen")
    assert not retrieval.is_people_page("https://vet.test/faq/", "FAQ", "Who owns the clinic?")
    assert not retrieval.is_people_page("https://garage.test/brakes/", "Brake repair", "Warning signs")
    # "About" on its own names the page; inside another title it does not, nor do property owners.
    assert not retrieval.is_people_page("https://dental.test/about-braces/", "All about braces", "")
    assert not retrieval.is_people_page("https://dental.test/braces/", "About braces", "")
    assert not retrieval.is_people_page("https://letting.test/landlords/", "Information for owners", "")


def test_a_question_about_people_counts_the_people_page_more(tenant_a, in_tenant, run_on_commit, monkeypatch):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Our team", content="# Dr. Maya Chen\n\nFounder and medical director.")
        sources.source_create(
            kind="text", name="Surgery", content="# Surgery\n\nOur director of surgery operates daily."
        )

    def scores(question):
        return {p.title: p.fused for p in retrieval.search(question, limit=5).passages}

    with in_tenant(tenant_a):
        boosted = scores("who is the director")
        monkeypatch.setattr(retrieval, "PEOPLE_BOOST", 1.0)
        plain = scores("who is the director")
    assert boosted["Our team"] == pytest.approx(plain["Our team"] * 1.3, rel=1e-3)
    assert boosted["Surgery"] == pytest.approx(plain["Surgery"], rel=1e-3)


def test_results_follow_the_reranked_score_and_explain_shows_its_features(
    tenant_a, in_tenant, run_on_commit, monkeypatch
):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Parking", content="# Parking\n\nFree parking behind the clinic.")
        sources.source_create(kind="text", name="Hours", content="# Hours\n\nOpen 8 to 6, Saturdays 9 to 1.")
        sources.source_create(kind="text", name="Prices", content="# Prices\n\nA check-up costs $60 with parking.")
    with in_tenant(tenant_a):
        result = retrieval.search("is there somewhere to leave the car", limit=3, explain=True)
        weights = dict(retrieval.RERANK_WEIGHTS)
        monkeypatch.setattr(retrieval, "RERANK_WEIGHTS", {**dict.fromkeys(retrieval.RERANK_WEIGHTS, 0.0), "fused": 1.0})
        fused_only = retrieval.search("is there somewhere to leave the car", limit=3)
    assert result.candidates and all(set(c[3]) == set(retrieval.RERANK_WEIGHTS) for c in result.candidates)
    assert all(0.0 <= value <= 1.0 for c in result.candidates for value in c[3].values())
    best = result.candidates[0][3]
    assert result.passages[0].chunk_id == result.candidates[0][0]
    assert result.passages[0].score == pytest.approx(
        sum(weight * best[name] for name, weight in weights.items()), abs=1e-5
    )
    scores = [p.score for p in result.passages]
    assert scores == sorted(scores, reverse=True)
    # With only the fused score weighed, the order is reciprocal rank fusion's.
    fused = [p.fused for p in fused_only.passages]
    assert fused == sorted(fused, reverse=True)


@pytest.mark.parametrize(
    ("question", "normalised"),
    [
        ("Hi! Where are you, exactly?", "where are you"),
        ("what do you actually charge for a check-up, please", "what do you charge for a check-up"),
        ("I'm really worried about my tooth", "i'm worried about my tooth"),
        ("Could you tell me the exact price?", "the exact price"),
        # "Will" the document is kept as "wills"; "will" the verb stays a stop word.
        ("How much is a basic will?", "how much is a basic wills"),
        ("Mum's will leaves everything to my brother", "mum's wills leaves everything to my brother"),
        ("will it hurt", "will it hurt"),
        ("it's will be fine", "it's will be fine"),
    ],
)
def test_greetings_politeness_and_intensifiers_are_dropped_from_questions(question, normalised):
    assert retrieval.normalise_query(question) == normalised


def test_a_passage_holding_the_kind_of_answer_asked_for_is_marked_for_the_reranker(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Fees", content="# Fees\n\nA white filling is £95 at our practice.")
        sources.source_create(kind="text", name="Fillings", content="# Fillings\n\nWhite fillings match your teeth.")

    def kinds(question):
        candidates = retrieval.search(question, limit=3, explain=True).candidates
        return {Chunk.objects.get(pk=c[0]).title: c[3]["kind"] for c in candidates}

    with in_tenant(tenant_a):
        assert kinds("how much is a white filling") == {"Fees": 1.0, "Fillings": 0.0}
        assert kinds("do you do white fillings") == {"Fees": 0.0, "Fillings": 0.0}
        # Only the sentence that asks says what kind of answer is wanted.
        assert kinds("My last dentist charged a fortune. Do you do white fillings?") == {"Fees": 0.0, "Fillings": 0.0}


def test_the_asking_sentence_is_the_last_with_a_question_mark_else_the_last():
    assert (
        retrieval.asking_sentence("We've just moved. Do you take new patients? Thanks") == "Do you take new patients?"
    )
    assert retrieval.asking_sentence("my boiler is dead. need someone today") == "need someone today"
    assert retrieval.asking_sentence("how much is it") == "how much is it"
