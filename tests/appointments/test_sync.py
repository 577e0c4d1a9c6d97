"""Cal.com and Calendly webhooks: signatures, staleness, idempotency, mapping, reschedule pairing."""

import json
import time as clock
from datetime import UTC, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from appointments.models import (
    Appointment,
    AppointmentEvent,
    AppointmentStatus,
    CalendarIntegration,
    CalendarWebhookEvent,
)
from appointments.providers import calcom, calendly
from appointments.services import calendar_integration_update, calendar_webhook_url
from contacts.models import Contact
from tenants.services import tenant_suspend
from tests.appointments.factories import AppointmentFactory, ResourceFactory
from tests.appointments.helpers import make_calendar

pytestmark = pytest.mark.django_db

SECRET = "whsec_test_0123456789"
START = (timezone.now() + timedelta(days=10)).replace(hour=10, minute=0, second=0, microsecond=0)


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(tenant, in_tenant, provider):
    with in_tenant(tenant):
        calendar_integration_update(tenant=tenant, provider=provider, signing_secret=SECRET, is_active=True)
        url = calendar_webhook_url(tenant=tenant, provider=provider)
    return "/" + url.split("/", 3)[3]


# --- Cal.com -------------------------------------------------------------------------------------


def calcom_body(trigger="BOOKING_CREATED", uid="bk_1", start=START, minutes=30, created_at=None, **payload):
    data = {
        "triggerEvent": trigger,
        "createdAt": created_at or iso(timezone.now()),
        "payload": {
            "bookingId": 11,
            "uid": uid,
            "title": "Check-up between Alpha and Sam",
            "type": "check-up",
            "startTime": iso(start),
            "endTime": iso(start + timedelta(minutes=minutes)),
            "status": "ACCEPTED",
            "organizer": {"name": "Dr Rivera", "email": "rivera@alpha.test", "timeZone": "Europe/London"},
            "attendees": [
                {
                    "name": "Sam Jones",
                    "firstName": "Sam",
                    "lastName": "Jones",
                    "email": "sam@example.test",
                    "timeZone": "America/Chicago",
                }
            ],
            "responses": {"attendeePhoneNumber": {"value": "+447912345777"}},
            "additionalNotes": "Sensitive tooth",
            **payload,
        },
    }
    return json.dumps(data).encode()


def post_calcom(client, path, body, signature=None):
    headers = {"HTTP_X_CAL_SIGNATURE_256": signature if signature is not None else calcom.signature_for(body, SECRET)}
    return client.post(path, body, content_type="application/json", **headers)


