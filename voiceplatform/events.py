"""Cross-app effects: the one typed, after-commit, schema-aware subscriber mechanism.

An app that announces something defines its event as a frozen dataclass that
subclasses `Event`, in its own `events.py`. Apps that react subscribe in their
`AppConfig.ready()`:

    from voiceplatform import events
    from calls.events import CallFinished

    @events.subscriber(CallFinished)
    def charge_call(event: CallFinished) -> None: ...

`events.publish(event)` delivers the event once the current transaction
commits (at once when none is open), inside the schema the event names, to
every subscriber of its class (and of its base classes). A subscriber that
raises is logged with its traceback and does not stop the others, nor undo the
change that raised the event. Subscribers must be quick: slow work goes to a
task (`voiceplatform.tasks.enqueue_on_commit`).

Plug-in points that are strategies rather than effects (one implementation
chosen, or every check asked in turn) use `voiceplatform.plugins`.

Keep this list current: every cross-app subscription in the project.

    calls.events.CallFinished              campaigns.receivers.on_call_finished
    appointments.events.AppointmentChanged campaigns.services.on_appointment_change
    appointments.events.AppointmentChanged notifications.receivers.on_appointment_change
    calls.events.CallFinished              billing.services.usage.on_call_finished
    notifications.events.MessageAccepted   billing.services.usage.on_message_accepted
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection, transaction
from django_tenants.utils import schema_context

logger = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Event:
    """Base of every cross-app event. `schema_name` defaults to the schema current at creation."""

    schema_name: str = field(default_factory=lambda: connection.schema_name)


Subscriber = Callable[[Event], None]
_subscribers: dict[type[Event], list[Subscriber]] = defaultdict(list)


def subscriber(event_type: type[Event]) -> Callable[[Subscriber], Subscriber]:
    """Decorator: call the function with every published `event_type` (registered once)."""

    def register(function: Subscriber) -> Subscriber:
        subscribe(event_type, function)
        return function

    return register


def subscribe(event_type: type[Event], function: Subscriber) -> None:
    if not (isinstance(event_type, type) and issubclass(event_type, Event)):
        raise TypeError(f"{event_type!r} is not an Event class")
    if function not in _subscribers[event_type]:
        _subscribers[event_type].append(function)


def unsubscribe(event_type: type[Event], function: Subscriber) -> None:
    if function in _subscribers[event_type]:
        _subscribers[event_type].remove(function)


def subscribers_of(event_type: type[Event]) -> list[Subscriber]:
    """Subscribers of the class and of its Event base classes, most specific first."""
    found: list[Subscriber] = []
    for klass in event_type.__mro__:
        if isinstance(klass, type) and issubclass(klass, Event):
            found.extend(f for f in _subscribers.get(klass, ()) if f not in found)
    return found


def deliver(event: Event) -> None:
    """Run every subscriber now, inside the event's schema (used by `publish` after commit)."""
    with schema_context(event.schema_name):
        for function in subscribers_of(type(event)):
            try:
                function(event)
            except Exception:
                logger.exception("subscriber %s.%s failed for %r", function.__module__, function.__qualname__, event)


def publish(event: Event) -> None:
    """Announce `event` to its subscribers once the current transaction commits."""
    if not isinstance(event, Event):
        raise TypeError(f"{event!r} is not an Event")
    transaction.on_commit(lambda: deliver(event))


ALERT_TYPES = (
    "human_intervention",
    "qualified_lead",
    "callback_requested",
    "technical_issue",
    "campaign_paused",
    "escalated_conversation",
    "review_required",
    "billing",
)
ALERT_PRIORITIES = ("low", "normal", "high", "urgent")


@dataclass(frozen=True, kw_only=True)
class StaffAlert(Event):
    """Something the business's staff must see and act on, raised by any app.

    The notifications app turns it into an item in the staff alert inbox and
    delivers it on each member's chosen channels. `dedupe_key` (when given)
    makes raising the same alert twice a no-op.
    """

    type: str
    title: str
    message: str = ""
    priority: str = "normal"
    required_action: str = ""
    contact_id: int | None = None
    call_id: int | None = None
    campaign_id: int | None = None
    conversation_id: int | None = None
    link: str = ""
    dedupe_key: str = ""

    def __post_init__(self):
        if self.type not in ALERT_TYPES:
            raise ValueError(f"unknown alert type {self.type!r}")
        if self.priority not in ALERT_PRIORITIES:
            raise ValueError(f"unknown alert priority {self.priority!r}")
