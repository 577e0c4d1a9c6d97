"""Hybrid retrieval, the one place that queries chunks: full text and vectors fused by reciprocal rank.

The question is first expanded with the business words for its everyday
wordings (knowledge/lexicon.py: "put to sleep" adds "euthanasia", "car"
adds "vehicle"), keeping only words the tenant's text uses and weighing them
below the customer's own words; a word weighs no more than its synonym the site
uses. Full text: the question's stemmed words (PostgreSQL's `english` configuration,
which also drops stop words and question words) are matched through the GIN
index, starting from the rarest words so a common word cannot flood the
candidates, and at most PREFILTER matches are ranked. The lexical ranking that
enters the fusion is BM25 over those candidates, weighted by how rare each word
is in the tenant's chunks (term statistics cached per schema until chunks
change), with title and heading words counting more than the passage's.
Vectors: the question's vector (for a word-pooling embedder, its words weighted
by rarity) against the HNSW index of the current embedder's dimension, on the
passage in context and on its title and headings alone. With WordLlama a fourth
list scores how closely the candidates' words match each of the question's
words. The lists are fused with reciprocal rank fusion (k = 60); FAQ entries
sharing a word with the question get a boost, a site's home page (a summary of
the others) a small discount, and for a question about the people behind the
business ("who owns the shop") the page introducing them a boost. The fused
candidates are then reranked by a weighted sum of what is known of each
(RERANK_WEIGHTS, fitted on the evaluation sites by tests/knowledge/
fit_rerank.py). Results are de-duplicated, at most two passages per page are
kept, and each page's best passage comes before any page's second, so the
first results name different pages.
Each passage carries what an answerer needs to judge it: how many of the lists
rank it high (agreement), its rarity-weighted word match, and the share of the
question the site has no word for (`unknown`, the same for the whole search, and
`unknown_offer`, the same share of the thing a question asks the business about:
what it offers, a place whose hours are asked for, whom it takes on; answer_kinds.offered);
similarity and coverage are of the customer's own words, not the expansions.
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import numpy as np
from django.db import connection, transaction

from knowledge import answer_kinds, lexicon, vectors
from knowledge.embedders import get_embedder

RRF_K = 60
CANDIDATES = 30
FAQ_BOOST = 1.5
# A site's home page sums up what its other pages say in full, so it matches a little of every question;
# its passages count this much, and the page that goes into detail comes first when both match.
HOME_PAGE_WEIGHT = 0.85
# A question about the people behind the business ("who owns the shop", "which vet is best with rabbits",
# "are your guys qualified") is answered by the page that introduces them, whatever words it uses: that
# page's passages count this much more.
PEOPLE_BOOST = 1.3
_PERSONS = (
    r"guys|folks|people|staff|team|person|one of you|vets?|doctors?|dentists?|hygienists?|nurses?|engineers?|"
    r"plumbers?|electricians?|mechanics?|technicians?|techs?|stylists?|barbers?|therapists?|trainers?|"
    r"solicitors?|lawyers?|attorneys?|agents?|advisers?|advisors?|accountants?|specialists?"
)
_PERSON = rf"(?:{_PERSONS})"
_PEOPLE_QUESTION = re.compile(
    # "who ...", unless it asks whom to contact ("who do I call if ...").
    r"^(?:\w+ )?who\b(?!.*\b(?:call|ring|phone|contact|email|e-mail|text|message|reach)\b)"
    rf"|\bwhich {_PERSON}\b"
    rf"|\b(?:your|the) {_PERSON}\b.*\b(?:qualified|experienced|trained|certified|licensed|accredited|registered)\b"
    # "have you got any lady dentists", "if a woman came round": asking who would do it.
    rf"|\b(?:female|male|lady|ladies|woman|women|man|men) {_PERSON}\b"
    r"|\b(?:a|any) (?:woman|lady|female|man|male)\b(?!'s)",
)
# The page introducing the people: a path segment such as "about-us", "team" or "meet-the-vets", or a title
# or top heading such as "About us", "Our people" or "Meet the team" ("All about braces" is not one).
_PEOPLE_NAMES = (
    r"(?:about|about us|about me|team|the team|our team|people|our people|staff|our staff|who we are|our story|"
    rf"meet (?:the |our )?{_PERSON}|our {_PERSON})"
)
_PEOPLE_PAGE = re.compile(rf"^{_PEOPLE_NAMES}$")
_PEOPLE_TITLE = re.compile(rf"^{_PEOPLE_NAMES}(?:$|[^\w\s]| and | at | of )")
PER_PAGE = 2
# Full-text matches ranked at most (DESIGN §10: ranking every match of a common word is what is slow).
PREFILTER = 250
# BM25 parameters, and how much a word in the title or a heading counts against one in the passage.
BM25_K1 = 1.2
BM25_B = 0.75
FIELD_WEIGHTS = {"A": 2.0, "B": 2.0, "C": 1.0, "D": 1.0}
# Weights of the fused lists: BM25, passage vectors, title-and-heading vectors, and (for a word-pooling
# embedder) each question word's closest word in the passage. Measured on the evaluation sites in
# tests/knowledge, equal weights did as well as any other mix.
FUSION_WEIGHTS = (1.0, 1.0, 1.0)
SOFT_WEIGHT = 1.0
# A question word counts as unknown to the site below this similarity to every candidate's words.
UNKNOWN_SIMILARITY = 0.5
# Depth of each fused list within which a passage counts as ranked high by that list.
AGREE_DEPTH = 5
# Words the lexicon adds for the customer's wordings (knowledge/lexicon.py) count this much of a word
# the customer said, and at most MAX_EXPANSIONS of them (those the tenant's text uses) are added.
EXPANSION_WEIGHT = 0.7
MAX_EXPANSIONS = 8
# A question asked in several sentences says what it asks in the one that asks (the last with a question
# mark, else the last); words only in the sentences before it ("we've just bought a house") set the scene and
# weigh this much.
PREAMBLE_WEIGHT = 0.85
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# The final order: each fused candidate is scored by a weighted sum of what retrieval already knows about
# it, each feature scaled to 0..1: its fused score (after the boosts above) and its BM25 as shares of the
# best candidate's, its passage vector's similarity to the question as asked and to the question with the
# lexicon's words, its closest-word match as a share of the best, and whether it is on the home page or on
# the people page of a question about people. Fitted by tests/knowledge/fit_rerank.py on the 11 question
# sets of the 9 evaluation sites; fitted on all sites but one and measured on that one, the right page came
# first for 219 of 275 questions (fused order: 210) and among the first three pages for 260 (252).
# Added later with the other weights held: whether the passage holds the kind of answer the question asks
# for (a price for "how much", knowledge/answer_kinds.py), weighed 0.2, the best of 0.05 to 0.3 on the 91
# question sets' candidates (the right page first for 12 more of 2,275 questions, in the first three as often).
RERANK_WEIGHTS = {
    "fused": 0.298,
    "bm25": 0.321,
    "similarity": 1.095,
    "search_similarity": 1.136,
    "soft": 1.076,
    "home": -0.313,
    "people": 1.007,
    "kind": 0.2,
}

# Words that carry no meaning in a customer's question (greetings, politeness, intensifiers such as
# "exactly" or "actually"); dropped before embedding and full text (PostgreSQL has its own stop words,
# but a word it keeps and the site never uses would count as a part of the question the site cannot answer).
_FILLER = re.compile(
    r"\b(hi|hello|hey|please|thanks|thank you|i was wondering|i wonder|could you|can you|would you|tell me|"
    r"let me know|do you know|i'd like to know|i would like to know|just|quick question|um|uh|"
    r"exactly|actually|really|basically|honestly|literally)\b",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"[^\w\s'$%.-]+")
# "Will" after "a", "my", "basic" or "mum's" is the document, not the stop word of "will it hurt"; said as
# "wills" it keeps its place in the search (full text stems "wills" to the lexeme a site's "wills" has).
_WILL_THE_DOCUMENT = re.compile(
    r"\b(a|the|my|your|his|her|our|their|basic|simple|single|mirror|new|joint|living|last|"
    r"(?!(?:it|that|what|there|who|he|she|where|how|let)'s)\w+'s) will\b"
)


@dataclass(frozen=True)
class Passage:
    chunk_id: int
    url: str
    title: str
    heading: str
    text: str
    # The reranked score the results are ordered by (RERANK_WEIGHTS); `fused` is reciprocal rank fusion's.
    score: float
    similarity: float
    text_rank: float
    faq_id: int | None
    source_id: int | None
    lexical: float = 0.0
    # Share of the question's words (weighted by rarity) that the passage, its title or headings contain.
    coverage: float = 0.0
    # Rarity-weighted share of the question's words the passage (with title and headings) holds or has a
    # close word for (a word-pooling embedder only; otherwise `coverage`).
    match: float = 0.0
    # How many of the fused lists rank the passage among their first AGREE_DEPTH (lexical and vector agree).
    agreement: int = 0
    # The search's `unknown` (the same for every passage of one search), so an answerer sees it.
    unknown: float = 0.0
    fused: float = 0.0
    # Of the thing a question asks the business about (what it offers, a place's hours, whom it takes on:
    # answer_kinds.offered), the share of its words the site has no word for (the same for the whole search).
    unknown_offer: float = 0.0
    # On the page introducing the business's people, for a question about them (the people boost's mark).
    people: bool = False

    def as_citation(self) -> dict:
        return {"url": self.url, "title": self.title, "heading": self.heading}


@dataclass(frozen=True)
class SearchResult:
    query: str
    passages: list[Passage]
    took_ms: int
    query_vector: np.ndarray | None = None
    timings: dict = field(default_factory=dict)
    # Rarity-weighted share of the question's words that nothing in the tenant's text matches: neither
    # the word itself anywhere in the chunks nor a close word in the candidates ("washing machine" at a vet's).
    unknown: float = 0.0
    # With `explain`: every candidate as (chunk id, page key, url, its reranking features), best first.
    candidates: list[tuple[int, str, str, dict[str, float]]] = field(default_factory=list)


def normalise_query(query: str) -> str:
    """Lower-case, without greetings and politeness, punctuation or doubled spaces."""
    text = _FILLER.sub(" ", query.lower())
    text = _NON_WORD.sub(" ", text)
    return _WILL_THE_DOCUMENT.sub(r"\1 wills", " ".join(text.split()))


_STOP_LIST = (
    "a an the and or but of to in on at for with by from is are was were be been am do does did can could would "
    "should will shall may might must i i'm im you we they he she it my your our their me us them this that these "
    "those what when where which who whom why how there here if so as about any some have has had not get got "
    "much many need want like know"
)
_STOP_WORDS = frozenset(_STOP_LIST.split())


def embedding_query(query: str) -> str:
    """The question's meaningful words only: averaged word vectors are diluted by "what do I ..." otherwise."""
    words = [w for w in normalise_query(query).split() if w not in _STOP_WORDS]
    return " ".join(words) or normalise_query(query)


