"""A subscriber that fails is never silent: an error in the log and a technical alert for staff."""

import logging
from dataclasses import dataclass

import pytest

from voiceplatform import events

pytestmark = pytest.mark.django_db


@dataclass(frozen=True, kw_only=True)
class Happened(events.Event):
    what: str = ""


def test_a_failing_subscriber_is_logged_as_an_error_and_raises_a_technical_alert(caplog, run_on_commit):
    seen, alerts = [], []

    def broken(event):
        raise RuntimeError("template missing")

    events.subscribe(Happened, broken)
    events.subscribe(Happened, seen.append)
    events.subscribe(events.StaffAlert, alerts.append)
    try:
        with caplog.at_level(logging.ERROR, logger="voiceplatform.events"), run_on_commit():
            events.publish(Happened(what="x"))
    finally:
        events.unsubscribe(Happened, broken)
        events.unsubscribe(Happened, seen.append)
        events.unsubscribe(events.StaffAlert, alerts.append)
    assert len(seen) == 1, "the other subscribers still run"
    assert any(r.levelno == logging.ERROR and "broken" in r.getMessage() for r in caplog.records)
    (alert,) = alerts
    assert alert.type == "technical_issue" and alert.priority == "high"
    assert "Happened" in alert.title and "template missing" in alert.message
    assert alert.dedupe_key


def test_a_failing_alert_subscriber_does_not_loop(caplog, run_on_commit):
    calls = []

    def broken_inbox(alert):
        calls.append(alert)
        raise RuntimeError("inbox down")

    events.subscribe(events.StaffAlert, broken_inbox)
    try:
        with caplog.at_level(logging.ERROR, logger="voiceplatform.events"), run_on_commit():
            events.publish(events.StaffAlert(type="billing", title="Low balance"))
    finally:
        events.unsubscribe(events.StaffAlert, broken_inbox)
    assert len(calls) == 1
    assert any("broken_inbox" in r.getMessage() for r in caplog.records)
