"""Extension points for apps that keep data about contacts (calls, appointments, messages).

An app registers its functions in its AppConfig.ready(), for example:

    from contacts import hooks
    hooks.register_timeline(lambda contact: [
        hooks.TimelineEntry(at=call.started_at, kind="call", title="Outbound call", detail=call.summary)
        for call in Call.objects.filter(contact=contact)[:50]
    ])
    hooks.register_gdpr_exporter("calls", lambda contact: [...])
    hooks.register_eraser(lambda contact_ids: Call.objects.filter(contact_id__in=contact_ids).update(transcript=""))
    hooks.register_panel(lambda contact: hooks.Panel("Campaigns", "campaigns/_contact_panel.html", {...}))

Erasers run inside the erasing transaction and must remove personal data only,
keeping the rows that statistics and billing rely on.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str
    title: str
    detail: str = ""
    actor: str = ""
    url: str = ""


@dataclass(frozen=True)
class Panel:
    """A section another app adds to the contact's page: a title, a template and what it needs."""

    title: str
    template: str
    context: dict


_timeline: list[Callable] = []
_panels: list[Callable] = []
_exporters: dict[str, Callable] = {}
_erasers: list[Callable] = []


def register_timeline(source: Callable[[object], Iterable[TimelineEntry]]) -> None:
    if source not in _timeline:
        _timeline.append(source)


def register_panel(source: Callable[[object], Panel | None]) -> None:
    """`source(contact)` returns a Panel for the contact's page, or None to show nothing."""
    if source not in _panels:
        _panels.append(source)


def panels_for(contact) -> list[Panel]:
    return [panel for panel in (source(contact) for source in _panels) if panel is not None]


def register_gdpr_exporter(name: str, exporter: Callable[[object], object]) -> None:
    _exporters[name] = exporter


def register_eraser(eraser: Callable[[list[int]], None]) -> None:
    if eraser not in _erasers:
        _erasers.append(eraser)


def timeline_sources() -> list[Callable]:
    return list(_timeline)


def gdpr_exporters() -> dict[str, Callable]:
    return dict(_exporters)


def erasers() -> list[Callable]:
    return list(_erasers)
