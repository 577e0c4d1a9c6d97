"""Guest messages: queued on booking changes, rendered in the guest's zone, delivered with retries."""

from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from appointments.services import appointment_book, appointment_cancel, appointment_reschedule
from contacts.services import consent_record, dnc_add
from notifications.models import Notification, NotificationStatus, SandboxMessage
from notifications.services import (
    appointment_notify,
    notification_deliver,
    notification_settings_update,
    notifications_due,
    template_for,
    template_update,
)
from tests.appointments.helpers import MONDAY, NOW, at, make_calendar
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

PHONE = "+447912345321"


def book(tenant, kind, resource, start, capture, **kwargs):
    kwargs.setdefault("phone", PHONE)
    kwargs.setdefault("email", "ann@example.test")
    with capture(execute=True):
        return appointment_book(
            tenant=tenant,
            appointment_type=kind,
            resource=resource,
            start_at=start,
            first_name="Ann",
            now=NOW,
            **kwargs,
        )


def test_booking_sends_email_with_invite_and_sandbox_sms(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, resource, at(MONDAY, 9, 30), django_capture_on_commit_callbacks)
        email, sms = (
            Notification.objects.get(channel="email"),
            Notification.objects.get(channel="sms"),
        )
        assert email.kind == sms.kind == "appointment.booked"
        assert email.status == NotificationStatus.SENT
        assert sms.status == NotificationStatus.DELIVERED
        assert sms.provider == "sandbox"
        assert sms.provider_id.startswith("SM")
        assert sms.segments >= 1
        assert "Monday 11 January 2027" in sms.body
        assert "09:30 GMT" in sms.body
        assert "/calendar/guest/" in sms.body
        outbox = SandboxMessage.objects.get()
        assert outbox.to == PHONE
        assert outbox.body == sms.body

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ann@example.test"]
    assert "Alpha Dental" in message.subject
    (name, content, mimetype) = message.attachments[0]
    assert name == "invite.ics"
    assert mimetype.startswith("text/calendar; method=REQUEST")
    calendar = icalendar.Calendar.from_ical(content)
    assert calendar["METHOD"] == "REQUEST"
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("DTSTART") == appointment.start_at
    assert str(event["UID"]).startswith(f"appointment-{appointment.pk}.")
    assert "mailto:ann@example.test" in str(event["ATTENDEE"])


def test_times_are_written_in_the_guests_zone(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        book(
            tenant_a,
            kind,
            resource,
            at(MONDAY, 9),
            django_capture_on_commit_callbacks,
            phone="+13125550100",
            email="",
        )
        sms = Notification.objects.get(channel="sms")
    # 09:00 in London is 03:00 in Chicago, written the American way.
    assert "3:00 AM CST" in sms.body
    assert "Monday 11 January 2027" in sms.body


def test_reschedule_and_cancel_send_their_own_messages(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks)
        with django_capture_on_commit_callbacks(execute=True):
            appointment_reschedule(appointment=appointment, start_at=at(MONDAY, 11), now=NOW)
        with django_capture_on_commit_callbacks(execute=True):
            appointment_cancel(appointment=appointment, reason="Ill")
        kinds = sorted(Notification.objects.values_list("kind", "channel"))
    assert kinds == [
        ("appointment.booked", "email"),
        ("appointment.booked", "sms"),
        ("appointment.cancelled", "email"),
        ("appointment.cancelled", "sms"),
        ("appointment.rescheduled", "email"),
        ("appointment.rescheduled", "sms"),
    ]
    cancel_mail = mail.outbox[-1]
    calendar = icalendar.Calendar.from_ical(cancel_mail.attachments[0][1])
    assert calendar["METHOD"] == "CANCEL"
    assert calendar.walk("VEVENT")[0]["STATUS"] == "CANCELLED"
    assert calendar.walk("VEVENT")[0]["SEQUENCE"] == 2


def test_no_messages_when_asked_not_to(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks, notify=False)
        assert not Notification.objects.exists()
    assert mail.outbox == []


def test_the_same_event_is_messaged_once_unless_resent(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks)
        with django_capture_on_commit_callbacks(execute=True):
            assert appointment_notify(tenant=tenant_a, appointment=appointment, event="booked") == []
            again = appointment_notify(tenant=tenant_a, appointment=appointment, event="booked", resend=True)
        assert len(again) == 2
        assert Notification.objects.count() == 4


def test_sms_to_opted_out_or_dnc_numbers_is_skipped_with_a_reason(
    tenant_a, in_tenant, django_capture_on_commit_callbacks
):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        contact = ContactFactory(phone=PHONE, email="")
        consent_record(contact=contact, channel="sms", granted=False, source="sms_stop")
        book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks, contact=contact)
        sms = Notification.objects.get(channel="sms")
        assert sms.status == NotificationStatus.SKIPPED
        assert "opted out" in sms.error_message
        dnc_add(phone="+447912345999", tenant=tenant_a, reason="asked")
        book(
            tenant_a,
            kind,
            resource,
            at(MONDAY, 10),
            django_capture_on_commit_callbacks,
            phone="+447912345999",
            email="",
        )
        blocked = Notification.objects.filter(channel="sms", recipient="+447912345999").get()
        assert blocked.status == NotificationStatus.SKIPPED
        assert "do-not-contact" in blocked.error_message
        assert not SandboxMessage.objects.exists()


