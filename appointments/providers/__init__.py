"""Calendar providers (Cal.com, Calendly): signature checks and payload parsing.

Each module turns a provider's webhook into a ProviderEvent; what that means
for appointments is decided in appointments.services.sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class PayloadError(ValueError):
    """The body is not the documented payload (or misses what we need)."""


@dataclass(frozen=True)
class Guest:
    name: str = ""
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    timezone: str = ""


# What a provider event means, independent of the provider.
CREATED = "created"
REQUESTED = "requested"
RESCHEDULED = "rescheduled"
CANCELLED = "cancelled"
CANCELLED_FOR_RESCHEDULE = "cancelled_for_reschedule"
REJECTED = "rejected"
NO_SHOW = "no_show"
ENDED = "ended"
IGNORED = "ignored"


@dataclass(frozen=True)
class ProviderEvent:
    action: str
    event_type: str
    dedupe_key: str
    external_id: str = ""
    previous_external_id: str = ""
    next_external_id: str = ""
    start_at: datetime | None = None
    end_at: datetime | None = None
    title: str = ""
    type_key: str = ""
    host_email: str = ""
    guest: Guest | None = None
    notes: str = ""
    reason: str = ""
    no_show: bool | None = None


def parse_time(value, field: str) -> datetime:
    if not isinstance(value, str) or not value:
        raise PayloadError(f"{field} is missing")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise PayloadError(f"{field} is not an ISO time") from exc
    if parsed.tzinfo is None:
        raise PayloadError(f"{field} has no time zone")
    return parsed


def text(value, limit: int = 300) -> str:
    return value.strip()[:limit] if isinstance(value, str) else ""
