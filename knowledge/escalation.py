"""Escalation rules: phrases that make a conversation urgent, per vertical, plus each tenant's own.

The rules are data: a vertical's list below, the tenant's phrases from
`KnowledgeSettings`, and the agent's `escalation_keywords` when an agent is
given. A phrase matches on word boundaries, case-insensitively, with any
spacing between its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

COMMON = ("speak to a human", "talk to a person", "real person", "make a complaint", "lawyer", "sue you")

VERTICAL_RULES: dict[str, tuple[str, ...]] = {
    "dental": (
        "pain",
        "painful",
        "hurts",
        "hurting",
        "toothache",
        "aching",
        "bleeding",
        "bleeds",
        "swelling",
        "swollen",
        "abscess",
        "broken tooth",
        "cracked tooth",
        "knocked out",
        "fever",
        "infection",
        "emergency",
        "can't open my mouth",
        "jaw locked",
    ),
    "medical": (
        "chest pain",
        "can't breathe",
        "cannot breathe",
        "difficulty breathing",
        "short of breath",
        "unconscious",
        "stroke",
        "heart attack",
        "severe bleeding",
        "overdose",
        "suicidal",
        "seizure",
        "allergic reaction",
        "emergency",
    ),
    "home_services": (
        "flooding",
        "flooded",
        "flood",
        "burst pipe",
        "pipe burst",
        "burst",
        "gas leak",
        "smell gas",
        "smell of gas",
        "carbon monoxide",
        "sparking",
        "sparks",
        "electrical fire",
        "no heat",
        "no heating",
        "sewage",
        "water leak",
        "leaking",
        "overflowing",
        "emergency",
    ),
    "legal": (
        "arrested",
        "in custody",
        "court tomorrow",
        "court date today",
        "eviction",
        "restraining order",
        "deadline today",
    ),
    "real_estate": ("locked out", "gas leak", "flooding", "break-in", "broken into"),
    "salon": ("allergic reaction", "burn", "burned", "rash", "swelling"),
    "other": ("emergency",),
}


@lru_cache(maxsize=512)
def _pattern(phrase: str) -> re.Pattern:
    words = [re.escape(w) for w in phrase.lower().replace("’", "'").split()]
    return re.compile(r"(?<![\w])" + r"\s+".join(words) + r"(?![\w])")


def rules_for(vertical: str, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    phrases = list(VERTICAL_RULES.get(vertical, VERTICAL_RULES["other"])) + list(COMMON) + list(extra)
    return list(dict.fromkeys(p.strip().lower() for p in phrases if p and p.strip()))


def reply_for(vertical: str, phrase: str) -> str:
    """What the vertical's template tells someone whose words matched `phrase` ("leave the property now" on a
    gas leak), or "" when its rule has no reply of its own."""
    from tenants.verticals import template_for

    template = template_for(vertical)
    for rule in template.escalation_rules if template else ():
        if phrase in (p.lower() for p in rule.phrases):
            return rule.reply
    return ""


def match(text: str, phrases: list[str]) -> str | None:
    """The first phrase (longest first) found in `text`, or None."""
    lowered = text.lower().replace("’", "'")
    for phrase in sorted(phrases, key=len, reverse=True):
        if _pattern(phrase).search(lowered):
            return phrase
    return None
