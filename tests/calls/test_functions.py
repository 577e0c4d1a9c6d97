"""In-call functions: signed like webhooks, quick, with answers the agent can read out."""

import json
import time
from datetime import UTC, datetime

import pytest
import time_machine
from django_tenants.utils import schema_context

from calls.models import Call, CallBooking, FunctionCall
from contacts.models import Contact
from tenants.services import tenant_suspend
from tests.calls.factories import AgentFactory, CallFactory
from tests.calls.helpers import post_event, signature
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

# Monday 4 March 2030, 08:00 in London (GMT); alpha is open Mon-Fri 09:00-17:00.
MONDAY_8AM = datetime(2030, 3, 4, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def business_hours_scheduler(settings):
    """These tests cover BusinessHoursScheduler and its CallBooking rows; appointments have their own tests."""
    settings.CALLS_SCHEDULER = "calls.scheduling.BusinessHoursScheduler"


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(MONDAY_8AM, tick=False):
        yield


def invoke(client, tenant, name, args=None, *, call=None, sig=None, root_args=False):
    call = call or {"call_id": "call_fn_1", "direction": "inbound", "from_number": "+447911123456", "agent_id": ""}
    payload = (
        {"name": name, "call": call, **(args or {})} if root_args else {"name": name, "call": call, "args": args or {}}
    )
    body = json.dumps(payload)
    return post_event(client, tenant, body, sig=sig or signature(body), path_suffix=f"functions/{name}/")


def test_lookup_caller_knows_a_contact_and_their_next_appointment(public_client, tenant_a):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(first_name="Jane", last_name="Doe", phone="+447911123456")
        CallBooking.objects.create(
            contact=contact,
            start=datetime(2030, 3, 5, 10, 0, tzinfo=UTC),
            end=datetime(2030, 3, 5, 10, 30, tzinfo=UTC),
            idempotency_key="k1",
        )
    response = invoke(public_client, tenant_a, "lookup_caller")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] and body["known"]
    assert body["first_name"] == "Jane"
    assert body["upcoming_appointments"][0]["spoken"] == "Tuesday 5 March at 10:00"
    assert body["message"] == "This is Jane Doe. Their next appointment is Tuesday 5 March at 10:00."


def test_lookup_caller_for_a_stranger(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "lookup_caller").json()
    assert body == {
        "ok": True,
        "known": False,
        "upcoming_appointments": [],
        "message": "This caller is not on file yet.",
    }


def test_check_availability_offers_business_hours_in_the_tenants_zone(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "check_availability").json()
    assert body["ok"]
    assert [slot["start"] for slot in body["slots"][:2]] == ["2030-03-04T09:00:00+00:00", "2030-03-04T09:30:00+00:00"]
    assert body["message"].startswith("The next free times are Monday 4 March at 09:00, Monday 4 March at 09:30 or")


def test_check_availability_skips_booked_slots_and_honours_a_date(public_client, tenant_a):
    with schema_context(tenant_a.schema_name):
        CallBooking.objects.create(
            start=datetime(2030, 3, 6, 9, 0, tzinfo=UTC),
            end=datetime(2030, 3, 6, 10, 0, tzinfo=UTC),
            idempotency_key="x",
        )
    body = invoke(public_client, tenant_a, "check_availability", {"date": "2030-03-06", "duration_minutes": 60}).json()
    assert body["slots"][0]["start"] == "2030-03-06T10:00:00+00:00"


def test_availability_follows_daylight_saving(public_client, tenant_a):
    # Friday 29 March 2030 after closing; the UK moves to BST on Sunday 31 March.
    with time_machine.travel(datetime(2030, 3, 29, 17, 30, tzinfo=UTC), tick=False):
        body = invoke(public_client, tenant_a, "check_availability").json()
    assert body["slots"][0]["start"] == "2030-04-01T09:00:00+01:00"
    assert body["slots"][0]["spoken"] == "Monday 1 April at 09:00"


