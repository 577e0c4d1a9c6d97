"""What the appointments app announces to other apps (through `voiceplatform.events`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from voiceplatform.events import Event

CREATED = "created"
RESCHEDULED = "rescheduled"
CANCELLED = "cancelled"
CONFIRMED = "confirmed"
COMPLETED = "completed"
NO_SHOW = "no_show"
KINDS = frozenset({CREATED, RESCHEDULED, CANCELLED, CONFIRMED, COMPLETED, NO_SHOW})


@dataclass(frozen=True, kw_only=True)
class AppointmentChanged(Event):
    """An appointment was created, moved, cancelled, confirmed or closed; published after the commit."""

    appointment_id: int
    kind: str
    start_at: datetime
    previous_start_at: datetime | None = None
    source: str = ""
    notify_guest: bool = True

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown appointment change {self.kind!r}")


def announce(*, appointment, kind: str, previous_start_at: datetime | None = None, notify_guest: bool = True) -> None:
    """Publish the change once the current transaction commits."""
    from voiceplatform import events

    events.publish(
        AppointmentChanged(
            appointment_id=appointment.pk,
            kind=kind,
            start_at=appointment.start_at,
            previous_start_at=previous_start_at,
            source=appointment.source,
            notify_guest=notify_guest,
        )
    )
