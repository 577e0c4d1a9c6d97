"""Corrections from reviewed calls, taken into the agent's call script (a `calls.hooks.script_change_appliers`).

A flagged turn says what the caller said and what the agent should have
answered. When the agent runs a script, that pair becomes an objection block
("if they say ...: reply ...") on the step it belongs to: the step whose
words it shares most (the first step on a tie). It is saved as the script's
next version, with history, diff and rollback like any edit, and compiled
into the agent's draft; calls keep the published version until someone
publishes. Whatever this cannot place (no script, an agent on an older
version than the script's latest, no caller's words, a step already holding
its 20 replies, a reply the script's rules refuse) is left to the next
applier, in the end the agent's draft prompt.
"""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError
from django.db import transaction

from calls.models import Agent
from calls.scripts import selectors, services
from calls.scripts.validation import words


def _words(text: str) -> set[str]:
    return {word for word in words(text) if len(word) > 2}


def _step_for(steps: list[dict], said: str) -> int:
    """The index of the step whose title, line and expected answers share most words with what was said."""
    wanted = _words(said)

    def overlap(step: dict) -> int:
        return len(wanted & _words(" ".join([step["title"], step["line"], *step["expected"]])))

    return max(range(len(steps)), key=lambda index: (overlap(steps[index]), -index))


@transaction.atomic
def take_into_script(*, tenant, agent_id: int, text: str, question: str = "", change_id=None, actor=None) -> str | None:
    """Add the caller's words and the better answer to the agent's script; None when it cannot."""
    question, text = " ".join(question.split()), " ".join(text.split())
    agent = Agent.objects.get(pk=agent_id)
    setup = selectors.setup_for(agent)
    if setup is None or setup.script_version is None:
        return None
    if not question or not text:
        return None
    script = setup.script_version.script
    if script.current_version_id != setup.script_version_id:
        return None  # the agent is on an older version: editing it would drop the script's later changes
    content = copy.deepcopy(setup.script_version.content)
    index = _step_for(content["steps"], f"{question} {text}")
    step = content["steps"][index]
    step["objections"].append({"objection": question, "reply": text})
    note = "Correction from a reviewed call" + (f" (script change {change_id})" if change_id else "")
    try:
        with transaction.atomic():
            services.script_update(tenant=tenant, script=script, content=content, note=note, actor=actor)
            script.refresh_from_db()
            services.agent_script_apply(
                tenant=tenant,
                agent=agent,
                script_version=script.current_version,
                persona_key=setup.persona_key,
                persona_overrides=setup.persona_overrides,
                actor=actor,
            )
    except ValidationError:
        return None  # the script's rules refuse it: too long, a full step, a variable it cannot fill
    return (
        f'Added to step {index + 1} ("{step["title"]}") of the script "{script.name}" as version '
        f"{script.current_version.number} (publish the agent to use it)."
    )
