"""Answerers behind one adapter: extractive offline (the default) or OpenAI chat completions.

Both take the question and the retrieved passages and return an `Answer`
(text, the passages actually used, confidence, tokens). The offline answerer
picks the sentences of the best passages that best match the question and
says plainly when it does not know; the OpenAI one is told to answer only
from the numbered passages and to cite them, and streams when asked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from django.conf import settings

from knowledge import answer_kinds
from knowledge.embedders import get_embedder
from knowledge.retrieval import RRF_K, Passage, normalise_query

UNKNOWN = (
    "I'm sorry, I don't have that information. I can pass your question on to the team so someone gets back to you."
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n{2,}|\n(?=[-|•])")
# A line break inside a paragraph (wrapped source HTML) does not end a sentence.
_WRAPPED = re.compile(r"(?<![.!?:])\n(?![-|•\n])")
_WORD = re.compile(r"[a-z0-9$£€]+(?:'[a-z]+)?")
_STOP_WORDS = (
    "a an the and or but of to in on at for with by from is are was were be been am do does did can could "
    "would should will shall may might must i you we they he she it my your our their me us them this that these "
    "those what when where which who whom why how there here if so as about any some have has had not no yes "
    "please thanks hello hi get got"
)
_STOP = frozenset(_STOP_WORDS.split())


@dataclass
class Answer:
    text: str
    used: list[Passage]
    confidence: float
    answered: bool
    prompt_tokens: int = 0
    completion_tokens: int = 0
    answerer: str = "offline"
    extra: dict = field(default_factory=dict)


def terms(text: str) -> set[str]:
    """Content words, crudely stemmed (plural and -ing/-ed endings), for overlap scores."""
    out = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOP or len(word) < 2:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        out.add(word)
    return out


# Confidence is a logistic model of whether the first passage answers the question, over what retrieval
# measured (confidence_features), fitted on the evaluation sites' questions and questions they cannot
# answer by tests/knowledge/fit_confidence.py. The questions they cannot answer weigh three times in the fit,
# so the default threshold (0.25) falls where the fit puts even odds on a right answer.
CONFIDENCE_WEIGHTS = {
    "match": 1.852,
    "unknown": -0.916,
    "unknown_offer": -5.288,
    "score": 0.575,
    "lead": 1.667,
    "lexical": 0.938,
    "text_rank": 1.677,
    "fused": 0.845,
}
CONFIDENCE_BIAS = -8.332
# How much a question word in a passage's title or heading counts for each of its sentences.
CONTEXT_SHARE = 0.5
# What a sentence gains by holding the kind of answer asked for (a price for "how much", a time for "what
# time", knowledge/answer_kinds.py), or by being on the people page when the question is about people.
KIND_BONUS = 0.15
# How far behind the best sentence the best one of retrieval's first page may be and still be quoted with it.
LEAD_GAP = 0.3
# Retrieval's first two pages closer than this (in reranked score) are a tie the answer quotes both sides of.
RUNNER_UP_LEAD = 0.15
# How far behind the best sentence the best one holding the kind of answer asked for may be and still be quoted.
KIND_GAP = 0.5
# Below the confidence threshold but at least this share of it, the closest pages are offered (not an
# answer): at most SUGGEST_PAGES of them, each scoring (as retrieval ranked them) at least SUGGEST_SCORE of the
# first one. Three, as retrieval's first three results: on the evaluation sites the right page is among them
# for 95 % of questions, among the first two for 92 %.
SUGGEST_SHARE = 0.2
SUGGEST_PAGES = 3
SUGGEST_SCORE = 0.8
CLOSEST_FOLLOW_UP = "I can pass your question on to the team so someone gets back to you."
# The channel whose replies are said aloud (knowledge.models.Channel.VOICE).
SPOKEN_CHANNEL = "voice"


def confidence_features(passages: list[Passage]) -> dict[str, float]:
    """What retrieval measured of its first passage: how much of the question it matches (rarity-weighted,
    with close words), how much of the question (and of the thing a "do you sell ..." question asks about)
    the site has no word for, its reranked score and its lead over the next page's, and its full-text and
    fused scores (log-scaled and per list, so that their spread is of a size with the rest)."""
    best = passages[0]
    # Search puts each page's best passage before any page's second, so the next passage is the next page's.
    runner_up = passages[1].score if len(passages) > 1 else 0.0
    return {
        "match": best.match,
        "unknown": best.unknown,
        "unknown_offer": best.unknown_offer,
        "score": best.score,
        "lead": best.score - runner_up,
        "lexical": math.log1p(best.lexical),
        "text_rank": best.text_rank,
        "fused": best.fused * RRF_K,
    }


def confidence_of(passages: list[Passage]) -> float:
    """0..1: how likely the fitted model (CONFIDENCE_WEIGHTS) holds it that the first passage answers the
    question; a staff-written answer close in meaning counts as known."""
    if not passages:
        return 0.0
    features = confidence_features(passages)
    logit = CONFIDENCE_BIAS + sum(CONFIDENCE_WEIGHTS[name] * value for name, value in features.items())
    score = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))
    best = passages[0]
    if best.faq_id and best.similarity > 0.6:
        score = max(score, 0.8)
    return round(score, 3)


def _sentences(text: str) -> list[str]:
    parts = [" ".join(p.split()).strip(" -•|\t") for p in _SENTENCE.split(_WRAPPED.sub(" ", text))]
    return [p for p in parts if len(p) > 2]


class OfflineAnswerer:
    """Extractive: the best sentences of the best passages, in their own words.

    Below the tenant's confidence threshold it does not answer, but when the passages are not far off
    (at least SUGGEST_SHARE of the threshold) it says so plainly and points to the closest pages, quoting
    the sentence that comes nearest: a customer whose wording the site does not use still finds the page,
    and the turn still counts as not known (a gap for staff).
    """

    name = "offline"
    max_sentences = 3

    def answer(
        self,
        question: str,
        passages: list[Passage],
        *,
        agent=None,
        vertical: str = "",
        min_confidence: float = 0.25,
        channel: str = "",
    ) -> Answer:
        confidence = confidence_of(passages)
        if not passages or confidence < min_confidence * SUGGEST_SHARE:
            return Answer(text=UNKNOWN, used=[], confidence=confidence, answered=False)
        if confidence < min_confidence:
            return self._closest(question, passages, confidence, spoken=channel == SPOKEN_CHANNEL)
        best = passages[0]
        if best.faq_id:
            return Answer(text=best.text, used=[best], confidence=confidence, answered=True)
        scored = _ranked_sentences(question, passages)
        if not scored:
            return Answer(text=UNKNOWN, used=[], confidence=confidence, answered=False)
        top = scored[0][0]
        chosen = [item for item in scored[: self.max_sentences] if item[0] >= top - 0.25]
        chosen = _with_lead_page(chosen, scored, passages[0], self.max_sentences)
        chosen = _with_kind_asked(question, chosen, scored, self.max_sentences)
        chosen = _with_runner_up_page(chosen, scored, passages, self.max_sentences)
        chosen.sort(key=lambda item: (item[1], item[2]))
        used: list[Passage] = []
        for item in chosen:
            if item[4] not in used:
                used.append(item[4])
        text = " ".join(_sentence_case(item[3]) for item in chosen)
        return Answer(text=text, used=used, confidence=confidence, answered=True)

    def _closest(self, question: str, passages: list[Passage], confidence: float, *, spoken: bool = False) -> Answer:
        """Not an answer: the closest pages (at most SUGGEST_PAGES), and the one sentence nearest the question.
        On a call, where a caller cannot open a page, only the sentence is said (the pages are still cited)."""
        pages: list[Passage] = []
        for passage in passages:
            if len(pages) == SUGGEST_PAGES or passage.score < passages[0].score * SUGGEST_SCORE:
                break
            if all(passage.url != p.url or passage.faq_id != p.faq_id for p in pages):
                pages.append(passage)
        scored = _ranked_sentences(question, pages)
        if not scored:
            return Answer(text=UNKNOWN, used=[], confidence=confidence, answered=False)
        quoted = scored[0][4]
        used = [quoted] + [p for p in pages if p is not quoted]
        quoted_names = [f"\u201c{_page_name(p)}\u201d" for p in used]
        names = " and ".join([", ".join(quoted_names[:-1]), quoted_names[-1]] if len(used) > 1 else quoted_names)
        where = (
            "The closest I know is this:"
            if spoken
            else (f"The closest I found is on our {names} {'pages' if len(used) > 1 else 'page'}:")
        )
        text = f"I'm not sure I have the answer to that. {where} {_sentence_case(scored[0][3])} {CLOSEST_FOLLOW_UP}"
        return Answer(text=text, used=used, confidence=confidence, answered=False, extra={"closest": True})

    def stream(self, question, passages, **kwargs) -> Iterator[str | Answer]:
        answer = self.answer(question, passages, **kwargs)
        yield answer.text
        yield answer


def _ranked_sentences(question: str, passages: list[Passage]) -> list[tuple[float, int, int, str, Passage]]:
    """The sentences of the best passages (up to three, while close to the best), best match to the question
    first: (score, passage index, sentence index, sentence, passage)."""
    if not passages:
        return []
    best = passages[0]
    candidates: list[tuple[int, int, str, Passage]] = []
    for p_index, passage in enumerate(passages[:3]):
        if p_index and passage.fused < best.fused * 0.6:
            break
        for s_index, sentence in enumerate(_sentences(passage.text)):
            candidates.append((p_index, s_index, sentence, passage))
    if not candidates:
        return []
    asked = terms(question)
    vectors = get_embedder().embed([question] + [c[2] for c in candidates])
    similarity = vectors[1:] @ vectors[0]
    scored = []
    context = [terms(f"{p.title} {p.heading}") for p in passages[:3]]
    kinds = answer_kinds.asked(normalise_query(question))
    for (p_index, s_index, sentence, passage), sim in zip(candidates, similarity, strict=True):
        own = asked & terms(sentence)
        # A sentence under a heading that names what was asked speaks of it, in half measure.
        inherited = (asked & context[p_index]) - own
        overlap = (len(own) + CONTEXT_SHARE * len(inherited)) / len(asked) if asked else 0.0
        # A passage's first sentence often states the fact; the best passage outranks the second.
        score = float(sim) + 0.6 * overlap - 0.05 * p_index + (0.03 if s_index == 0 else 0.0)
        if (kinds and answer_kinds.held(kinds, sentence)) or passage.people:
            score += KIND_BONUS
        scored.append((score, p_index, s_index, sentence, passage))
    scored.sort(key=lambda item: item[0], reverse=True)
    return scored


def _with_one_that(wanted, chosen: list, scored: list, gap: float, limit: int) -> list:
    """The chosen sentences, with the best sentence `wanted` accepts in place of the last, unless one of them
    is such a sentence already or the best one is more than `gap` behind the best chosen."""
    if not chosen or any(wanted(item) for item in chosen):
        return chosen
    best = next((item for item in scored if wanted(item)), None)
    if best is None or best[0] < chosen[0][0] - gap:
        return chosen
    return [*chosen[: limit - 1], best]


def _with_lead_page(chosen: list, scored: list, lead: Passage, limit: int) -> list:
    """The chosen sentences, with the best one of retrieval's first page in place of the last when none is.

    Retrieval ranks whole passages by their title, headings and every word; the sentence scores see one
    sentence at a time. Where they disagree, retrieval's first page is the right one more often (on the
    evaluation sites, 53 times against 32), so an answer quotes both unless the first page's best sentence
    is far behind (LEAD_GAP).
    """
    return _with_one_that(lambda item: item[4].url == lead.url, chosen, scored, LEAD_GAP, limit)


def _with_kind_asked(question: str, chosen: list, scored: list, limit: int) -> list:
    """The chosen sentences, with the best one holding the kind of answer asked for (a price for "how much")
    in place of the last when none of them holds one and it is within KIND_GAP of the best: a "how much"
    answered without a price has not been answered."""
    kinds = answer_kinds.asked(normalise_query(question))
    if not kinds:
        return chosen
    return _with_one_that(lambda item: answer_kinds.held(kinds, item[3]), chosen, scored, KIND_GAP, limit)


def _with_runner_up_page(chosen: list, scored: list, passages: list[Passage], limit: int) -> list:
    """The chosen sentences, all from retrieval's first page, with the best one of its second page in place
    of the last when retrieval could hardly tell the two apart (less than RUNNER_UP_LEAD between their
    scores) and that sentence is near the best (LEAD_GAP): the customer gets both rather than a coin toss."""
    if len(passages) < 2 or {item[4].url for item in chosen} != {passages[0].url}:
        return chosen
    if passages[0].score - passages[1].score >= RUNNER_UP_LEAD:
        return chosen
    return _with_one_that(lambda item: item[4].url == passages[1].url, chosen, scored, LEAD_GAP, limit)


def _page_name(passage: Passage) -> str:
    """What a customer would call the page: its title (extraction has dropped the site's name), else its
    top heading."""
    return passage.title or passage.heading.split(" > ")[0] or "FAQ"


def _sentence_case(sentence: str) -> str:
    sentence = sentence.strip()
    if sentence and sentence[-1] not in ".!?:":
        sentence += "."
    return sentence


def system_prompt(*, agent=None, vertical: str = "", business: str = "", channel: str = "") -> str:
    lines = [
        f"You answer customers' questions for {business or 'a small business'}"
        + (f" ({vertical.replace('_', ' ')})" if vertical else "")
        + ".",
        "Answer only from the numbered passages. Cite the passages you used like [1] or [2].",
        "If the passages do not contain the answer, reply exactly: UNKNOWN",
        "Be brief: two or three sentences, plain language, no markdown.",
        "Never give medical, legal or safety advice beyond what the passages say; for emergencies tell the customer "
        "to call the business or emergency services.",
    ]
    if channel == SPOKEN_CHANNEL:
        lines.append("Your reply is read aloud on a phone call: short spoken sentences, no lists, links or symbols.")
    if agent is not None:
        persona = f"Your name is {agent.name}; tone {agent.tone}, {agent.formality} formality."
        lines.append(persona)
        if agent.system_prompt:
            lines.append(agent.system_prompt)
    return "\n".join(lines)


def _context(passages: list[Passage]) -> str:
    blocks = []
    for number, passage in enumerate(passages, start=1):
        where = " > ".join(p for p in (passage.title, passage.heading) if p)
        blocks.append(f"[{number}] {where}\n{passage.text}")
    return "\n\n".join(blocks)


_CITED = re.compile(r"\[(\d{1,2})\]")


class OpenAIAnswerer:
    """Chat completions on any OpenAI-compatible endpoint, through the official SDK."""

    name = "openai"

    def __init__(self, *, api_key: str, base_url: str | None, model: str):
        self.model = model
        self._api_key = api_key
        self._base_url = base_url or None

    def _client(self):
        import openai

        return openai.OpenAI(api_key=self._api_key, base_url=self._base_url, timeout=30.0, max_retries=1)

    def _messages(self, question, passages, agent, vertical, business, channel=""):
        prompt = system_prompt(agent=agent, vertical=vertical, business=business, channel=channel)
        return [
            {"role": "system", "content": prompt},
            {"role": "user", "content": f"Passages:\n{_context(passages)}\n\nQuestion: {question}"},
        ]

    def _finish(self, text: str, passages, question, prompt_tokens, completion_tokens) -> Answer:
        text = text.strip()
        confidence = confidence_of(passages)
        if not passages or text.upper().startswith("UNKNOWN"):
            return Answer(UNKNOWN, [], confidence, False, prompt_tokens, completion_tokens, self.name)
        cited = [int(n) for n in _CITED.findall(text) if 0 < int(n) <= len(passages)]
        used = [passages[n - 1] for n in dict.fromkeys(cited)] or passages[:1]
        clean = _CITED.sub("", text).replace(" .", ".").strip()
        return Answer(clean, used, max(confidence, 0.5), True, prompt_tokens, completion_tokens, self.name)

    def answer(
        self, question, passages, *, agent=None, vertical="", business="", min_confidence=0.0, channel=""
    ) -> Answer:
        if not passages:
            return Answer(UNKNOWN, [], 0.0, False, answerer=self.name)
        response = self._client().chat.completions.create(
            model=self.model,
            messages=self._messages(question, passages, agent, vertical, business, channel),
            temperature=0.1,
        )
        usage = response.usage
        return self._finish(
            response.choices[0].message.content or "",
            passages,
            question,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
        )

    def stream(
        self, question, passages, *, agent=None, vertical="", business="", min_confidence=0.0, channel=""
    ) -> Iterator[str | Answer]:
        """Yield text deltas as they arrive, then the finished `Answer` (for the voice socket)."""
        if not passages:
            yield UNKNOWN
            yield Answer(UNKNOWN, [], 0.0, False, answerer=self.name)
            return
        stream = self._client().chat.completions.create(
            model=self.model,
            messages=self._messages(question, passages, agent, vertical, business, channel),
            temperature=0.1,
            stream=True,
            stream_options={"include_usage": True},
        )
        parts: list[str] = []
        prompt_tokens = completion_tokens = 0
        for event in stream:
            if event.usage:
                prompt_tokens, completion_tokens = event.usage.prompt_tokens, event.usage.completion_tokens
            for choice in event.choices or ():
                delta = choice.delta.content if choice.delta else None
                if delta:
                    parts.append(delta)
                    yield delta
        yield self._finish("".join(parts), passages, question, prompt_tokens, completion_tokens)


@lru_cache(maxsize=4)
def _openai(api_key: str, base_url: str, model: str) -> OpenAIAnswerer:
    return OpenAIAnswerer(api_key=api_key, base_url=base_url, model=model)


_offline = OfflineAnswerer()


def get_answerer():
    if settings.ANSWERER == "openai":
        return _openai(settings.OPENAI_API_KEY, settings.OPENAI_BASE_URL, settings.CHAT_MODEL)
    return _offline


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / ((np.linalg.norm(a) * np.linalg.norm(b)) or 1.0))