def rrf(rankings: list[list[int]], *, k: int = RRF_K, weights: list[float] | None = None) -> dict[int, float]:
    """Reciprocal rank fusion: each list adds weight / (k + rank) for every id in it (rank from 1)."""
    scores: dict[int, float] = {}
    for index, ranking in enumerate(rankings):
        weight = weights[index] if weights else 1.0
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


def _scope_sql(source_ids: list[int] | None) -> tuple[str, list]:
    if source_ids is None:
        return "", []
    return " AND (c.source_id = ANY(%s) OR c.faq_id IS NOT NULL)", [source_ids]


@dataclass(frozen=True)
class TermStats:
    """How many chunks hold each lexeme, for one schema's chunks as they were at `marker`."""

    marker: tuple
    chunks: int
    df: dict[str, int]
    at: float = 0.0
    sampled: bool = False

    def idf(self, lexeme: str) -> float:
        df = self.df.get(lexeme, 0)
        return math.log(1.0 + (self.chunks - df + 0.5) / (df + 0.5))


_stats: dict[str, TermStats] = {}
_stats_lock = threading.Lock()
# Above STATS_SAMPLE chunks the statistics come from a sample of about that many; above STATS_CHEAP they
# are refreshed at most every STATS_TTL seconds (a crawl changes the chunks page by page, while rarity
# barely moves; below it, recomputing takes a few milliseconds).
STATS_SAMPLE = 20_000
STATS_CHEAP = 5_000
STATS_TTL = 300.0


