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
    tenants.events.MemberInvited           notifications.receivers.on_member_invited
    calls.events.CallFinished              analytics.receivers.on_call_finished
    appointments.events.AppointmentChanged analytics.receivers.on_appointment_changed
    calls.events.CallFinished              billing.services.usage.on_call_finished
    notifications.events.MessageAccepted   billing.services.usage.on_message_accepted
    knowledge.events.ChatMessageReceived   billing.services.usage.on_chat_message

Where an app asks other apps for an answer instead (voiceplatform.plugins), the
registries and who registers, each in its AppConfig.ready():

    contacts.hooks.timeline_sources        calls, appointments, notifications (privacy.py)
    contacts.hooks.gdpr_exporters          calls, appointments, notifications, campaigns (privacy.py)
    contacts.hooks.erasers                 calls, appointments, notifications, campaigns, knowledge (privacy.py)
    contacts.hooks.panels                  appointments, campaigns, properties (matching properties)
    calls.hooks.outbound_call_checks       calls.compliance.CHECKS, campaigns.compliance.CHECKS,
                                           billing.compliance.billing_allows_outbound_call
    billing.limits.usage_counters          calls.selectors.plan_usage_counts
    calls.hooks.scheduler()                the CALLS_SCHEDULER setting (strategy)
    calls.hooks.voice_knowledge            knowledge.services.answers.VOICE_KNOWLEDGE
    appointments.hooks.guest_messengers    notifications.receivers.message_guest
    tenants.hooks.settings_sections        calls (voice URLs), campaigns (calling settings)
    tenants.hooks.vertical_appliers        calls, knowledge (FAQs, escalation; the widget), appointments,
                                           notifications (each app's vertical.py)
    tenants.hooks.setup_items              onboarding.selectors.wizard_setup_item
    tenants.hooks.home_pages               analytics.views.dashboard_home
    calls.hooks.script_change_appliers     calls.scripts.corrections (else training falls back to the draft prompt)
    voiceplatform.crypto.secret_rotators   calls (Retell key), appointments (calendar secrets),
                                           notifications (webhook secrets, Slack/Discord URLs)

Recorders (run by `publish`, inside the publisher's transaction):

    StaffAlert                             notifications.alerts.receivers.on_staff_alert
    campaigns.events.CampaignStatusChanged notifications.alerts.receivers.on_campaign_status
    contacts.events.LeadStatusChanged      notifications.alerts.receivers.on_lead_status
    appointments.events.AppointmentChanged notifications.reminders.services.on_appointment_change
    each source in notifications.catalogue.SOURCES that exists (calls, appointments, contacts,
    campaigns; knowledge and billing once they land)
                                           notifications.outbound.services.record_public_event

Outboxes: `events.recorder(EventClass)` registers a function that runs at
`publish` time, inside the publisher's transaction (in a savepoint), so the
rows it writes (an outbox row, an alert) commit or roll back with the change
itself and survive a crash between the commit and the after-commit work.
A recorder that fails is logged and rolled back alone; the change goes on.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext
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
    """Run every subscriber now, inside the event's schema (used by `publish` after commit).

    A subscriber that raises is logged as an error and raised to the tenant's
    staff as a technical alert, so a broken effect (a guest's confirmation that
    was never sent) is never silent.
    """
    with schema_context(event.schema_name):
        for function in subscribers_of(type(event)):
            try:
                function(event)
            except Exception as exc:
                name = f"{function.__module__}.{function.__qualname__}"
                logger.exception("subscriber %s failed for %r", name, event)
                _alert_failure(event, name, exc)


def _alert_failure(event: Event, subscriber_name: str, exc: Exception) -> None:
    if isinstance(event, StaffAlert):
        return  # the alert inbox itself failed: the log is all there is
    from django.utils import timezone

    what = type(event).__name__
    try:
        publish(
            StaffAlert(
                type="technical_issue",
                priority="high",
                title=f"Something failed after {what}",
                message=f"{subscriber_name} raised {type(exc).__name__}: {exc}"[:500],
                required_action="Check the platform's error log; the change itself was saved.",
                dedupe_key=f"subscriber-failed:{subscriber_name}:{what}:{timezone.now():%Y%m%d%H}",
                schema_name=event.schema_name,
            )
        )
    except Exception:
        logger.exception("could not raise a staff alert for the failure of %s", subscriber_name)


_recorders: dict[type[Event], list[Subscriber]] = defaultdict(list)


def recorder(event_type: type[Event]) -> Callable[[Subscriber], Subscriber]:
    """Decorator: call the function at publish time, inside the publisher's transaction."""

    def register(function: Subscriber) -> Subscriber:
        record(event_type, function)
        return function

    return register


def record(event_type: type[Event], function: Subscriber) -> None:
    if not (isinstance(event_type, type) and issubclass(event_type, Event)):
        raise TypeError(f"{event_type!r} is not an Event class")
    if function not in _recorders[event_type]:
        _recorders[event_type].append(function)


def unrecord(event_type: type[Event], function: Subscriber) -> None:
    if function in _recorders[event_type]:
        _recorders[event_type].remove(function)


def _record(event: Event) -> None:
    found: list[Subscriber] = []
    for klass in type(event).__mro__:
        if isinstance(klass, type) and issubclass(klass, Event):
            found.extend(f for f in _recorders.get(klass, ()) if f not in found)
    if not found:
        return
    same_schema = event.schema_name == connection.schema_name
    with nullcontext() if same_schema else schema_context(event.schema_name):
        for function in found:
            try:
                with transaction.atomic():
                    function(event)
            except Exception:
                logger.exception("recorder %s.%s failed for %r", function.__module__, function.__qualname__, event)


def publish(event: Event) -> None:
    """Announce `event`: recorders now (in this transaction), subscribers once it commits."""
    if not isinstance(event, Event):
        raise TypeError(f"{event!r} is not an Event")
    _record(event)
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
