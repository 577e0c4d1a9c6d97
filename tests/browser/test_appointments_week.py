"""Browser: book an appointment from the week grid, see the confirmation in the SMS sandbox, drag it.

The live server runs in a thread with its own database connections, so this
module commits its own throwaway tenant and drops it afterwards. Chromium is
Debian's, driven by Playwright; nothing is downloaded.
"""

import contextlib
from datetime import datetime, time, timedelta

import pytest
from django.db import connection, connections
from django.utils import timezone
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from appointments.models import Appointment, Resource
from appointments.services import appointment_type_create, resource_create
from notifications.models import Notification, SandboxMessage
from tests.browser.conftest import login
from tests.browser.test_portal_walk import SCREENSHOTS

pytestmark = pytest.mark.browser


@pytest.fixture
def clinic(live_tenant, django_db_blocker):
    """The live tenant with a resource open every day 09:00-17:00 and a 30-minute type."""
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        resource = resource_create(
            name="Dr Rivera",
            timezone_name="Europe/London",
            weekly={d: [(time(9), time(17))] for d in range(7)},
        )
        appointment_type_create(
            name="Check-up", duration_minutes=30, min_notice_minutes=0, max_days_ahead=60, resources=[resource]
        )
    connection.set_schema_to_public()
    return live_tenant, f"owner@{live_tenant.slug}.test"


@pytest.fixture
def week_page(browser):
    # Tall enough that the whole working day of the week grid is on screen while dragging.
    context = browser.new_context(viewport={"width": 1400, "height": 1400})
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@contextlib.contextmanager
def database(django_db_blocker, schema_name):
    """ORM access while Playwright runs: its event loop makes Django keep a separate connection, closed here."""
    with django_db_blocker.unblock(), schema_context(schema_name):
        try:
            yield
        finally:
            connections.close_all()


def test_book_in_the_week_view_and_see_the_confirmation_in_the_sandbox(clinic, week_page, live_url, django_db_blocker):
    tenant, owner_email = clinic
    page = week_page
    base = live_url(tenant, "")
    day = (timezone.now() + timedelta(days=2)).astimezone(tenant.zone).date()
    slot = datetime.combine(day, time(10), tzinfo=tenant.zone)

    login(page, live_url, tenant, owner_email)
    page.goto(f"{base}/calendar/?date={day.isoformat()}")
    page.click(f'a.week-cell[data-start="{slot.isoformat()}"]')
    page.wait_for_url("**/calendar/new/**")
    assert page.input_value("input[name=start_at]") == slot.strftime("%Y-%m-%dT%H:%M")
    page.fill("input[name=first_name]", "Maya")
    page.fill("input[name=last_name]", "Fischer")
    page.fill("input[name=phone]", "07912 345432")
    page.fill("input[name=email]", "maya@example.test")
    page.click("#booking-form button.primary")

    page.wait_for_url(f"{base}/calendar/?date={day.isoformat()}")
    assert page.locator(".message.success").inner_text().startswith("Booked Check-up for Maya Fischer")
    block = page.locator(".appt", has_text="Maya Fischer")
    assert block.is_visible()
    assert "10:00" in block.inner_text()

    page.click("nav a:has-text('Messages')")
    page.click(".subnav a:has-text('SMS sandbox')")
    text = page.locator("#sandbox-messages .sms").first
    assert "To 07912 345432" in text.locator(".sms-head").inner_text()  # a UK number, read the UK way
    body = text.locator(".sms-body").inner_text()
    assert "your dental appointment is booked for" in body
    assert "at 10:00" in body

    page.click(".subnav a:has-text('Message log')")
    assert page.locator("td", has_text="maya@example.test").is_visible()

    with database(django_db_blocker, tenant.schema_name):
        appointment = Appointment.objects.get()
        assert appointment.start_at == slot
        assert SandboxMessage.objects.get().to == "+447912345432"
        assert sorted(Notification.objects.values_list("channel", "status")) == [
            ("email", "sent"),
            ("sms", "delivered"),
        ]


