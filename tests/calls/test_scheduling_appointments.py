"""AppointmentsScheduler: in-call availability and bookings through the appointments app."""

import json
from datetime import UTC, datetime, time, timedelta

import pytest
import time_machine

from appointments.models import Appointment, AppointmentStatus
from calls.hooks import scheduler
from calls.models import CallBooking
from calls.scheduling import BusinessHoursScheduler, NoAppointment, NotBookable, SlotTaken
from calls.scheduling_appointments import AppointmentsScheduler
from tests.appointments.factories import (
    AppointmentFactory,
    AppointmentTypeFactory,
    AvailabilityRuleFactory,
    ResourceFactory,
)
from tests.calls.helpers import post_event, signature
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

# Monday 4 March 2030, 08:00 in London (GMT = UTC).
MONDAY_8AM = datetime(2030, 3, 4, 8, 0, tzinfo=UTC)
THIRTY = timedelta(minutes=30)


def at(hour, minute=0, day=4):
    return datetime(2030, 3, day, hour, minute, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(MONDAY_8AM, tick=False):
        yield


@pytest.fixture
def setup(tenant_a, in_tenant):
    """A chair open Mondays 09:00-12:00 and a 30-minute check-up with 15 minutes' buffer after."""
    with in_tenant(tenant_a):
        chair = ResourceFactory(timezone="Europe/London")
        AvailabilityRuleFactory(resource=chair, weekday=0, start_time=time(9), end_time=time(12))
        kind = AppointmentTypeFactory(name="Check-up", duration_minutes=30, buffer_after_minutes=15)
        kind.resources.add(chair)
    return chair, kind


def book(tenant, contact, start, key="call_1:slot"):
    return AppointmentsScheduler().book(
        tenant=tenant, contact=contact, start=start, duration=THIRTY, idempotency_key=key, provider_call_id="call_1"
    )


def test_it_is_the_default_scheduler():
    assert isinstance(scheduler(), AppointmentsScheduler)


def test_free_slots_follow_the_types_rules_and_buffers(tenant_a, in_tenant, setup):
    with in_tenant(tenant_a):
        slots = AppointmentsScheduler().free_slots(tenant=tenant_a, after=MONDAY_8AM, duration=THIRTY, limit=5)
        # 30 minutes plus a 15-minute buffer: starts every 30 minutes, but a booking blocks the next start.
        assert [s.start for s in slots][:2] == [at(9), at(9, 30)]
        assert all(s.end - s.start == THIRTY for s in slots)
        assert all(s.start.weekday() == 0 and time(9) <= s.start.time() < time(12) for s in slots)
        book(tenant_a, ContactFactory(), at(9))
        after = AppointmentsScheduler().free_slots(tenant=tenant_a, after=MONDAY_8AM, duration=THIRTY, limit=2)
        assert [s.start for s in after] == [at(10), at(10, 30)]


def test_the_type_matching_the_requested_duration_is_used(tenant_a, in_tenant, setup):
    chair, _ = setup
    with in_tenant(tenant_a):
        AppointmentTypeFactory(name="A long one", duration_minutes=60).resources.add(chair)
        hour = AppointmentsScheduler().free_slots(
            tenant=tenant_a, after=MONDAY_8AM, duration=timedelta(minutes=60), limit=3
        )
        assert [(s.start, s.end) for s in hour] == [(at(9), at(10)), (at(10), at(11)), (at(11), at(12))]
        # No 45-minute type: the first active type by name ("A long one").
        assert AppointmentsScheduler().appointment_type(timedelta(minutes=45)).name == "A long one"
        assert AppointmentsScheduler().appointment_type(THIRTY).name == "Check-up"


def test_booking_creates_a_call_appointment_once_per_key(tenant_a, in_tenant, setup):
    chair, kind = setup
    with in_tenant(tenant_a):
        contact = ContactFactory()
        first = book(tenant_a, contact, at(10))
        again = book(tenant_a, contact, at(10))
        assert first == again
        appointment = Appointment.objects.get()
        assert first.id == f"appt_{appointment.pk}"
        assert appointment.source == "call"
        assert appointment.idempotency_key == "call_1:slot"
        assert (appointment.contact, appointment.resource, appointment.appointment_type) == (contact, chair, kind)
        assert (appointment.start_at, appointment.end_at) == (at(10), at(10, 30))
        assert not CallBooking.objects.exists()
        assert AppointmentsScheduler().upcoming(tenant=tenant_a, contact=contact) == [first]


def test_a_taken_slot_offers_the_next_free_ones(tenant_a, in_tenant, setup):
    with in_tenant(tenant_a):
        book(tenant_a, ContactFactory(), at(10), key="call_1:10")
        with pytest.raises(SlotTaken) as caught:
            book(tenant_a, ContactFactory(), at(10), key="call_2:10")
        assert [s.start for s in caught.value.next_slots] == [at(11), at(11, 30), at(9, 0, day=11)]
        assert Appointment.objects.count() == 1


def test_times_the_type_does_not_offer_are_not_bookable(tenant_a, in_tenant, setup):
    with in_tenant(tenant_a):
        with pytest.raises(NotBookable, match="outside opening hours"):
            book(tenant_a, ContactFactory(), at(14))
        with pytest.raises(NotBookable, match="too soon"):
            book(tenant_a, ContactFactory(), at(7))


def test_callers_move_and_cancel_only_their_own_appointments(tenant_a, in_tenant, setup):
    with in_tenant(tenant_a):
        owner, stranger = ContactFactory(), ContactFactory()
        booking = book(tenant_a, owner, at(9))
        sched = AppointmentsScheduler()
        with pytest.raises(NoAppointment):
            sched.reschedule(
                tenant=tenant_a, contact=stranger, booking_id=booking.id, new_start=at(11), idempotency_key="k"
            )
        with pytest.raises(NoAppointment):
            sched.cancel(tenant=tenant_a, contact=stranger, booking_id=booking.id)
        with pytest.raises(NoAppointment):
            sched.cancel(tenant=tenant_a, contact=None, booking_id=booking.id)
        with pytest.raises(NoAppointment):
            sched.cancel(tenant=tenant_a, contact=stranger, booking_id="")
        assert Appointment.objects.get().status == AppointmentStatus.SCHEDULED

        moved = sched.reschedule(
            tenant=tenant_a, contact=owner, booking_id=booking.id, new_start=at(11), idempotency_key="k"
        )
        assert (moved.id, moved.start) == (booking.id, at(11))
        cancelled = sched.cancel(tenant=tenant_a, contact=owner, booking_id="", reason="Feeling better")
        assert cancelled.status == AppointmentStatus.CANCELLED
        assert Appointment.objects.get().cancellation_reason == "Feeling better"


def test_moving_onto_a_taken_slot_offers_others(tenant_a, in_tenant, setup):
    chair, kind = setup
    with in_tenant(tenant_a):
        owner = ContactFactory()
        booking = book(tenant_a, owner, at(9))
        AppointmentFactory(resource=chair, appointment_type=kind, start_at=at(10), end_at=at(10, 30))
        with pytest.raises(SlotTaken) as caught:
            AppointmentsScheduler().reschedule(
                tenant=tenant_a, contact=owner, booking_id=booking.id, new_start=at(10), idempotency_key="k"
            )
        # The factory appointment copies no buffer, so 10:30 is free straight after it.
        assert caught.value.next_slots[0].start == at(10, 30)
        assert Appointment.objects.get(pk=int(booking.id[5:])).start_at == at(9)


def test_without_appointments_set_up_business_hours_answer(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        # A type whose resource has no opening hours is not set up either.
        AppointmentTypeFactory().resources.add(ResourceFactory())
        sched = AppointmentsScheduler()
        assert sched.appointment_type(THIRTY) is None
        expected = BusinessHoursScheduler().free_slots(tenant=tenant_a, after=MONDAY_8AM, duration=THIRTY)
        assert sched.free_slots(tenant=tenant_a, after=MONDAY_8AM, duration=THIRTY) == expected
        contact = ContactFactory()
        booking = book(tenant_a, contact, at(10))
        assert CallBooking.objects.get().pk == int(booking.id)
        assert not Appointment.objects.exists()
        assert sched.upcoming(tenant=tenant_a, contact=contact) == [booking]
        cancelled = sched.cancel(tenant=tenant_a, contact=contact, booking_id=booking.id)
        assert cancelled.status == CallBooking.Status.CANCELLED


def test_the_book_appointment_function_books_through_the_appointments_app(public_client, tenant_a, in_tenant, setup):
    def invoke(name, args, call_id="call_fn_1", number="+447911123456"):
        call = {"call_id": call_id, "direction": "inbound", "from_number": number, "agent_id": ""}
        body = json.dumps({"name": name, "call": call, "args": args})
        return post_event(public_client, tenant_a, body, sig=signature(body), path_suffix=f"functions/{name}/").json()

    available = invoke("check_availability", {})
    assert available["ok"] and available["slots"][0]["start"] == "2030-03-04T09:00:00+00:00"
    booked = invoke("book_appointment", {"start": "2030-03-04T09:00"})
    assert booked["ok"], booked
    assert invoke("book_appointment", {"start": "2030-03-04T09:00"})["booking_id"] == booked["booking_id"]
    taken = invoke("book_appointment", {"start": "2030-03-04T09:00"}, call_id="call_fn_2", number="+447922334455")
    assert taken["error"] == "slot_taken" and taken["next_slots"][0]["start"] == "2030-03-04T10:00:00+00:00"
    lookup = invoke("lookup_caller", {})
    assert lookup["upcoming_appointments"][0]["id"] == booked["booking_id"]
    refused = invoke("cancel_appointment", {"booking_id": booked["booking_id"]}, number="+447922334455", call_id="x")
    assert refused["error"] == "no_appointment"
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.source == "call" and appointment.contact.phone == "+447911123456"


def test_a_guest_booked_during_a_call_gets_the_confirmation_with_links_on_the_tenants_host(
    public_client, tenant_a, in_tenant, setup, django_capture_on_commit_callbacks
):
    """The in-call request arrives on the public host; the guest's links still use the tenant's URLs.

    The booking's events are delivered when its transaction commits, which is
    still inside the public host's request (its URLconf active); the test runs
    the commit callbacks the same way.
    """
    from django.conf import settings
    from django.urls import set_urlconf

    from notifications.models import Notification

    call = {"call_id": "call_conf_1", "direction": "inbound", "from_number": "+447911123456", "agent_id": ""}
    body = json.dumps({"name": "book_appointment", "call": call, "args": {"start": "2030-03-04T09:00"}})
    with django_capture_on_commit_callbacks() as callbacks:
        response = post_event(
            public_client, tenant_a, body, sig=signature(body), path_suffix="functions/book_appointment/"
        )
    assert response.json()["ok"]
    set_urlconf(settings.PUBLIC_SCHEMA_URLCONF)
    try:
        for callback in callbacks:
            callback()
    finally:
        set_urlconf(None)
    with in_tenant(tenant_a):
        sms = Notification.objects.get(channel="sms", kind__contains="booked")
        assert sms.status != "skipped" and sms.recipient == "+447911123456"
        assert "http://alpha.localhost:" in sms.body or "http://alpha.localhost/" in sms.body
