"""A rule-based stand-in for the provider's language model, used by the voice sandbox.

It speaks the agent's greeting (with the call's {{variables}}), recognises a
few intents (book, reschedule, cancel, confirm, call back, not interested,
ask for a person), calls the in-call functions exactly where a real agent
would, and keeps the facts that the post-call analysis reports. The sandbox
feeds it scripted caller lines; the agent editor's test panel feeds it what
a person types.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

FunctionInvoker = Callable[[str, dict], dict]
VARIABLE = re.compile(r"\{\{\s*([a-zA-Z0-9_]+)\s*\}\}")

TRANSFER_WORDS = ("human", "real person", "a person", "someone", "manager", "receptionist please")
RESCHEDULE_WORDS = ("reschedule", "move my", "another time", "different time", "change my", "move it")
BOOK_WORDS = ("book", "appointment", "availability", "available", "slot", "come in")
CALLBACK_WORDS = ("call me back", "call back", "callback", "not a good time", "busy right now", "later")
NOT_INTERESTED_WORDS = ("not interested", "no thanks", "no thank you", "stop calling", "remove me", "not now")
YES_WORDS = ("yes", "yeah", "yep", "that's right", "correct", "confirm", "sure", "i'll be there", "interested", "ok")
BYE_WORDS = ("bye", "that's all", "that is all", "nothing else", "that's everything")
# Most specific first: "the second one" must not match "one".
ORDINALS = {"first": 0, "second": 1, "third": 2, "1": 0, "2": 1, "3": 2, "one": 0, "two": 1, "three": 2}
BUDGET = re.compile(r"(\d[\d,.]*)\s*(k|thousand)?", re.IGNORECASE)

QUALIFIER_QUESTIONS = (
    "What budget do you have in mind?",
    "And when would you like to get started?",
)


def render(text: str, variables: dict[str, str]) -> str:
    """Fill {{variables}}; unknown ones become empty, then spacing is tidied."""
    filled = VARIABLE.sub(lambda m: str(variables.get(m.group(1), "")), text or "")
    return re.sub(r"\s+([,.!?])", r"\1", re.sub(r"[ \t]{2,}", " ", filled)).strip()


@dataclass
class Reply:
    text: str
    end_call: bool = False
    transfer: bool = False


@dataclass
class Conversation:
    agent: dict
    variables: dict[str, str]
    invoke: FunctionInvoker | None = None
    facts: dict = field(default_factory=dict)
    turns: list[dict] = field(default_factory=list)
    offered: list[dict] = field(default_factory=list)
    mode: str = ""
    questions_asked: int = 0
    ended: bool = False

    @property
    def purpose(self) -> str:
        return self.agent.get("purpose", "custom")

    # --- turns -------------------------------------------------------------------------

    def _agent(self, text: str, *, end_call: bool = False, transfer: bool = False) -> Reply:
        self.turns.append({"role": "agent", "content": text})
        self.ended = self.ended or end_call
        return Reply(text=text, end_call=end_call, transfer=transfer)

    def _call_function(self, name: str, args: dict) -> dict:
        self.turns.append({"role": "tool_call_invocation", "name": name, "arguments": args})
        if self.invoke is None:
            result = {"ok": False, "error": "unavailable", "message": "I can't check that right now."}
        else:
            try:
                result = self.invoke(name, args)
            except Exception:  # noqa: BLE001 - the caller must still get an answer
                result = {"ok": False, "error": "unavailable", "message": "I can't check that right now."}
        self.turns.append({"role": "tool_call_result", "name": name, "content": result})
        return result

    # --- the script --------------------------------------------------------------------

    def opening(self) -> Reply:
        greeting = render(self.agent.get("greeting", ""), self.variables)
        if not greeting:
            business = self.variables.get("business_name") or self.agent.get("business_name") or "us"
            greeting = f"Hello, thanks for calling {business}. How can I help?"
        if self.agent.get("look_up_caller", True) and self.invoke is not None:
            result = self._call_function("lookup_caller", {})
            if result.get("known") and result.get("first_name"):
                self.variables.setdefault("first_name", result["first_name"])
        return self._agent(greeting)

    def voicemail_message(self) -> Reply:
        business = self.variables.get("business_name") or self.agent.get("business_name") or "us"
        name = self.variables.get("first_name", "")
        text = (
            f"Hi{' ' + name if name else ''}, this is {business}. "
            "Sorry we missed you. Please call us back when it suits you. Goodbye."
        )
        self.facts["left_voicemail"] = True
        return self._agent(text, end_call=True)

    def respond(self, user_text: str) -> Reply:
        if self.ended:
            return Reply(text="", end_call=True)
        self.turns.append({"role": "user", "content": user_text})
        text = user_text.lower()
        keywords = [k.lower() for k in self.agent.get("escalation_keywords", []) if k]
        if any(word in text for word in (*keywords, *TRANSFER_WORDS)):
            return self._transfer(user_text)
        if self.offered:
            choice = self._choice(text)
            if choice is not None:
                return self._take_slot(self.offered[choice])
        if "cancel" in text:
            return self._cancel()
        if any(word in text for word in RESCHEDULE_WORDS):
            self.facts["reschedule_requested"] = True
            self.mode = "reschedule"
            return self._offer()
        if any(word in text for word in CALLBACK_WORDS):
            self.facts["callback_requested"] = True
            return self._agent("Of course, we'll call you back at a better time. Goodbye.", end_call=True)
        if any(word in text for word in NOT_INTERESTED_WORDS):
            self.facts["not_interested"] = True
            self.facts["interest_level"] = "none"
            return self._agent("Understood, thank you for your time. Goodbye.", end_call=True)
        if any(word in text for word in BOOK_WORDS) and not self.offered:
            self.mode = "book"
            return self._offer()
        if self.purpose == "qualifier" and self.questions_asked:
            return self._qualify(text)
        if any(word in text for word in BYE_WORDS):
            return self._agent("Thank you for calling. Goodbye.", end_call=True)
        if any(re.search(rf"\b{re.escape(word)}\b", text) for word in YES_WORDS):
            return self._affirm()
        return self._agent(
            "Sorry, I didn't quite catch that. I can book, move or cancel an appointment, "
            "or put you through to the team."
        )

    # --- intents -----------------------------------------------------------------------

    def _transfer(self, reason: str) -> Reply:
        self.facts["transfer_requested"] = True
        result = self._call_function("transfer_to_human", {"reason": reason[:200]})
        if result.get("ok") and result.get("transfer_number"):
            return self._agent("Of course, let me put you through to a member of the team now.", transfer=True)
        return self._agent(
            result.get("message") or "Nobody is available right now, but I'll make sure someone calls you back.",
            end_call=True,
        )

    def _offer(self) -> Reply:
        result = self._call_function("check_availability", {})
        slots = result.get("slots") or []
        if not slots:
            return self._agent(result.get("message") or "I'm sorry, I have no free times in the next two weeks.")
        self.offered = slots[:3]
        spoken = [slot["spoken"] for slot in self.offered]
        options = ", ".join(spoken[:-1]) + f" or {spoken[-1]}" if len(spoken) > 1 else spoken[0]
        return self._agent(f"I can offer {options}. Which would suit you?")

    @staticmethod
    def _choice(text: str) -> int | None:
        for word, index in ORDINALS.items():
            if re.search(rf"\b{word}\b", text):
                return index
        if re.search(r"\b(yes|that one|works|fine|great)\b", text):
            return 0
        return None

    def _take_slot(self, slot: dict) -> Reply:
        index = min(len(self.offered) - 1, self.offered.index(slot))
        if self.mode == "reschedule":
            result = self._call_function("reschedule_appointment", {"new_start": slot["start"]})
            if not result.get("ok") and result.get("error") == "no_appointment":
                result = self._call_function("book_appointment", {"start": slot["start"]})
        else:
            result = self._call_function("book_appointment", {"start": slot["start"]})
        if result.get("ok"):
            self.offered = []
            self.facts["appointment_booked"] = True
            self.facts["booked_slot"] = slot["start"]
            if self.mode == "reschedule":
                self.facts["rescheduled_to"] = slot["start"]
            return self._agent(f"That's done: you're booked for {slot['spoken']}. Is there anything else?")
        self.offered = result.get("next_slots") or self.offered[index + 1 :]
        return self._agent(result.get("message") or "Sorry, that time is no longer free.")

    def _cancel(self) -> Reply:
        self.facts["cancel_requested"] = True
        result = self._call_function("cancel_appointment", {})
        if result.get("ok"):
            self.facts["appointment_cancelled"] = True
        return self._agent(result.get("message") or "I've passed that on to the team.")

    def _affirm(self) -> Reply:
        if self.purpose == "reminder":
            self.facts["appointment_confirmed"] = True
            return self._agent("Wonderful, you're confirmed. We look forward to seeing you. Anything else?")
        if self.purpose == "qualifier":
            self.facts["interest_level"] = "high"
            return self._next_question()
        return self._agent("Great. Is there anything else I can help with?")

    def _qualify(self, text: str) -> Reply:
        if self.questions_asked == 1:
            match = BUDGET.search(text)
            if match:
                amount = float(match.group(1).replace(",", ""))
                if match.group(2):
                    amount *= 1000
                self.facts["budget"] = str(int(amount))
        elif self.questions_asked == 2:
            self.facts["timeline"] = text[:100]
        return self._next_question()

    def _next_question(self) -> Reply:
        if self.questions_asked < len(QUALIFIER_QUESTIONS):
            question = QUALIFIER_QUESTIONS[self.questions_asked]
            self.questions_asked += 1
            return self._agent(question)
        self.facts["qualified"] = self.facts.get("interest_level") == "high" and bool(self.facts.get("budget"))
        return self._agent(
            "Thank you, that's really helpful. Someone from the team will be in touch. Goodbye.", end_call=True
        )


# --- what the analysis reports ----------------------------------------------------------------


def analysis_for(fields: list[dict], facts: dict) -> dict:
    """The agent's custom analysis fields, filled from what the conversation established."""
    derived = {
        "appointment_confirmed": bool(
            facts.get("appointment_confirmed")
            or (facts.get("appointment_booked") and not facts.get("reschedule_requested"))
        ),
        "appointment_booked": bool(facts.get("appointment_booked")),
        "reschedule_requested": bool(facts.get("reschedule_requested")),
        "appointment_cancelled": bool(facts.get("appointment_cancelled")),
        "cancel_requested": bool(facts.get("cancel_requested")),
        "callback_requested": bool(facts.get("callback_requested")),
        "transfer_requested": bool(facts.get("transfer_requested")),
        "not_interested": bool(facts.get("not_interested")),
        "qualified": bool(facts.get("qualified")),
        "interest_level": facts.get("interest_level", "unknown"),
        "budget": facts.get("budget", ""),
        "timeline": facts.get("timeline", ""),
    }
    result = {}
    for item in fields:
        name = item.get("name", "")
        kind = item.get("type", "string")
        if name in derived:
            value = derived[name]
        elif kind == "boolean":
            value = False
        elif kind == "number":
            value = None
        else:
            value = ""
        if kind == "enum" and value not in (item.get("choices") or []):
            value = (item.get("choices") or [""])[0] if value in ("", "unknown") else value
        result[name] = value
    return result