def test_a_manager_drags_an_appointment_to_another_time(clinic, week_page, live_url, django_db_blocker):
    from appointments.services import appointment_book

    tenant, owner_email = clinic
    page = week_page
    base = live_url(tenant, "")
    day = (timezone.now() + timedelta(days=3)).astimezone(tenant.zone).date()
    start = datetime.combine(day, time(9), tzinfo=tenant.zone)
    target = datetime.combine(day, time(13, 30), tzinfo=tenant.zone)
    with database(django_db_blocker, tenant.schema_name):
        from appointments.models import AppointmentType

        appointment = appointment_book(
            tenant=tenant,
            appointment_type=AppointmentType.objects.get(),
            start_at=start,
            phone="+447912345433",
            first_name="Theo",
            notify=False,
        )

    login(page, live_url, tenant, owner_email)
    page.goto(f"{base}/calendar/?date={day.isoformat()}")
    page.drag_and_drop(
        f'.appt[data-appointment="{appointment.pk}"]', f'a.week-cell[data-start="{target.isoformat()}"]', steps=10
    )
    expect(page.locator(f'.appt[data-appointment="{appointment.pk}"]')).to_contain_text("13:30")
    expect(page.locator("#calendar-status")).to_contain_text("Moved to")

    with database(django_db_blocker, tenant.schema_name):
        appointment.refresh_from_db()
        assert appointment.start_at == target
        assert appointment.history.filter(action="rescheduled").count() == 1


def test_two_resources_are_two_columns_with_their_own_appointments_and_hours(
    clinic, week_page, live_url, django_db_blocker
):
    from appointments.models import AppointmentType
    from appointments.services import appointment_book

    tenant, owner_email = clinic
    page = week_page
    base = live_url(tenant, "")
    day = (timezone.now() + timedelta(days=3)).astimezone(tenant.zone).date()
    at_ten = datetime.combine(day, time(10), tzinfo=tenant.zone)
    with database(django_db_blocker, tenant.schema_name):
        rivera = Resource.objects.get(name="Dr Rivera")
        # The nurse works mornings only: her afternoons are shaded, the doctor's are not.
        ortiz = resource_create(
            name="Nurse Ortiz", timezone_name="Europe/London", weekly={d: [(time(9), time(12))] for d in range(7)}
        )
        check_up = AppointmentType.objects.get()
        check_up.resources.add(ortiz)
        booked = {
            resource.pk: appointment_book(
                tenant=tenant,
                appointment_type=check_up,
                start_at=at_ten,
                resource=resource,
                phone=phone,
                first_name=name,
                notify=False,
            )
            for resource, phone, name in ((rivera, "+447912345434", "Ada"), (ortiz, "+447912345435", "Ben"))
        }

    login(page, live_url, tenant, owner_email)
    page.goto(f"{base}/calendar/?date={day.isoformat()}")
    column = page.locator(f'.week-day[data-date="{day.isoformat()}"]')
    expect(column.locator(".week-lanehead span")).to_have_text(["Dr Rivera", "Nurse Ortiz"])
    lanes = column.locator(".week-column[data-resource]")
    assert lanes.count() == 2
    for resource_pk, appointment in booked.items():
        lane = column.locator(f'.week-column[data-resource="{resource_pk}"]')
        block = lane.locator(f'.appt[data-appointment="{appointment.pk}"]')
        expect(block).to_be_visible()
        # Each fills its own column: side by side, not squeezed into half of one.
        assert block.get_attribute("style").count("width: 100.0%") == 1
    ada_box = column.locator(".appt", has_text="Ada").bounding_box()
    ben_box = column.locator(".appt", has_text="Ben").bounding_box()
    assert ada_box["x"] + ada_box["width"] <= ben_box["x"]
    assert abs(ada_box["y"] - ben_box["y"]) < 1

    afternoon = datetime.combine(day, time(14), tzinfo=tenant.zone).isoformat()
    rivera_cell = column.locator(f'.week-column[data-resource="{rivera.pk}"] a.week-cell[data-start="{afternoon}"]')
    ortiz_cell = column.locator(f'.week-column[data-resource="{ortiz.pk}"] a.week-cell[data-start="{afternoon}"]')
    assert "closed" not in rivera_cell.get_attribute("class")
    assert "closed" in ortiz_cell.get_attribute("class")
    # Clicking a free time in a column books with that resource.
    assert f"resource={ortiz.pk}" in ortiz_cell.get_attribute("href")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "calendar-week-two-resources-1400.png"), full_page=True)
