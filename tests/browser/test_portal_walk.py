"""A walk through the main pages, as owner and as viewer, on a desktop (1400 px) and a phone (390 px).

Every page loads without a console error, fits the screen (no sideways scrolling on a phone, where the
sidebar is a drawer and tables are cards) and leaves a full-page screenshot in tests/browser/screenshots/
(<role>-<width>-<page>.png) for a reviewer to open.
"""

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone
from django_tenants.utils import schema_context

from appointments.links import guest_token
from appointments.models import Appointment
from calls.models import Agent, AgentVersion, Call, PhoneNumber
from campaigns.models import CallAttempt, Campaign, CampaignContact
from contacts.models import Contact
from tenants.models import Membership, User
from tenants.roles import DEFAULT_FLAGS, Role
from tests.appointments.factories import AppointmentTypeFactory, AvailabilityRuleFactory, ResourceFactory
from tests.browser.conftest import BROWSER_PASSWORD, login

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(settings.BASE_DIR) / "tests" / "browser" / "screenshots"
VIEWPORTS = {"1400": {"width": 1400, "height": 900}, "390": {"width": 390, "height": 844}}


@pytest.fixture
def walk_data(live_tenant, django_db_blocker):
    """A small, committed workspace: contacts, calls of a campaign, an agent, a number, appointments."""
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        viewer = User.objects.create_user(email=f"viewer@{live_tenant.slug}.test", password=BROWSER_PASSWORD)
        Membership.objects.create(
            user=viewer,
            tenant=live_tenant,
            role=Role.VIEWER,
            status=Membership.Status.ACTIVE,
            **DEFAULT_FLAGS[Role.VIEWER],
        )
        agent = Agent.objects.create(name="Lead qualifier", purpose=Agent.Purpose.QUALIFIER, language="en-GB")
        AgentVersion.objects.create(agent=agent, number=1, config={})
        PhoneNumber.objects.create(number="+442079460123", nickname="Main line", outbound_agent=agent)
        contacts = [
            Contact.objects.create(
                phone=f"+4479112340{index:02d}",
                first_name=name,
                last_name="Example",
                tags=["new-enquiry"],
                timezone="Europe/London",
            )
            for index, name in enumerate(["Olivia", "Liam", "Amelia", "Noah"])
        ]
        campaign = Campaign.objects.create(
            name="New enquiries", status="running", agent=agent, audience={"tags": ["new-enquiry"]}
        )
        now = timezone.now()
        for index, contact in enumerate(contacts):
            call = Call.objects.create(
                contact=contact,
                to_number=contact.phone,
                from_number="+442079460123",
                agent=agent,
                status="completed",
                outcome="qualified" if index % 2 else "not_interested",
                sentiment="Positive" if index % 2 else "Neutral",
                started_at=now - timedelta(hours=index),
                duration_ms=42_000,
                provider_cost_cents=Decimal("61.99"),
                campaign_id=campaign.pk,
                summary="The caller is interested in a check-up.",
            )
            target = CampaignContact.objects.create(
                campaign=campaign, contact=contact, key=f"contact:{contact.pk}", eligible_at=now, state="done"
            )
            CallAttempt.objects.create(
                campaign=campaign,
                target=target,
                contact=contact,
                number=1,
                state="finished",
                call=call,
                reservation=f"walk{index}",
                reserved_at=now,
                call_status="completed",
                outcome=call.outcome,
                duration_ms=42_000,
            )
        resources = [ResourceFactory(name="Dr Rivera"), ResourceFactory(name="Dr Okafor")]
        kind = AppointmentTypeFactory(name="Check-up", duration_minutes=30)
        kind.resources.set(resources)  # open every day, so the guest's reschedule page has days to offer
        for resource in resources:
            for weekday in range(7):
                AvailabilityRuleFactory(resource=resource, weekday=weekday)
        day = (now + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)
        for index, contact in enumerate(contacts[:3]):
            start = day + timedelta(minutes=15 * index)  # overlapping, on two resources
            Appointment.objects.create(
                contact=contact,
                resource=resources[index % 2],
                appointment_type=kind,
                start_at=start,
                end_at=start + timedelta(minutes=30),
            )
        yield {
            "contact": contacts[0],
            "call": Call.objects.order_by("id").first(),
            "campaign": campaign,
            "agent": agent,
            "viewer": viewer,
            "appointment": Appointment.objects.order_by("id").first(),
        }
        close_old_connections()


def pages(data) -> dict[str, str]:
    return {
        "dashboard": "/",
        "contacts": "/contacts/",
        "contact": f"/contacts/{data['contact'].pk}/",
        "calls": "/calls/",
        "call": f"/calls/{data['call'].pk}/",
        "agents": "/calls/agents/",
        "agent": f"/calls/agents/{data['agent'].pk}/",
        "campaigns": "/campaigns/",
        "campaign": f"/campaigns/{data['campaign'].pk}/",
        "calendar": "/calendar/",
        "appointments": "/calendar/list/",
        "messages": "/messages/",
        "knowledge": "/knowledge/",
        "conversations": "/conversations/",
        "chat-widget": f"/knowledge/widget/{data['agent'].pk}/",
        "alerts": "/alerts/",
        "analytics": "/analytics/",
        "webhooks": "/webhooks/",
        "settings": "/settings/",
        "export": "/settings/export/",
    }


