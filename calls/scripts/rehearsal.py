"""A typed sandbox rehearsal of an agent's draft script: the draft, never the published version.

The agent opens with the first step's line and follows the draft script
version its set-up points at: an objection gets its scripted reply, an answer
that matches a branch moves to that step, any other answer moves on to the
step's `next`, and a question it cannot place is answered by the knowledge
(`calls.hooks.voice_knowledge`, the same answer service the voice socket uses)
before the step is asked again.
State lives in the cache per browser session and agent, like the agent test panel.
"""

from __future__ import annotations

from django.core.cache import cache
from django.core.exceptions import ValidationError

from calls.hooks import VoiceAnswer, knowledge_for_voice
from calls.models import Agent, CallScriptVersion
from calls.scripts import compiler, selectors
from calls.scripts.validation import is_end, variable_catalogue, words

TTL = 3600
SAMPLE_VALUES = {
    "first_name": "Alex",
    "last_name": "Morgan",
    "full_name": "Alex Morgan",
    "company": "Morgan & Co",
    "email": "alex@example.com",
    "appointment_time": "tomorrow at 10:00",
    "appointment_date": "tomorrow",
    "appointment_clock": "10:00",
    "appointment_type": "check-up",
    "resource_name": "Dr Patel",
}


def _key(session_key: str, agent: Agent) -> str:
    return f"calls:script-rehearsal:{session_key}:{agent.pk}"


def _matches(phrase: str, said: set[str]) -> bool:
    wanted = words(phrase)
    return bool(wanted) and wanted <= said


def rehearsal_state(*, agent: Agent, session_key: str | None) -> dict | None:
    return cache.get(_key(session_key, agent)) if session_key else None


def _values(tenant) -> dict[str, str]:
    values = {**SAMPLE_VALUES, "business_name": tenant.name}
    for name in variable_catalogue().values():
        values.setdefault(name, f"[{name}]")
    return values


def _say(state: dict, text: str, step_key: str) -> None:
    state["turns"].append({"role": "agent", "text": text, "step": step_key})


def rehearsal_start(*, tenant, agent: Agent, session_key: str) -> dict:
    setup = selectors.setup_for(agent)
    if setup is None or setup.script_version is None:
        raise ValidationError({"agent": [f"{agent.name} has no script: use a script version with it first."]})
    version = setup.script_version
    first = version.content["steps"][0]
    state = {
        "version_id": version.pk,
        "version_label": f"{version.script.name} v{version.number}",
        "step": first["key"],
        "turns": [],
        "ended": False,
    }
    _say(state, compiler.fill(first["line"], _values(tenant), variable_catalogue()), first["key"])
    state["ended"] = is_end(first)
    cache.set(_key(session_key, agent), state, TTL)
    return state


def _off_script_answer(agent: Agent, state: dict, text: str) -> str:
    """The knowledge's answer (calls.hooks.voice_knowledge), kept in one rehearsal conversation."""
    knowledge = knowledge_for_voice()
    if knowledge is None:
        return ""
    if not state.get("conversation_id"):
        state["conversation_id"] = knowledge.open_conversation(
            agent=agent, contact=None, subject=f"Script rehearsal: {state['version_label']}"
        )
    pieces = knowledge.answer_stream(question=text, agent=agent, conversation_id=state["conversation_id"], contact=None)
    final = next((piece for piece in pieces if isinstance(piece, VoiceAnswer)), None)
    return final.text if final is not None and final.answered else ""


def rehearsal_turn(*, tenant, agent: Agent, session_key: str, state: dict, text: str) -> dict:
    """The tester's answer and the scripted reply to it."""
    text = (text or "").strip()[:500]
    if state.get("ended") or not text:
        return state
    version = CallScriptVersion.objects.filter(pk=state["version_id"]).first()
    if version is None:
        state["ended"] = True
        return state
    steps = {step["key"]: step for step in version.content["steps"]}
    step = steps[state["step"]]
    values, catalogue = _values(tenant), variable_catalogue()
    state["turns"].append({"role": "user", "text": text, "step": step["key"]})
    said = words(text)
    objection = next((item for item in step["objections"] if _matches(item["objection"], said)), None)
    branch = next((item for item in step["branches"] if _matches(item["answer"], said)), None)
    if objection is not None:
        _say(state, compiler.fill(objection["reply"], values, catalogue), step["key"])
    elif branch is not None or step["next"]:
        target = steps[branch["goto"] if branch is not None else step["next"]]
        state["step"] = target["key"]
        _say(state, compiler.fill(target["line"], values, catalogue), target["key"])
        state["ended"] = is_end(target)
    else:
        answer = _off_script_answer(agent, state, text) if text.endswith("?") else ""
        retry = compiler.fill(step["line"], values, catalogue)
        _say(
            state, f"{answer} {retry}".strip() if answer else f"Sorry, I didn't quite catch that. {retry}", step["key"]
        )
    cache.set(_key(session_key, agent), state, TTL)
    return state


def rehearsal_reset(*, agent: Agent, session_key: str) -> None:
    cache.delete(_key(session_key, agent))
