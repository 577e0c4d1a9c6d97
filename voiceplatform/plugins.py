"""Strategy plug-in points: where an app asks "which implementation?" or "what do all of you say?".

Unlike events (effects that follow a change), a plug-in point is asked for an
answer. Two shapes, named the same way everywhere:

- a **registry** (`Registry`): every registered function is asked in turn, as
  the compliance guard asks each check, or as GDPR erase asks each app;
- a **setting-chosen strategy** (`strategy(setting_name)`): one dotted path in
  settings picks the implementation, as `CALLS_SCHEDULER` picks the scheduler.

    from voiceplatform.plugins import Registry
    erasers = Registry("contacts.erasers")
    erasers.register(erase_calls_of_contact)     # in AppConfig.ready()
    for eraser in erasers: eraser(contact)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from django.conf import settings
from django.utils.module_loading import import_string


class Registry:
    """An ordered set of functions other apps contribute to one question."""

    def __init__(self, name: str):
        self.name = name
        self._functions: list[Callable] = []

    def register(self, function: Callable) -> Callable:
        """Add `function` (once); usable as a decorator."""
        if function not in self._functions:
            self._functions.append(function)
        return function

    def unregister(self, function: Callable) -> None:
        if function in self._functions:
            self._functions.remove(function)

    def __iter__(self) -> Iterator[Callable]:
        return iter(list(self._functions))

    def __len__(self) -> int:
        return len(self._functions)

    def __repr__(self) -> str:
        return f"<Registry {self.name}: {len(self)} registered>"


def strategy(setting_name: str, default: str):
    """The object a dotted-path setting names (falling back to `default`)."""
    return import_string(getattr(settings, setting_name, "") or default)