def _fresh_enough(cached: TermStats | None, marker: tuple, now: float) -> bool:
    if cached is None:
        return False
    if cached.marker == marker:
        return True
    return (cached.sampled or cached.chunks >= STATS_CHEAP) and now - cached.at < STATS_TTL


def term_stats(cursor, marker: tuple) -> TermStats:
    """The schema's document frequencies, recomputed when its chunks changed (a new highest id)."""
    key = connection.schema_name
    now = time.monotonic()
    if _fresh_enough(cached := _stats.get(key), marker, now):
        return cached
    with _stats_lock:
        if _fresh_enough(cached := _stats.get(key), marker, now):
            return cached
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'knowledge_chunk'::regclass")
        estimate = (cursor.fetchone() or (0,))[0]
        source = "knowledge_chunk"
        if estimate > STATS_SAMPLE:
            # The same blocks for both queries (REPEATABLE), so frequencies and count agree.
            source += f" TABLESAMPLE SYSTEM ({100.0 * STATS_SAMPLE / estimate:.4f}) REPEATABLE (7)"
        cursor.execute(
            f"SELECT word, ndoc FROM ts_stat('SELECT search FROM {source} WHERE search IS NOT NULL')"  # noqa: S608
        )
        df = dict(cursor.fetchall())
        cursor.execute(f"SELECT count(*) FROM {source}")  # noqa: S608 - constant
        stats = TermStats(marker=marker, chunks=cursor.fetchone()[0], df=df, at=now, sampled=estimate > STATS_SAMPLE)
        _stats[key] = stats
        return stats


_QUERY_SQL = """
SELECT (SELECT coalesce(max(id), 0) FROM knowledge_chunk),
       ARRAY(SELECT lexeme FROM unnest(to_tsvector('english', %s)) WHERE length(lexeme) > 1),
       ARRAY(SELECT coalesce((SELECT string_agg(lexeme, ' ') FROM unnest(to_tsvector('english', u.word))), '')
             FROM unnest(%s::text[]) WITH ORDINALITY AS u(word, n) ORDER BY u.n)
"""

_TEXT_SQL = """
WITH q AS (
    SELECT (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(%s::text[]) l)::tsquery AS filter,
           (SELECT string_agg(quote_literal(l), ' | ') FROM unnest(%s::text[]) l)::tsquery AS query
),
matches AS (
    SELECT c.id, c.search FROM knowledge_chunk c, q WHERE c.search @@ q.filter{scope} LIMIT %s
)
SELECT m.id, ts_rank_cd(m.search, q.query, 32) AS rank, m.search::text
FROM matches m, q
ORDER BY rank DESC
LIMIT %s
"""


def prefilter_lexemes(
    lexemes: list[str], stats: TermStats, budget: int = PREFILTER, expansions: frozenset[str] = frozenset()
) -> list[str]:
    """The question's rarest words whose matches fit the budget (always at least the rarest one); the
    customer's own words before the lexicon's `expansions`, which only use what budget remains."""
    chosen, total = [], 0
    for lexeme in sorted(lexemes, key=lambda lx: (lx in expansions, stats.df.get(lx, 0))):
        df = stats.df.get(lexeme, 0)
        if chosen and total + df > budget:
            break
        chosen.append(lexeme)
        total += df
    return chosen


def _text_candidates(
    lexemes: list[str], stats: TermStats, source_ids, limit: int, expansions: frozenset[str] = frozenset()
) -> list[tuple[int, float, str]]:
    """Passages sharing a word with the question: (id, ts_rank_cd, tsvector text), best first."""
    if not lexemes:
        return []
    scope, params = _scope_sql(source_ids)
    with connection.cursor() as cursor:
        cursor.execute(
            _TEXT_SQL.format(scope=scope),
            [prefilter_lexemes(lexemes, stats, expansions=expansions), lexemes, *params, PREFILTER, limit],
        )
        return cursor.fetchall()


def bm25(
    lexemes: list[str],
    documents: dict[int, tuple[int, dict[str, str]]],
    stats: TermStats,
    weights: dict[str, float] | None = None,
    expansions: frozenset[str] = frozenset(),
) -> tuple[dict[int, float], dict[int, float]]:
    """BM25 of each document for the question's lexemes (only positive scores), and the share of the
    question's inverse document frequency each document contains.

    A document is (its number of distinct lexemes, {lexeme of the question: the weight letter of each
    position}); a position in the title or a heading counts FIELD_WEIGHTS more than one in the passage.
    `weights` scales a lexeme's inverse document frequency (a lexicon expansion counts less). The share
    is of the question's own lexemes, not `expansions` (those only the lexicon brought): a page that has
    the business's word for what was asked ranks higher, but is not taken to have been asked about.
    """
    if not documents:
        return {}, {}
    weights = weights or {}
    average = sum(size for size, _ in documents.values()) / len(documents) or 1.0
    idf = {lexeme: stats.idf(lexeme) * weights.get(lexeme, 1.0) for lexeme in set(lexemes)}
    asked = {lexeme: value for lexeme, value in idf.items() if lexeme not in expansions}
    total = sum(asked.values()) or 1.0
    scores, coverage = {}, {}
    for doc_id, (size, found) in documents.items():
        if not found:
            continue
        norm = BM25_K1 * (1 - BM25_B + BM25_B * (size or 1) / average)
        score = 0.0
        for lexeme, letters in found.items():
            tf = sum(FIELD_WEIGHTS.get(letter, 1.0) for letter in letters) or 1.0
            score += idf.get(lexeme, 0.0) * tf * (BM25_K1 + 1) / (tf + norm)
        if score > 0:
            scores[doc_id] = score
            coverage[doc_id] = sum(asked.get(lx, 0.0) for lx in found) / total
    return scores, coverage


