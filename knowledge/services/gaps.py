"""Gaps: questions answered badly or not at all, grouped by similar meaning, turned into FAQ entries by staff."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from knowledge import vectors
from knowledge.embedders import get_embedder
from knowledge.models import FAQ, Gap, GapStatus
from knowledge.retrieval import normalise_query
from knowledge.services.faqs import faq_create

# Two questions this close in meaning are the same gap (cosine similarity of their embeddings).
SAME_GAP_SIMILARITY = 0.7
MAX_EXAMPLES = 5


def _nearest_open_gap(vector, embedder_id: str) -> tuple[int, float] | None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, 1 - (embedding <=> %s::vector) FROM knowledge_gap "
            "WHERE status = 'open' AND embedder = %s ORDER BY embedding <=> %s::vector LIMIT 1",
            [vectors.literal(vector), embedder_id, vectors.literal(vector)],
        )
        row = cursor.fetchone()
    return (row[0], float(row[1])) if row else None


@transaction.atomic
def gap_record(*, question: str, confidence: float, vector=None) -> Gap:
    """Count `question` against the open gap it means the same as, or open a new one."""
    question = question.strip()[:500]
    embedder = get_embedder()
    if vector is None:
        vector = embedder.embed([normalise_query(question) or question])[0]
    now = timezone.now()
    nearest = _nearest_open_gap(vector, embedder.id)
    if nearest and nearest[1] >= SAME_GAP_SIMILARITY:
        gap = Gap.objects.select_for_update().get(pk=nearest[0])
        gap.count += 1
        gap.last_asked_at = now
        gap.best_confidence = max(gap.best_confidence, confidence)
        if question.lower() not in {e.lower() for e in gap.examples} and question.lower() != gap.question.lower():
            gap.examples = ([question, *gap.examples])[:MAX_EXAMPLES]
        gap.save(update_fields=["count", "last_asked_at", "best_confidence", "examples"])
        return gap
    return Gap.objects.create(
        question=question,
        embedding=vector,
        embedder=embedder.id,
        best_confidence=confidence,
        last_asked_at=now,
    )


@transaction.atomic
def gap_accept(*, gap: Gap, answer: str, question: str = "") -> FAQ:
    """Staff answer a gap: it becomes an FAQ entry (indexed at once) and leaves the inbox."""
    gap = Gap.objects.select_for_update().get(pk=gap.pk)
    if gap.status != GapStatus.OPEN:
        raise ValidationError({"status": f"This suggestion was already {gap.status}."})
    faq = faq_create(question=question.strip() or gap.question, answer=answer)
    gap.status, gap.faq = GapStatus.ACCEPTED, faq
    gap.save(update_fields=["status", "faq"])
    return faq


@transaction.atomic
def gap_dismiss(*, gap: Gap) -> Gap:
    Gap.objects.filter(pk=gap.pk, status=GapStatus.OPEN).update(status=GapStatus.DISMISSED)
    gap.refresh_from_db()
    return gap
