"""The portal editor's form: steps as numbered fields, parsed into script content and back.

Branches are written one per line as `answer -> step_key`, objections as
`objection => reply`; structural edits (add, remove, move) apply to the
posted steps so unsaved edits are kept.
"""

from __future__ import annotations

from calls.scripts.validation import ACTIONS

MAX_FORM_STEPS = 40


def _pairs(text: str, separator: str, left: str, right: str) -> list[dict]:
    pairs = []
    for line in (text or "").splitlines():
        if not line.strip():
            continue
        a, _, b = line.partition(separator)
        pairs.append({left: a.strip(), right: b.strip()})
    return pairs


def steps_from_post(post) -> list[dict]:
    try:
        count = min(int(post.get("step_count", "0")), MAX_FORM_STEPS)
    except ValueError:
        count = 0
    steps = []
    for index in range(count):
        prefix = f"step-{index}-"
        if f"{prefix}key" not in post:
            continue
        steps.append(
            {
                "key": post.get(f"{prefix}key", "").strip(),
                "title": post.get(f"{prefix}title", "").strip(),
                "line": post.get(f"{prefix}line", "").strip(),
                "expected": [e.strip() for e in post.get(f"{prefix}expected", "").split(",") if e.strip()],
                "branches": _pairs(post.get(f"{prefix}branches", ""), "->", "answer", "goto"),
                "next": post.get(f"{prefix}next", "").strip(),
                "objections": _pairs(post.get(f"{prefix}objections", ""), "=>", "objection", "reply"),
                "actions": [a for a in post.getlist(f"{prefix}actions") if a in ACTIONS],
            }
        )
    return steps


def apply_op(steps: list[dict], op: str) -> list[dict]:
    """`add`, `remove:<i>`, `up:<i>` or `down:<i>` on the posted steps."""
    steps = list(steps)
    name, _, raw = op.partition(":")
    if name == "add" and len(steps) < MAX_FORM_STEPS:
        taken = {step["key"] for step in steps}
        number = len(steps) + 1
        while f"step_{number}" in taken:
            number += 1
        steps.append(
            {
                "key": f"step_{number}",
                "title": "",
                "line": "",
                "expected": [],
                "branches": [],
                "next": "",
                "objections": [],
                "actions": [],
            }
        )
        return steps
    try:
        index = int(raw)
    except ValueError:
        return steps
    if not 0 <= index < len(steps):
        return steps
    if name == "remove":
        steps.pop(index)
    elif name == "up" and index > 0:
        steps[index - 1], steps[index] = steps[index], steps[index - 1]
    elif name == "down" and index < len(steps) - 1:
        steps[index + 1], steps[index] = steps[index], steps[index + 1]
    return steps


def step_rows(steps: list[dict]) -> list[dict]:
    """What the template shows for each step: its fields as editable text."""
    return [
        {
            **step,
            "index": index,
            "expected_text": ", ".join(step.get("expected", [])),
            "branches_text": "\n".join(f"{b['answer']} -> {b['goto']}" for b in step.get("branches", [])),
            "objections_text": "\n".join(f"{o['objection']} => {o['reply']}" for o in step.get("objections", [])),
        }
        for index, step in enumerate(steps)
    ]