EXACT_BELOW = 20_000


_sizes: dict[str, tuple[float, bool]] = {}
SIZE_TTL = 60.0


def _small_corpus(cursor) -> bool:
    """Fewer chunks than EXACT_BELOW, by the planner's estimate (free to read; kept a minute per schema)."""
    key = connection.schema_name
    cached = _sizes.get(key)
    now = time.monotonic()
    if cached is not None and cached[0] > now:
        return cached[1]
    cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'knowledge_chunk'::regclass")
    row = cursor.fetchone()
    small = row is None or row[0] < EXACT_BELOW
    _sizes[key] = (now + SIZE_TTL, small)
    return small


def _planner_settings(cursor, source_ids) -> list[str]:
    if _small_corpus(cursor):
        # An exact scan of a few thousand vectors costs little and, unlike the approximate
        # index, does not depend on the order pages happened to be indexed in.
        return ["SET LOCAL enable_indexscan = off"]
    if source_ids is not None:
        # Filtering after an HNSW scan loses rows; look further when scoped to some sources.
        return ["SET LOCAL hnsw.ef_search = 200"]
    return []


def _nearest(sql: str, params: list, source_ids) -> list[tuple]:
    """Run a nearest-neighbour query with the planner settings it needs (a transaction only if any)."""
    with connection.cursor() as cursor:
        settings_ = _planner_settings(cursor, source_ids)
        if not settings_:
            cursor.execute(sql, params)
            return cursor.fetchall()
    with transaction.atomic(), connection.cursor() as cursor:
        for statement in settings_:
            cursor.execute(statement)
        cursor.execute(sql, params)
        return cursor.fetchall()


def _nearest_sql(column: str, dims: int, scope: str) -> str:
    if column not in vectors.COLUMNS:
        raise ValueError(column)
    dims = int(dims)
    return (
        f"(SELECT '{column}', c.id, 1 - (c.{column}::vector({dims}) <=> %s::vector({dims})) "  # noqa: S608 - constants
        f"FROM knowledge_chunk c WHERE c.dims = {dims} AND c.embedder = %s{scope} "
        f"ORDER BY c.{column}::vector({dims}) <=> %s::vector({dims}) LIMIT %s)"
    )


def _vector_lists(
    literal: str, embedder_id: str, dims: int, source_ids, limit: int
) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
    """The nearest passages by passage vector and by title-and-heading vector, in one round trip."""
    scope, params = _scope_sql(source_ids)
    sql = " UNION ALL ".join(_nearest_sql(column, dims, scope) for column in vectors.COLUMNS)
    one = [literal, embedder_id, *params, literal, limit]
    found = _nearest(sql, one * len(vectors.COLUMNS), source_ids)
    return (
        [(cid, sim) for column, cid, sim in found if column == "embedding"],
        [(cid, sim) for column, cid, sim in found if column == "heading_embedding"],
    )


def agent_source_ids(agent) -> list[int] | None:
    """The sources an agent answers from; None (every source) when the agent names none."""
    if agent is None:
        return None
    ids = list(agent.knowledge_sources.values_list("id", flat=True))
    return ids or None


def _query_terms(cleaned: str, words: list[str]) -> tuple[list[str], TermStats, list[list[str]]]:
    """The question's stemmed lexemes (PostgreSQL's english stemmer and stop words), the term statistics,
    and each of `words`' own lexemes (none for a stop word)."""
    with connection.cursor() as cursor:
        cursor.execute(_QUERY_SQL, [cleaned, words])
        marker, lexemes, per_word = cursor.fetchone()
        stats = term_stats(cursor, (marker,))
    return list(dict.fromkeys(lexemes)), stats, [w.split() for w in per_word]


@dataclass(frozen=True)
class QueryTerms:
    """The question's words followed by the lexicon's expansions that the tenant's text uses, with what
    each weighs.

    `weights[i]` is word i's rarity (inverse document frequency), times EXPANSION_WEIGHT for an
    expansion; a word with a synonym the site uses weighs no more than that synonym (the site says
    "vehicle" everywhere, so "car" tells its pages apart no better). `alternates[i]` are the expansions
    standing for the customer's word i. `lexeme_weights` scales each lexeme's rarity in BM25 the same way.
    """

    words: list[str]
    own: int
    lexemes: list[str]
    word_lexemes: list[list[str]]
    weights: np.ndarray
    alternates: list[list[int]]
    lexeme_weights: dict[str, float]
    synonym: list[bool] = field(default_factory=list)
    expansion_lexemes: frozenset[str] = frozenset()

    def known_through(self) -> np.ndarray:
        """How unknown each of the customer's words stays given its expansions: 0 with a synonym the site
        uses, 1 - EXPANSION_WEIGHT with only a phrase's expansions, 1 with none."""
        return np.array(
            [
                0.0 if self.synonym[i] else (1.0 - EXPANSION_WEIGHT if self.alternates[i] else 1.0)
                for i in range(self.own)
            ],
            dtype=np.float32,
        )


def question_sentences(query: str) -> list[str]:
    """The sentences a customer's message is made of, as written."""
    return [sentence for sentence in _SENTENCE_END.split(query.strip()) if sentence.strip()]


def asking_sentence(query: str) -> str:
    """The sentence of a customer's message that asks: the last with a question mark, else the last."""
    sentences = question_sentences(query) or [query]
    asking = [sentence for sentence in sentences if sentence.rstrip().endswith("?")]
    return (asking or sentences)[-1]


