"""Transcript insights from a fixture set of calls: offline statistics, the OpenAI adapter, the cache."""

from datetime import UTC, date, datetime, timedelta

import pytest

from analytics import rollups
from analytics.filters import Filters
from analytics.insights import offline
from analytics.insights.services import insight_compute, insight_request
from analytics.models import InsightReport
from tests.analytics.fake_openai import FakeOpenAI
from tests.analytics.helpers import make_call
from tests.calls.factories import AgentFactory

pytestmark = pytest.mark.django_db

PERIOD = Filters(start=date(2026, 5, 4), end=date(2026, 5, 10), preset="custom")

TRANSCRIPTS = [
    # (hour UTC, status, outcome, sentiment, what the caller said, analysis)
    (
        9,
        "completed",
        "not_interested",
        "Negative",
        "It's too expensive for me. How much is the deposit?",
        {"not_interested_reason": "Price"},
    ),
    (
        9,
        "completed",
        "not_interested",
        "Negative",
        "Honestly it costs too much. We already have a dentist.",
        {"not_interested_reason": "price"},
    ),
    (10, "completed", "not_interested", "Neutral", "Not a good time, I'm driving. Call me back later.", {}),
    (10, "completed", "qualified", "Positive", "Yes please. Do you open on Saturdays? How much is the deposit?", {}),
    (14, "completed", "confirmed", "Positive", "Great, see you then. Do you open on Saturdays?", {}),
    (15, "completed", "not_interested", "Negative", "How did you get my number? Remove me from your list.", {}),
]


