"""Write passages into the index: chunk, embed, store with their full-text vector; re-embed stale vectors."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction

from knowledge import chunking, vectors
from knowledge.embedders import get_embedder
from knowledge.models import FAQ, Chunk, Page, Source

# Title and headings weigh most in full-text ranking; the passage itself least.
SEARCH_VECTOR_SQL = (
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', coalesce(heading, '')), 'B') || "
    "setweight(to_tsvector('english', coalesce(text, '')), 'D')"
)


def embedding_text(title: str, heading: str, text: str) -> str:
    """What is embedded: the passage with the page title and heading breadcrumb that give it context."""
    context = " > ".join(part for part in (title, heading) if part)
    return f"{context}\n{text}" if context else text


def _update_search_vectors(chunk_ids: Iterable[int]) -> None:
    ids = list(chunk_ids)
    if ids:
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE knowledge_chunk SET search = {SEARCH_VECTOR_SQL} WHERE id = ANY(%s)", [ids])  # noqa: S608 - constant SQL


def heading_text(title: str, heading: str) -> str:
    return " ".join(part for part in (title, heading.replace(" > ", " ")) if part)


def _embed(rows: list[Chunk]) -> None:
    """Vectors for the passages (in context) and for what their sections are called."""
    if not rows:
        return
    embedder = get_embedder()
    matrix = embedder.embed([embedding_text(c.title, c.heading, c.text) for c in rows])
    headings = list(dict.fromkeys(heading_text(c.title, c.heading) for c in rows))
    heading_vectors = dict(zip(headings, embedder.embed(headings), strict=True))
    if embedder.dims != 256:
        vectors.ensure_index(embedder.dims)
    for chunk, vector in zip(rows, matrix, strict=True):
        chunk.embedding = vector
        chunk.heading_embedding = heading_vectors[heading_text(chunk.title, chunk.heading)]
        chunk.dims = embedder.dims
        chunk.embedder = embedder.id


def page_index(*, page: Page, title: str, text: str) -> int:
    """Replace the page's chunks with fresh ones from `text`; returns how many."""
    pieces = chunking.chunk(text, title=title)
    rows = [
        Chunk(
            source_id=page.source_id,
            page=page,
            url=page.url,
            title=title[:500],
            heading=piece.heading,
            text=piece.text,
            position=piece.position,
        )
        for piece in pieces
    ]
    _embed(rows)
    with transaction.atomic():
        Chunk.objects.filter(page=page).delete()
        created = Chunk.objects.bulk_create(rows, batch_size=500)
        _update_search_vectors(c.pk for c in created)
    return len(created)


def faq_index(*, faq: FAQ) -> None:
    """An FAQ is one chunk: its question as the heading, its answer as the text."""
    Chunk.objects.filter(faq=faq).delete()
    if not faq.is_active:
        return
    chunk = Chunk(faq=faq, title="FAQ", heading=faq.question[:500], text=faq.answer, position=0)
    _embed([chunk])
    chunk.save()
    _update_search_vectors([chunk.pk])


def stale_chunks() -> Iterable[Chunk]:
    return Chunk.objects.exclude(embedder=get_embedder().id)


def reembed_stale(*, batch_size: int = 500, limit: int | None = None) -> int:
    """Re-embed chunks made by another embedder (after EMBEDDER changed); returns how many were done."""
    done = 0
    while limit is None or done < limit:
        batch = list(stale_chunks().order_by("id")[:batch_size])
        if not batch:
            break
        _embed(batch)
        Chunk.objects.bulk_update(batch, ["embedding", "heading_embedding", "dims", "embedder"], batch_size=batch_size)
        done += len(batch)
    return done


def source_chunk_count(source: Source) -> int:
    return Chunk.objects.filter(source=source).count()