def preamble_words(query: str) -> frozenset[str]:
    """The words of a question asked in several sentences that are only in the sentences before the one that
    asks ("We've just bought a house. How much to change the locks?": bought, house)."""
    sentences = question_sentences(query)
    if len(sentences) < 2:
        return frozenset()
    ask = asking_sentence(query)
    return frozenset(embedding_query(" ".join(s for s in sentences if s != ask)).split()) - frozenset(
        embedding_query(ask).split()
    )


def query_terms(
    words: list[str],
    expansions: list,
    lexemes: list[str],
    word_lexemes: list[list[str]],
    stats: TermStats,
    *,
    preamble: frozenset[str] = frozenset(),
) -> QueryTerms:
    """Keep the expansions the tenant's text uses (at most MAX_EXPANSIONS, each adding a lexeme not
    already asked) and weigh every word; the `preamble`'s words (preamble_words) weigh PREAMBLE_WEIGHT as
    much."""
    own = len(words)
    kept: list[int] = []
    covered = set(lexemes).union(*word_lexemes[:own])
    for index, found in enumerate(word_lexemes[own:]):
        # Only words the site uses, and not a mere variant of a word already there ("prices", "price").
        if len(kept) < MAX_EXPANSIONS and set(found) - covered and any(stats.df.get(lx, 0) for lx in found):
            kept.append(index)
            covered.update(found)
    extra = [expansions[i] for i in kept]
    all_lexemes = word_lexemes[:own] + [word_lexemes[own + i] for i in kept]
    weights = word_weights(all_lexemes, stats)
    stems = [lexicon.stem(word) for word in words]
    alternates = [[own + j for j, e in enumerate(extra) if stem in e.sources] for stem in stems]
    multipliers = dict.fromkeys(lx for found in all_lexemes[own:] for lx in found if lx not in lexemes)
    multipliers = dict.fromkeys(multipliers, EXPANSION_WEIGHT)
    has_synonym = []
    for index in range(own):
        synonyms = [own + j for j, e in enumerate(extra) if e.synonym and stems[index] in e.sources]
        has_synonym.append(bool(synonyms))
        if synonyms and weights[index] > (concept := float(min(weights[j] for j in synonyms))):
            for lexeme in all_lexemes[index]:
                multipliers[lexeme] = min(multipliers.get(lexeme, 1.0), concept / float(weights[index]))
            weights[index] = concept
    weights[own:] *= EXPANSION_WEIGHT
    asked_lexemes = {lx for index in range(own) if words[index] not in preamble for lx in all_lexemes[index]}
    for index in range(own):
        if words[index] in preamble:
            weights[index] *= PREAMBLE_WEIGHT
            for lexeme in set(all_lexemes[index]) - asked_lexemes:
                multipliers[lexeme] = multipliers.get(lexeme, 1.0) * PREAMBLE_WEIGHT
    return QueryTerms(
        words=words + [e.word for e in extra],
        own=own,
        lexemes=lexemes + [lx for lx in multipliers if lx not in lexemes],
        word_lexemes=all_lexemes,
        weights=weights,
        alternates=alternates + [[] for _ in extra],
        lexeme_weights=multipliers,
        synonym=has_synonym,
        expansion_lexemes=frozenset(lx for lx in multipliers if lx not in lexemes),
    )


def word_weights(word_lexemes: list[list[str]], stats: TermStats) -> np.ndarray:
    """Each word's inverse document frequency (a stop word counts 1; a word the site never uses, the most)."""
    return np.array(
        [max(stats.idf(lx) for lx in lexemes) if lexemes else 1.0 for lexemes in word_lexemes], dtype=np.float32
    )


def query_embedding(
    embedder, words: list[str], word_lexemes: list[list[str]], stats: TermStats, weights: np.ndarray | None = None
) -> np.ndarray:
    """The question's vector; for a word-pooling model, words weighted by how rare they are in the tenant's text.

    A plain average of word vectors is dominated by the words every page of a business uses ("dog" at a
    vet's); weighting each word by its inverse document frequency (a word the site never uses counts as
    rare) keeps the words that tell pages apart. `weights` replaces the rarity weights when given.
    """
    if not getattr(embedder, "pools_words", False) or len(words) < 2:
        return embedder.embed([" ".join(words)])[0]
    pooled = _pool(embedder.embed(words), word_weights(word_lexemes, stats) if weights is None else weights)
    return pooled if pooled is not None else embedder.embed([" ".join(words)])[0]


def _pool(rows: np.ndarray, weights: np.ndarray) -> np.ndarray | None:
    """The weighted sum of word vectors, normalised (None when it is zero)."""
    combined = (rows * weights[:, None]).sum(axis=0)
    norm = float(np.linalg.norm(combined))
    return combined / norm if norm else None


def query_vectors(embedder, terms: QueryTerms, stats: TermStats, given: np.ndarray | None = None):
    """(the vector to search with, the vector of the customer's own words).

    For a word-pooling embedder the first also pools the lexicon's expansions, at their lower weights;
    otherwise (a model that reads the whole question) both are the question's own words. `given` is an
    embedding of the own words the caller already has.
    """
    own = terms.own
    if given is not None:
        return given, given
    if not getattr(embedder, "pools_words", False) or len(terms.words) < 2:
        vector = embedder.embed([" ".join(terms.words[:own])])[0]
        return vector, vector
    matrix = embedder.embed(terms.words)
    own_vector = _pool(matrix[:own], terms.weights[:own]) if own > 1 else matrix[0]
    if own_vector is None:
        own_vector = embedder.embed([" ".join(terms.words[:own])])[0]
    if own == len(terms.words):
        return own_vector, own_vector
    vector = _pool(matrix, terms.weights)
    return (vector if vector is not None else own_vector), own_vector