def summary_for(facts: dict, *, connected: bool, voicemail: bool) -> tuple[str, str, bool]:
    """(summary, sentiment, successful) for the post-call analysis."""
    if voicemail:
        return "The call reached voicemail; the agent left a message asking for a call back.", "Neutral", False
    if not connected:
        return "The call did not connect.", "Unknown", False
    if facts.get("transfer_requested"):
        return "The caller asked to speak to a person and was handed over.", "Neutral", True
    if facts.get("appointment_cancelled") or facts.get("cancel_requested"):
        return "The caller asked to cancel their appointment.", "Neutral", True
    if facts.get("rescheduled_to") or facts.get("reschedule_requested"):
        moved = " and chose a new time" if facts.get("booked_slot") else ""
        return f"The caller asked to reschedule{moved}.", "Neutral", True
    if facts.get("appointment_booked"):
        return "The caller booked an appointment.", "Positive", True
    if facts.get("appointment_confirmed"):
        return "The caller confirmed their appointment.", "Positive", True
    if facts.get("qualified"):
        return f"The lead is interested, with a budget of {facts.get('budget', 'unknown')}.", "Positive", True
    if facts.get("callback_requested"):
        return "The caller asked to be called back later.", "Neutral", True
    if facts.get("not_interested"):
        return "The caller was not interested and ended the call.", "Negative", False
    return "The caller ended the call early.", "Neutral", False