def test_calcom_booking_creates_an_appointment_and_contact(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    with in_tenant(tenant_a):
        resource, kind = make_calendar(slug="check-up")
        resource.email = "rivera@alpha.test"
        resource.save()
    response = post_calcom(public_client, path, calcom_body())
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "accepted"
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.source == "calcom"
        assert appointment.resource == resource
        assert appointment.appointment_type == kind
        assert appointment.start_at == START
        assert appointment.notes == "Sensitive tooth"
        contact = appointment.contact
        assert (contact.first_name, contact.last_name, contact.email) == ("Sam", "Jones", "sam@example.test")
        assert contact.phone == "+447912345777"
        assert contact.timezone == "America/Chicago"
        assert CalendarWebhookEvent.objects.get().status == "processed"


def test_calcom_replays_are_no_ops(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    body = calcom_body(created_at="2026-12-01T10:00:00Z")
    assert post_calcom(public_client, path, body).json()["status"] == "accepted"
    again = post_calcom(public_client, path, body)
    assert again.status_code == 200
    assert again.json()["status"] == "duplicate"
    with in_tenant(tenant_a):
        assert Appointment.objects.count() == 1
        assert CalendarWebhookEvent.objects.count() == 1


@pytest.mark.parametrize(
    "signature",
    ["", "no-secret-provided", "0" * 64, calcom.signature_for(b"something else", SECRET), "not hex at all"],
)
def test_calcom_refuses_missing_forged_and_unsigned_requests(tenant_a, in_tenant, public_client, signature):
    path = connect(tenant_a, in_tenant, "calcom")
    response = post_calcom(public_client, path, calcom_body(), signature=signature)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "bad_signature"
    with in_tenant(tenant_a):
        assert not CalendarWebhookEvent.objects.exists()
        assert not Appointment.objects.exists()


def test_calcom_signature_with_the_wrong_secret_is_refused(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    body = calcom_body()
    response = post_calcom(public_client, path, body, signature=calcom.signature_for(body, "another-secret"))
    assert response.status_code == 401


def test_calcom_reschedule_moves_the_same_appointment(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    post_calcom(public_client, path, calcom_body(uid="bk_old"))
    later = START + timedelta(days=1, hours=2)
    body = calcom_body(
        trigger="BOOKING_RESCHEDULED",
        uid="bk_new",
        start=later,
        rescheduleUid="bk_old",
        rescheduleStartTime=iso(START),
        rescheduleEndTime=iso(START + timedelta(minutes=30)),
    )
    assert post_calcom(public_client, path, body).status_code == 200
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.start_at == later
        assert appointment.history.filter(action=AppointmentEvent.Action.RESCHEDULED).count() == 1
        assert set(appointment.external_ids.values_list("external_id", flat=True)) == {"bk_old", "bk_new"}
    # A later cancel of the new uid cancels it.
    cancel = calcom_body(trigger="BOOKING_CANCELLED", uid="bk_new", start=later, cancellationReason="Travelling")
    post_calcom(public_client, path, cancel)
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.status == AppointmentStatus.CANCELLED
        assert appointment.cancellation_reason == "Travelling"


def test_calcom_no_show_and_meeting_ended(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    past = timezone.now().replace(microsecond=0) - timedelta(hours=3)
    post_calcom(public_client, path, calcom_body(uid="bk_past", start=past))
    no_show = json.dumps(
        {
            "triggerEvent": "BOOKING_NO_SHOW_UPDATED",
            "createdAt": iso(timezone.now()),
            "payload": {
                "bookingUid": "bk_past",
                "bookingId": 11,
                "attendees": [{"email": "sam@example.test", "noShow": True}],
                "message": "x",
            },
        }
    ).encode()
    assert post_calcom(public_client, path, no_show).status_code == 200
    with in_tenant(tenant_a):
        assert Appointment.objects.get().status == AppointmentStatus.NO_SHOW


def test_calcom_other_triggers_are_acknowledged_and_ignored(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    response = post_calcom(public_client, path, calcom_body(trigger="MEETING_STARTED"))
    assert response.status_code == 200
    with in_tenant(tenant_a):
        assert CalendarWebhookEvent.objects.get().status == "ignored"
        assert not Appointment.objects.exists()


def test_calcom_booking_over_an_existing_appointment_is_surfaced_as_a_conflict(
    tenant_a, in_tenant, public_client, portal, owner_a, run_on_commit
):
    """The provider confirmed it to the guest: staff get an alert and see it on the calendar."""
    from voiceplatform import events

    path = connect(tenant_a, in_tenant, "calcom")
    with in_tenant(tenant_a):
        resource = ResourceFactory(email="rivera@alpha.test")
        AppointmentFactory(resource=resource, start_at=START, end_at=START + timedelta(minutes=30))
    alerts = []
    events.subscribe(events.StaffAlert, alerts.append)
    try:
        with run_on_commit():
            assert post_calcom(public_client, path, calcom_body()).status_code == 200
    finally:
        events.unsubscribe(events.StaffAlert, alerts.append)
    with in_tenant(tenant_a):
        event = CalendarWebhookEvent.objects.get()
        assert event.status == "conflict"
        assert "already has an appointment" in event.error
        assert (event.start_at, event.end_at) == (START, START + timedelta(minutes=30))
        assert Appointment.objects.count() == 1
    (alert,) = alerts
    assert alert.schema_name == tenant_a.schema_name and alert.priority == "high"
    assert "Sam Jones" in alert.title and "Cal.com" in alert.title
    assert alert.link == f"/calendar/?date={START.astimezone(tenant_a.zone):%Y-%m-%d}"

    page = portal(owner_a).get(alert.link).content.decode()
    assert 'class="appt conflict"' in page and "Conflict: Sam Jones" in page
    assert "booked in Cal.com" in page


def test_calcom_invalid_json_with_a_valid_signature_is_a_400(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    response = post_calcom(public_client, path, b"{not json")
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_payload"


def test_unknown_tokens_inactive_syncs_and_suspended_tenants_get_nothing(tenant_a, in_tenant, public_client):
    body = calcom_body()
    assert post_calcom(public_client, "/hooks/calcom/not-a-token/", body).status_code == 404
    path = connect(tenant_a, in_tenant, "calcom")
    with in_tenant(tenant_a):
        calendar_integration_update(tenant=tenant_a, provider="calcom", is_active=False)
    assert post_calcom(public_client, path, body).status_code == 404
    with in_tenant(tenant_a):
        calendar_integration_update(tenant=tenant_a, provider="calcom", is_active=True)
    tenant_suspend(tenant=tenant_a, reason="test")
    assert post_calcom(public_client, path, body).status_code == 403
    with in_tenant(tenant_a):
        assert not CalendarWebhookEvent.objects.exists()


def test_the_calcom_token_of_one_tenant_never_reaches_another(tenant_a, tenant_b, in_tenant, public_client):
    path_a = connect(tenant_a, in_tenant, "calcom")
    connect(tenant_b, in_tenant, "calcom")
    post_calcom(public_client, path_a, calcom_body())
    with in_tenant(tenant_b):
        assert not Appointment.objects.exists()
    with in_tenant(tenant_a):
        assert Appointment.objects.count() == 1


def test_get_only_works_as_post(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calcom")
    assert public_client.get(path).status_code == 405


# --- Calendly ----------------------------------------------------------------------------------


def calendly_body(event="invitee.created", invitee="inv_1", start=START, **payload):
    data = {
        "event": event,
        "created_at": iso(timezone.now()),
        "created_by": "https://api.calendly.com/users/host",
        "payload": {
            "uri": f"https://api.calendly.com/scheduled_events/ev/invitees/{invitee}",
            "email": "kim@example.test",
            "name": "Kim Lee",
            "first_name": "Kim",
            "last_name": "Lee",
            "status": "active" if event == "invitee.created" else "canceled",
            "timezone": "America/New_York",
            "rescheduled": False,
            "old_invitee": None,
            "new_invitee": None,
            "text_reminder_number": "+13125550100",
            "questions_and_answers": [],
            "scheduled_event": {
                "uri": f"https://api.calendly.com/scheduled_events/ev_{invitee}",
                "name": "Consultation",
                "status": "active",
                "start_time": iso(start),
                "end_time": iso(start + timedelta(minutes=45)),
                "event_type": "https://api.calendly.com/event_types/et",
                "location": {},
                "event_memberships": [{"user": "u", "user_email": "nobody@alpha.test", "user_name": "Host"}],
            },
            **payload,
        },
    }
    return json.dumps(data).encode()


def uri(invitee):
    return f"https://api.calendly.com/scheduled_events/ev/invitees/{invitee}"


def post_calendly(client, path, body, header=None):
    header = header if header is not None else calendly.header_for(body, SECRET)
    return client.post(path, body, content_type="application/json", HTTP_CALENDLY_WEBHOOK_SIGNATURE=header)


def test_calendly_booking_creates_an_appointment(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    response = post_calendly(public_client, path, calendly_body())
    assert response.status_code == 200, response.content
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.source == "calendly"
        assert appointment.end_at - appointment.start_at == timedelta(minutes=45)
        assert appointment.appointment_type is None
        assert appointment.display_title == "Consultation"
        assert appointment.contact.phone == "+13125550100"
        assert appointment.contact.timezone == "America/New_York"


@pytest.mark.parametrize(
    "make_header",
    [
        lambda body: "",
        lambda body: "v1=" + calendly.signature_for(body, SECRET, int(clock.time())),
        lambda body: calendly.header_for(body, "wrong-secret"),
        lambda body: calendly.header_for(body, SECRET, int(clock.time()) - 181),
        lambda body: calendly.header_for(body, SECRET, int(clock.time()) + 600),
        lambda body: f"t=abc,v1={calendly.signature_for(body, SECRET, 0)}",
        lambda body: calendly.header_for(b"other body", SECRET),
    ],
    ids=["missing", "no-timestamp", "wrong-secret", "stale", "future", "garbage-t", "other-body"],
)
def test_calendly_refuses_missing_forged_and_stale_signatures(tenant_a, in_tenant, public_client, make_header):
    path = connect(tenant_a, in_tenant, "calendly")
    body = calendly_body()
    response = post_calendly(public_client, path, body, header=make_header(body))
    assert response.status_code == 401
    with in_tenant(tenant_a):
        assert not CalendarWebhookEvent.objects.exists()


def test_calendly_signature_within_three_minutes_is_accepted(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    body = calendly_body()
    header = calendly.header_for(body, SECRET, int(clock.time()) - 170)
    assert post_calendly(public_client, path, body, header=header).status_code == 200


def test_calendly_replays_are_no_ops(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    body = calendly_body()
    post_calendly(public_client, path, body)
    assert post_calendly(public_client, path, body).json()["status"] == "duplicate"
    with in_tenant(tenant_a):
        assert Appointment.objects.count() == 1


def _reschedule_pair(later):
    cancel = calendly_body(
        event="invitee.canceled",
        invitee="inv_old",
        rescheduled=True,
        new_invitee=uri("inv_new"),
        cancellation={"canceled_by": "Kim", "reason": "", "canceler_type": "invitee"},
    )
    create = calendly_body(event="invitee.created", invitee="inv_new", start=later, old_invitee=uri("inv_old"))
    return cancel, create


@pytest.mark.parametrize("cancel_first", [True, False], ids=["cancel-then-create", "create-then-cancel"])
def test_calendly_reschedule_pair_moves_one_appointment_in_either_order(
    tenant_a, in_tenant, public_client, cancel_first
):
    path = connect(tenant_a, in_tenant, "calendly")
    post_calendly(public_client, path, calendly_body(invitee="inv_old"))
    later = START + timedelta(days=2)
    cancel, create = _reschedule_pair(later)
    for body in (cancel, create) if cancel_first else (create, cancel):
        assert post_calendly(public_client, path, body).status_code == 200
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.status == AppointmentStatus.SCHEDULED
        assert appointment.start_at == later
        assert appointment.history.filter(action="rescheduled").count() == 1
        assert CalendarWebhookEvent.objects.filter(status="processed").count() == 3


def test_calendly_cancel_cancels(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    post_calendly(public_client, path, calendly_body(invitee="inv_c"))
    cancel = calendly_body(
        event="invitee.canceled",
        invitee="inv_c",
        cancellation={"canceled_by": "Kim", "reason": "Sick", "canceler_type": "invitee"},
    )
    post_calendly(public_client, path, cancel)
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.status == AppointmentStatus.CANCELLED
        assert appointment.cancellation_reason == "Sick"


def test_calendly_cancel_of_an_unknown_booking_is_ignored(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    post_calendly(public_client, path, calendly_body(event="invitee.canceled", invitee="inv_x"))
    with in_tenant(tenant_a):
        assert CalendarWebhookEvent.objects.get().status == "ignored"


def test_bookings_without_any_contact_detail_fail_clearly(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    body = calendly_body(email="", text_reminder_number=None)
    post_calendly(public_client, path, body)
    with in_tenant(tenant_a):
        event = CalendarWebhookEvent.objects.get()
        assert event.status == "failed"
        assert "phone number nor an email" in event.error
        assert not Contact.objects.filter(first_name="Kim").exists()


def test_an_invalid_phone_falls_back_to_the_email(tenant_a, in_tenant, public_client):
    path = connect(tenant_a, in_tenant, "calendly")
    post_calendly(public_client, path, calendly_body(text_reminder_number="12345"))
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.contact.phone is None
        assert appointment.contact.email == "kim@example.test"


# --- connection settings ----------------------------------------------------------------------------


def test_only_one_calendar_sync_may_be_active(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        calendar_integration_update(tenant=tenant_a, provider="calcom", signing_secret=SECRET, is_active=True)
        with pytest.raises(ValidationError) as excinfo:
            calendar_integration_update(tenant=tenant_a, provider="calendly", signing_secret=SECRET, is_active=True)
        assert "is_active" in excinfo.value.message_dict
        assert not CalendarIntegration.objects.filter(provider="calendly", is_active=True).exists()
        calendar_integration_update(tenant=tenant_a, provider="calcom", is_active=False)
        calendar_integration_update(tenant=tenant_a, provider="calendly", signing_secret=SECRET, is_active=True)
        assert CalendarIntegration.objects.get(is_active=True).provider == "calendly"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"is_active": True}, "signing_secret"),
        ({"signing_secret": "   "}, "signing_secret"),
        ({"signing_secret": "no-secret-provided"}, "signing_secret"),
        ({"signing_secret": "x" * 501}, "signing_secret"),
    ],
)
def test_bad_connection_settings_are_refused(tenant_a, in_tenant, kwargs, field):
    with in_tenant(tenant_a):
        with pytest.raises(ValidationError) as excinfo:
            calendar_integration_update(tenant=tenant_a, provider="calcom", **kwargs)
        assert field in excinfo.value.message_dict
        assert not CalendarIntegration.objects.filter(provider="calcom").exclude(signing_secret_encrypted="").exists()
        assert not CalendarIntegration.objects.filter(provider="calcom", is_active=True).exists()


def test_the_secret_is_encrypted_at_rest(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        calendar_integration_update(tenant=tenant_a, provider="calcom", signing_secret=SECRET)
        stored = CalendarIntegration.objects.get(provider="calcom").signing_secret_encrypted
    assert SECRET not in stored
    assert stored


def test_rotating_the_webhook_url_retires_the_old_one(tenant_a, in_tenant, public_client):
    old_path = connect(tenant_a, in_tenant, "calcom")
    with in_tenant(tenant_a):
        calendar_integration_update(tenant=tenant_a, provider="calcom", rotate_webhook_url=True)
        new_path = "/" + calendar_webhook_url(tenant=tenant_a, provider="calcom").split("/", 3)[3]
    assert new_path != old_path
    assert post_calcom(public_client, old_path, calcom_body()).status_code == 404
    assert post_calcom(public_client, new_path, calcom_body()).status_code == 200


def test_integration_api_shows_the_url_and_never_the_secret(tenant_a, admin_a, manager_a, api):
    client = api(admin_a)
    response = client.put("/api/v1/integrations/calcom/", {"signing_secret": SECRET, "is_active": True}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["is_active"] is True
    assert body["has_secret"] is True
    assert "signing_secret" not in body
    assert SECRET not in response.content.decode()
    assert body["webhook_url"].startswith("http://localhost")
    assert "/hooks/calcom/" in body["webhook_url"]
    assert client.get("/api/v1/integrations/calcom").json()["webhook_url"] == body["webhook_url"]

    clash = client.put("/api/v1/integrations/calendly/", {"signing_secret": SECRET, "is_active": True}, format="json")
    assert clash.status_code == 400
    assert "is_active" in clash.json()["error"]["fields"]

    assert api(manager_a).get("/api/v1/integrations/calcom/").status_code == 403
    assert api(admin_a, scope="read").put("/api/v1/integrations/calcom/", {"is_active": False}).status_code == 403
