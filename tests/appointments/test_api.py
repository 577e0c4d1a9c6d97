"""The appointments API: availability, booking with conflicts and idempotency, actions, setup CRUD."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from appointments.models import Appointment, AppointmentType, AvailabilityRule, BlockedDate, Resource
from tests.appointments.factories import AppointmentFactory
from tests.appointments.helpers import make_calendar

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(weekly={d: [(time(9), time(12))] for d in range(7)})
    day = (timezone.now() + timedelta(days=3)).astimezone(resource.zone).date()
    return resource, kind, day


def test_availability_returns_iso_slots_in_the_resources_zone(api, viewer_a, calendar):
    resource, kind, day = calendar
    response = api(viewer_a).get(
        "/api/v1/availability/", {"type": kind.pk, "resource": resource.pk, "start": day, "end": day}
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["timezone"] == "Europe/London"
    assert len(body["slots"]) == 6
    first = body["slots"][0]
    assert first["start"].startswith(f"{day.isoformat()}T09:00:00")
    assert first["start"][-6:] in ("+00:00", "+01:00")
    assert first["resource_ids"] == [resource.pk]


def test_availability_for_a_new_york_resource_shows_new_york_times(api, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(zone="America/New_York", weekly={d: [(time(9), time(10))] for d in range(7)})
    day = (timezone.now() + timedelta(days=3)).date()
    response = api(viewer_a).get(
        "/api/v1/availability", {"type": kind.pk, "resource": resource.pk, "start": day, "end": day}
    )
    assert response.json()["timezone"] == "America/New_York"
    assert response.json()["slots"][0]["start"][-6:] in ("-05:00", "-04:00")


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({}, "type"),
        ({"type": "abc"}, "type"),
        ({"type": 999999}, "type"),
        ({"resource": 999999}, "resource"),
        ({"start": "yesterday"}, "start"),
        ({"start": "2027-01-10", "end": "2027-01-01"}, "end"),
        ({"start": "2027-01-01", "end": "2027-06-01"}, "end"),
    ],
)
def test_availability_bad_input_is_a_400_with_the_field(api, viewer_a, calendar, params, field):
    _, kind, _ = calendar
    if "type" not in params and field != "type":
        params = {"type": kind.pk, **params}
    response = api(viewer_a).get("/api/v1/availability/", params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid"
    assert field in error["fields"]


def test_create_books_and_a_second_booking_of_the_slot_is_a_409(api, manager_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    start = timezone.datetime.combine(day, time(10), tzinfo=resource.zone).isoformat()
    payload = {
        "appointment_type": kind.pk,
        "resource": resource.pk,
        "start_at": start,
        "first_name": "Ann",
        "phone": "+447912345111",
        "notify": False,
    }
    client = api(manager_a)
    created = client.post("/api/v1/appointments/", payload, format="json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "scheduled"
    assert body["source"] == "api"
    assert body["contact"]["phone"] == "+447912345111"
    clash = client.post("/api/v1/appointments/", {**payload, "phone": "+447912345112"}, format="json")
    assert clash.status_code == 409
    assert clash.json()["error"]["code"] == "slot_unavailable"
    with in_tenant(tenant_a):
        assert Appointment.objects.count() == 1


def test_create_with_an_idempotency_key_replays(api, manager_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    start = timezone.datetime.combine(day, time(11), tzinfo=resource.zone).isoformat()
    payload = {"appointment_type": kind.pk, "start_at": start, "email": "x@example.test", "notify": False}
    client = api(manager_a)
    first = client.post("/api/v1/appointments/", payload, format="json", HTTP_IDEMPOTENCY_KEY="req-42")
    second = client.post("/api/v1/appointments/", payload, format="json", HTTP_IDEMPOTENCY_KEY="req-42")
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    with in_tenant(tenant_a):
        assert Appointment.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"appointment_type": 999999}, "appointment_type"),
        ({"start_at": "tomorrow"}, "start_at"),
        ({"phone": "", "email": ""}, "phone"),
        ({"phone": "123"}, "phone"),
        ({"source": "calcom"}, "source"),
    ],
)
def test_create_bad_input_is_a_400_and_books_nothing(api, manager_a, calendar, tenant_a, in_tenant, change, field):
    resource, kind, day = calendar
    payload = {
        "appointment_type": kind.pk,
        "start_at": timezone.datetime.combine(day, time(10), tzinfo=resource.zone).isoformat(),
        "phone": "+447912345113",
        **change,
    }
    response = api(manager_a).post("/api/v1/appointments/", payload, format="json")
    assert response.status_code == 400
    assert field in response.json()["error"]["fields"]
    with in_tenant(tenant_a):
        assert not Appointment.objects.exists()


def test_actions_reschedule_confirm_cancel(api, manager_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    client = api(manager_a)
    start = timezone.datetime.combine(day, time(9), tzinfo=resource.zone)
    created = client.post(
        "/api/v1/appointments/",
        {"appointment_type": kind.pk, "start_at": start.isoformat(), "phone": "+447912345114", "notify": False},
        format="json",
    ).json()
    url = f"/api/v1/appointments/{created['id']}"
    moved = client.post(f"{url}/reschedule/", {"start_at": (start + timedelta(hours=1)).isoformat()}, format="json")
    assert moved.status_code == 200, moved.content
    assert datetime.fromisoformat(moved.json()["start_at"]) == start + timedelta(hours=1)
    blocked = client.post(f"{url}/reschedule/", {"start_at": (start + timedelta(hours=8)).isoformat()}, format="json")
    assert blocked.status_code == 409
    assert client.post(f"{url}/confirm/").json()["status"] == "confirmed"
    patched = client.patch(f"{url}/", {"notes": "Allergic to latex"}, format="json")
    assert patched.json()["notes"] == "Allergic to latex"
    cancelled = client.post(f"{url}/cancel/", {"reason": "Moved away", "notify": False}, format="json")
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancellation_reason"] == "Moved away"
    assert client.post(f"{url}/complete/").status_code == 400
    assert client.post(f"{url}/reschedule/", {"start_at": start.isoformat()}, format="json").status_code == 400


def test_list_filters_searches_orders_and_paginates(api, viewer_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        soon = AppointmentFactory(contact__first_name="Zed")
        later = AppointmentFactory(start_at=soon.start_at + timedelta(days=1), status="confirmed")
    client = api(viewer_a)
    body = client.get("/api/v1/appointments/").json()
    assert {"count", "next", "previous", "results"} <= set(body)
    assert [a["id"] for a in body["results"]] == [soon.pk, later.pk]
    assert [a["id"] for a in client.get("/api/v1/appointments/", {"status": "confirmed"}).json()["results"]] == [
        later.pk
    ]
    assert [a["id"] for a in client.get("/api/v1/appointments/", {"search": "Zed"}).json()["results"]] == [soon.pk]
    assert client.get("/api/v1/appointments/", {"ordering": "-start_at"}).json()["results"][0]["id"] == later.pk
    after = (soon.start_at + timedelta(hours=12)).isoformat()
    assert [a["id"] for a in client.get("/api/v1/appointments/", {"start_after": after}).json()["results"]] == [
        later.pk
    ]


def test_viewers_and_read_keys_cannot_write(api, viewer_a, owner_a, calendar):
    _resource, kind, day = calendar
    payload = {"appointment_type": kind.pk, "start_at": f"{day}T10:00:00+00:00", "phone": "+447912345115"}
    assert api(viewer_a).post("/api/v1/appointments/", payload, format="json").status_code == 403
    assert api(owner_a, scope="read").post("/api/v1/appointments/", payload, format="json").status_code == 403
    assert api(viewer_a).post("/api/v1/resources/", {"name": "X"}, format="json").status_code == 403


def test_agents_with_the_calendar_flag_may_book(api, agent_a, calendar):
    from tenants.models import Membership

    _resource, kind, day = calendar
    payload = {"appointment_type": kind.pk, "start_at": f"{day}T10:00:00+00:00", "phone": "+447912345116"}
    assert api(agent_a).post("/api/v1/appointments/", payload, format="json").status_code == 403
    Membership.objects.filter(pk=agent_a.pk).update(can_manage_calendar=True)
    assert api(agent_a).post("/api/v1/appointments/", payload, format="json").status_code in (201, 409)


def test_resources_types_rules_and_blocked_dates_crud(api, manager_a, tenant_a, in_tenant):
    client = api(manager_a)
    resource = client.post(
        "/api/v1/resources/", {"name": "Dr Patel", "timezone": "America/Chicago", "kind": "staff"}, format="json"
    )
    assert resource.status_code == 201, resource.content
    resource_id = resource.json()["id"]
    bad = client.post("/api/v1/resources/", {"name": "X", "timezone": "Mars/Base"}, format="json")
    assert bad.status_code == 400
    assert "timezone" in bad.json()["error"]["fields"]

    kind = client.post(
        "/api/v1/appointment-types/",
        {"name": "Cleaning", "duration_minutes": 45, "buffer_after_minutes": 15, "resources": [resource_id]},
        format="json",
    )
    assert kind.status_code == 201, kind.content
    assert kind.json()["slug"] == "cleaning"
    assert kind.json()["resources"] == [resource_id]
    too_short = client.post("/api/v1/appointment-types/", {"name": "Blink", "duration_minutes": 1}, format="json")
    assert too_short.status_code == 400
    assert (
        client.patch(f"/api/v1/appointment-types/{kind.json()['id']}/", {"price": "49.50"}, format="json").json()[
            "price"
        ]
        == "49.50"
    )

    # New resources open weekdays 09:00-17:00; a second Monday range may not overlap.
    overlap = client.post(
        "/api/v1/availability-rules/",
        {"resource": resource_id, "weekday": 0, "start_time": "16:00", "end_time": "18:00"},
        format="json",
    )
    assert overlap.status_code == 400
    saturday = client.post(
        "/api/v1/availability-rules/",
        {"resource": resource_id, "weekday": 5, "start_time": "10:00", "end_time": "13:00"},
        format="json",
    )
    assert saturday.status_code == 201
    backwards = client.patch(
        f"/api/v1/availability-rules/{saturday.json()['id']}/", {"end_time": "09:00"}, format="json"
    )
    assert backwards.status_code == 400
    assert client.get("/api/v1/availability-rules/", {"resource": resource_id, "weekday": 5}).json()["count"] == 1
    assert client.delete(f"/api/v1/availability-rules/{saturday.json()['id']}/").status_code == 204

    blocked = client.post(
        "/api/v1/blocked-dates/", {"start_date": "2027-12-24", "end_date": "2027-12-26", "reason": "Xmas"}
    )
    assert blocked.status_code == 201
    assert blocked.json()["resource"] is None
    reversed_dates = client.post("/api/v1/blocked-dates/", {"start_date": "2027-12-24", "end_date": "2027-12-20"})
    assert reversed_dates.status_code == 400
    override = client.post(
        "/api/v1/date-overrides/",
        {"resource": resource_id, "date": "2027-12-27", "start_time": "12:00", "end_time": "11:00"},
        format="json",
    )
    assert override.status_code == 400

    assert client.delete(f"/api/v1/resources/{resource_id}/").status_code == 204
    with in_tenant(tenant_a):
        assert (
            not Resource.objects.filter(pk=resource_id).exists() or not Resource.objects.get(pk=resource_id).is_active
        )
        assert AppointmentType.objects.filter(slug="cleaning").exists()
        assert BlockedDate.objects.count() == 1
        assert not AvailabilityRule.objects.filter(resource_id=resource_id, weekday=5).exists()


def test_a_resource_with_history_is_deactivated_not_deleted(api, manager_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        appointment = AppointmentFactory()
    assert api(manager_a).delete(f"/api/v1/resources/{appointment.resource_id}/").status_code == 204
    with in_tenant(tenant_a):
        assert Resource.objects.get(pk=appointment.resource_id).is_active is False


def test_notifications_log_lists_and_filters(api, viewer_a, tenant_a, in_tenant):
    from tests.notifications.factories import NotificationFactory

    with in_tenant(tenant_a):
        sms = NotificationFactory(status="delivered")
        email = NotificationFactory(channel="email", recipient="a@example.test", status="failed")
    client = api(viewer_a)
    body = client.get("/api/v1/notifications/").json()
    assert body["count"] == 2
    assert [n["id"] for n in client.get("/api/v1/notifications/", {"channel": "email"}).json()["results"]] == [email.pk]
    assert [n["id"] for n in client.get("/api/v1/notifications/", {"status": "delivered"}).json()["results"]] == [
        sms.pk
    ]
    assert client.get("/api/v1/notifications/", {"search": "a@example"}).json()["count"] == 1
    assert client.post("/api/v1/notifications/", {}).status_code in (403, 405)


def test_templates_api_edits_and_previews(api, manager_a, viewer_a):
    client = api(manager_a)
    templates = client.get("/api/v1/notification-templates/").json()["results"]
    assert len(templates) == 8
    sms = next(t for t in templates if t["event"] == "booked" and t["channel"] == "sms")
    bad = client.patch(f"/api/v1/notification-templates/{sms['id']}/", {"body": "Hi {who}"}, format="json")
    assert bad.status_code == 400
    assert "body" in bad.json()["error"]["fields"]
    ok = client.patch(f"/api/v1/notification-templates/{sms['id']}/", {"body": "Hi {guest_name}"}, format="json")
    assert ok.json()["body"] == "Hi {guest_name}"
    preview = client.post(
        "/api/v1/notification-templates/preview/", {"channel": "sms", "body": "Hi {guest_name}"}, format="json"
    )
    assert preview.json()["body"] == "Hi Jamie Rivera"
    assert api(viewer_a).patch(f"/api/v1/notification-templates/{sms['id']}/", {"body": "x"}).status_code == 403


def test_the_openapi_schema_still_builds(api, viewer_a):
    response = api(viewer_a).get("/api/schema/")
    assert response.status_code == 200
    assert b"/api/v1/availability" in response.content


def test_no_route_of_these_apps_answers_500_to_a_member(api, portal, owner_a, tenant_a, in_tenant):
    """Every method on every route, with real ids and empty bodies: clear errors, never a crash."""
    from tests.test_isolation import concrete_paths, iter_routes

    with in_tenant(tenant_a):
        appointment = AppointmentFactory()
        ids = [appointment.pk, appointment.resource_id, appointment.appointment_type_id]
    client, session = api(owner_a), portal(owner_a)
    failures = []
    for route, entry in iter_routes():
        module = getattr(entry.callback, "__module__", "") or ""
        if not module.startswith(("appointments", "notifications")):
            continue
        for path in concrete_paths(route, ids):
            for method in ("get", "post", "patch", "put", "delete"):
                for who in (client, session):
                    status = getattr(who, method)(path).status_code
                    if status >= 500:
                        failures.append(f"{method.upper()} {path} -> {status}")
    assert not failures, "\n".join(failures)
