"""'An appointment changed': a small registry other apps subscribe to.

Confirmation messages (notifications) and reminders (campaigns) follow
bookings without the appointments app knowing about them. Subscribers are
called after the transaction commits, inside the tenant's schema, with an
AppointmentChange; one subscriber failing is logged and does not stop the
others or undo the booking.

    from appointments import hooks

    def on_change(change: hooks.AppointmentChange) -> None: ...

    hooks.subscribe(on_change)   # e.g. in AppConfig.ready()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db import connection, transaction
from django_tenants.utils import schema_context

logger = logging.getLogger(__name__)

CREATED = "created"
RESCHEDULED = "rescheduled"
CANCELLED = "cancelled"
CONFIRMED = "confirmed"
COMPLETED = "completed"
NO_SHOW = "no_show"
KINDS = frozenset({CREATED, RESCHEDULED, CANCELLED, CONFIRMED, COMPLETED, NO_SHOW})


@dataclass(frozen=True)
class AppointmentChange:
    appointment_id: int
    kind: str
    schema_name: str
    start_at: datetime
    previous_start_at: datetime | None = None
    source: str = ""
    notify_guest: bool = True


Subscriber = Callable[[AppointmentChange], None]
_subscribers: list[Subscriber] = []


def subscribe(callback: Subscriber) -> Subscriber:
    """Register `callback` (once); usable as a decorator."""
    if callback not in _subscribers:
        _subscribers.append(callback)
    return callback


def unsubscribe(callback: Subscriber) -> None:
    if callback in _subscribers:
        _subscribers.remove(callback)


def _deliver(change: AppointmentChange) -> None:
    with schema_context(change.schema_name):
        for callback in list(_subscribers):
            try:
                callback(change)
            except Exception:
                logger.exception("appointment hook %r failed for %s", callback, change)


def fire(
    *,
    appointment,
    kind: str,
    previous_start_at: datetime | None = None,
    notify_guest: bool = True,
) -> None:
    """Announce a change once the current transaction commits."""
    if kind not in KINDS:
        raise ValueError(f"unknown appointment change {kind!r}")
    change = AppointmentChange(
        appointment_id=appointment.pk,
        kind=kind,
        schema_name=connection.schema_name,
        start_at=appointment.start_at,
        previous_start_at=previous_start_at,
        source=appointment.source,
        notify_guest=notify_guest,
    )
    transaction.on_commit(lambda: _deliver(change))