def search(
    query: str,
    *,
    agent=None,
    limit: int = 5,
    source_ids: list[int] | None = None,
    query_vector: np.ndarray | None = None,
    explain: bool = False,
) -> SearchResult:
    """The best `limit` passages for `query` (scoped to the agent's sources when one is given).

    `query_vector` reuses an embedding of `embedding_query(query)` the caller already has; `explain` adds
    every candidate with its reranking features to the result.
    """
    started = time.monotonic()
    timings: dict[str, float] = {}
    cleaned = normalise_query(query)
    if not cleaned:
        return SearchResult(query=query, passages=[], took_ms=0)
    if source_ids is None:
        source_ids = agent_source_ids(agent)
    embedder = get_embedder()

    def lap(name: str, since: float) -> float:
        now = time.monotonic()
        timings[name] = round((now - since) * 1000, 2)
        return now

    mark = started
    words = embedding_query(query).split()
    expansions = [e for e in lexicon.expand(cleaned) if e.word not in _STOP_WORDS and e.word not in words]
    lexemes, stats, word_lexemes = _query_terms(cleaned, words + [e.word for e in expansions])
    terms = query_terms(words, expansions, lexemes, word_lexemes, stats, preamble=preamble_words(query))
    words, lexemes, word_lexemes, own = terms.words, terms.lexemes, terms.word_lexemes, terms.own
    mark = lap("terms", mark)
    vector, own_vector = query_vectors(embedder, terms, stats, query_vector)
    mark = lap("embed", mark)
    text_hits = _text_candidates(lexemes, stats, source_ids, CANDIDATES, terms.expansion_lexemes)
    mark = lap("full_text", mark)
    literal = vectors.literal(vector)
    vector_hits, heading_hits = _vector_lists(literal, embedder.id, embedder.dims, source_ids, CANDIDATES)
    mark = lap("vectors", mark)
    pool = list(dict.fromkeys([i for i, *_ in text_hits] + [i for i, _ in vector_hits] + [i for i, _ in heading_hits]))
    if not pool:
        return SearchResult(
            query=query, passages=[], took_ms=int((time.monotonic() - started) * 1000), query_vector=own_vector
        )
    rows = {
        row[0]: row
        for row in _load(
            pool, vectors.literal(own_vector), embedder.dims, lexemes, None if own_vector is vector else literal
        )
    }
    # Every candidate's similarity to the question as asked (also those found only by full text), so
    # confidence can use it without the lexicon's words lending it meaning the customer did not give.
    similarity = {cid: row[9] or 0.0 for cid, row in rows.items()}
    text_rank = {cid: rank for cid, rank, _ in text_hits}
    lexical, coverage = bm25(
        lexemes,
        {cid: (row[8][0], dict(item.split(" ", 1) for item in row[8][1])) for cid, row in rows.items()},
        stats,
        terms.lexeme_weights,
        terms.expansion_lexemes,
    )
    mark = lap("load", mark)
    lexical_ranking = sorted(lexical, key=lambda cid: lexical[cid], reverse=True)
    rankings = [lexical_ranking, [i for i, _ in vector_hits], [i for i, _ in heading_hits]]
    weights = terms.weights
    soft: dict[int, float] = {}
    # A word is unknown when its stems occur in no chunk; a word with a close word in a candidate is not.
    unseen = np.array([bool(lx) and all(stats.df.get(x, 0) == 0 for x in lx) for lx in word_lexemes], dtype=bool)
    if SOFT_WEIGHT and getattr(embedder, "pools_words", False):
        ids, best = soft_best(embedder, words, {cid: f"{row[2]} {row[3]} {row[4]}" for cid, row in rows.items()})
        if ids:
            soft = _soft_scores(ids, best, weights)
            unseen &= best.max(axis=1) < UNKNOWN_SIMILARITY
        rankings.append(sorted(soft, key=lambda cid: soft[cid], reverse=True)[:CANDIDATES])
    # Only the customer's own words can be unknown (an expansion is kept only when the site uses it); one
    # the site has a synonym for is known, one a phrase's expansion stands for half known.
    unknown_words = unseen[:own] * terms.known_through()
    unknown = _share(weights[:own], unknown_words)
    unknown_offer = _unknown_offer(query, words[:own], weights[:own], unknown_words)
    top = [set(ranking[:AGREE_DEPTH]) for ranking in rankings]
    mark = lap("soft", mark)
    fused = rrf(rankings, weights=[*FUSION_WEIGHTS, SOFT_WEIGHT])
    people = asks_about_people(cleaned)
    marks = {cid: _marks(rows[cid], cid in lexical, people) for cid in fused if cid in rows}
    # A staff-written answer that shares a word with the question outranks a page's passage (before and
    # after reranking); the home page counts less; the people page more for a question about people.
    boosted = {
        cid: fused[cid]
        * (FAQ_BOOST if mark.faq else HOME_PAGE_WEIGHT if mark.home else 1.0)
        * (PEOPLE_BOOST if mark.people else 1.0)
        for cid, mark in marks.items()
    }
    # The kind of answer asked for, in the sentence that asks ("my quote is two grand. Is there a course?").
    kinds = answer_kinds.asked(normalise_query(asking_sentence(query)))
    features = rerank_features(boosted, lexical, soft, rows, marks, kinds)
    scored = [
        (
            sum(RERANK_WEIGHTS[name] * value for name, value in found.items()) * (FAQ_BOOST if marks[cid].faq else 1.0),
            cid,
        )
        for cid, found in features.items()
    ]
    scored.sort(reverse=True)
    passages: list[Passage] = []
    chosen = page_diverse(
        scored,
        lambda cid: _page_key(rows[cid]),
        lambda cid: hashlib.blake2b(" ".join(rows[cid][4].lower().split()).encode(), digest_size=12).hexdigest(),
        limit,
    )
    for score, chunk_id in chosen:
        _, url, title, heading, text, _, faq_id, source_id, *_ = rows[chunk_id]
        passages.append(
            Passage(
                chunk_id=chunk_id,
                url=url,
                title=title,
                heading=heading,
                text=text,
                score=round(score, 6),
                fused=round(boosted[chunk_id], 6),
                similarity=float(similarity.get(chunk_id, 0.0)),
                text_rank=float(text_rank.get(chunk_id, 0.0)),
                faq_id=faq_id,
                source_id=source_id,
                lexical=float(lexical.get(chunk_id, 0.0)),
                coverage=round(float(coverage.get(chunk_id, 0.0)), 4),
                match=round(float(soft.get(chunk_id, coverage.get(chunk_id, 0.0))), 4),
                agreement=sum(chunk_id in ranked for ranked in top),
                unknown=round(unknown, 4),
                unknown_offer=round(unknown_offer, 4),
                people=marks[chunk_id].people,
            )
        )
    lap("fuse", mark)
    took = int((time.monotonic() - started) * 1000)
    return SearchResult(
        query=query,
        passages=passages,
        took_ms=took,
        query_vector=own_vector,
        timings=timings,
        unknown=round(unknown, 4),
        candidates=[(cid, _page_key(rows[cid]), rows[cid][1], features[cid]) for _, cid in scored] if explain else [],
    )


