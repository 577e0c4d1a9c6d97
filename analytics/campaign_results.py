"""Campaign results from the roll-ups: per campaign, side by side, and per A/B variant (agent)."""

from __future__ import annotations

from datetime import timedelta

from django.db.models import Sum

from analytics.filters import Filters
from analytics.models import CallDayRollup
from analytics.stats import two_proportion_z
from calls.models import Agent
from campaigns.models import Campaign

MEASURES = (
    "calls",
    "answered",
    "voicemail",
    "no_answer",
    "busy",
    "failed",
    "confirmed",
    "reschedule_requested",
    "cancelled",
    "qualified",
    "not_interested",
    "callback_requested",
    "booked",
    "talk_ms",
)
OUTCOMES = ("confirmed", "reschedule_requested", "cancelled", "qualified", "not_interested", "callback_requested")


def _share(part, whole):
    return round(100.0 * part / whole, 1) if whole else None


def _figures(row: dict) -> dict:
    figures = {key: row.get(key) or 0 for key in MEASURES}
    converted = figures["qualified"] + figures["confirmed"]
    figures.update(
        converted=converted,
        answer_rate=_share(figures["answered"], figures["calls"]),
        conversion_rate=_share(converted, figures["answered"]),
        average_seconds=round(figures["talk_ms"] / figures["answered"] / 1000, 1) if figures["answered"] else None,
        outcomes={key: figures[key] for key in OUTCOMES},
    )
    return figures


def _rows(filters: Filters):
    return CallDayRollup.objects.filter(day__gte=filters.start, day__lte=filters.end)


def _sums():
    return {key: Sum(key) for key in MEASURES}


def comparison(filters: Filters) -> list[dict]:
    """Every campaign with calls in the period, side by side."""
    rows = _rows(filters).exclude(campaign_id=0)
    if filters.campaign_id:
        rows = rows.filter(campaign_id=filters.campaign_id)
    totals = rows.values("campaign_id").annotate(**_sums()).order_by()
    names = dict(Campaign.objects.filter(pk__in=[t["campaign_id"] for t in totals]).values_list("id", "name"))
    result = [
        {
            "campaign_id": t["campaign_id"],
            "name": names.get(t["campaign_id"], f"Campaign {t['campaign_id']}"),
            **_figures(t),
        }
        for t in totals
    ]
    return sorted(result, key=lambda r: (-r["calls"], r["campaign_id"]))


def campaign_results(campaign: Campaign, filters: Filters) -> dict:
    """Totals, per-variant figures with the significance note, and the day-by-day timeline."""
    rows = _rows(filters).filter(campaign_id=campaign.pk)
    totals = _figures(rows.aggregate(**_sums()))
    by_agent = list(rows.values("agent_id").annotate(**_sums()).order_by("agent_id"))
    variant_agents = [int(v["agent"]) for v in (campaign.variants or []) if str(v.get("agent", "")).isdigit()]
    weights = {int(v["agent"]): v.get("weight") for v in (campaign.variants or []) if str(v.get("agent", "")).isdigit()}
    agent_ids = sorted({row["agent_id"] for row in by_agent} | set(variant_agents))
    names = dict(Agent.objects.filter(pk__in=agent_ids).values_list("id", "name"))
    found = {row["agent_id"]: row for row in by_agent}
    variants = [
        {
            "agent_id": agent_id,
            "name": names.get(agent_id, "No agent" if agent_id == 0 else f"Agent {agent_id}"),
            "weight": weights.get(agent_id),
            **_figures(found.get(agent_id, {})),
        }
        for agent_id in agent_ids
    ]
    significance = None
    if len(variants) >= 2:
        ranked = sorted(variants, key=lambda v: (-(v["conversion_rate"] or 0), v["agent_id"]))
        best, runner_up = ranked[0], ranked[1]
        significance = {
            "leader": best["name"],
            "runner_up": runner_up["name"],
            "conversion": two_proportion_z(
                best["converted"], best["answered"], runner_up["converted"], runner_up["answered"]
            ),
            "answer_rate": two_proportion_z(best["answered"], best["calls"], runner_up["answered"], runner_up["calls"]),
        }
    per_day = {
        row["day"]: row
        for row in rows.values("day").annotate(
            calls=Sum("calls"), answered=Sum("answered"), qualified=Sum("qualified"), confirmed=Sum("confirmed")
        )
    }
    timeline, cumulative = [], 0
    for offset in range(filters.days):
        day = filters.start + timedelta(days=offset)
        row = per_day.get(day, {})
        cumulative += row.get("calls", 0)
        timeline.append(
            {
                "day": day.isoformat(),
                "calls": row.get("calls", 0),
                "answered": row.get("answered", 0),
                "converted": row.get("qualified", 0) + row.get("confirmed", 0),
                "cumulative_calls": cumulative,
            }
        )
    return {
        "campaign": {"id": campaign.pk, "name": campaign.name, "status": campaign.status, "type": campaign.type},
        "totals": totals,
        "variants": variants,
        "is_ab_test": len(variant_agents) >= 2,
        "significance": significance,
        "timeline": timeline,
    }
