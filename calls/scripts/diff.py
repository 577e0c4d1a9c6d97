"""A readable, per-step difference between two script versions."""

from __future__ import annotations

import difflib

FIELDS = ("title", "line", "expected", "branches", "next", "objections", "actions")


def _show(field: str, value) -> str:
    if field == "branches":
        return ", ".join(f'"{b["answer"]}" → {b["goto"]}' for b in value) or "none"
    if field == "objections":
        return "; ".join(f'"{o["objection"]}" → "{o["reply"]}"' for o in value) or "none"
    if isinstance(value, list):
        return ", ".join(value) or "none"
    return value or "none"


def _text_change(old: str, new: str) -> list[dict]:
    """Word-level changes of a line: [{"op": "same|removed|added", "text"}]."""
    a, b = old.split(), new.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append({"op": "same", "text": " ".join(a[i1:i2])})
            continue
        if i2 > i1:
            parts.append({"op": "removed", "text": " ".join(a[i1:i2])})
        if j2 > j1:
            parts.append({"op": "added", "text": " ".join(b[j1:j2])})
    return parts


def script_diff(old: dict, new: dict) -> list[dict]:
    """[{step, change: added|removed|changed|moved, fields: [{field, before, after, words?}]}] in the new order."""
    old_steps = {step["key"]: (index, step) for index, step in enumerate(old["steps"])}
    new_steps = {step["key"]: (index, step) for index, step in enumerate(new["steps"])}
    changes = []
    for key, (index, step) in new_steps.items():
        if key not in old_steps:
            changes.append({"step": key, "change": "added", "position": index + 1, "fields": []})
            continue
        old_index, old_step = old_steps[key]
        fields = []
        for field in FIELDS:
            if old_step.get(field) != step.get(field):
                entry = {
                    "field": field,
                    "before": _show(field, old_step.get(field)),
                    "after": _show(field, step.get(field)),
                }
                if field == "line":
                    entry["words"] = _text_change(old_step["line"], step["line"])
                fields.append(entry)
        if fields:
            changes.append({"step": key, "change": "changed", "position": index + 1, "fields": fields})
        elif old_index != index:
            changes.append(
                {
                    "step": key,
                    "change": "moved",
                    "position": index + 1,
                    "fields": [{"field": "position", "before": str(old_index + 1), "after": str(index + 1)}],
                }
            )
    for key, (index, _step) in old_steps.items():
        if key not in new_steps:
            changes.append({"step": key, "change": "removed", "position": index + 1, "fields": []})
    return changes


def summary(changes: list[dict]) -> str:
    if not changes:
        return "No changes."
    return "; ".join(
        f'step "{c["step"]}" {c["change"]}'
        + (f" ({', '.join(f['field'] for f in c['fields'])})" if c["change"] == "changed" else "")
        for c in changes
    )