def _share(weights: np.ndarray, unknown: np.ndarray) -> float:
    """The rarity-weighted share of words that are unknown (0..1 each) to the site."""
    return float((weights * unknown).sum() / (float(weights.sum()) or 1.0)) if len(weights) else 0.0


def _unknown_offer(question: str, words: list[str], weights: np.ndarray, unknown: np.ndarray) -> float:
    """Of a question asking whether the business offers something ("do you sell wigs"), or for a place's hours
    ("what time does the library shut"), the share of that thing's words the site has no word for: a site
    that never mentions wigs does not sell them, and one that never names the library does not give its
    hours, however well the question's other words match."""
    # Sentence by sentence: "Do you sell beard oil? My boyfriend keeps nicking mine" asks about beard oil only.
    sentences = (normalise_query(sentence) for sentence in question_sentences(question))
    offer = next(filter(None, map(answer_kinds.offered, sentences)), "")
    thing = set(embedding_query(offer).split()) if offer else set()
    inside = np.array([word in thing for word in words], dtype=bool)
    return _share(weights[inside], unknown[inside]) if inside.any() else 0.0


def _page_key(row) -> str:
    """What a candidate row belongs to: its FAQ entry, else its page (else its URL)."""
    return f"faq:{row[6]}" if row[6] else f"page:{row[5] or row[1]}"


@dataclass(frozen=True)
class _Marks:
    """What the boosts look at in a candidate: a staff FAQ entry sharing a word with the question, the
    site's home page, the people page of a question about people."""

    faq: bool
    home: bool
    people: bool


def _marks(row, matched: bool, people_question: bool) -> _Marks:
    faq = row[6] is not None
    return _Marks(
        faq=faq and matched,
        home=not faq and is_home_page(row[1]),
        people=people_question and is_people_page(row[1], row[2], row[3]),
    )


def rerank_features(
    boosted: dict[int, float],
    lexical: dict[int, float],
    soft: dict[int, float],
    rows: dict,
    marks: dict,
    kinds: frozenset[str],
) -> dict[int, dict[str, float]]:
    """Each candidate's reranking features (RERANK_WEIGHTS), each 0..1; `kinds` are the kinds of answer the
    question asks for (answer_kinds.asked: a price for "how much"), which a passage holds or not."""
    top_fused = max(boosted.values(), default=0.0) or 1.0
    top_lexical = max(lexical.values(), default=0.0) or 1.0
    top_soft = max(soft.values(), default=0.0) or 1.0
    return {
        cid: {
            "fused": score / top_fused,
            "bm25": lexical.get(cid, 0.0) / top_lexical,
            "similarity": float(rows[cid][9] or 0.0),
            "search_similarity": float(rows[cid][10] or 0.0),
            "soft": soft.get(cid, 0.0) / top_soft,
            "home": float(marks[cid].home),
            "people": float(marks[cid].people),
            "kind": float(bool(kinds) and answer_kinds.held(kinds, rows[cid][4])),
        }
        for cid, score in boosted.items()
    }


_HOME_PATHS = {"", "/", "/index.html", "/index.htm", "/index.php", "/home", "/home/"}


def is_home_page(url: str) -> bool:
    """Whether `url` is a site's home page ("/", "/index.html", "/home"; no query)."""
    parts = urlsplit(url)
    return bool(parts.netloc) and parts.path.lower() in _HOME_PATHS and not parts.query


def asks_about_people(question: str) -> bool:
    """Whether a (normalised) question asks about the people behind the business."""
    return bool(_PEOPLE_QUESTION.search(question))


def is_people_page(url: str, title: str, heading: str) -> bool:
    """Whether a passage is on the page that introduces the business's people (team, about, our vets), by
    a segment of its address, its title or its top heading."""
    segments = [part.replace("-", " ").replace("_", " ") for part in urlsplit(url).path.lower().split("/")]
    if any(_PEOPLE_PAGE.match(segment) for segment in segments if segment):
        return True
    return any(_PEOPLE_TITLE.match(text.strip().lower()) for text in (title, heading.split(" > ")[0]) if text)


def page_diverse(
    scored: list[tuple[float, int]], page_of: Callable[[int], str], digest_of: Callable[[int], str], limit: int
) -> list[tuple[float, int]]:
    """The results to return from (score, id) best first: each page's best passage, in score order, before
    any page's second one (at most PER_PAGE per page; the same text only once), so the first results name
    different pages and a page with several good passages cannot crowd the others out."""
    firsts: list[tuple[float, int]] = []
    more: list[tuple[float, int]] = []
    taken: dict[str, int] = {}
    seen: set[str] = set()
    for item in scored:
        chunk_id = item[1]
        page = page_of(chunk_id)
        if taken.get(page, 0) >= PER_PAGE or (digest := digest_of(chunk_id)) in seen:
            continue
        seen.add(digest)
        (more if taken.get(page) else firsts).append(item)
        taken[page] = taken.get(page, 0) + 1
        if len(firsts) >= limit:
            break
    return (firsts + more)[:limit]


