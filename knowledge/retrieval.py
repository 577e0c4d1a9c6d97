"""Hybrid retrieval, the one place that queries chunks: full text and vectors fused by reciprocal rank.

Both candidate lists are cut short in SQL before fusion (full-text ranking of
every match is what makes it slow on large tables). Full text searches an OR of
the question's stemmed terms, ranked with title and headings weighted above the
passage; the vector list comes from the HNSW index of the current embedder's
dimension. FAQ entries get a boost; results are de-duplicated and at most two
passages per page are kept, so the top results name different pages.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

import numpy as np
from django.db import connection, transaction

from knowledge import vectors
from knowledge.embedders import get_embedder

RRF_K = 60
CANDIDATES = 40
FAQ_BOOST = 1.5
PER_PAGE = 2

# Words that carry no meaning in a customer's question; dropped before embedding (the full-text
# side has PostgreSQL's own stop words).
_FILLER = re.compile(
    r"\b(hi|hello|hey|please|thanks|thank you|i was wondering|i wonder|could you|can you|would you|tell me|"
    r"let me know|do you know|i'd like to know|i would like to know|just|quick question|um|uh)\b",
    re.IGNORECASE,
)
_NON_WORD = re.compile(r"[^\w\s'$%.-]+")


@dataclass(frozen=True)
class Passage:
    chunk_id: int
    url: str
    title: str
    heading: str
    text: str
    score: float
    similarity: float
    text_rank: float
    faq_id: int | None
    source_id: int | None

    def as_citation(self) -> dict:
        return {"url": self.url, "title": self.title, "heading": self.heading}


@dataclass(frozen=True)
class SearchResult:
    query: str
    passages: list[Passage]
    took_ms: int
    query_vector: np.ndarray | None = None


def normalise_query(query: str) -> str:
    """Lower-case, without greetings and politeness, punctuation or doubled spaces."""
    text = _FILLER.sub(" ", query.lower())
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


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


_TEXT_SQL = """
WITH q AS (
    SELECT to_tsquery('english', string_agg(quote_literal(lexeme), ' | ')) AS query
    FROM unnest(to_tsvector('english', %s)) AS t(lexeme, positions, weights)
    WHERE length(lexeme) > 1
)
SELECT c.id, ts_rank_cd(c.search, q.query, 32) AS rank
FROM knowledge_chunk c, q
WHERE q.query IS NOT NULL AND c.search @@ q.query{scope}
ORDER BY rank DESC
LIMIT %s
"""


def _text_candidates(query: str, source_ids, limit: int) -> list[tuple[int, float]]:
    """Passages sharing any stemmed word with the question, title and headings weighted highest."""
    scope, params = _scope_sql(source_ids)
    with connection.cursor() as cursor:
        cursor.execute(_TEXT_SQL.format(scope=scope), [query, *params, limit])
        return cursor.fetchall()


EXACT_BELOW = 20_000


def _small_corpus(cursor) -> bool:
    """Fewer chunks than EXACT_BELOW, by the planner's estimate (free to read)."""
    cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'knowledge_chunk'::regclass")
    row = cursor.fetchone()
    return row is None or row[0] < EXACT_BELOW


def _vector_candidates(
    vector: np.ndarray, embedder_id: str, dims: int, source_ids, limit: int, column: str = "embedding"
) -> list[tuple[int, float]]:
    if column not in vectors.COLUMNS:
        raise ValueError(column)
    scope, params = _scope_sql(source_ids)
    dims = int(dims)
    sql = (
        f"SELECT c.id, 1 - (c.{column}::vector({dims}) <=> %s::vector({dims})) AS similarity "  # noqa: S608 - constants
        f"FROM knowledge_chunk c WHERE c.dims = {dims} AND c.embedder = %s{scope} "
        f"ORDER BY c.{column}::vector({dims}) <=> %s::vector({dims}) LIMIT %s"
    )
    literal = vectors.literal(vector)
    with transaction.atomic(), connection.cursor() as cursor:
        if _small_corpus(cursor):
            # An exact scan of a few thousand vectors costs little and, unlike the approximate
            # index, does not depend on the order pages happened to be indexed in.
            cursor.execute("SET LOCAL enable_indexscan = off")
        elif source_ids is not None:
            # Filtering after an HNSW scan loses rows; look further when scoped to some sources.
            cursor.execute("SET LOCAL hnsw.ef_search = 200")
        cursor.execute(sql, [literal, embedder_id, *params, literal, limit])
        return cursor.fetchall()


