"""What the contacts app announces to other apps (through `voiceplatform.events`)."""

from __future__ import annotations

from dataclasses import dataclass

from voiceplatform.events import Event


@dataclass(frozen=True, kw_only=True)
class ContactCreated(Event):
    """A new contact was saved (by hand, the API, an in-call function or a booking); not sent per imported row."""

    contact_id: int
    source: str = ""


@dataclass(frozen=True, kw_only=True)
class LeadStatusChanged(Event):
    """A contact's lead status moved (one contact at a time; bulk changes in the portal are not announced)."""

    contact_id: int
    from_status: str
    to_status: str
    actor_label: str = ""
    reason: str = ""
