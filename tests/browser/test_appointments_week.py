"""Browser: book an appointment from the week grid, see the confirmation in the SMS sandbox, drag it.

The live server runs in a thread with its own database connections, so this
module commits its own throwaway tenant and drops it afterwards. Chromium is
Debian's, driven by Playwright; nothing is downloaded.
"""

import contextlib
import os
import secrets
from datetime import datetime, time, timedelta

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.db import connection, connections
from django.test.testcases import LiveServerThread
from django.utils import timezone
from django_tenants.utils import schema_context
from playwright.sync_api import expect

from appointments.models import Appointment
from appointments.services import appointment_type_create, resource_create
from notifications.models import Notification, SandboxMessage
from tenants.models import Tenant, User
from tenants.services import tenant_create

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "browser-pass-123"


@pytest.fixture(scope="module")
def appointments_server(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield thread.port
        thread.terminate()


@pytest.fixture
def clinic(django_db_blocker):
    """A committed tenant with a resource open every day 09:00-17:00 and a 30-minute type."""
    slug = "appt" + secrets.token_hex(3)
    owner_email = f"owner@{slug}.test"
    with django_db_blocker.unblock():
        tenant = tenant_create(
            slug=slug,
            name="Week Clinic",
            owner_email=owner_email,
            owner_password=PASSWORD,
            vertical="dental",
            timezone_name="Europe/London",
        )
        with schema_context(tenant.schema_name):
            resource = resource_create(
                name="Dr Rivera",
                timezone_name="Europe/London",
                weekly={d: [(time(9), time(17))] for d in range(7)},
            )
            appointment_type_create(
                name="Check-up", duration_minutes=30, min_notice_minutes=0, max_days_ahead=60, resources=[resource]
            )
        try:
            yield tenant, owner_email
        finally:
            connection.set_schema_to_public()
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
            User.objects.filter(email=owner_email).delete()


@pytest.fixture
def chromium(monkeypatch):
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package (see .ci/ensure-browser).")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls around it stay synchronous.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        # Tall enough that the whole working day of the week grid is on screen while dragging.
        context = browser.new_context(viewport={"width": 1400, "height": 1400})
        page = context.new_page()
        page.set_default_timeout(15000)
        yield page
        context.close()
        browser.close()


@contextlib.contextmanager
def database(django_db_blocker, schema_name):
    """ORM access while Playwright runs: its event loop makes Django keep a separate connection, closed here."""
    with django_db_blocker.unblock(), schema_context(schema_name):
        try:
            yield
        finally:
            connections.close_all()


def sign_in(page, base, email):
    page.goto(f"{base}/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("form button[type=submit]")
    page.wait_for_url(f"{base}/")


def test_book_in_the_week_view_and_see_the_confirmation_in_the_sandbox(
    appointments_server, clinic, chromium, django_db_blocker
):
    tenant, owner_email = clinic
    page = chromium
    base = f"http://{tenant.slug}.localhost:{appointments_server}"
    day = (timezone.now() + timedelta(days=2)).astimezone(tenant.zone).date()
    slot = datetime.combine(day, time(10), tzinfo=tenant.zone)

    sign_in(page, base, owner_email)
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
    assert "To +447912345432" in text.locator(".sms-head").inner_text()
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


def test_a_manager_drags_an_appointment_to_another_time(appointments_server, clinic, chromium, django_db_blocker):
    from appointments.services import appointment_book

    tenant, owner_email = clinic
    page = chromium
    base = f"http://{tenant.slug}.localhost:{appointments_server}"
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

    sign_in(page, base, owner_email)
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
