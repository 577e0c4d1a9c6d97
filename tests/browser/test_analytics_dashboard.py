"""The analytics dashboard in a real browser, for a tenant whose history the voice sandbox made."""

from zoneinfo import ZoneInfo

import pytest
from django.db import close_old_connections
from django.utils import timezone
from django_tenants.utils import schema_context

from analytics import rollups
from calls import services
from calls.models import Call
from campaigns.models import Campaign
from contacts.models import Contact
from tests.browser.conftest import login
from tests.voice_sandbox import use_sandbox

pytestmark = pytest.mark.browser

# Zones around the world: the calls go to contacts in one where it is calling hours now, whatever the hour.
ZONES = ("Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Australia/Sydney", "Asia/Kolkata")


def _daytime_zone(now) -> str:
    return next((z for z in ZONES if 9 <= now.astimezone(ZoneInfo(z)).hour < 17), "Europe/London")


OUTCOMES = ("confirmed", "confirmed", "reschedule_requested", "no_answer", "voicemail", "confirmed")


@pytest.fixture
def sandbox_history(live_tenant, live_server_port, settings, django_db_blocker):
    """Calls placed through the voice sandbox, which posts its signed webhooks to the live server."""
    use_sandbox(settings)
    settings.PUBLIC_BASE_URL = f"http://localhost:{live_server_port}"
    zone = _daytime_zone(timezone.now())
    with django_db_blocker.unblock(), schema_context(live_tenant.schema_name):
        agent = services.agent_create(tenant=live_tenant, data={"purpose": "reminder", "name": "Reminder Rita"})
        services.agent_publish(tenant=live_tenant, agent=agent)
        agent.refresh_from_db()
        services.number_provision(tenant=live_tenant, area_code="415", outbound_agent=agent)
        for index, outcome in enumerate(OUTCOMES):
            contact = Contact.objects.create(first_name=f"Pat{index}", phone=f"+44791112{index:04d}", timezone=zone)
            services.call_place(tenant=live_tenant, contact=contact, metadata={"sandbox_outcome": outcome})
        campaign = Campaign.objects.create(name="Spring recall")
        Call.objects.filter(pk__in=Call.objects.order_by("pk").values("pk")[:2]).update(campaign_id=campaign.pk)
        rollups.rebuild_all()
        finished = Call.objects.filter(finished_at__isnull=False).count()
        yield campaign, finished
        close_old_connections()


def test_the_dashboard_draws_its_charts_and_follows_the_filters(page, live_url, live_tenant, sandbox_history):
    campaign, finished = sandbox_history
    assert finished == len(OUTCOMES)
    problems = []

    def on_console(message):
        # the browser's own favicon request is not the page's doing
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))

    login(page, live_url, live_tenant, live_tenant.memberships.get().user.email)
    calls_card = page.locator('[data-kpi="calls"] .an-kpi-value')
    assert calls_card.inner_text() == str(len(OUTCOMES))
    for chart in ("timeseries", "lead_statuses", "funnel", "lead_sources", "appointments"):
        page.wait_for_function(
            f"""() => {{ const c = document.querySelector('canvas[data-chart="{chart}"]');
                         return c && window.Chart && Chart.getChart(c) && c.width > 0; }}"""
        )
    assert page.locator("table.an-heat td.h5").count() >= 1  # the busiest hour is shaded darkest

    page.select_option("select[name=period]", "7")
    page.wait_for_url("**period=7**")
    page.wait_for_function("() => Chart.getChart(document.querySelector('canvas[data-chart=\"timeseries\"]'))")
    assert page.locator("#dashboard-body").inner_text().count("compared with the 7 days before") == 1

    page.select_option("select[name=campaign]", str(campaign.pk))
    page.wait_for_url(f"**campaign={campaign.pk}**")
    page.get_by_text("call figures for the chosen campaign only").wait_for()
    assert calls_card.inner_text() == "2"
    page.wait_for_function("() => Chart.getChart(document.querySelector('canvas[data-chart=\"funnel\"]'))")

    page.locator("details.an-table summary").first.click()
    assert page.locator("details.an-table table").first.is_visible()
    assert not problems, problems
