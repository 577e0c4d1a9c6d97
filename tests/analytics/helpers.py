"""Building call history with exact timestamps for the analytics tests."""

from datetime import datetime, timedelta

from calls.models import Call
from tests.calls.factories import CallFactory


def make_call(at: datetime, *, status="completed", outcome="", seconds=0, cost=None, finished=True, **fields) -> Call:
    """A finished call created at `at` (UTC-aware), with its duration, outcome and cost."""
    call = CallFactory(status=status, outcome=outcome, duration_ms=seconds * 1000, provider_cost_cents=cost, **fields)
    Call.objects.filter(pk=call.pk).update(
        created_at=at,
        started_at=at,
        ended_at=at + timedelta(seconds=seconds),
        finished_at=(at + timedelta(seconds=seconds + 5)) if finished else None,
    )
    call.refresh_from_db()
    return call