_TEXT_WORD = re.compile(r"[a-z][a-z']+")
CACHE_LIMIT = 200_000


class _WordIndex:
    """Word vectors and each chunk's distinct words as rows of one matrix, cached per process.

    A site's vocabulary is small and chunks are immutable (re-indexing makes new ids), so after the
    first questions a search only multiplies small matrices. The state is replaced whole, never
    changed in place, so a concurrent search always reads rows and matrix that belong together.
    """

    def __init__(self):
        self.state: tuple[dict[str, int], np.ndarray, dict] = ({}, np.zeros((0, 0), dtype=np.float32), {})
        self.lock = threading.Lock()

    def _grow(self, embedder, missing: list[str]):
        with self.lock:
            rows, matrix, chunks = self.state
            missing = [w for w in missing if w not in rows]
            if missing:
                if len(rows) + len(missing) > CACHE_LIMIT:
                    rows, matrix, chunks = {}, np.zeros((0, 0), dtype=np.float32), {}
                fresh = embedder.embed(missing)
                base = len(rows)
                matrix = fresh if not base else np.concatenate([matrix, fresh])
                rows = {**rows, **{w: base + i for i, w in enumerate(missing)}}
                self.state = (rows, matrix, chunks)
            return self.state

    def lookup(self, embedder, question: list[str], documents: dict[int, str]):
        """(the question's rows, {document id: its words' rows}, matrix), all from one state."""
        state = self.state
        schema = connection.schema_name
        texts = {d: t for d, t in documents.items() if (schema, d) not in state[2]}
        words = {d: list(dict.fromkeys(_TEXT_WORD.findall(t.lower()))) for d, t in texts.items()}
        wanted = set(question).union(*words.values()) if words else set(question)
        missing = [w for w in wanted if w not in state[0]]
        if missing:
            state = self._grow(embedder, missing)
            words = {
                d: list(dict.fromkeys(_TEXT_WORD.findall(t.lower())))
                for d, t in documents.items()
                if (schema, d) not in state[2]
            }
        rows, matrix, chunks = state
        for doc_id, doc_words in words.items():
            if len(chunks) < CACHE_LIMIT:
                chunks[(schema, doc_id)] = np.fromiter((rows[w] for w in doc_words), dtype=np.int64)
        per_doc = {}
        for doc_id, text in documents.items():
            found = chunks.get((schema, doc_id))
            if found is None:
                found = np.fromiter((rows[w] for w in dict.fromkeys(_TEXT_WORD.findall(text.lower()))), dtype=np.int64)
            per_doc[doc_id] = found
        return np.fromiter((rows[w] for w in question), dtype=np.int64), per_doc, matrix


_word_index = _WordIndex()


def soft_match(embedder, words: list[str], weights: np.ndarray, documents: dict[int, str]) -> dict[int, float]:
    """How well each document covers the question's words (see `soft_best`), weighted by rarity."""
    ids, best = soft_best(embedder, words, documents)
    return _soft_scores(ids, best, weights) if ids else {}


def _soft_scores(ids: list[int], best: np.ndarray, weights: np.ndarray) -> dict[int, float]:
    """Each document's closest-word similarities averaged over the question's words, weighted by rarity."""
    scores = (weights[:, None] * best).sum(axis=0) / (float(weights.sum()) or 1.0)
    return dict(zip(ids, scores.tolist(), strict=True))


def soft_best(embedder, words: list[str], documents: dict[int, str]) -> tuple[list[int], np.ndarray]:
    """Each question word's closest word in each document (1 for the same word, less for a related one):
    (document ids, a question words x documents matrix).

    Catches what stemming cannot ("bunnies" and "rabbits", "cost" and "price") while one passage's
    exact rare word still counts fully, which an averaged passage vector dilutes.
    """
    if not words or not documents:
        return [], np.zeros((len(words), 0), dtype=np.float32)
    asked, rows, matrix = _word_index.lookup(embedder, words, documents)
    rows = {doc_id: r for doc_id, r in rows.items() if len(r)}
    if not rows:
        return [], np.zeros((len(words), 0), dtype=np.float32)
    ids = list(rows)
    columns = np.concatenate([rows[i] for i in ids])
    starts = np.cumsum([0] + [len(rows[i]) for i in ids[:-1]])
    union, inverse = np.unique(columns, return_inverse=True)
    similarity = (matrix[asked] @ matrix[union].T).clip(0.0, 1.0)[:, inverse]
    return ids, np.maximum.reduceat(similarity, starts, axis=1)  # question words x documents


def _load(ids: list[int], literal: str, dims: int, lexemes: list[str], search_literal: str | None = None):
    """The candidates' rows, with their size and the question's lexemes they hold (for BM25), their
    similarity to the question as asked and (as an eleventh column) to `search_literal`, the vector searched
    with (the question with the lexicon's words; the same similarity when not given)."""
    dims = int(dims)
    similarity = f"CASE WHEN dims = {dims} THEN 1 - (embedding::vector({dims}) <=> %s::vector({dims})) END"
    # The second similarity is only worked out when the searched vector differs from the question's own.
    searched = similarity if search_literal else "NULL::float8"
    sql = (
        "SELECT id, url, title, heading, text, page_id, faq_id, source_id, "  # noqa: S608 - constants
        "ARRAY[length(coalesce(search, ''::tsvector))::text] || ARRAY(SELECT u.lexeme || ' ' || "
        "array_to_string(u.weights, '') FROM unnest(coalesce(search, ''::tsvector)) u WHERE u.lexeme = ANY(%s)), "
        f"{similarity}, {searched} FROM knowledge_chunk WHERE id = ANY(%s)"
    )
    params = [lexemes, literal, *([search_literal] if search_literal else []), ids]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            (*row[:8], (int(row[8][0]), row[8][1:]), row[9], row[10] if search_literal else row[9])
            for row in cursor.fetchall()
        ]
