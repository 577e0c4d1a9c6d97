"""What kind of answer a question asks for, and whether a text holds one.

"How much is a check-up", "what time do you shut on Saturdays", "where can I
leave the car" and "how long does it take" ask for a price, a time, a place
and a length of time whatever service they name. A passage or sentence that
holds that kind of thing (an amount of money, a clock time, an address or
parking, a number of minutes or days) is likelier to answer the question than
one that only shares its words, so the offline answerer prefers such sentences.
(Tried as a reranking feature in retrieval too, it moved no right page into
the first three on the evaluation sites.)

"Do you sell wigs" and "can you fit solar panels" ask whether the business
offers a thing (`offered`); a site that has no word for that thing does not,
however well the question's other words match, and confidence says so. The
same holds for "what time does the library shut": a site that never names
the library has its own hours, not the library's.
"""

from __future__ import annotations

import re

# Asked for, in a normalised question (lower case, punctuation dropped).
_ASKS = {
    "price": re.compile(
        # Not "how much notice" (a time) nor "the asking price" (a figure the customer already has).
        r"\bhow much\b(?! (?:notice|warning|time|longer)\b)|(?<!asking )\b(?:price|prices)\b|"
        r"\b(?:cost|costs|costing|pricing|priced|charge|charges|fee|fees|rate|rates|"
        r"quote|expensive|cheap|cheaper|cheapest|afford)\b"
    ),
    "time": re.compile(
        r"\bwhat time\b|\bhow (?:late|early)\b|\bopening (?:hours|times)\b|\b(?:are|is) you open\b|"
        r"\bwhen (?:are|is|do|does) (?:you|the \w+) (?:open|close|shut)\b|\b(?:open|close|shut) (?:on|at|till|until)\b"
    ),
    "place": re.compile(
        r"\bwhere (?:are|is) (?:you|the (?:clinic|practice|shop|salon|surgery|office|restaurant|garage|studio))\b|"
        r"\b(?:address|postcode|directions|parking)\b|\bpark\b|\b(?:leave|put|park) (?:the|my|our) (?:car|van|motor)\b|"
        r"\bget to you\b|\bfind you\b"
    ),
    "duration": re.compile(r"\bhow long\b"),
}

_POSTCODE = r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
# Held, in a passage or sentence as written.
_HOLDS = {
    "price": re.compile(r"[£$€]\s?\d|\b\d+(?:\.\d\d)?\s?(?:pounds|dollars|euros)\b", re.IGNORECASE),
    "time": re.compile(
        r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\bmidday\b|\bnoon\b",
        re.IGNORECASE,
    ),
    "place": re.compile(
        rf"{_POSTCODE}|\b(?:car park|parking|park(?:ed)? (?:on|in|at|outside)|street|road|lane|avenue|bus stop|"
        r"station|directions)\b",
        re.IGNORECASE,
    ),
    "duration": re.compile(
        r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|ten|twenty|thirty|forty|half an?)(?:\s?(?:to|-)\s?\d+)?"
        r"\s?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b",
        re.IGNORECASE,
    ),
}


def asked(question: str) -> frozenset[str]:
    """The kinds of answer a normalised question asks for (none for most questions)."""
    return frozenset(kind for kind, pattern in _ASKS.items() if pattern.search(question))


def held(kinds: frozenset[str], text: str) -> bool:
    """Whether `text` holds an answer of one of `kinds`."""
    return any(_HOLDS[kind].search(text) for kind in kinds)


# "Do you do X", "can you fit X", "do you sell X": the question asks whether the business offers X. (A
# normalised question has lost "can you" and "could you" with the other politeness: "fit X" is left.)
_OFFER_VERBS = (
    r"offer|sell|stock|fit|repair|install|provide|run|take|accept|make|supply|hire|rent|buy|help|fix|deal|cover"
)
# "Do you have someone who can sort out a mortgage" asks about a mortgage: the someone and what they would do
# to it are dropped from the thing.
_SOMEONE_WHO = (
    r"(?: (?:someone|somebody|anyone|anybody)(?:(?: who| that)(?: can| could| will| would)?| to) \w+(?: me| us)?"
    r"(?: out| up)?)?"
)
_OFFERED = re.compile(
    r"\b(?:do|can|could|will|would) (?:you|your \w+|anyone(?: there)?|someone) (?:guys )?(?:also )?"
    rf"(?:do|have|{_OFFER_VERBS})\b{_SOMEONE_WHO}(.*)"
    rf"|^(?:also )?(?:{_OFFER_VERBS})\b(.*)"
)


# "What time does the library shut", "when does the market start": the question asks about a place's or an
# event's hours, and only the business's own (a name the site uses: "the surgery", "the shop") are on its site.
_WHOSE_HOURS = re.compile(
    r"\b(?:what time|when) (?:does|do|is|will) (?!you\b|your\b|it\b|this\b)((?:the )?(?:\S+ ){0,5}?\S+) "
    r"(?:open|opens|close|closes|shut|shuts|finish|finishes|start|starts|end|ends|leave|leaves|kick off|kicks off)\b"
)


# "Are you hiring", "are you taking on any trainees": the question asks whether the business has a place for
# someone; a site with no word for jobs or for that someone has none it tells of.
_HIRING = re.compile(
    r"\bare you (?:currently |still )?((?:hiring|recruiting|taking on|looking (?:to take on|for))\b.*)"
)


# "Can you recommend a good plumber in Tewkesbury": the question asks the business to name another one; a site
# with no word for that kind of business names none.
_RECOMMEND = re.compile(
    r"\b(?:recommend|suggest)(?: me)?(?: (?:a|an|any|some|somewhere|someone|anyone|anywhere))?"
    r"(?: (?:good|nice|decent|reliable|local|cheap|great|trustworthy|proper))*"
    r"((?: (?!(?:in|near|around|nearby|for|to|who|that|on|at|which|isn't|round|close|from|with|my|our)\b)\S+){1,3})"
)


# "What's the weather like on Saturday", "is it going to rain", "who won the derby", "did City win", "are
# Forest playing at home": the question is about the world outside the business; a site with no word for
# the weather or the match says nothing of it, however well "Saturday" or "at home" match its opening hours.
_ELSEWHERE = re.compile(
    r"\b(weather|forecast)\b|\bgoing to (rain|snow)\b"
    r"|\bwho won (?:the )?((?:\S+ ){0,2}?\S+?)(?= last\b| on\b| at\b| in\b|$)"
    r"|^(?:are|is) (?!you\b|we\b|they\b)((?:\S+ ){0,2}?\S+) (?:playing|at home)\b"
    r"|^did (?!you\b|we\b|they\b|i\b)((?:\S+ ){0,2}?\S+) (?:win|lose|draw)\b"
)


def offered(question: str) -> str:
    """What a normalised question asks whether the business offers ("do you sell wigs": "wigs"), whose hours
    it asks for ("what time does the library shut": "the library") or whom it asks whether the business
    takes on ("are you hiring any nurses": "hiring any nurses") or what kind of business it asks it to
    recommend ("can you recommend a good plumber in Tewkesbury": "plumber"), or what outside the business
    it asks about ("who won the derby": "derby"), or ""."""
    for pattern in (_OFFERED, _WHOSE_HOURS, _HIRING, _RECOMMEND, _ELSEWHERE):
        if found := pattern.search(question):
            # The pattern's alternatives each capture the thing in a group of their own.
            return next((group for group in found.groups() if group), "").strip()
    return ""
