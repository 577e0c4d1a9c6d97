"""What a finished campaign call does: qualification, lead status, and the automatic pause."""

from datetime import timedelta

import pytest
from django.core import mail

from campaigns import scripting, services
from campaigns.models import CallAttempt, CallingSettings, CampaignAlert, CampaignContact
from notifications.models import Notification
from tenants.models import TenantSettings
from tests.campaigns.helpers import london_contacts, running_campaign, tick

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _small_pause_window(settings):
    """These campaigns have a dozen contacts: judge them on the last 20 attempts."""
    settings.CAMPAIGN_AUTO_PAUSE_WINDOW = 20


@pytest.fixture
def roomy(dialer, in_tenant):
    """Limits high enough that one tick calls everyone."""
    TenantSettings.objects.filter(tenant=dialer.tenant).update(calls_per_15_minutes_ceiling=200)
    with in_tenant(dialer.tenant):
        CallingSettings.objects.update_or_create(singleton=True, defaults={"number_per_minute": 200})
    return {"max_concurrent": 50, "calls_per_minute": 200, "max_attempts": 1}


def test_qualification_criteria_read_the_calls_analysis(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")  # the sandbox lead says they are interested, with a budget of 5000
    with in_tenant(dialer.tenant):
        london_contacts(1, tag="a")
        london_contacts(1, tag="b", start=10)
        rich = running_campaign(
            agent=dialer.agent, tag="a", qualification={"rules": [{"field": "budget", "op": "gte", "value": 10000}]}
        )
        modest = running_campaign(
            agent=dialer.agent,
            tag="b",
            qualification={
                "match": "all",
                "rules": [
                    {"field": "budget", "op": "gte", "value": "1,000"},
                    {"field": "interest_level", "op": "in", "value": ["high", "medium"]},
                ],
            },
        )
        tick(dialer.tenant, run_on_commit)
        results = {
            t.campaign_id: (t.qualified, t.final_outcome)
            for t in CampaignContact.objects.filter(campaign__in=[rich, modest])
        }
        stats = services_stats(modest, dialer.tenant)
    assert results[rich.pk] == (False, "qualified")
    assert results[modest.pk] == (True, "qualified")
    assert stats["qualification_rate"] == 100.0


def services_stats(campaign, tenant):
    from campaigns.selectors import campaign_stats

    return campaign_stats(campaign=campaign, tenant=tenant)


@pytest.mark.parametrize(
    ("rule", "analysis", "expected"),
    [
        ({"field": "x", "op": "eq", "value": "Yes"}, {"x": "yes"}, True),
        ({"field": "x", "op": "ne", "value": "no"}, {"x": "yes"}, True),
        ({"field": "x", "op": "truthy"}, {"x": "true"}, True),
        ({"field": "x", "op": "falsy"}, {"x": False}, True),
        ({"field": "x", "op": "contains", "value": "roof"}, {"x": "New roof in May"}, True),
        ({"field": "x", "op": "lt", "value": 5}, {"x": "abc"}, False),
        ({"field": "x", "op": "eq", "value": 1}, {}, None),
    ],
)
def test_each_qualification_operator(rule, analysis, expected):
    criteria = scripting.clean_qualification({"rules": [rule]})
    assert scripting.is_qualified(criteria, analysis, "") is expected


@pytest.mark.parametrize(
    ("criteria", "message"),
    [
        ("yes", "Criteria are"),
        ({"match": "most"}, '"match" is "all" or "any"'),
        ({"rules": [{"op": "eq", "value": 1}]}, "Rule 1: name the analysis field."),
        ({"rules": [{"field": "x", "op": "like", "value": 1}]}, "Rule 1: the operator is one of"),
        ({"rules": [{"field": "x", "op": "gte", "value": "lots"}]}, "Rule 1: compare numbers with a number."),
        ({"rules": [{"field": "x", "op": "in", "value": "a"}]}, "Rule 1: 'in' needs a list of values."),
        ({"rules": [{"field": "x", "op": "eq"}]}, "Rule 1: give a value to compare with."),
    ],
)
def test_bad_qualification_criteria_are_refused(criteria, message):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        scripting.clean_qualification(criteria)
    assert error.value.message_dict["qualification"][0].startswith(message)


def test_a_campaign_that_mostly_fails_pauses_itself_with_an_alert(dialer, in_tenant, run_on_commit, outcomes, roomy):
    outcomes("failed")
    with in_tenant(dialer.tenant):
        london_contacts(14)
        campaign = running_campaign(agent=dialer.agent, **roomy)
        tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
        alert = CampaignAlert.objects.get(campaign=campaign)
        finished = CallAttempt.objects.filter(campaign=campaign, state="finished").count()
        assert tick(dialer.tenant, run_on_commit)["claimed"] == 0
        last_change = campaign.status_history.first()
    assert campaign.status == "paused"
    assert campaign.paused_reason.startswith("Paused automatically: 14 of the last 14 calls failed (100%)")
    assert alert.message == campaign.paused_reason
    assert (last_change.to_status, last_change.actor_label) == ("paused", "auto-pause")
    assert finished == 14  # calls already placed in the batch still finish
    assert [m.subject for m in mail.outbox] == [f"Campaign paused: {campaign.name}"]
    assert mail.outbox[0].to == ["founder@alpha.test"]
    with in_tenant(dialer.tenant):  # sent through the outbox: the row was written first
        assert Notification.objects.get(kind="campaign.paused").status == "sent"


def test_calls_cut_short_pause_the_campaign(dialer, in_tenant, run_on_commit, outcomes, roomy):
    outcomes("short_hangup")
    with in_tenant(dialer.tenant):
        london_contacts(12)
        campaign = running_campaign(agent=dialer.agent, **roomy)
        tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
    assert campaign.status == "paused"
    assert "answered calls ended within 10 seconds" in campaign.paused_reason


def test_resuming_starts_a_fresh_window_and_clears_the_alert(dialer, in_tenant, run_on_commit, outcomes, roomy):
    outcomes("failed")
    with in_tenant(dialer.tenant):
        london_contacts(10)
        campaign = running_campaign(agent=dialer.agent, **roomy)
        tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
        assert campaign.status == "paused"
        dialer.clock.shift(timedelta(minutes=5))
        services.campaign_resume(campaign=campaign)
        campaign.refresh_from_db()
        problem = services.health_problem(campaign)
        open_alerts = CampaignAlert.objects.filter(resolved_at__isnull=True).count()
    assert problem == ""
    assert open_alerts == 0


def test_healthy_calls_do_not_pause(dialer, in_tenant, run_on_commit, outcomes, roomy):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        london_contacts(12)
        campaign = running_campaign(agent=dialer.agent, **roomy)
        tick(dialer.tenant, run_on_commit)
        campaign.refresh_from_db()
    assert campaign.status == "completed"


def test_the_final_status_map_sets_the_lead_status_where_allowed(dialer, in_tenant, run_on_commit, outcomes):
    outcomes("confirmed")
    with in_tenant(dialer.tenant):
        (contact,) = london_contacts(1)
        running_campaign(agent=dialer.agent, max_attempts=1, final_status_map={"qualified": "converted"})
        tick(dialer.tenant, run_on_commit)
        contact.refresh_from_db()
        history = list(contact.status_history.values_list("to_status", "reason"))
    assert contact.status == "converted"
    assert history[0][1].startswith("Campaign Spring offer: qualified")


def test_short_calls_that_finish_first_do_not_pause_while_earlier_calls_are_still_going(dialer, in_tenant):
    from datetime import timedelta

    from django.utils import timezone

    from tests.campaigns.factories import CallAttemptFactory, CampaignContactFactory, CampaignFactory

    with in_tenant(dialer.tenant):
        campaign = CampaignFactory(status="running", window_started_at=timezone.now() - timedelta(hours=1))
        still_talking = CallAttemptFactory(target=CampaignContactFactory(campaign=campaign), state="placed")
        for _ in range(12):
            CallAttemptFactory(
                target=CampaignContactFactory(campaign=campaign), call_status="completed", duration_ms=3000
            )
        judged_early = services.health_problem(campaign)
        CallAttempt.objects.filter(pk=still_talking.pk).update(
            state="finished", call_status="completed", duration_ms=60000
        )
        judged_later = services.health_problem(campaign)
    assert judged_early == ""
    assert "answered calls ended within 10 seconds" in judged_later


def test_a_run_of_short_calls_in_a_healthy_campaign_does_not_pause_it(dialer, in_tenant, settings):
    """About one answered call in six is a quick hang-up; by chance several come together. Judged on 50
    attempts, such a run does not stop a campaign whose calls are mostly fine; a broken one still stops."""
    from django.utils import timezone

    from tests.campaigns.factories import CallAttemptFactory, CampaignContactFactory, CampaignFactory

    settings.CAMPAIGN_AUTO_PAUSE_WINDOW = 50
    with in_tenant(dialer.tenant):
        campaign = CampaignFactory(status="running", window_started_at=timezone.now() - timedelta(hours=1))

        def finished(count, status, duration_ms):
            for _ in range(count):
                CallAttemptFactory(
                    target=CampaignContactFactory(campaign=campaign), call_status=status, duration_ms=duration_ms
                )

        finished(24, "completed", 45_000)
        finished(16, "no_answer", 0)
        finished(7, "completed", 4_000)  # the latest ten answered: seven quick hang-ups
        finished(3, "completed", 45_000)
        healthy = services.health_problem(campaign)
        finished(40, "completed", 4_000)
        broken = services.health_problem(campaign)
    assert healthy == ""
    assert "answered calls ended within 10 seconds" in broken
