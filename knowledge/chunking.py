"""Split a document's Markdown into passages by headings, about 500 tokens each with overlap.

Each chunk carries its heading breadcrumb ("Services > Emergencies"), so a
passage read on its own still says what it is about; the breadcrumb and the
page title are also what full-text search weights highest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TARGET_TOKENS = 500
OVERLAP_TOKENS = 60
MIN_TOKENS = 12
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True)
class Piece:
    heading: str
    text: str
    position: int


def tokens(text: str) -> int:
    """A cheap token estimate (≈ 0.75 words per token for English prose)."""
    return int(len(text.split()) * 4 / 3) + 1


def _sections(markdown: str) -> list[tuple[list[str], list[str]]]:
    """[(breadcrumb, paragraphs)] in document order."""
    trail: list[tuple[int, str]] = []
    sections: list[tuple[list[str], list[str]]] = [([], [])]
    for block in re.split(r"\n\s*\n", markdown):
        block = block.strip()
        if not block:
            continue
        lines = block.split("\n")
        match = _HEADING.match(lines[0])
        if match:
            level, title = len(match.group(1)), match.group(2).strip()
            trail = [(lv, t) for lv, t in trail if lv < level] + [(level, title)]
            sections.append(([t for _, t in trail], []))
            rest = "\n".join(lines[1:]).strip()
            if rest:
                sections[-1][1].append(rest)
        else:
            sections[-1][1].append(block)
    return [(crumb, paras) for crumb, paras in sections if paras]


def _split_long(paragraph: str, limit: int) -> list[str]:
    if tokens(paragraph) <= limit:
        return [paragraph]
    parts, current = [], ""
    for sentence in _SENTENCE.split(paragraph) if "\n" not in paragraph else paragraph.split("\n"):
        candidate = f"{current} {sentence}".strip() if current else sentence
        if current and tokens(candidate) > limit:
            parts.append(current)
            current = sentence
        else:
            current = candidate
    if current:
        parts.append(current)
    # A single sentence longer than the limit is cut by words.
    out = []
    step = int(limit * 3 / 4)
    for part in parts:
        if tokens(part) <= limit:
            out.append(part)
            continue
        words = part.split()
        out.extend(" ".join(words[i : i + step]) for i in range(0, len(words), step))
    return out


def _tail(text: str, budget: int) -> str:
    words = text.split()
    keep = int(budget * 3 / 4)
    return " ".join(words[-keep:]) if len(words) > keep else text


def chunk(markdown: str, *, title: str = "", target: int = TARGET_TOKENS, overlap: int = OVERLAP_TOKENS) -> list[Piece]:
    """Passages of at most about `target` tokens; consecutive passages of one section overlap by `overlap`."""
    pieces: list[Piece] = []
    for crumb, paragraphs in _sections(markdown):
        # The page title is already on every chunk; a top heading repeating it adds nothing.
        if crumb and title and crumb[0].strip().lower() == title.strip().lower():
            crumb = crumb[1:]
        heading = " > ".join(crumb)[:500]
        current: list[str] = []
        size = 0
        for paragraph in paragraphs:
            for part in _split_long(paragraph, target):
                part_size = tokens(part)
                if current and size + part_size > target:
                    pieces.append(Piece(heading, "\n\n".join(current), len(pieces)))
                    carried = _tail(current[-1], overlap)
                    current, size = [carried], tokens(carried)
                current.append(part)
                size += part_size
        if current:
            text = "\n\n".join(current)
            if pieces and pieces[-1].heading == heading and tokens(text) < MIN_TOKENS:
                continue
            pieces.append(Piece(heading, text, len(pieces)))
    return pieces