# Pages a viewer's role does not open (the sidebar does not offer them).
OWNER_ONLY = {"call", "webhooks", "export", "chat-widget"}


@pytest.mark.parametrize("role", ["owner", "viewer"])
@pytest.mark.parametrize("width", list(VIEWPORTS))
def test_the_main_pages_walk_cleanly(browser, live_url, live_tenant, walk_data, role, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport=VIEWPORTS[width])
    page = context.new_page()
    page.set_default_timeout(15000)
    problems: list[str] = []
    page.on("console", lambda msg: msg.type == "error" and problems.append(f"{page.url}: {msg.text}"))
    page.on("pageerror", lambda exc: problems.append(f"{page.url}: {exc}"))

    def visit(name: str, url: str | None = None) -> None:
        if url is not None:
            response = page.goto(url)
            assert response.status < 400, f"{url}: {response.status}"
            page.wait_for_load_state("networkidle")
        page.screenshot(path=str(SCREENSHOTS / f"{role}-{width}-{name}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{page.url} ({name}) scrolls sideways by {overflow}px at {width}px"

    try:
        email = walk_data["viewer"].email if role == "viewer" else live_tenant.memberships.get(role="owner").user.email
        visit("login", live_url(live_tenant, "/accounts/login/"))
        login(page, live_url, live_tenant, email)
        for name, path in pages(walk_data).items():
            if role == "viewer" and name in OWNER_ONLY:
                continue  # a viewer may not open other people's calls or the admin pages
            visit(name, live_url(live_tenant, path))
            if width == "390":
                assert not page.locator(".sidebar").is_visible() or page.locator(".sidebar").bounding_box()["x"] < 0
                assert page.locator(".nav-toggle").is_visible()
        if role == "owner":
            # The campaign wizard, step by step.
            visit("campaign-wizard-1", live_url(live_tenant, "/campaigns/new/"))
            page.fill("input[name=name]", "Walk")
            for step, button in ((2, "Next: audience"), (3, "Next: schedule and limits"), (4, "Next: review")):
                page.click(f"button:has-text('{button}')")
                page.locator(f"#step-{step}").wait_for(state="visible")
                if step == 2:
                    page.fill("input[name=audience_tags]", "new-enquiry")
                    page.locator("#preview .count").wait_for()
                visit(f"campaign-wizard-{step}")
            # The guest's own reschedule page (a signed link, no sign-in): a date picker with the day's slots.
            token = guest_token(walk_data["appointment"], live_tenant)
            visit("guest-reschedule", live_url(live_tenant, f"/calendar/guest/{token}/reschedule/"))
            assert page.locator(".picker").is_visible()
            page.locator(".picker-day.free").nth(1).click()
            page.wait_for_load_state("networkidle")
            visit("guest-reschedule-day")
            assert page.locator(".slot-grid .slot").count() > 0
        assert problems == []
    finally:
        context.close()


def test_on_a_phone_the_menu_opens_and_tables_become_cards(browser, live_url, live_tenant, walk_data):
    context = browser.new_context(viewport=VIEWPORTS["390"])
    page = context.new_page()
    try:
        login(page, live_url, live_tenant, live_tenant.memberships.get(role="owner").user.email)
        page.goto(live_url(live_tenant, "/calls/"))
        assert page.locator(".sidebar").bounding_box()["x"] < 0
        page.click(".nav-toggle")
        page.wait_for_timeout(300)
        assert page.locator(".sidebar").bounding_box()["x"] == 0
        assert page.locator(".sidebar nav a", has_text="Campaigns").is_visible()
        page.mouse.click(380, 400)
        page.wait_for_timeout(300)
        assert page.locator(".sidebar").bounding_box()["x"] < 0
        assert not page.locator(".calls-table thead").is_visible()
        cell = page.locator(".calls-table tbody tr").first.locator("td").nth(4)
        assert cell.get_attribute("data-label") == "Campaign"
        box = page.locator(".nav-toggle").bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
    finally:
        context.close()


def test_the_desktop_keeps_the_sidebar_and_names_the_zone(page, live_url, live_tenant, walk_data):
    page.set_viewport_size(VIEWPORTS["1400"])
    login(page, live_url, live_tenant, live_tenant.memberships.get(role="owner").user.email)
    page.goto(live_url(live_tenant, "/calls/"))
    assert page.locator(".sidebar").bounding_box()["x"] == 0
    assert not page.locator(".nav-toggle").is_visible()
    assert "Europe/London" in page.locator(".zone-label").inner_text()
    assert page.locator(".calls-table time").first.inner_text().endswith(("GMT", "BST"))


def test_the_sign_in_page_is_branded_and_centred(page, live_url, live_tenant):
    page.set_viewport_size(VIEWPORTS["1400"])
    page.goto(live_url(live_tenant, "/accounts/login/"))
    card = page.locator(".auth-card").bounding_box()
    assert abs((card["x"] + card["width"] / 2) - 700) < 20
    assert page.locator(".auth-brand").inner_text().strip().endswith("Voice Platform")