@pytest.fixture
def transcripts(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        good, other = AgentFactory(name="Warm Wendy"), AgentFactory(name="Brisk Bob")
        for index, (hour, status, outcome, sentiment, said, analysis) in enumerate(TRANSCRIPTS):
            make_call(
                datetime(2026, 5, 5 + index % 3, hour, tzinfo=UTC),
                status=status,
                outcome=outcome,
                sentiment=sentiment,
                seconds=40,
                analysis=analysis,
                agent=good if outcome in ("qualified", "confirmed") else other,
                transcript=f"Agent: Hello, this is the clinic.\nUser: {said}",
                transcript_turns=[{"role": "agent", "content": "Hello"}, {"role": "user", "content": said}],
            )
        for _ in range(3):
            make_call(datetime(2026, 5, 6, 20, tzinfo=UTC), status="voicemail")
        rollups.rebuild_all()
        yield


def test_offline_insights_from_transcripts(transcripts, tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        report = insight_request(filters=PERIOD)
    with in_tenant(tenant_a):
        report.refresh_from_db()
    assert report.status == InsightReport.Status.READY and report.provider == "offline"
    p = report.payload
    assert p["calls_read"] == 9
    objections = {o["label"]: o["count"] for o in p["objections"]}
    assert objections["Price or cost"] == 2
    assert objections["Bad timing"] == 1
    assert objections["Already has a provider"] == 1
    assert objections["Privacy or do-not-call request"] == 1
    assert p["not_interested_calls"] == 4
    assert p["not_interested_reasons"][0] == {"reason": "price", "count": 2, "share": 50.0}
    questions = {q["question"]: q["count"] for q in p["questions"]}
    assert questions["how much is the deposit?"] == 2 and questions["do you open on saturdays?"] == 2
    negative_days = {d["day"]: d["negative"] for d in p["sentiment_trend"]}
    assert sum(negative_days.values()) == 3
    assert next(a["name"] for a in p["agents"]) == "Warm Wendy"
    text = " ".join(p["recommendations"])
    assert "Price or cost" in text and "came up on 2 calls" in text
    assert "how much is the deposit?" in text or "do you open on saturdays?" in text
    assert "reached voicemail" in text  # 3 of 9


def test_peak_times_and_the_best_window():
    hours = [{"hour": h, "calls": 20, "answered": a} for h, a in ((9, 5), (10, 16), (11, 18), (15, 6))]
    peak = offline._peak_hours(hours)
    assert peak["overall_answer_rate"] == 56.2
    assert peak["best_window"] == {"start": 10, "end": 12, "calls": 40, "answer_rate": 85.0}
    assert peak["best_hours"][0]["hour"] == 11


def test_a_report_is_cached_per_period_and_recomputed_on_request(transcripts, tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a):
        with run_on_commit():
            first = insight_request(filters=PERIOD)
        assert InsightReport.objects.get().status == "ready"
        again = insight_request(filters=PERIOD)
        assert again.pk == first.pk and InsightReport.objects.count() == 1
        computed = InsightReport.objects.get().computed_at
        with run_on_commit():
            refreshed = insight_request(filters=PERIOD, refresh=True)
        refreshed.refresh_from_db()
        assert refreshed.computed_at > computed
        insight_request(filters=Filters(PERIOD.start, PERIOD.end, campaign_id=3))
        assert InsightReport.objects.count() == 2


def test_the_openai_adapter_runs_the_sdk_against_a_compatible_server(transcripts, tenant_a, in_tenant, settings):
    answer = {
        "objections": [{"label": "Deposit feels high", "count": 2}],
        "recommendations": ["Mention the payment plan before the deposit."],
        "summary": "Price is the main objection.",
    }
    with FakeOpenAI(answer) as server, in_tenant(tenant_a):
        settings.ANALYTICS_INSIGHTS_PROVIDER = "openai"
        settings.ANALYTICS_OPENAI_API_KEY = "sk-test"
        settings.ANALYTICS_OPENAI_BASE_URL = server.base_url
        report = InsightReport.objects.create(start=PERIOD.start, end=PERIOD.end)
        report = insight_compute(report_id=report.pk)
    assert report.provider == "openai" and report.error == ""
    assert report.payload["objections"] == answer["objections"]
    assert report.payload["recommendations"] == answer["recommendations"]
    assert report.payload["summary"] == answer["summary"]
    assert report.payload["sentiment_trend"]  # arithmetic stays the offline figures
    request = server.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["auth"] == "Bearer sk-test"
    assert "too expensive" in str(request["body"]["messages"])


def test_a_failing_model_keeps_the_offline_analysis(transcripts, tenant_a, in_tenant, settings):
    with FakeOpenAI(status=500) as server, in_tenant(tenant_a):
        settings.ANALYTICS_INSIGHTS_PROVIDER = "openai"
        settings.ANALYTICS_OPENAI_API_KEY = "sk-test"
        settings.ANALYTICS_OPENAI_BASE_URL = server.base_url
        report = InsightReport.objects.create(start=PERIOD.start, end=PERIOD.end)
        report = insight_compute(report_id=report.pk)
    assert report.provider == "offline" and "could not be used" in report.error
    assert report.payload["objections"][0]["label"] == "Price or cost"


def test_insights_api_and_page(transcripts, tenant_a, in_tenant, owner_a, api, portal):
    with in_tenant(tenant_a):
        assert api(owner_a).get("/api/v1/analytics/insights/?period=7").status_code == 202
        insight_compute(report_id=InsightReport.objects.get().pk)
        InsightReport.objects.create(start=PERIOD.start, end=PERIOD.end)
        insight_compute(report_id=InsightReport.objects.get(start=PERIOD.start).pk)
    query = f"period=custom&start={PERIOD.start}&end={PERIOD.end}"
    body = api(owner_a).get(f"/api/v1/analytics/insights/?{query}").json()
    assert body["status"] == "ready" and body["insights"]["calls_read"] == 9
    page = portal(owner_a).get(f"/analytics/insights/?{query}")
    assert b"Price or cost" in page.content and b"Recommendations" in page.content


def test_the_recent_window_is_recomputed_when_stale(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a):
        today = rollups.local_today()
        filters = Filters(start=today - timedelta(days=6), end=today)
        with run_on_commit():
            report = insight_request(filters=filters)
        InsightReport.objects.filter(pk=report.pk).update(computed_at=datetime.now(UTC) - timedelta(hours=2))
        with run_on_commit():
            insight_request(filters=filters)
        assert InsightReport.objects.get().computed_at > datetime.now(UTC) - timedelta(minutes=1)
