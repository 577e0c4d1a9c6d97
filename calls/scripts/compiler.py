"""Compilation: a script version (and persona) into the agent's prompt, greeting and a Retell state graph.

The prompt and greeting are what the agent publishes through the existing
adapter (calls.services.agent_publish). Variables become the dynamic
variables calls carry ({contact.first_name} -> {{first_name}}).
`retell_states` is the same script as Retell LLM states (one state per step,
edges for its branches) for accounts that run multi-state agents.
"""

from __future__ import annotations

from calls.scripts.personas import STYLES
from calls.scripts.validation import ACTIONS, VARIABLE, is_end, variable_catalogue

# Lessons from reviewed calls (the training loop's script changes) live under this heading at the
# end of the agent's prompt; compiling a script again keeps them.
CORRECTIONS_HEADING = "## Corrections from reviewed calls"


def split_corrections(prompt: str) -> tuple[str, str]:
    """(the prompt without its corrections section, that section or "")."""
    start = prompt.find(CORRECTIONS_HEADING)
    if start == -1:
        return prompt, ""
    after = prompt.find("\n## ", start + len(CORRECTIONS_HEADING))
    end = len(prompt) if after == -1 else after
    rest = "\n\n".join(part for part in (prompt[:start].strip(), prompt[end:].strip()) if part)
    return rest, prompt[start:end].strip()


def render(text: str, catalogue: dict[str, str]) -> str:
    return VARIABLE.sub(lambda m: "{{" + catalogue.get(m.group(1).strip(), m.group(1).strip()) + "}}", text or "")


def fill(text: str, values: dict[str, str], catalogue: dict[str, str]) -> str:
    """A line as the caller hears it: variables replaced by the sample values."""
    return VARIABLE.sub(lambda m: values.get(catalogue.get(m.group(1).strip(), ""), ""), text or "")


def _step_number(steps: list[dict]) -> dict[str, int]:
    return {step["key"]: index for index, step in enumerate(steps, start=1)}


def _step_block(step: dict, numbers: dict[str, int], catalogue: dict[str, str]) -> str:
    lines = [
        f"### Step {numbers[step['key']]}: {step['title']} ({step['key']})",
        f'Say: "{render(step["line"], catalogue)}"',
    ]
    if step["expected"]:
        lines.append("Expected answers: " + "; ".join(step["expected"]) + ".")
    for branch in step["branches"]:
        lines.append(f'- If they answer "{branch["answer"]}": go to step {numbers[branch["goto"]]} ({branch["goto"]}).')
    if step["next"]:
        prefix = "- Otherwise" if step["branches"] else "- Then"
        lines.append(f"{prefix}: go to step {numbers[step['next']]} ({step['next']}).")
    elif step["branches"]:
        lines.append("- Otherwise: ask again in other words.")
    if step["objections"]:
        lines.append("If they object:")
        lines += [f'- "{item["objection"]}": "{render(item["reply"], catalogue)}"' for item in step["objections"]]
    if step["actions"]:
        lines.append("You may: " + "; ".join(ACTIONS[action] for action in step["actions"]) + ".")
    if is_end(step):
        lines.append("This step ends the script: close the call once it is said.")
    return "\n".join(lines)


def persona_block(persona: dict) -> str:
    lines = [
        f"You speak {persona['accent']} and know the {persona['region']} area.",
        STYLES.get(persona["style"], ""),
    ]
    if persona.get("traits"):
        lines.append("Personality: " + ", ".join(persona["traits"]) + ".")
    if persona.get("market_notes"):
        lines.append("Local market: " + persona["market_notes"])
    if persona.get("escalation_triggers"):
        lines.append(
            "Hand over to a person (transfer_to_human) if they mention: "
            + ", ".join(f'"{t}"' for t in persona["escalation_triggers"])
            + "."
        )
    return "## Persona\n" + "\n".join(line for line in lines if line)


def compile_prompt(content: dict, *, persona: dict | None = None, catalogue: dict[str, str] | None = None) -> str:
    catalogue = variable_catalogue() if catalogue is None else catalogue
    steps = content["steps"]
    numbers = _step_number(steps)
    parts = [
        "## Call script\nFollow the script step by step, starting at step 1. Say each line naturally, in your own "
        "words if needed, one step at a time, and wait for the answer. Handle objections with the replies given, "
        "then return to the step you were on. Never invent prices, dates or promises that are not in the script."
    ]
    parts += [_step_block(step, numbers, catalogue) for step in steps]
    if persona:
        parts.append(persona_block(persona))
    return "\n\n".join(parts)


def compile_greeting(content: dict, *, catalogue: dict[str, str] | None = None) -> str:
    catalogue = variable_catalogue() if catalogue is None else catalogue
    return render(content["steps"][0]["line"], catalogue)


def retell_states(content: dict, *, catalogue: dict[str, str] | None = None) -> dict:
    """The script as Retell LLM states: `starting_state` and `states` [{name, state_prompt, edges}]."""
    catalogue = variable_catalogue() if catalogue is None else catalogue
    states = []
    for step in content["steps"]:
        prompt = f'Say: "{render(step["line"], catalogue)}"'
        if step["objections"]:
            prompt += " Objections: " + " ".join(
                f'If "{item["objection"]}", reply "{render(item["reply"], catalogue)}".' for item in step["objections"]
            )
        edges = [
            {"destination_state_name": branch["goto"], "description": f'The user answers "{branch["answer"]}".'}
            for branch in step["branches"]
        ]
        if step["next"]:
            edges.append({"destination_state_name": step["next"], "description": "The user has answered."})
        states.append({"name": step["key"], "state_prompt": prompt, "edges": edges})
    return {"starting_state": content["steps"][0]["key"], "states": states}


def preview(content: dict, *, persona: dict | None = None) -> dict:
    """What a script version says, as the portal and the API show it: greeting, prompt and Retell states."""
    catalogue = variable_catalogue()
    return {
        "greeting": compile_greeting(content, catalogue=catalogue),
        "prompt": compile_prompt(content, persona=persona, catalogue=catalogue),
        "retell_states": retell_states(content, catalogue=catalogue),
    }
