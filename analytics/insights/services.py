"""Asking for insights (cached per period and campaign) and computing them in a task."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from analytics import rollups
from analytics.filters import Filters
from analytics.insights import llm, offline
from analytics.models import CallDayRollup, CallRollup, InsightReport
from calls.models import Agent, Call
from voiceplatform.tasks import enqueue_on_commit

logger = logging.getLogger(__name__)

# A report of a period that includes today is recomputed when older than this.
FRESH_FOR = timedelta(minutes=30)


def insight_request(*, filters: Filters, refresh: bool = False) -> InsightReport:
    """The cached report for the period (and campaign); a task (re)computes it when missing or stale."""
    campaign_id = filters.campaign_id or 0
    report = InsightReport.objects.filter(start=filters.start, end=filters.end, campaign_id=campaign_id).first()
    if report is None:
        try:
            with transaction.atomic():
                report = InsightReport.objects.create(start=filters.start, end=filters.end, campaign_id=campaign_id)
        except IntegrityError:
            return InsightReport.objects.get(start=filters.start, end=filters.end, campaign_id=campaign_id)
        _enqueue(report)
        return report
    includes_today = filters.end >= rollups.local_today()
    stale = report.computed_at is None or (includes_today and timezone.now() - report.computed_at > FRESH_FOR)
    if report.status != InsightReport.Status.PENDING and (refresh or stale):
        claimed = (
            InsightReport.objects.filter(pk=report.pk)
            .exclude(status=InsightReport.Status.PENDING)
            .update(status=InsightReport.Status.PENDING)
        )
        if claimed:
            report.status = InsightReport.Status.PENDING
            _enqueue(report)
    return report


def _enqueue(report: InsightReport) -> None:
    from analytics import tasks

    enqueue_on_commit(tasks.compute_insights, report.pk)


def _calls(report: InsightReport, zone) -> list[dict]:
    lo, _ = rollups.day_bounds(report.start, zone)
    _, hi = rollups.day_bounds(report.end, zone)
    calls = Call.objects.filter(finished_at__isnull=False, created_at__gte=lo, created_at__lt=hi)
    if report.campaign_id:
        calls = calls.filter(campaign_id=report.campaign_id)
    rows = calls.order_by("-created_at").values(
        "outcome", "status", "sentiment", "transcript", "transcript_turns", "analysis", "created_at"
    )[: settings.ANALYTICS_INSIGHTS_MAX_CALLS]
    return [{**row, "day": row["created_at"].astimezone(zone).date().isoformat()} for row in rows]


def _rollup_rows(report: InsightReport, model=CallDayRollup):
    rows = model.objects.filter(day__gte=report.start, day__lte=report.end)
    if report.campaign_id:
        rows = rows.filter(campaign_id=report.campaign_id)
    return rows


def insight_compute(*, report_id: int) -> InsightReport | None:
    """Compute and store one report (idempotent: it overwrites the payload)."""
    report = InsightReport.objects.filter(pk=report_id).first()
    if report is None:
        return None
    zone = rollups.tenant_zone()
    calls = _calls(report, zone)
    hours = list(
        _rollup_rows(report, CallRollup)
        .values("hour")
        .annotate(calls=Sum("calls"), answered=Sum("answered"))
        .order_by("hour")
    )
    agent_rows = list(
        _rollup_rows(report)
        .exclude(agent_id=0)
        .values("agent_id")
        .annotate(calls=Sum("calls"), answered=Sum("answered"), qualified=Sum("qualified"), confirmed=Sum("confirmed"))
        .order_by()
    )
    names = dict(Agent.objects.filter(pk__in=[a["agent_id"] for a in agent_rows]).values_list("id", "name"))
    agents = [
        {
            "agent_id": a["agent_id"],
            "name": names.get(a["agent_id"], f"Agent {a['agent_id']}"),
            "calls": a["calls"],
            "answered": a["answered"],
            "converted": a["qualified"] + a["confirmed"],
        }
        for a in agent_rows
    ]
    payload = offline.analyse(calls, hours=hours, agents=agents)
    provider, error = "offline", ""
    if settings.ANALYTICS_INSIGHTS_PROVIDER == "openai":
        quotes = [line for call in calls[:300] for line in offline.caller_lines(call)][:200]
        try:
            payload = llm.analyse(payload, quotes)
            provider = "openai"
        except llm.InsightsModelError as exc:
            logger.warning("insights model failed, offline figures kept: %s", exc)
            error = f"The language model could not be used ({exc}); showing the offline analysis."
    InsightReport.objects.filter(pk=report.pk).update(
        status=InsightReport.Status.READY,
        provider=provider,
        payload=payload,
        error=error[:500],
        computed_at=timezone.now(),
    )
    report.refresh_from_db()
    return report
