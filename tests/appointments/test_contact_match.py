"""Booking with a phone that belongs to a contact under another name shows the match and lets the user choose."""

import pytest

from appointments.models import Appointment
from contacts.models import Contact
from tests.appointments.test_portal import calendar, local  # noqa: F401 - the shared calendar fixture
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def post(client, kind, resource, start, **extra):
    data = {
        "appointment_type": kind.pk,
        "resource": resource.pk,
        "start_at": start.strftime("%Y-%m-%dT%H:%M"),
        "first_name": "Lena",
        "last_name": "Typed",
        "phone": "07912 345666",
        "no_notify": "1",
        **extra,
    }
    return client.post("/calendar/new/", data)


def test_a_matching_phone_shows_the_contact_and_books_nothing_yet(portal, manager_a, calendar, tenant_a, in_tenant):  # noqa: F811
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        ContactFactory(phone="+447912345666", first_name="Olivia", last_name="Recorded")
    response = post(portal(manager_a), kind, resource, local(day, 11, tenant_a.zone))
    page = response.content.decode()
    assert response.status_code == 200
    assert "already belongs to" in page and "Olivia Recorded" in page
    assert 'value="rename"' in page
    with in_tenant(tenant_a):
        assert not Appointment.objects.exists()


@pytest.mark.parametrize(("choice", "name"), [("existing", "Olivia Recorded"), ("rename", "Lena Typed")])
def test_the_user_chooses_whose_name_the_booking_keeps(portal, manager_a, calendar, tenant_a, in_tenant, choice, name):  # noqa: F811
    resource, kind, day = calendar
    with in_tenant(tenant_a):
        contact = ContactFactory(phone="+447912345666", first_name="Olivia", last_name="Recorded")
    response = post(portal(manager_a), kind, resource, local(day, 11, tenant_a.zone), contact_choice=choice)
    assert response.status_code == 302
    with in_tenant(tenant_a):
        appointment = Appointment.objects.get()
        assert appointment.contact_id == contact.pk
        assert Contact.objects.get(pk=contact.pk).full_name == name


def test_a_new_number_books_without_asking(portal, manager_a, calendar, tenant_a, in_tenant):  # noqa: F811
    resource, kind, day = calendar
    assert post(portal(manager_a), kind, resource, local(day, 11, tenant_a.zone)).status_code == 302


def test_the_week_grid_shades_the_hours_when_nobody_is_open(portal, viewer_a, tenant_a, in_tenant):
    from datetime import time as clock

    from tests.appointments.helpers import make_calendar

    with in_tenant(tenant_a):
        make_calendar(weekly={d: [(clock(9), clock(12))] for d in range(5)})
    page = portal(viewer_a).get("/calendar/", {"date": "2027-01-11"}).content.decode()
    # Monday to Friday 09:00-12:00 open: 6 half-hour cells a day, 5 days; every other cell is closed.
    open_cells = page.count('<div class="week-cell" ')
    closed_cells = page.count('<div class="week-cell closed"')
    assert open_cells == 5 * 6
    assert closed_cells > open_cells
