"""The compliance view: is calling allowed now, how much of the limits is used, what was blocked
and why, auto-pauses, the do-not-call list and recent opt-outs. Per tenant (run in its schema)."""

from __future__ import annotations

from datetime import datetime, timedelta

import redis
from django.db.models import Count, Max
from django.utils import timezone

from campaigns import compliance as guard
from campaigns import ratelimit
from campaigns.models import CallingSettings, CampaignAlert, CampaignContact
from contacts.models import ConsentRecord, DncEntry

# Reason codes the compliance guard writes on a target it held back or skipped.
BLOCK_CODES = (
    "dnc",
    "no_consent",
    "invalid_number",
    "no_phone",
    "erased",
    "outside_hours",
    "minimum_gap",
    "rate_limited",
    "calling_paused",
    "tenant_suspended",
    "in_call",
)
RECENT_DAYS = 30


def _usage(used: int, limit: int) -> dict:
    return {"used": used, "limit": limit, "share": round(100.0 * used / limit, 1) if limit else None}


def calling_hours_status(tenant, now: datetime) -> dict:
    calling = CallingSettings.load()
    local = now.astimezone(tenant.zone)
    open_now = calling.quiet_start <= local.time() < calling.quiet_end
    return {
        "open": open_now,
        "local_time": local.strftime("%H:%M"),
        "timezone": tenant.zone.key,
        "window": f"{calling.quiet_start:%H:%M}–{calling.quiet_end:%H:%M}",
        "note": "Recipients' own local time decides each call; this is the business's clock.",
    }


def limits_status(tenant, now: datetime) -> dict:
    limits = guard.limits_for(tenant)
    windows = guard.tenant_windows(tenant, limits)
    try:
        used_15, used_day = ratelimit.used(windows[0], now), ratelimit.used(windows[1], now)
    except redis.RedisError:  # Redis unavailable: the page still shows the limits
        used_15 = used_day = None
    return {
        "per_15_minutes": _usage(used_15 or 0, limits.per_15_minutes) | {"known": used_15 is not None},
        "per_day": _usage(used_day or 0, limits.per_day) | {"known": used_day is not None},
        "ceiling_per_15_minutes": limits.ceiling_per_15_minutes,
        "ceiling_per_day": limits.ceiling_per_day,
        "paused": limits.paused,
        "paused_reason": limits.paused_reason,
    }


def tenant_compliance(tenant, *, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    since = now - timedelta(days=RECENT_DAYS)
    blocked = CampaignContact.objects.filter(reason_code__in=BLOCK_CODES, updated_at__gte=since)
    by_reason = list(
        blocked.values("reason_code").annotate(count=Count("id"), last=Max("updated_at")).order_by("-count")
    )
    recent_blocked = list(
        blocked.select_related("contact", "campaign")
        .order_by("-updated_at")[:20]
        .values("id", "reason_code", "reason", "updated_at", "campaign__name", "contact_id")
    )
    pauses = list(
        CampaignAlert.objects.filter(kind="auto_pause")
        .select_related("campaign")
        .order_by("-created_at")[:20]
        .values("id", "campaign_id", "campaign__name", "message", "created_at", "resolved_at")
    )
    opt_outs = list(
        ConsentRecord.objects.filter(granted=False, created_at__gte=since)
        .order_by("-created_at")[:20]
        .values("contact_id", "channel", "source", "created_at")
    )
    recent_dnc = list(
        DncEntry.objects.filter(created_at__gte=since)
        .order_by("-created_at")[:20]
        .values("phone", "source", "reason", "created_at")
    )
    return {
        "tenant": {"id": tenant.pk, "name": tenant.name, "schema": tenant.schema_name},
        "calling_hours": calling_hours_status(tenant, now),
        "limits": limits_status(tenant, now),
        "blocked_by_reason": by_reason,
        "recent_blocked": recent_blocked,
        "auto_pauses": pauses,
        "dnc_size": DncEntry.objects.count(),
        "recent_dnc": recent_dnc,
        "recent_opt_outs": opt_outs,
        "days": RECENT_DAYS,
    }
