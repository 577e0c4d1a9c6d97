"""Plug-in points for apps that keep personal data about contacts (calls, messages, appointments, campaigns).

Three registries (`voiceplatform.plugins.Registry`); every app that stores
something about a person registers one function in each, in its
`AppConfig.ready()`:

    from contacts import hooks
    hooks.timeline_sources.register(call_timeline)   # (contact) -> Iterable[TimelineEntry]
    hooks.gdpr_exporters.register(calls_export)      # (contact) -> {"calls": [...]}, merged into the export
    hooks.erasers.register(calls_erase)              # (Erasure) -> None

A fourth, `panels`, adds a section to the contact's page: `(contact) -> Panel | None`
(campaigns shows each campaign's state for the contact and why it has not called them).

Erasers run inside the erasing transaction and must remove personal data only,
keeping the rows that statistics and billing rely on. Registered today:
calls, notifications, appointments and campaigns (each in its `privacy.py`).
"""

import datetime as dt
from dataclasses import dataclass

from voiceplatform.plugins import Registry


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    kind: str
    title: str
    detail: str = ""
    actor: str = ""
    url: str = ""


@dataclass(frozen=True)
class Erasure:
    """Who is being erased: their contact ids, and the phones and emails (lower case) they had."""

    contact_ids: list[int]
    phones: list[str]
    emails: list[str]


@dataclass(frozen=True)
class Panel:
    """A section another app adds to the contact's page: a title, a template and what it needs."""

    title: str
    template: str
    context: dict


timeline_sources = Registry("contacts.timeline_sources")
gdpr_exporters = Registry("contacts.gdpr_exporters")
erasers = Registry("contacts.erasers")
panels = Registry("contacts.panels")


def panels_for(contact) -> list[Panel]:
    return [panel for panel in (source(contact) for source in panels) if panel is not None]
