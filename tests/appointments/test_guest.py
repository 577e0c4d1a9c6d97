"""Guest self-service links (no login) and private ICS feeds."""

import re
from datetime import datetime, time, timedelta

import icalendar
import pytest
import time_machine
from django.utils import timezone

from appointments.links import guest_links, guest_token
from appointments.models import AppointmentStatus
from appointments.services import appointment_book, ics_feed_for, ics_feed_rotate
from tests.appointments.factories import AppointmentFactory
from tests.appointments.helpers import make_calendar

pytestmark = pytest.mark.django_db


def upcoming(tenant, days=3, hour=10):
    resource, kind = make_calendar(weekly={d: [(time(8), time(18))] for d in range(7)})
    day = (timezone.now() + timedelta(days=days)).astimezone(tenant.zone).date()
    start = timezone.datetime.combine(day, time(hour), tzinfo=tenant.zone)
    appointment = appointment_book(
        tenant=tenant, appointment_type=kind, resource=resource, start_at=start, phone="+447912345888", notify=False
    )
    return appointment


def path_of(url):
    return "/" + url.split("/", 3)[3]


def test_the_guest_can_confirm_without_logging_in(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        links = guest_links(appointment, tenant_a)
    client = portal(tenant=tenant_a)
    page = client.get(path_of(links["manage"]))
    assert page.status_code == 200
    assert "I'll be there" in page.content.decode()
    response = client.post(path_of(links["confirm"]))
    assert response.status_code == 200
    assert "your appointment is confirmed" in response.content.decode()
    with in_tenant(tenant_a):
        appointment.refresh_from_db()
        assert appointment.status == AppointmentStatus.CONFIRMED
        assert appointment.history.last().actor_label == "guest"


def test_the_guest_can_cancel(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        url = path_of(guest_links(appointment, tenant_a)["cancel"])
    response = portal(tenant=tenant_a).post(url, {"reason": "Car broke down"})
    assert response.status_code == 200
    with in_tenant(tenant_a):
        appointment.refresh_from_db()
        assert appointment.status == AppointmentStatus.CANCELLED
        assert appointment.cancellation_reason == "Car broke down"
    again = portal(tenant=tenant_a).post(url, {"reason": "again"})
    assert again.status_code == 400
    assert "can no longer be changed" in again.content.decode()


def test_the_guest_can_pick_another_free_time(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        url = path_of(guest_links(appointment, tenant_a)["reschedule"])
    page = portal(tenant=tenant_a).get(url)
    assert page.status_code == 200
    new_start = appointment.start_at + timedelta(hours=2)
    assert new_start.isoformat() in page.content.decode()
    response = portal(tenant=tenant_a).post(url, {"start_at": new_start.isoformat()})
    assert response.status_code == 200
    with in_tenant(tenant_a):
        appointment.refresh_from_db()
        assert appointment.start_at == new_start


def test_the_guest_cannot_pick_a_time_that_is_not_offered(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        url = path_of(guest_links(appointment, tenant_a)["reschedule"])
    for value in ["not a time", (appointment.start_at + timedelta(hours=20)).isoformat()]:
        response = portal(tenant=tenant_a).post(url, {"start_at": value})
        assert response.status_code in (400, 409)
    with in_tenant(tenant_a):
        original = appointment.start_at
        appointment.refresh_from_db()
        assert appointment.start_at == original


def test_forged_expired_and_foreign_links_do_not_work(tenant_a, tenant_b, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        token = guest_token(appointment, tenant_a)
    assert portal(tenant=tenant_a).get(f"/calendar/guest/{token}x/").status_code == 404
    assert portal(tenant=tenant_a).post(f"/calendar/guest/{token[:-2]}/confirm/").status_code == 404
    assert portal(tenant=tenant_b).get(f"/calendar/guest/{token}/").status_code == 404
    with time_machine.travel(timezone.now() + timedelta(days=61)):
        assert portal(tenant=tenant_a).get(f"/calendar/guest/{token}/").status_code == 404
    with in_tenant(tenant_a):
        appointment.refresh_from_db()
        assert appointment.status == AppointmentStatus.SCHEDULED


def test_past_appointments_cannot_be_changed(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        past = AppointmentFactory(start_at=timezone.now() - timedelta(days=1))
        token = guest_token(past, tenant_a)
    response = portal(tenant=tenant_a).post(f"/calendar/guest/{token}/cancel/")
    assert response.status_code == 400
    with in_tenant(tenant_a):
        past.refresh_from_db()
        assert past.status == AppointmentStatus.SCHEDULED


def test_the_ics_feed_lists_upcoming_appointments(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        other = AppointmentFactory()
        AppointmentFactory(resource=other.resource, status="cancelled", start_at=other.start_at + timedelta(hours=3))
        whole = ics_feed_for(resource=None)
        own = ics_feed_for(resource=appointment.resource)
    response = portal(tenant=tenant_a).get(f"/calendar/feeds/{whole.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert len(events) == 2
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert any("+447912345888" in s for s in summaries)
    only_own = icalendar.Calendar.from_ical(portal(tenant=tenant_a).get(f"/calendar/feeds/{own.token}.ics").content)
    assert [e.decoded("DTSTART") for e in only_own.walk("VEVENT")] == [appointment.start_at]


def test_a_rotated_feed_url_stops_working(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        old = ics_feed_for(resource=None)
        new = ics_feed_rotate(resource=None)
    assert portal(tenant=tenant_a).get(f"/calendar/feeds/{old.token}.ics").status_code == 404
    assert portal(tenant=tenant_a).get(f"/calendar/feeds/{new.token}.ics").status_code == 200


def test_a_feed_token_of_one_tenant_is_unknown_to_another(tenant_a, tenant_b, in_tenant, portal):
    with in_tenant(tenant_a):
        feed = ics_feed_for(resource=None)
    assert portal(tenant=tenant_b).get(f"/calendar/feeds/{feed.token}.ics").status_code == 404


def test_the_reschedule_page_is_a_date_picker_with_the_chosen_days_times_only(tenant_a, in_tenant, portal):
    with in_tenant(tenant_a):
        appointment = upcoming(tenant_a)
        url = path_of(guest_links(appointment, tenant_a)["reschedule"])
    page = portal(tenant=tenant_a).get(url).content.decode()
    own_day = appointment.start_at.astimezone(tenant_a.zone).date().isoformat()
    assert 'class="picker-dates"' in page
    assert set(offered_days(page, tenant_a.zone)) == {own_day}
    other_days = sorted(set(re.findall(r'href="\?day=([0-9-]{10})"', page)) - {own_day})
    assert other_days, "the other free days are links"
    chosen = portal(tenant=tenant_a).get(url, {"day": other_days[0]}).content.decode()
    assert set(offered_days(chosen, tenant_a.zone)) == {other_days[0]}
    assert 'aria-current="date"' in chosen


def offered_days(page: str, zone) -> list[str]:
    return [
        datetime.fromisoformat(value).astimezone(zone).date().isoformat()
        for value in re.findall(r'name="start_at" value="([^"]+)"', page)
    ]