def agent_source_ids(agent) -> list[int] | None:
    """The sources an agent answers from; None (every source) when the agent names none."""
    if agent is None:
        return None
    ids = list(agent.knowledge_sources.values_list("id", flat=True))
    return ids or None


def search(query: str, *, agent=None, limit: int = 5, source_ids: list[int] | None = None) -> SearchResult:
    """The best `limit` passages for `query` (scoped to the agent's sources when one is given)."""
    started = time.monotonic()
    cleaned = normalise_query(query)
    if not cleaned:
        return SearchResult(query=query, passages=[], took_ms=0)
    if source_ids is None:
        source_ids = agent_source_ids(agent)
    embedder = get_embedder()
    vector = embedder.embed([embedding_query(query)])[0]
    text_hits = _text_candidates(cleaned, source_ids, CANDIDATES)
    vector_hits = _vector_candidates(vector, embedder.id, embedder.dims, source_ids, CANDIDATES)
    heading_hits = _vector_candidates(vector, embedder.id, embedder.dims, source_ids, CANDIDATES, "heading_embedding")
    fused = rrf([[i for i, _ in text_hits], [i for i, _ in vector_hits], [i for i, _ in heading_hits]])
    if not fused:
        return SearchResult(
            query=query, passages=[], took_ms=int((time.monotonic() - started) * 1000), query_vector=vector
        )
    similarity = dict(vector_hits)
    text_rank = dict(text_hits)
    rows = {row[0]: row for row in _load(list(fused))}
    # Passages found only by full text get their similarity computed, so confidence can use it.
    missing = [cid for cid in fused if cid not in similarity and cid in rows]
    if missing:
        similarity.update(_similarities(missing, vector, embedder.dims))
    scored = []
    for chunk_id, score in fused.items():
        row = rows.get(chunk_id)
        if row is None:
            continue
        if row[6] is not None:
            score *= FAQ_BOOST
        scored.append((score, chunk_id))
    scored.sort(reverse=True)
    passages: list[Passage] = []
    per_page: dict[str, int] = {}
    seen_text: set[str] = set()
    for score, chunk_id in scored:
        _, url, title, heading, text, page_id, faq_id, source_id = rows[chunk_id]
        digest = hashlib.blake2b(" ".join(text.lower().split()).encode(), digest_size=12).hexdigest()
        page_key = f"faq:{faq_id}" if faq_id else f"page:{page_id or url}"
        if digest in seen_text or per_page.get(page_key, 0) >= PER_PAGE:
            continue
        seen_text.add(digest)
        per_page[page_key] = per_page.get(page_key, 0) + 1
        passages.append(
            Passage(
                chunk_id=chunk_id,
                url=url,
                title=title,
                heading=heading,
                text=text,
                score=round(score, 6),
                similarity=float(similarity.get(chunk_id, 0.0)),
                text_rank=float(text_rank.get(chunk_id, 0.0)),
                faq_id=faq_id,
                source_id=source_id,
            )
        )
        if len(passages) >= limit:
            break
    took = int((time.monotonic() - started) * 1000)
    return SearchResult(query=query, passages=passages, took_ms=took, query_vector=vector)


def _load(ids: list[int]):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, url, title, heading, text, page_id, faq_id, source_id FROM knowledge_chunk WHERE id = ANY(%s)",
            [ids],
        )
        return cursor.fetchall()


def _similarities(ids: list[int], vector: np.ndarray, dims: int) -> dict[int, float]:
    dims = int(dims)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, 1 - (embedding::vector({dims}) <=> %s::vector({dims})) FROM knowledge_chunk "  # noqa: S608
            f"WHERE id = ANY(%s) AND dims = {dims}",
            [vectors.literal(vector), ids],
        )
        return dict(cursor.fetchall())
