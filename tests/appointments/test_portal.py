"""Calendar pages: week, month and list views, booking, the appointment page, drag to move, setup pages."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from appointments.models import Appointment, AppointmentType, AvailabilityRule, BlockedDate, DateOverride, Resource
from tests.appointments.factories import AppointmentFactory
from tests.appointments.helpers import make_calendar

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        resource, kind = make_calendar(weekly={d: [(time(9), time(17))] for d in range(7)})
    day = (timezone.now() + timedelta(days=2)).astimezone(tenant_a.zone).date()
    return resource, kind, day


def local(day, hour, zone, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def test_the_calendar_is_in_the_navigation(portal, viewer_a):
    content = portal(viewer_a).get("/").content.decode()
    assert 'href="/calendar/"' in content
    assert 'href="/messages/"' in content


def test_week_view_places_appointments_in_the_tenants_zone(portal, viewer_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        AppointmentFactory(
            resource=resource,
            appointment_type=kind,
            contact__first_name="Priya",
            contact__last_name="Shah",
            start_at=local(day, 14, tenant_a.zone, 30),
            end_at=local(day, 15, tenant_a.zone),
        )
    response = portal(viewer_a).get("/calendar/", {"date": day.isoformat()})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Priya Shah" in content
    assert "<strong>14:30</strong>" in content
    # Viewers see, but cannot book or drag.
    assert "draggable" not in content
    assert "/calendar/new/" not in content


def test_week_view_lets_managers_book_and_drag(portal, manager_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        appointment = AppointmentFactory(
            resource=resource, appointment_type=kind, start_at=local(day, 10, tenant_a.zone)
        )
    content = portal(manager_a).get("/calendar/", {"date": day.isoformat()}).content.decode()
    assert f'data-reschedule-url="/calendar/{appointment.pk}/reschedule/"' in content
    assert 'class="week-cell"' in content
    assert "/calendar/new/?start=" in content


def test_week_view_has_an_empty_state_and_filters(portal, viewer_a, calendar):
    resource, _kind, day = calendar
    client = portal(viewer_a)
    empty = client.get("/calendar/", {"date": day.isoformat()})
    assert "No appointments this week" in empty.content.decode()
    filtered = client.get("/calendar/", {"date": day.isoformat(), "resource": resource.pk, "status": "confirmed"})
    assert "for these filters" in filtered.content.decode()
    partial = client.get("/calendar/", {"date": day.isoformat()}, HTTP_HX_REQUEST="true")
    assert partial.content.decode().lstrip().startswith('<div id="calendar-body">')


def test_week_view_has_a_column_per_resource_only_when_there_are_several(
    portal, viewer_a, calendar, tenant_a, in_tenant
):
    resource, kind, day = calendar
    client = portal(viewer_a)
    single = client.get("/calendar/", {"date": day.isoformat()}).content.decode()
    assert "data-resource=" not in single and "by-resource" not in single
    with in_tenant(tenant_a):
        other = Resource.objects.create(name="Nurse Ortiz", timezone="Europe/London")
        AppointmentFactory(resource=other, appointment_type=kind, start_at=local(day, 10, tenant_a.zone))
    several = client.get("/calendar/", {"date": day.isoformat()}).content.decode()
    assert "--lanes: 2" in several
    assert several.count(f'data-resource="{other.pk}"') == 7 and several.count(f'data-resource="{resource.pk}"') == 7
    # Filtered to one resource, the day is one column again.
    filtered = client.get("/calendar/", {"date": day.isoformat(), "resource": resource.pk}).content.decode()
    assert "data-resource=" not in filtered


def test_month_and_list_views(portal, viewer_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        AppointmentFactory(
            resource=resource, appointment_type=kind, contact__first_name="Omar", start_at=local(day, 9, tenant_a.zone)
        )
    client = portal(viewer_a)
    month = client.get("/calendar/month/", {"date": day.isoformat()})
    assert month.status_code == 200
    assert "Omar" in month.content.decode()
    listing = client.get("/calendar/list/", {"date": day.isoformat()})
    assert "Omar" in listing.content.decode()
    assert "No appointments in this period" in client.get("/calendar/list/", {"q": "nobody"}).content.decode()


def test_booking_from_the_portal(portal, manager_a, calendar, tenant_a, in_tenant, django_capture_on_commit_callbacks):
    resource, kind, day = calendar
    client = portal(manager_a)
    start = local(day, 11, tenant_a.zone)
    form = client.get("/calendar/new/", {"start": start.isoformat(), "resource": resource.pk})
    assert form.status_code == 200
    assert start.strftime("%Y-%m-%dT%H:%M") in form.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/calendar/new/",
            {
                "appointment_type": kind.pk,
                "resource": resource.pk,
                "start_at": start.strftime("%Y-%m-%dT%H:%M"),
                "first_name": "Lena",
                "phone": "07912 345666",
            },
        )
    assert response.status_code == 302
    assert response["Location"] == f"/calendar/?date={day.isoformat()}"
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.start_at == start
        assert appointment.source == "portal"
        assert appointment.contact.phone == "+447912345666"
        assert appointment.history.get().actor == manager_a.user
    clash = client.post(
        "/calendar/new/",
        {
            "appointment_type": kind.pk,
            "resource": resource.pk,
            "start_at": start.strftime("%Y-%m-%dT%H:%M"),
            "phone": "07912 345667",
        },
    )
    assert clash.status_code == 409
    assert "already booked" in clash.content.decode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"start_at": ""}, "Enter the date and time."),
        ({"appointment_type": "999999"}, "Choose an appointment type."),
        ({"phone": "", "email": ""}, "Give the guest&#x27;s phone number or email address."),
        ({"phone": "123"}, "wrong number of digits"),
    ],
)
def test_booking_form_errors_are_shown_and_nothing_is_booked(
    portal, manager_a, calendar, tenant_a, in_tenant, change, message
):
    _resource, kind, day = calendar
    data = {
        "appointment_type": kind.pk,
        "start_at": local(day, 11, tenant_a.zone).strftime("%Y-%m-%dT%H:%M"),
        "phone": "07912 345668",
        **change,
    }
    response = portal(manager_a).post("/calendar/new/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    with in_tenant(tenant_a):
        assert not Appointment.objects.exists()


def test_agents_and_viewers_cannot_book(portal, agent_a, viewer_a, calendar):
    _resource, kind, _day = calendar
    for member in (agent_a, viewer_a):
        assert portal(member).get("/calendar/new/").status_code == 403
        assert portal(member).post("/calendar/new/", {"appointment_type": kind.pk}).status_code == 403


def test_dragging_moves_the_appointment_or_explains_why_not(portal, manager_a, calendar, tenant_a, in_tenant):
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        first = AppointmentFactory(resource=resource, appointment_type=kind, start_at=local(day, 10, tenant_a.zone))
        AppointmentFactory(resource=resource, appointment_type=kind, start_at=local(day, 12, tenant_a.zone))
    client = portal(manager_a)
    url = f"/calendar/{first.pk}/reschedule/"
    moved = client.post(url, {"start_at": local(day, 13, tenant_a.zone).isoformat()}, HTTP_ACCEPT="application/json")
    assert moved.status_code == 200
    assert moved.json()["ok"] is True
    taken = client.post(url, {"start_at": local(day, 12, tenant_a.zone).isoformat()}, HTTP_ACCEPT="application/json")
    assert taken.status_code == 409
    assert taken.json()["ok"] is False
    garbage = client.post(url, {"start_at": "soon"}, HTTP_ACCEPT="application/json")
    assert garbage.status_code == 400
    with in_tenant(tenant_a):
        first.refresh_from_db()
        assert first.start_at == local(day, 13, tenant_a.zone)


def test_viewers_cannot_drag(portal, viewer_a, calendar, tenant_a, in_tenant):
    resource, kind, _day = calendar
    with in_tenant(tenant_a):
        appointment = AppointmentFactory(resource=resource, appointment_type=kind)
    response = portal(viewer_a).post(
        f"/calendar/{appointment.pk}/reschedule/", {"start_at": appointment.start_at.isoformat()}
    )
    assert response.status_code == 403


def test_appointment_page_actions(portal, manager_a, calendar, tenant_a, in_tenant, django_capture_on_commit_callbacks):
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        appointment = AppointmentFactory(
            resource=resource, appointment_type=kind, start_at=local(day, 9, tenant_a.zone), contact__email="g@x.test"
        )
    client = portal(manager_a)
    url = f"/calendar/{appointment.pk}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Resend confirmation" in page.content.decode()

    assert client.post(f"{url}status/", {"status": "confirmed"}).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{url}resend/")
    no_reason = client.post(f"{url}cancel/", {"reason": ""})
    assert no_reason.status_code == 302
    with in_tenant(tenant_a):
        appointment.refresh_from_db()
        assert appointment.status == "confirmed"
        assert appointment.notifications.filter(kind="appointment.booked").count() == 2
        assert appointment.history.filter(action="notified").exists()
    early = client.post(f"{url}status/", {"status": "completed"}, follow=True)
    assert "has started" in early.content.decode()
    client.post(f"{url}cancel/", {"reason": "Clinic closed", "no_notify": "1"})
    with in_tenant(tenant_a):
        appointment.refresh_from_db()
        assert appointment.status == "cancelled"
        assert appointment.cancellation_reason == "Clinic closed"
    history = client.get(url).content.decode()
    assert "Clinic closed" in history
    assert "Resend confirmation" not in history


def test_resources_page_adds_a_resource_and_saves_hours(portal, manager_a, tenant_a, in_tenant):
    client = portal(manager_a)
    assert client.get("/calendar/resources/").status_code == 200
    bad = client.post("/calendar/resources/", {"name": "", "timezone": "Nowhere/Land", "kind": "staff"})
    assert bad.status_code == 400
    response = client.post(
        "/calendar/resources/", {"name": "Dr Grey", "timezone": "America/New_York", "kind": "staff", "color": "#ff0000"}
    )
    assert response.status_code == 302
    with in_tenant(tenant_a):
        resource = Resource.objects.get(name="Dr Grey")
    page = client.get(f"/calendar/resources/{resource.pk}/")
    assert 'value="09:00"' in page.content.decode()
    hours = {
        "section": "weekly",
        "d0_start_0": "08:00",
        "d0_end_0": "12:00",
        "d0_start_1": "13:00",
        "d0_end_1": "18:00",
    }
    assert client.post(f"/calendar/resources/{resource.pk}/", hours).status_code == 302
    with in_tenant(tenant_a):
        assert list(resource.rules.values_list("weekday", "start_time", "end_time")) == [
            (0, time(8), time(12)),
            (0, time(13), time(18)),
        ]
    overlapping = {**hours, "d0_start_1": "11:00"}
    bad_hours = client.post(f"/calendar/resources/{resource.pk}/", overlapping)
    assert bad_hours.status_code == 400
    assert "ranges overlap" in bad_hours.content.decode()
    with in_tenant(tenant_a):
        assert AvailabilityRule.objects.filter(resource=resource).count() == 2

    future = (timezone.now() + timedelta(days=10)).date().isoformat()
    client.post(
        f"/calendar/resources/{resource.pk}/",
        {"section": "override", "date": future, "start_time": "10:00", "end_time": "11:00"},
    )
    client.post(f"/calendar/resources/{resource.pk}/", {"section": "blocked", "start_date": future, "reason": "Off"})
    client.post("/calendar/blocked/", {"start_date": future, "reason": "Holiday"})
    with in_tenant(tenant_a):
        assert DateOverride.objects.filter(resource=resource).count() == 1
        assert BlockedDate.objects.filter(resource=resource).count() == 1
        assert BlockedDate.objects.filter(resource__isnull=True).count() == 1


def test_types_page(portal, manager_a, viewer_a, tenant_a, in_tenant):
    client = portal(manager_a)
    response = client.post(
        "/calendar/types/",
        {
            "name": "Whitening",
            "duration_minutes": "60",
            "buffer_before_minutes": "0",
            "buffer_after_minutes": "10",
            "min_notice_minutes": "120",
            "max_days_ahead": "30",
            "price": "120.00",
            "color": "#00aa00",
            "is_active": "1",
        },
    )
    assert response.status_code == 302
    with in_tenant(tenant_a):
        kind = AppointmentType.objects.get(slug="whitening")
        assert kind.price == 120
    bad = client.post(f"/calendar/types/{kind.pk}/", {"name": "Whitening", "duration_minutes": "2", "price": "-1"})
    assert bad.status_code == 400
    page = bad.content.decode()
    assert "duration_minutes: A whole number from 5 to 1440." in page
    assert "price: A non-negative amount with at most two decimals." in page
    with in_tenant(tenant_a):
        kind.refresh_from_db()
        assert (kind.duration_minutes, kind.price) == (60, 120)
    assert portal(viewer_a).post("/calendar/types/", {"name": "x"}).status_code == 403
    assert portal(viewer_a).get("/calendar/types/").status_code == 200


def test_integrations_page_is_for_admins(portal, admin_a, manager_a, tenant_a, in_tenant):
    assert portal(manager_a).get("/calendar/integrations/").status_code == 403
    client = portal(admin_a)
    page = client.get("/calendar/integrations/")
    assert page.status_code == 200
    assert "/hooks/calcom/" in page.content.decode()
    client.post("/calendar/integrations/", {"provider": "calcom", "signing_secret": "s3cret", "is_active": "1"})
    refused = client.post(
        "/calendar/integrations/", {"provider": "calendly", "signing_secret": "s3cret", "is_active": "1"}, follow=True
    )
    assert "Switch it off first" in refused.content.decode()
    assert "s3cret" not in refused.content.decode()


def test_feeds_page_shows_and_rotates_urls(portal, manager_a, viewer_a):
    page = portal(viewer_a).get("/calendar/feeds/")
    assert page.status_code == 200
    assert ".ics" in page.content.decode()
    assert "New URL" not in page.content.decode()
    assert portal(viewer_a).post("/calendar/feeds/").status_code == 403
    before = portal(manager_a).get("/calendar/feeds/").content.decode()
    portal(manager_a).post("/calendar/feeds/")
    after = portal(manager_a).get("/calendar/feeds/").content.decode()
    assert before != after
