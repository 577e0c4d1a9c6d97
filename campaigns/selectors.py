"""Read-side queries for campaigns: lists, live stats, the call feed, "why not called yet", results."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import Avg, Count, Q, QuerySet, Sum
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from campaigns import compliance, ratelimit
from campaigns.audience import audience_queryset
from campaigns.models import (
    LIVE_ATTEMPT_STATES,
    AttemptState,
    CallAttempt,
    Campaign,
    CampaignAlert,
    CampaignContact,
    CampaignStatus,
    TargetState,
)
from campaigns.services.dialer import dialing_number

ANSWERED = ("completed", "transferred")
SUCCESS_OUTCOMES = ("confirmed", "qualified", "callback_requested", "reschedule_requested")
SETTLED_STATES = (TargetState.DONE, TargetState.SKIPPED, TargetState.CANCELLED)


def campaigns_for(*, include_archived: bool = True) -> QuerySet[Campaign]:
    queryset = Campaign.objects.select_related("agent", "from_number")
    if not include_archived:
        queryset = queryset.exclude(status=CampaignStatus.ARCHIVED)
    return queryset.order_by("-created_at", "-id")


def targets_for(*, campaign: Campaign, state: str | None = None) -> QuerySet[CampaignContact]:
    queryset = CampaignContact.objects.filter(campaign=campaign).select_related("contact", "last_call")
    if state:
        queryset = queryset.filter(state=state)
    return queryset.order_by("id")


def targets_of_contact(*, contact_id: int, limit: int = 20) -> list[CampaignContact]:
    """The contact's place in each campaign, newest first: state, next try and why not called yet."""
    return list(
        CampaignContact.objects.filter(contact_id=contact_id)
        .select_related("campaign", "last_call")
        .order_by("-created_at", "-id")[:limit]
    )


def campaign_names(campaign_ids) -> dict[int, str]:
    """calls.hooks.campaign_labels: campaign id -> name (one query)."""
    return dict(Campaign.objects.filter(pk__in=list(campaign_ids)).values_list("pk", "name"))


def contact_panel(contact):
    """The contact page's "Campaigns" section (registered with contacts.hooks)."""
    from contacts.hooks import Panel

    targets = targets_of_contact(contact_id=contact.pk)
    if not targets:
        return None
    return Panel("Campaigns", "campaigns/_contact_panel.html", {"targets": targets})


def progress_for(campaigns: list[Campaign]) -> dict[int, dict]:
    """Per campaign: total targets and settled ones, in one query (for the list page)."""
    rows = (
        CampaignContact.objects.filter(campaign__in=campaigns)
        .values("campaign_id")
        .annotate(total=Count("id"), settled=Count("id", filter=Q(state__in=SETTLED_STATES)))
    )
    out = {row["campaign_id"]: row for row in rows}
    for row in out.values():
        row["percent"] = round(100 * row["settled"] / row["total"]) if row["total"] else 0
    return out


def _rate(value: int, limit: int) -> dict:
    return {"used": value, "limit": limit}