def test_us_tenants_hear_a_12_hour_clock(public_client, tenant_b):
    body = invoke(public_client, tenant_b, "check_availability").json()
    assert body["slots"][0]["spoken"] == "Monday 4 March at 9:00 AM"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"date": "next tuesday"}, "date must look like 2030-03-04."),
        ({"duration_minutes": "long"}, "duration_minutes must be a whole number."),
        ({"duration_minutes": 500}, "duration_minutes must be between 5 and 240."),
        ({"after": "soon"}, "after must be an ISO 8601 time like 2030-03-04T10:30."),
    ],
)
def test_bad_arguments_get_a_clear_error(public_client, tenant_a, args, message):
    body = invoke(public_client, tenant_a, "check_availability", args).json()
    assert body == {"ok": False, "error": "bad_request", "message": message}


def test_booking_a_free_slot_creates_the_caller_as_a_contact(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"}).json()
    assert body["ok"], body
    assert body["message"] == "You're booked for Monday 4 March at 10:00."
    with schema_context(tenant_a.schema_name):
        booking = CallBooking.objects.get()
        assert booking.contact.phone == "+447911123456"
        assert booking.contact.source == "call"
        assert booking.provider_call_id == "call_fn_1"


def test_booking_is_idempotent_for_the_same_call_and_slot(public_client, tenant_a):
    first = invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00:00+00:00"}).json()
    again = invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"}).json()
    assert first["booking_id"] == again["booking_id"]
    with schema_context(tenant_a.schema_name):
        assert CallBooking.objects.count() == 1


def test_a_slot_taken_by_another_call_offers_the_next_ones(public_client, tenant_a):
    invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"})
    other = {"call_id": "call_fn_2", "direction": "inbound", "from_number": "+447922334455", "agent_id": ""}
    body = invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"}, call=other).json()
    assert body["ok"] is False
    assert body["error"] == "slot_taken"
    assert body["message"].startswith("Sorry, that slot was just taken. The next free ones are Monday 4 March at 10:30")
    assert body["next_slots"][0]["start"] == "2030-03-04T10:30:00+00:00"


@pytest.mark.parametrize(
    ("start", "reason"),
    [
        ("2030-03-09T10:00", "outside opening hours"),
        ("2030-03-04T07:00", "too soon or in the past"),
        ("2030-03-04T16:45", "outside"),
    ],
)
def test_times_outside_hours_or_in_the_past_are_refused(public_client, tenant_a, start, reason):
    body = invoke(public_client, tenant_a, "book_appointment", {"start": start}).json()
    assert body["error"] == "not_bookable"
    assert reason in body["message"]


def test_booking_needs_a_start(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "book_appointment", {}).json()
    assert body == {"ok": False, "error": "bad_request", "message": "start is required, as an ISO 8601 time."}


def test_reschedule_and_cancel(public_client, tenant_a):
    invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"})
    moved = invoke(public_client, tenant_a, "reschedule_appointment", {"new_start": "2030-03-05T11:00"}).json()
    assert moved["ok"] and moved["message"] == "Done, your appointment is now Tuesday 5 March at 11:00."
    cancelled = invoke(public_client, tenant_a, "cancel_appointment", {"reason": "ill"}).json()
    assert cancelled["ok"] and cancelled["message"] == "I've cancelled your appointment on Tuesday 5 March at 11:00."
    with schema_context(tenant_a.schema_name):
        booking = CallBooking.objects.get()
    assert booking.status == "cancelled"
    assert "ill" in booking.notes
    again = invoke(public_client, tenant_a, "cancel_appointment").json()
    assert again["error"] == "no_appointment"


def test_rescheduling_onto_a_taken_slot_offers_others(public_client, tenant_a):
    invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"})
    other = {"call_id": "call_fn_2", "direction": "inbound", "from_number": "+447922334455", "agent_id": ""}
    invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T11:00"}, call=other)
    body = invoke(public_client, tenant_a, "reschedule_appointment", {"new_start": "2030-03-04T11:00"}).json()
    assert body["error"] == "slot_taken"
    assert all(slot["start"] != "2030-03-04T11:00:00+00:00" for slot in body["next_slots"])


def test_reschedule_without_an_appointment(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "reschedule_appointment", {"new_start": "2030-03-05T11:00"}).json()
    assert body == {
        "ok": False,
        "error": "no_appointment",
        "message": "I couldn't find an upcoming appointment to move.",
    }


def test_transfer_to_human_gives_the_agents_number_and_flags_the_call(public_client, tenant_a):
    with schema_context(tenant_a.schema_name):
        AgentFactory(provider_agent_id="agent_xfer", transfer_number="+442079460000")
        CallFactory(provider_call_id="call_fn_1")
    call = {"call_id": "call_fn_1", "direction": "inbound", "from_number": "+447911123456", "agent_id": "agent_xfer"}
    body = invoke(public_client, tenant_a, "transfer_to_human", {"reason": "complaint"}, call=call).json()
    assert body == {
        "ok": True,
        "transfer_number": "+442079460000",
        "message": "Transferring you to a member of the team now.",
    }
    with schema_context(tenant_a.schema_name):
        assert Call.objects.get(provider_call_id="call_fn_1").transfer_requested is True


def test_transfer_without_a_number_promises_a_call_back(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "transfer_to_human").json()
    assert body["error"] == "no_transfer_number"


def test_args_at_the_root_are_accepted(public_client, tenant_a):
    body = invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"}, root_args=True).json()
    assert body["ok"]


def test_every_invocation_is_logged(public_client, tenant_a):
    invoke(public_client, tenant_a, "check_availability", {"duration_minutes": 45})
    with schema_context(tenant_a.schema_name):
        logged = FunctionCall.objects.get()
    assert (logged.name, logged.args, logged.ok, logged.provider_call_id) == (
        "check_availability",
        {"duration_minutes": 45},
        True,
        "call_fn_1",
    )


def test_unknown_functions_are_404(public_client, tenant_a):
    response = invoke(public_client, tenant_a, "order_pizza")
    assert response.status_code == 404
    assert response.json()["error"] == "unknown_function"


def test_function_calls_are_signed_like_webhooks(public_client, tenant_a):
    response = invoke(
        public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"}, sig="v=1,d=" + "0" * 64
    )
    assert response.status_code == 401
    with schema_context(tenant_a.schema_name):
        assert not CallBooking.objects.exists()
        assert not FunctionCall.objects.exists()


def test_suspended_tenants_get_a_spoken_refusal(public_client, tenant_a):
    tenant_suspend(tenant=tenant_a)
    response = invoke(public_client, tenant_a, "book_appointment", {"start": "2030-03-04T10:00"})
    assert response.json()["error"] == "unavailable"
    with schema_context(tenant_a.schema_name):
        assert not CallBooking.objects.exists()


def test_functions_answer_well_under_500_ms(public_client, tenant_a):
    with schema_context(tenant_a.schema_name):
        for n in range(200):
            ContactFactory(phone=f"+4479111{n:05d}")
    for name, args in (
        ("lookup_caller", {}),
        ("check_availability", {}),
        ("book_appointment", {"start": "2030-03-04T12:00"}),
        ("reschedule_appointment", {"new_start": "2030-03-04T13:00"}),
        ("cancel_appointment", {}),
        ("transfer_to_human", {}),
    ):
        started = time.perf_counter()
        response = invoke(public_client, tenant_a, name, args)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200
        assert elapsed < 0.5, f"{name} took {elapsed * 1000:.0f} ms"


def test_inbound_webhook_greets_a_known_caller_by_name(public_client, tenant_a):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(first_name="Jane", phone="+447911123456")
    body = json.dumps({"event": "call_inbound", "call_inbound": {"from_number": "+447911123456", "to_number": "+1415"}})
    response = post_event(public_client, tenant_a, body, path_suffix="inbound/")
    assert response.status_code == 200
    answer = response.json()["call_inbound"]
    assert answer["dynamic_variables"]["first_name"] == "Jane"
    assert answer["dynamic_variables"]["caller_known"] == "yes"
    assert answer["metadata"] == {"contact_id": contact.pk}
    with schema_context(tenant_a.schema_name):
        assert Contact.objects.count() == 1


def test_inbound_webhook_rejects_bad_signatures_and_bodies(public_client, tenant_a):
    body = json.dumps({"event": "call_inbound", "call_inbound": {"from_number": "+447911123456"}})
    assert post_event(public_client, tenant_a, body, sig="", path_suffix="inbound/").status_code == 401
    wrong = json.dumps({"event": "call_ended"})
    assert post_event(public_client, tenant_a, wrong, path_suffix="inbound/").status_code == 400
