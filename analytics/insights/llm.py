"""Insights from an OpenAI-compatible chat model (the `openai` SDK), on top of the offline figures.

The model sees the offline statistics and a sample of what callers said, and
returns objections, reasons, questions, recommendations and a summary as JSON.
Counts, the sentiment trend, peak times and the agent ranking stay the
offline figures: they are arithmetic, not language.
"""

from __future__ import annotations

import json

from django.conf import settings

SYSTEM = (
    "You analyse phone calls made by an AI voice agent for a small business. From the statistics and the "
    "caller quotes, answer with a JSON object with keys: objections (list of {label, count}), "
    "not_interested_reasons (list of {reason, count}), questions (list of {question, count}), "
    "recommendations (list of short actionable strings: best calling window, script changes), summary (string)."
)


class InsightsModelError(Exception):
    """The model could not be reached or answered something unusable."""


def client():
    from openai import OpenAI

    return OpenAI(
        api_key=settings.ANALYTICS_OPENAI_API_KEY,
        base_url=settings.ANALYTICS_OPENAI_BASE_URL or None,
        timeout=60.0,
        max_retries=1,
    )


def analyse(offline_payload: dict, quotes: list[str]) -> dict:
    """The model's reading merged into the offline payload; InsightsModelError on any failure."""
    import openai

    facts = {
        key: offline_payload[key]
        for key in ("calls_read", "objections", "not_interested_reasons", "questions", "peak_times", "best_agent")
    }
    try:
        response = client().chat.completions.create(
            model=settings.ANALYTICS_OPENAI_MODEL,
            temperature=0,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": json.dumps({"statistics": facts, "caller_quotes": quotes[:200]})},
            ],
        )
        answer = json.loads(response.choices[0].message.content or "")
    except (openai.OpenAIError, ValueError, IndexError, AttributeError) as exc:
        raise InsightsModelError(str(exc)[:400]) from exc
    if not isinstance(answer, dict):
        raise InsightsModelError("The model did not answer with a JSON object.")
    merged = dict(offline_payload)
    for key in ("objections", "not_interested_reasons", "questions", "recommendations"):
        if isinstance(answer.get(key), list) and answer[key]:
            merged[key] = answer[key]
    if isinstance(answer.get("summary"), str):
        merged["summary"] = answer["summary"]
    return merged