def campaign_stats(*, campaign: Campaign, tenant, now: datetime | None = None) -> dict:
    """Everything the live campaign page shows, as plain data (also the stats API)."""
    now = now or timezone.now()
    by_state = dict(
        CampaignContact.objects.filter(campaign=campaign).values_list("state").annotate(n=Count("id")).order_by()
    )
    total = sum(by_state.values())
    settled = sum(by_state.get(state, 0) for state in SETTLED_STATES)
    attempts = CallAttempt.objects.filter(campaign=campaign)
    finished = attempts.filter(state=AttemptState.FINISHED)
    by_status = dict(finished.values_list("call_status").annotate(n=Count("id")).order_by())
    by_outcome = dict(
        CampaignContact.objects.filter(campaign=campaign, state=TargetState.DONE)
        .values_list("final_outcome")
        .annotate(n=Count("id"))
        .order_by()
    )
    answered = finished.filter(call_status__in=ANSWERED)
    totals = finished.aggregate(
        finished=Count("id"),
        answered=Count("id", filter=Q(call_status__in=ANSWERED)),
        successful=Count("id", filter=Q(outcome__in=SUCCESS_OUTCOMES)),
        qualified=Count("id", filter=Q(qualified=True)),
        cost=Sum("cost_cents"),
    )
    average_ms = answered.aggregate(avg=Avg("duration_ms"))["avg"]
    live = attempts.filter(state__in=LIVE_ATTEMPT_STATES).count()
    limits = compliance.limits_for(tenant)
    tenant_windows = compliance.tenant_windows(tenant, limits)
    rates = {
        "campaign_per_minute": _rate(
            attempts.filter(created_at__gte=now - timedelta(minutes=1)).count(), campaign.calls_per_minute
        ),
        "tenant_per_15_minutes": _rate(ratelimit.used(tenant_windows[0], now), limits.per_15_minutes),
        "tenant_per_day": _rate(ratelimit.used(tenant_windows[1], now), limits.per_day),
        "concurrent": _rate(live, campaign.max_concurrent),
    }
    number = dialing_number(campaign)
    if number is not None:
        number_windows = compliance.number_windows(tenant, number, limits)
        rates["number_per_minute"] = _rate(ratelimit.used(number_windows[0], now), limits.number_per_minute)
    cost = totals["cost"] or Decimal("0")
    return {
        "status": campaign.status,
        "paused_reason": campaign.paused_reason,
        "calling_paused": limits.paused,
        "total": total,
        "settled": settled,
        "percent": round(100 * settled / total) if total else 0,
        "by_state": {state: by_state.get(state, 0) for state in TargetState.values},
        "by_call_status": by_status,
        "by_outcome": by_outcome,
        "attempts": attempts.count(),
        "finished_calls": totals["finished"],
        "answered": totals["answered"],
        "answer_rate": _share(totals["answered"], totals["finished"]),
        "success_rate": _share(totals["successful"], totals["answered"]),
        "qualification_rate": _share(totals["qualified"], totals["answered"]),
        "average_duration_seconds": round(average_ms / 1000, 1) if average_ms else 0,
        "cost_cents": str(cost.quantize(Decimal("0.01"))),
        "rates": rates,
    }


def _share(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def recent_attempts(*, campaign: Campaign, limit: int = 12) -> list[CallAttempt]:
    return list(
        CallAttempt.objects.filter(campaign=campaign)
        .select_related("contact", "call")
        .order_by("-created_at", "-id")[:limit]
    )


def open_alerts(*, campaign: Campaign) -> QuerySet[CampaignAlert]:
    return CampaignAlert.objects.filter(campaign=campaign, resolved_at__isnull=True)


def audience_preview(*, tenant, audience: dict, now: datetime | None = None, sample: int = 200) -> dict:
    """A live count and who of the first `sample` would be blocked today, and why."""
    now = now or timezone.now()
    queryset = audience_queryset(audience)
    count = queryset.count()
    blocked: dict[str, dict] = {}
    checked = 0
    for contact in queryset.order_by("-priority", "id")[:sample]:
        checked += 1
        decision = compliance.evaluate(tenant, contact, now, automated=True)
        if decision.allowed:
            continue
        group = blocked.setdefault(decision.code or "blocked", {"code": decision.code, "count": 0, "examples": []})
        group["count"] += 1
        if len(group["examples"]) < 5:
            group["examples"].append({"id": contact.pk, "name": str(contact), "reason": decision.reason})
    return {
        "count": count,
        "checked": checked,
        "blocked": sorted(blocked.values(), key=lambda g: -g["count"]),
        "callable_now": checked - sum(g["count"] for g in blocked.values()),
    }


def call_url(call_id: int | None) -> str:
    if not call_id:
        return ""
    try:
        return reverse("calls:detail", args=[call_id])
    except NoReverseMatch:
        return ""


def results_rows(*, campaign: Campaign, base_url: str = ""):
    """One row per target for the CSV export: contact, attempts, final outcome, qualification, last call."""
    fields = set()
    rows = targets_for(campaign=campaign).select_related("contact", "last_call").iterator(chunk_size=2000)
    header = [
        "contact_id",
        "name",
        "phone",
        "state",
        "attempts",
        "final_outcome",
        "qualified",
        "reason",
        "last_called_at",
        "last_call_status",
        "last_call_duration_seconds",
        "qualification",
        "last_call_url",
    ]
    yield header
    for target in rows:
        call = target.last_call
        analysis = call.analysis if call is not None and isinstance(call.analysis, dict) else {}
        fields.update(analysis)
        url = call_url(target.last_call_id)
        yield [
            target.contact_id,
            str(target.contact.full_name),
            target.contact.phone or "",
            target.state,
            target.attempts,
            target.final_outcome,
            "" if target.qualified is None else ("yes" if target.qualified else "no"),
            target.reason,
            target.last_attempt_at.isoformat() if target.last_attempt_at else "",
            call.status if call is not None else "",
            call.duration_seconds if call is not None else "",
            "; ".join(f"{k}={v}" for k, v in sorted(analysis.items())),
            f"{base_url}{url}" if url else "",
        ]
