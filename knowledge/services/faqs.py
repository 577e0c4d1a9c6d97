"""FAQ entries: staff-written questions and answers, indexed as one chunk each; CSV import all-or-nothing."""

from __future__ import annotations

import csv
import io
import re

from django.core.exceptions import ValidationError
from django.db import transaction

from knowledge.models import FAQ
from knowledge.services import indexing

MAX_IMPORT_ROWS = 2000
QUESTION_HEADERS = ("question", "q", "questions")
ANSWER_HEADERS = ("answer", "a", "answers")


def _clean(question: str, answer: str) -> tuple[str, str]:
    question, answer = (question or "").strip(), (answer or "").strip()
    errors = {}
    if not question:
        errors["question"] = "Write the question."
    elif len(question) > 500:
        errors["question"] = "Keep the question under 500 characters."
    if not answer:
        errors["answer"] = "Write the answer."
    if errors:
        raise ValidationError(errors)
    return question, answer


@transaction.atomic
def faq_create(*, question: str, answer: str, override: bool = False, is_active: bool = True) -> FAQ:
    question, answer = _clean(question, answer)
    faq = FAQ.objects.create(question=question, answer=answer, override=override, is_active=is_active)
    indexing.faq_index(faq=faq)
    return faq


@transaction.atomic
def faq_update(*, faq: FAQ, **changes) -> FAQ:
    allowed = {"question", "answer", "override", "is_active"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed."))
    for field, value in changes.items():
        setattr(faq, field, value)
    faq.question, faq.answer = _clean(faq.question, faq.answer)
    faq.save()
    indexing.faq_index(faq=faq)
    return faq


@transaction.atomic
def faq_delete(*, faq: FAQ) -> None:
    faq.delete()


def _truthy(value: str) -> bool:
    return (value or "").strip().lower() in {"1", "yes", "true", "y", "x"}


@transaction.atomic
def faq_import_csv(*, data: bytes) -> list[FAQ]:
    """Import `question,answer[,override]` rows; every bad row is reported and nothing is imported then."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError({"file": "Save the CSV as UTF-8."}) from exc
    reader = csv.reader(io.StringIO(text))
    rows = [row for row in reader if any(cell.strip() for cell in row)]
    if not rows:
        raise ValidationError({"file": "The file has no rows."})
    header = [re.sub(r"\s+", " ", h.strip().lower()) for h in rows[0]]
    if any(h in QUESTION_HEADERS for h in header):
        q_col = next(i for i, h in enumerate(header) if h in QUESTION_HEADERS)
        a_col = next((i for i, h in enumerate(header) if h in ANSWER_HEADERS), None)
        o_col = next((i for i, h in enumerate(header) if h == "override"), None)
        if a_col is None:
            raise ValidationError({"file": "The header names a question column but no answer column."})
        rows = rows[1:]
    else:
        q_col, a_col, o_col = 0, 1, 2 if len(rows[0]) > 2 else None
    if len(rows) > MAX_IMPORT_ROWS:
        raise ValidationError({"file": f"Import at most {MAX_IMPORT_ROWS} rows at a time."})
    errors = []
    cleaned = []
    for number, row in enumerate(rows, start=1):
        cells = row + [""] * 3
        try:
            question, answer = _clean(cells[q_col], cells[a_col])
        except ValidationError as exc:
            errors.append(f"Row {number}: " + " ".join(m for ms in exc.message_dict.values() for m in ms))
            continue
        cleaned.append((question, answer, _truthy(cells[o_col]) if o_col is not None else False))
    if errors:
        raise ValidationError({"file": errors[:20]})
    return [faq_create(question=q, answer=a, override=o) for q, a, o in cleaned]
