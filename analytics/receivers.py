"""Keep the roll-ups current as calls finish and appointments change (subscribed in apps.py)."""

from __future__ import annotations

from analytics import tasks
from appointments.events import AppointmentChanged
from calls.events import CallFinished
from voiceplatform.tasks import enqueue_on_commit


def on_call_finished(event: CallFinished) -> None:
    """Recompute the call's day in a task (the subscriber stays quick)."""
    enqueue_on_commit(tasks.refresh_call, event.call_id)


def on_appointment_changed(event: AppointmentChanged) -> None:
    """Confirmations, no-shows and bookings change the appointment's start day and today."""
    moments = [event.start_at, event.previous_start_at]
    enqueue_on_commit(tasks.refresh_appointment_days, [m.isoformat() for m in moments if m is not None])
