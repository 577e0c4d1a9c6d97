"""Booking, rescheduling, cancelling and status changes, with history, hooks and the database guard."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from appointments.events import AppointmentChanged
from appointments.models import Appointment, AppointmentEvent, AppointmentStatus
from appointments.services import (
    SlotUnavailable,
    appointment_book,
    appointment_cancel,
    appointment_confirm,
    appointment_reschedule,
    appointment_set_status,
    appointment_type_update,
    appointment_update,
    resource_create,
)
from contacts.models import Contact
from tests.appointments.factories import AppointmentFactory
from tests.appointments.helpers import MONDAY, NOW, at, make_calendar
from tests.contacts.factories import ContactFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db


def book(tenant, kind, start, **kwargs):
    kwargs.setdefault("phone", "+447912345123")
    kwargs.setdefault("first_name", "Ann")
    return appointment_book(tenant=tenant, appointment_type=kind, start_at=start, now=NOW, **kwargs)


def test_it_books_a_free_slot_and_creates_the_contact(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(buffer_after_minutes=10)
        appointment = book(tenant_a, kind, at(MONDAY, 9, 30), resource=resource, email="ann@example.test")
        assert appointment.status == AppointmentStatus.SCHEDULED
        assert appointment.end_at - appointment.start_at == timedelta(minutes=30)
        assert appointment.buffer_after_minutes == 10
        assert appointment.contact.phone == "+447912345123"
        assert appointment.contact.email == "ann@example.test"
        assert appointment.contact.source == "calendar"
        event = appointment.history.get()
        assert event.action == AppointmentEvent.Action.CREATED
        assert event.to_start_at == at(MONDAY, 9, 30)


def test_it_reuses_an_existing_contact_by_national_phone(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _, kind = make_calendar()
        existing = ContactFactory(phone="+447912345123")
        appointment = book(tenant_a, kind, at(MONDAY, 9), phone="07912 345123")
        assert appointment.contact == existing


def test_the_same_slot_cannot_be_booked_twice(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        book(tenant_a, kind, at(MONDAY, 10), resource=resource)
        contacts = Contact.objects.count()
        with pytest.raises(SlotUnavailable):
            book(tenant_a, kind, at(MONDAY, 10), resource=resource, phone="+447912345999")
        assert Appointment.objects.count() == 1
        assert Contact.objects.count() == contacts


@pytest.mark.parametrize(
    ("hour", "minute"),
    [(8, 30), (10, 10), (12, 0), (15, 0)],
)
def test_times_that_are_not_offered_slots_are_refused(tenant_a, in_tenant, hour, minute):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        with pytest.raises(SlotUnavailable):
            book(tenant_a, kind, at(MONDAY, hour, minute), resource=resource)
        assert not Appointment.objects.exists()


def test_staff_may_book_outside_hours_but_never_over_another_booking(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        late = book(tenant_a, kind, at(MONDAY, 18), resource=resource, enforce_availability=False)
        assert late.start_at == at(MONDAY, 18)
        with pytest.raises(SlotUnavailable):
            book(tenant_a, kind, at(MONDAY, 18, 15), resource=resource, enforce_availability=False)


def test_without_a_resource_the_first_free_one_is_chosen(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        first, kind = make_calendar(name="A chair")
        second = resource_create(name="B chair", timezone_name="Europe/London")
        appointment_type_update(appointment_type=kind, resources=[first, second])
        one = book(tenant_a, kind, at(MONDAY, 9))
        two = book(tenant_a, kind, at(MONDAY, 9), phone="+447912345124")
        assert {one.resource, two.resource} == {first, second}
        with pytest.raises(SlotUnavailable):
            book(tenant_a, kind, at(MONDAY, 9), phone="+447912345125")


def test_an_idempotency_key_returns_the_first_booking(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        first = book(tenant_a, kind, at(MONDAY, 9), resource=resource, idempotency_key="call_123:2027-01-11T09:00")
        again = book(tenant_a, kind, at(MONDAY, 9), resource=resource, idempotency_key="call_123:2027-01-11T09:00")
        assert again.pk == first.pk
        assert Appointment.objects.count() == 1
        with pytest.raises(ValidationError) as excinfo:
            book(tenant_a, kind, at(MONDAY, 10), resource=resource, idempotency_key="call_123:2027-01-11T09:00")
        assert "idempotency_key" in excinfo.value.message_dict


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"phone": "", "email": ""}, "phone"),
        ({"phone": "12"}, "phone"),
        ({"phone": "", "email": "not-an-email"}, "email"),
        ({"guest_timezone": "Mars/Olympus"}, "guest_timezone"),
        ({"source": "fax"}, "source"),
    ],
)
def test_bad_guest_details_are_refused_and_nothing_is_created(tenant_a, in_tenant, kwargs, field):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        contacts = Contact.objects.count()
        with pytest.raises(ValidationError) as excinfo:
            book(tenant_a, kind, at(MONDAY, 9), resource=resource, **kwargs)
        assert field in excinfo.value.message_dict
        assert not Appointment.objects.exists()
        assert Contact.objects.count() == contacts


def test_a_naive_start_time_is_refused(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        _, kind = make_calendar()
        with pytest.raises(ValidationError) as excinfo:
            book(tenant_a, kind, at(MONDAY, 9).replace(tzinfo=None))
        assert "start_at" in excinfo.value.message_dict


def test_inactive_types_and_foreign_resources_are_refused(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        other = resource_create(name="Room 9", timezone_name="Europe/London")
        with pytest.raises(ValidationError) as excinfo:
            book(tenant_a, kind, at(MONDAY, 9), resource=other)
        assert "resource" in excinfo.value.message_dict
        appointment_type_update(appointment_type=kind, is_active=False)
        kind.refresh_from_db()
        with pytest.raises(ValidationError) as excinfo:
            book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        assert "appointment_type" in excinfo.value.message_dict


def test_reschedule_moves_it_keeps_history_and_needs_reconfirming(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        appointment_confirm(appointment=appointment)
        moved = appointment_reschedule(appointment=appointment, start_at=at(MONDAY, 11), reason="Guest asked", now=NOW)
        assert moved.start_at == at(MONDAY, 11)
        assert moved.end_at == at(MONDAY, 11, 30)
        assert moved.status == AppointmentStatus.SCHEDULED
        assert moved.sequence == 1
        event = moved.history.filter(action=AppointmentEvent.Action.RESCHEDULED).get()
        assert (event.from_start_at, event.to_start_at) == (at(MONDAY, 9), at(MONDAY, 11))
        assert event.reason == "Guest asked"
        # The old time is free again.
        book(tenant_a, kind, at(MONDAY, 9), resource=resource, phone="+447912345555")


def test_reschedule_onto_a_taken_slot_changes_nothing(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        first = book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        book(tenant_a, kind, at(MONDAY, 10), resource=resource, phone="+447912345556")
        with pytest.raises(SlotUnavailable):
            appointment_reschedule(appointment=first, start_at=at(MONDAY, 10), now=NOW)
        first.refresh_from_db()
        assert first.start_at == at(MONDAY, 9)
        assert first.history.count() == 1


def test_an_appointment_can_move_within_its_own_time(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(duration_minutes=60, slot_interval_minutes=30)
        appointment = book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        moved = appointment_reschedule(appointment=appointment, start_at=at(MONDAY, 9, 30), now=NOW)
        assert moved.start_at == at(MONDAY, 9, 30)


def test_cancel_records_the_reason_and_is_idempotent(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        cancelled = appointment_cancel(appointment=appointment, reason="Feeling better")
        assert cancelled.status == AppointmentStatus.CANCELLED
        assert cancelled.cancellation_reason == "Feeling better"
        assert cancelled.cancelled_at is not None
        again = appointment_cancel(appointment=appointment, reason="Twice")
        assert again.cancellation_reason == "Feeling better"
        assert appointment.history.filter(action="cancelled").count() == 1
        with pytest.raises(ValidationError):
            appointment_reschedule(appointment=appointment, start_at=at(MONDAY, 10), now=NOW)
        # The slot is free for someone else.
        book(tenant_a, kind, at(MONDAY, 9), resource=resource, phone="+447912345557")


def test_status_moves_follow_the_transition_table(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        with pytest.raises(ValidationError):
            appointment_set_status(appointment=appointment, status=AppointmentStatus.COMPLETED, now=NOW)
        later = at(MONDAY, 9, 15)
        done = appointment_set_status(appointment=appointment, status=AppointmentStatus.COMPLETED, now=later)
        assert done.status == AppointmentStatus.COMPLETED
        with pytest.raises(ValidationError):
            appointment_cancel(appointment=appointment)
        with pytest.raises(ValidationError):
            appointment_set_status(appointment=appointment, status=AppointmentStatus.CONFIRMED, now=later)
        fixed = appointment_set_status(appointment=appointment, status=AppointmentStatus.NO_SHOW, now=later)
        assert fixed.status == AppointmentStatus.NO_SHOW
        with pytest.raises(ValidationError):
            appointment_set_status(appointment=appointment, status="archived", now=later)


def test_update_only_edits_notes(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar()
        appointment = book(tenant_a, kind, at(MONDAY, 9), resource=resource)
        assert appointment_update(appointment=appointment, notes="Bring X-rays").notes == "Bring X-rays"
        with pytest.raises(ValidationError):
            appointment_update(appointment=appointment, start_at=at(MONDAY, 10))


# --- the database guard ---------------------------------------------------------------------------


def test_the_database_refuses_overlaps_that_bypass_the_services(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        existing = AppointmentFactory(start_at=at(MONDAY, 10), end_at=at(MONDAY, 11))
        resource = existing.resource
        with pytest.raises(IntegrityError, match="appointment_no_double_booking"), transaction.atomic():
            AppointmentFactory(resource=resource, start_at=at(MONDAY, 10, 30), end_at=at(MONDAY, 11, 30))
        # Touching ends, another resource, and cancelled rows are fine.
        AppointmentFactory(resource=resource, start_at=at(MONDAY, 11), end_at=at(MONDAY, 12))
        AppointmentFactory(start_at=at(MONDAY, 10), end_at=at(MONDAY, 11))
        AppointmentFactory(resource=resource, start_at=at(MONDAY, 10), end_at=at(MONDAY, 11), status="cancelled")
        with pytest.raises(IntegrityError), transaction.atomic():
            AppointmentFactory(resource=resource, start_at=at(MONDAY, 12), end_at=at(MONDAY, 11))


def test_cancelled_rows_cannot_be_revived_onto_a_taken_time(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        existing = AppointmentFactory(start_at=at(MONDAY, 10), end_at=at(MONDAY, 11))
        ghost = AppointmentFactory(
            resource=existing.resource, start_at=at(MONDAY, 10), end_at=at(MONDAY, 11), status="cancelled"
        )
        with pytest.raises(IntegrityError), transaction.atomic():
            Appointment.objects.filter(pk=ghost.pk).update(status="scheduled")


def test_tenant_schemas_cloned_from_the_template_carry_the_constraint(tenant_b, in_tenant):
    from django.db import connection

    with in_tenant(tenant_b), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace "
            "WHERE c.conname = 'appointment_no_double_booking' AND n.nspname = %s",
            [tenant_b.schema_name],
        )
        (definition,) = cursor.fetchone()
    assert "EXCLUDE USING gist (int8range(resource_id, resource_id" in definition
    assert "tstzrange(start_at, end_at, '[)'" in definition


# --- the appointment-changed hook ------------------------------------------------------------------


def test_subscribers_hear_about_changes_after_commit(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    heard = []

    def listener(change):
        heard.append((change.kind, change.appointment_id, change.previous_start_at, change.schema_name))

    def broken(change):
        raise RuntimeError("subscriber bug")

    events.subscribe(AppointmentChanged, broken)
    events.subscribe(AppointmentChanged, listener)
    try:
        with in_tenant(tenant_a):
            resource, kind = make_calendar()
            with django_capture_on_commit_callbacks(execute=True):
                appointment = book(tenant_a, kind, at(MONDAY, 9), resource=resource, notify=False)
            assert heard == [("created", appointment.pk, None, tenant_a.schema_name)]
            with django_capture_on_commit_callbacks(execute=True):
                appointment_reschedule(appointment=appointment, start_at=at(MONDAY, 10), now=NOW, notify=False)
                appointment_cancel(appointment=appointment, notify=False)
    finally:
        events.unsubscribe(AppointmentChanged, broken)
        events.unsubscribe(AppointmentChanged, listener)
    assert heard[1] == ("rescheduled", appointment.pk, at(MONDAY, 9), tenant_a.schema_name)
    assert heard[2][0] == "cancelled"


def test_nothing_is_announced_when_the_booking_fails(tenant_a, in_tenant, django_capture_on_commit_callbacks):
    heard = []
    events.subscribe(AppointmentChanged, heard.append)
    try:
        with in_tenant(tenant_a):
            resource, kind = make_calendar()
            with django_capture_on_commit_callbacks(execute=True), pytest.raises(SlotUnavailable):
                book(tenant_a, kind, at(MONDAY, 7), resource=resource)
    finally:
        events.unsubscribe(AppointmentChanged, heard.append)
    assert heard == []