def test_switched_off_channels_and_templates_are_skipped(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        notification_settings_update(email_enabled=False)
        template_update(template=template_for(tenant=tenant_a, event="booked", channel="sms"), is_active=False)
        book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks)
        statuses = dict(Notification.objects.values_list("channel", "error_message"))
    assert statuses == {
        "email": "Not sent: email is switched off.",
        "sms": "Not sent: the template is switched off.",
    }
    assert mail.outbox == []


@override_settings(EMAIL_BACKEND="tests.notifications.failing_backend.FailingBackend", NOTIFICATION_MAX_ATTEMPTS=3)
def test_transient_email_failures_retry_later_then_fail(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks, phone="")
        email = Notification.objects.get(channel="email")
        assert email.status == NotificationStatus.RETRYING
        assert email.attempts == 1
        assert email.next_attempt_at is not None
        assert "SMTPServerDisconnected" in email.error_message
        # Not due yet: nothing happens.
        assert notification_deliver(notification_id=email.pk) is None
        assert notifications_due() == []
        later = email.next_attempt_at + timedelta(seconds=1)
        assert notifications_due(now=later) == [email.pk]
        notification_deliver(notification_id=email.pk, now=later)
        email.refresh_from_db()
        assert (email.status, email.attempts) == (NotificationStatus.RETRYING, 2)
        notification_deliver(notification_id=email.pk, now=email.next_attempt_at)
        email.refresh_from_db()
        assert (email.status, email.attempts) == (NotificationStatus.FAILED, 3)
        assert email.next_attempt_at is None


def test_a_delivered_notification_is_never_sent_twice(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        book(tenant_a, kind, resource, at(MONDAY, 9), django_capture_on_commit_callbacks, email="")
        sms = Notification.objects.get(channel="sms")
        assert notification_deliver(notification_id=sms.pk) is None
        assert SandboxMessage.objects.count() == 1


def test_interrupted_sends_are_failed_not_repeated(tenant_a, in_tenant):
    from tests.notifications.factories import NotificationFactory

    with in_tenant(tenant_a):
        stuck = NotificationFactory(status="sending")
        Notification.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - timedelta(hours=1))
        assert notifications_due() == []
        stuck.refresh_from_db()
        assert stuck.status == NotificationStatus.FAILED


def test_the_beat_sweep_fans_out_to_active_tenants(tenant_a, in_tenant, monkeypatch):
    from notifications import tasks

    seen = []
    monkeypatch.setattr(
        tasks.sweep_due, "apply_async", lambda *args, headers, **kw: seen.append(headers["_schema_name"])
    )
    tasks.dispatch_sweeps()
    assert tenant_a.schema_name in seen
    assert "public" not in seen
    assert "tenant_template" not in seen


def test_a_suspended_tenant_sends_nothing_until_reactivated(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    from notifications.tasks import deliver_sms
    from tenants.services import tenant_activate, tenant_suspend
    from tests.notifications.factories import NotificationFactory

    with in_tenant(tenant_a):
        queued = NotificationFactory(status="pending", recipient=PHONE)
    tenant_suspend(tenant=tenant_a)
    with in_tenant(tenant_a):
        deliver_sms.apply(args=[queued.pk])
        queued.refresh_from_db()
        assert queued.status == NotificationStatus.PENDING
    tenant_activate(tenant=tenant_a)
    with in_tenant(tenant_a):
        deliver_sms.apply(args=[queued.pk])
        queued.refresh_from_db()
        assert queued.status == NotificationStatus.DELIVERED
