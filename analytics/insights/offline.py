"""Insights without any account: phrase statistics over transcripts and the stored analysis fields.

Objections are recognised by a small phrase lexicon (counted once per call),
questions are the caller's sentences that end in "?", "not interested"
reasons come from the analysis fields named like *reason* and the caller's
most frequent phrases on those calls; timing and agent figures come from the
roll-ups. The recommendations are rules over those figures.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

OBJECTIONS: dict[str, tuple[str, str]] = {
    "price": (
        r"\b(too )?(expensive|pricey|costs? too much|can'?t afford|price|cheaper)\b",
        "Price or cost",
    ),
    "timing": (
        r"\b(bad time|not (a )?good time|not now|busy right now|call (me )?(back )?later|in a meeting|driving)\b",
        "Bad timing",
    ),
    "has_provider": (
        r"\b(already (have|use|got|booked)|another (provider|company|dentist|plumber)|someone else)\b",
        "Already has a provider",
    ),
    "think": (
        r"\b(think about it|need to think|talk to my (wife|husband|partner|boss)|discuss it|not sure yet)\b",
        "Needs to think or consult someone",
    ),
    "privacy": (
        r"\b(how did you get (my|this) number|remove me|stop calling|don'?t call|do not call|take me off)\b",
        "Privacy or do-not-call request",
    ),
    "info": (r"\b(send (me )?(an )?(email|info|information|details|brochure))\b", "Wants details in writing"),
    "trust": (
        r"\b(scam|are you a (real )?(person|robot|human)|is this a robot|is this ai|automated)\b",
        "Distrusts an automated call",
    ),
    "need": (r"\b(don'?t need|no need|not looking|not in the market|not interested)\b", "No need right now"),
}
SCRIPT_HINTS = {
    "price": "give the price range early and mention what is included",
    "timing": "offer a callback at a time the caller chooses",
    "has_provider": "ask what they would change about their current provider",
    "think": "offer to send a summary and book a follow-up call",
    "privacy": "say where the number came from and offer to stop at once",
    "info": "offer an email summary during the call",
    "trust": "say early that it is an automated assistant and offer a person",
    "need": "ask one qualifying question before the offer",
}
_COMPILED = {key: re.compile(pattern, re.IGNORECASE) for key, (pattern, _) in OBJECTIONS.items()}
_STOPWORD_TEXT = (
    "a an the and or but if so to of in on at for with from by is are was were be been am i you he she it we they "
    "me my your our their this that these those yes no not do does did have has had just really okay ok um uh "
    "yeah hi hello thanks thank please would could can will what when where who how why there here about like "
    "get got know think well oh right sure its it's i'm i'll don't that's"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
SENTENCE = re.compile(r"[^.?!]+[.?!]?")
WORD = re.compile(r"[a-z']+")


def caller_lines(call: dict) -> list[str]:
    """What the caller (not the agent) said, from the turns or from 'User:' transcript lines."""
    turns = call.get("transcript_turns") or []
    lines = [t.get("content", "") for t in turns if isinstance(t, dict) and t.get("role") == "user"]
    if lines:
        return lines
    return [
        line.split(":", 1)[1].strip()
        for line in (call.get("transcript") or "").splitlines()
        if line.lower().startswith(("user:", "caller:", "customer:"))
    ]


def _phrases(text: str) -> list[str]:
    words = [w for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 2]
    return [" ".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)]


def _normalise_question(sentence: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s'?]", "", sentence.lower())).strip()


def _top(counter: Counter, total: int, limit: int = 8, key: str = "label") -> list[dict]:
    return [
        {key: item, "count": count, "share": round(100.0 * count / total, 1) if total else None}
        for item, count in counter.most_common(limit)
    ]


def analyse(calls: list[dict], *, hours: list[dict], agents: list[dict]) -> dict:
    """The insights payload. `calls`: dicts with outcome, status, sentiment, transcript(_turns),
    analysis, day; `hours`: [{hour, calls, answered}]; `agents`: [{name, calls, answered, converted}]."""
    objections: Counter = Counter()
    objection_keys: Counter = Counter()
    reasons: Counter = Counter()
    reason_phrases: Counter = Counter()
    questions: Counter = Counter()
    sentiment: dict[str, Counter] = defaultdict(Counter)
    not_interested = 0
    for call in calls:
        text = " ".join(caller_lines(call))
        found = {key for key, pattern in _COMPILED.items() if pattern.search(text)}
        for key in found:
            objections[OBJECTIONS[key][1]] += 1
            objection_keys[key] += 1
        for sentence in SENTENCE.findall(text):
            if sentence.strip().endswith("?") and len(sentence.split()) >= 3:
                questions[_normalise_question(sentence)] += 1
        mood = (call.get("sentiment") or "unknown").lower()
        sentiment[call["day"]][mood if mood in ("positive", "neutral", "negative") else "unknown"] += 1
        if call.get("outcome") == "not_interested":
            not_interested += 1
            for name, value in (call.get("analysis") or {}).items():
                if "reason" in name.lower() and isinstance(value, str) and value.strip():
                    reasons[value.strip().lower()] += 1
            reason_phrases.update(set(_phrases(text)))
    for phrase, count in reason_phrases.most_common(5):
        if count >= 2:
            reasons[phrase] += count

    trend = [
        {"day": day, **{mood: counts.get(mood, 0) for mood in ("positive", "neutral", "negative", "unknown")}}
        for day, counts in sorted(sentiment.items())
    ]
    peak = _peak_hours(hours)
    best_agent = _best_agent(agents)
    payload = {
        "calls_read": len(calls),
        "objections": _top(objections, len(calls)),
        "not_interested_calls": not_interested,
        "not_interested_reasons": _top(reasons, not_interested, key="reason"),
        "questions": _top(questions, len(calls), limit=10, key="question"),
        "sentiment_trend": trend,
        "peak_times": peak,
        "agents": best_agent["ranking"],
        "best_agent": best_agent["best"],
    }
    payload["recommendations"] = recommendations(payload, objection_keys, calls)
    return payload


def _peak_hours(hours: list[dict]) -> dict:
    total_calls = sum(h["calls"] for h in hours)
    total_answered = sum(h["answered"] for h in hours)
    minimum = max(5, total_calls // 50)
    rated = [
        {**h, "answer_rate": round(100.0 * h["answered"] / h["calls"], 1)}
        for h in sorted(hours, key=lambda h: h["hour"])
        if h["calls"] >= minimum
    ]
    by_hour = {h["hour"]: h for h in hours}
    windows = []
    for start in range(24):
        pair = [by_hour.get(start), by_hour.get((start + 1) % 24)]
        if not all(p and p["calls"] >= minimum for p in pair):
            continue  # both hours need enough calls to judge
        calls = sum(p["calls"] for p in pair)
        answered = sum(p["answered"] for p in pair)
        if calls:
            windows.append(
                {
                    "start": start,
                    "end": (start + 2) % 24,
                    "calls": calls,
                    "answer_rate": round(100.0 * answered / calls, 1),
                }
            )
    best_window = max(windows, key=lambda w: (w["answer_rate"], w["calls"]), default=None)
    return {
        "overall_answer_rate": round(100.0 * total_answered / total_calls, 1) if total_calls else None,
        "best_hours": sorted(rated, key=lambda h: (-h["answer_rate"], -h["calls"]))[:3],
        "busiest_hours": sorted(hours, key=lambda h: -h["calls"])[:3],
        "best_window": best_window,
    }


def _best_agent(agents: list[dict]) -> dict:
    ranking = [
        {**a, "conversion_rate": round(100.0 * a["converted"] / a["answered"], 1) if a["answered"] else None}
        for a in agents
    ]
    ranking.sort(key=lambda a: (-(a["conversion_rate"] or 0), -a["answered"]))
    eligible = [a for a in ranking if a["answered"] >= 20]
    return {"ranking": ranking, "best": eligible[0] if len(eligible) >= 2 else None}


def recommendations(payload: dict, objection_keys: Counter, calls: list[dict]) -> list[str]:
    advice = []
    peak = payload["peak_times"]
    window = peak["best_window"]
    if window and peak["overall_answer_rate"] is not None and window["answer_rate"] > peak["overall_answer_rate"]:
        advice.append(
            f"Call between {window['start']:02d}:00 and {window['end']:02d}:00: {window['answer_rate']}% of calls "
            f"are answered then, against {peak['overall_answer_rate']}% overall."
        )
    for key, count in objection_keys.most_common(2):
        share = round(100.0 * count / len(calls), 1) if calls else 0
        advice.append(f'"{OBJECTIONS[key][1]}" came up on {count} calls ({share}%): {SCRIPT_HINTS[key]}.')
    if payload["questions"]:
        top = payload["questions"][0]
        if top["count"] >= 2:
            advice.append(
                f'Callers often ask "{top["question"]}" ({top["count"]} times): answer it in the script or the '
                "agent's knowledge."
            )
    best = payload["best_agent"]
    if best:
        others = [a for a in payload["agents"] if a is not best and a["conversion_rate"] is not None]
        if others and best["conversion_rate"] and best["conversion_rate"] > others[0]["conversion_rate"]:
            advice.append(
                f"{best['name']} converts {best['conversion_rate']}% of answered calls against "
                f"{others[0]['conversion_rate']}% for {others[0]['name']}: give it more of the traffic."
            )
    trend = payload["sentiment_trend"]
    if len(trend) >= 4:
        third = max(1, len(trend) // 3)

        def negative_share(days):
            total = sum(d["positive"] + d["neutral"] + d["negative"] for d in days)
            return 100.0 * sum(d["negative"] for d in days) / total if total else 0.0

        early, late = negative_share(trend[:third]), negative_share(trend[-third:])
        if late - early >= 10:
            advice.append(f"Negative sentiment rose from {early:.0f}% to {late:.0f}% of calls: review recent calls.")
    machine = sum(1 for c in calls if c.get("status") in ("voicemail", "ivr"))
    if calls and machine / len(calls) > 0.3:
        advice.append(
            f"{round(100.0 * machine / len(calls))}% of calls reached voicemail: leave a voicemail message and try "
            "other hours."
        )
    return advice
