"""The dialer: claim due contacts, reserve capacity and write the attempt, by priority.

A tick (one per tenant, from beat) works through running campaigns by
priority. For each it locks the campaign row and takes a batch of due
contacts with SELECT … FOR UPDATE SKIP LOCKED, so concurrent ticks never
claim the same person. Each contact passes the campaign's own window, the
compliance guard (without reserving) and then the atomic rate-limit
reservation; only then is a CallAttempt written (state `dialing`) and, once
that commits, a task places the call (campaigns.services.placing). Crashes
are made good by campaigns.services.reconcile at the start of every tick.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from calls.models import PhoneNumber
from campaigns import compliance, ratelimit, windows
from campaigns.models import (
    LIVE_ATTEMPT_STATES,
    CallAttempt,
    Campaign,
    CampaignContact,
    CampaignStatus,
    TargetState,
)
from contacts.models import Contact
from contacts.services import contact_timezone
from voiceplatform.tasks import enqueue_on_commit

RECHECK_BUSY = timedelta(minutes=2)
RECHECK_BLOCKED = timedelta(minutes=5)


# --- choosing what to dial --------------------------------------------------------------------------


@dataclass
class DialResult:
    claimed: int = 0
    tenant_full: bool = False


def dialing_number(campaign: Campaign) -> PhoneNumber | None:
    """The campaign's number, else one bound to its agent, else the first active one."""
    numbers = PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE)
    if campaign.from_number_id:
        return numbers.filter(pk=campaign.from_number_id).first()
    if campaign.agent_id:
        bound = numbers.filter(outbound_agent_id=campaign.agent_id).order_by("id").first()
        if bound is not None:
            return bound
    return numbers.order_by("id").first()


def pick_agent_id(campaign: Campaign, target: CampaignContact) -> int | None:
    """A/B: a stable, weighted choice per target, so retries keep the same agent."""
    if target.agent_id:
        return target.agent_id
    if not campaign.variants:
        return campaign.agent_id
    total = sum(v["weight"] for v in campaign.variants)
    point = int(hashlib.sha256(f"{campaign.pk}:{target.pk}".encode()).hexdigest(), 16) % total
    for variant in campaign.variants:
        if point < variant["weight"]:
            return variant["agent"]
        point -= variant["weight"]
    return campaign.variants[-1]["agent"]


@dataclass(frozen=True)
class Verdict:
    state: str
    reason: str
    code: str
    eligible_at: datetime | None = None


def campaign_window_verdict(tenant, campaign: Campaign, contact: Contact, now: datetime) -> Verdict | None:
    """The campaign's own calling windows and blocked dates, in the recipient's zone (None: inside)."""
    if not campaign.schedule and not campaign.blocked_dates:
        return None
    zone, calling = compliance.calling_hours(tenant, contact, now)
    schedule = campaign.schedule or windows.all_day()
    own = windows.weekly(
        schedule, zone, now - timedelta(days=1), now + timedelta(days=15), blocked=campaign.blocked_dates
    )
    allowed = windows.intersect(own, calling)
    if windows.contains(allowed, now):
        return None
    next_start = windows.next_allowed(allowed, now)
    if not windows.contains(calling, now) and windows.contains(own, now):
        return None  # outside calling hours only: the guard says so in its own words
    today = now.astimezone(zone).date()
    if next_start is None:
        return Verdict(
            TargetState.SKIPPED, "This campaign has no calling window left in the next two weeks", "no_window"
        )
    until = windows.describe_until(next_start, zone, now)
    if today in campaign.blocked_dates:
        reason = f"Blocked date {today.isoformat()} in {zone.key}; next window {until}"
    else:
        reason = f"Outside this campaign's calling window in {zone.key} until {until}"
    return Verdict(TargetState.QUEUED, reason, "campaign_window", next_start)


def _verdict(tenant, campaign: Campaign, target: CampaignContact, now: datetime, busy: set[int]) -> Verdict | None:
    """Why this target cannot be dialled now, or None when it can (capacity aside)."""
    if target.expires_at and now >= target.expires_at:
        return Verdict(TargetState.SKIPPED, expired_reason(target), "expired")
    if target.attempts >= campaign.max_attempts:
        return Verdict(TargetState.DONE, "No attempts left", "attempts_used")
    if target.contact_id in busy:
        return Verdict(TargetState.QUEUED, "Being called by another campaign", "busy", now + RECHECK_BUSY)
    window = campaign_window_verdict(tenant, campaign, target.contact, now)
    if window is not None:
        return window
    decision = compliance.evaluate(tenant, target.contact, now, automated=True)
    if decision.allowed:
        return None
    if decision.code in compliance.PERMANENT_CODES:
        return Verdict(TargetState.SKIPPED, decision.reason, decision.code)
    return Verdict(TargetState.QUEUED, decision.reason, decision.code, decision.eligible_at or now + RECHECK_BLOCKED)


def expired_reason(target: CampaignContact) -> str:
    if target.appointment_id:
        return "The appointment came before the reminder could be made"
    return "The deadline for this call passed before it could be made"


def _apply(target: CampaignContact, verdict: Verdict, now: datetime) -> None:
    target.state = verdict.state
    target.reason = verdict.reason[:300]
    target.reason_code = verdict.code
    if verdict.eligible_at is not None:
        target.eligible_at = verdict.eligible_at
    if target.state == TargetState.QUEUED and target.expires_at and target.eligible_at >= target.expires_at:
        target.state, target.reason, target.reason_code = TargetState.SKIPPED, expired_reason(target), "expired"
    if target.state == TargetState.DONE and not target.final_outcome:
        target.final_outcome = "attempts_used"
    target.save(update_fields=["state", "reason", "reason_code", "eligible_at", "final_outcome", "updated_at"])


def reservation_windows(tenant, campaign: Campaign, number: PhoneNumber, limits=None) -> list[ratelimit.Window]:
    limits = limits or compliance.limits_for(tenant)
    return [
        *compliance.tenant_windows(tenant, limits),
        *compliance.number_windows(tenant, number, limits),
        compliance.campaign_window(tenant, campaign),
    ]


def campaign_dial(*, tenant, campaign_id: int, now: datetime | None = None, limits=None) -> DialResult:
    """Claim due targets of one running campaign and write their attempts; placing follows on commit."""
    from campaigns.tasks import place_attempt

    now = now or timezone.now()
    result = DialResult()
    with transaction.atomic():
        campaign = (
            Campaign.objects.select_for_update(skip_locked=True)
            .filter(pk=campaign_id, status=CampaignStatus.RUNNING)
            .first()
        )
        if campaign is None or (campaign.ends_at and campaign.ends_at <= now):
            return result
        active = CallAttempt.objects.filter(campaign=campaign, state__in=LIVE_ATTEMPT_STATES).count()
        room = min(campaign.max_concurrent - active, settings.CAMPAIGN_BATCH_SIZE)
        if room <= 0:
            return result
        number = dialing_number(campaign)
        if number is None:
            from campaigns.services.campaigns import campaign_pause

            campaign_pause(campaign=campaign, reason="No active phone number to call from", automatic=True)
            return result
        targets = list(
            CampaignContact.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("contact")
            .filter(campaign=campaign, state=TargetState.QUEUED, eligible_at__lte=now)
            .order_by("eligible_at", "id")[: room * 2]
        )
        if not targets:
            return result
        mine = set(
            Contact.objects.select_for_update(skip_locked=True)
            .filter(pk__in=[t.contact_id for t in targets])
            .values_list("pk", flat=True)
        )
        busy = set(
            CallAttempt.objects.filter(contact_id__in=mine, state__in=LIVE_ATTEMPT_STATES).values_list(
                "contact_id", flat=True
            )
        )
        limits = limits or compliance.limits_for(tenant)
        rate_windows = reservation_windows(tenant, campaign, number, limits)
        tenant_keys = {w.key for w in compliance.tenant_windows(tenant, limits)}
        placing = []
        for target in targets:
            if result.claimed >= room:
                break
            if target.contact_id not in mine:
                continue  # someone else is working on this person right now
            verdict = _verdict(tenant, campaign, target, now, busy)
            if verdict is not None:
                _apply(target, verdict, now)
                continue
            reservation = ratelimit.reserve(rate_windows, now)
            if not reservation.granted:
                zone = ZoneInfo(contact_timezone(target.contact, tenant))
                target.reason = compliance.capacity_reason(reservation, zone, now)[:300]
                target.reason_code = "rate_limited"
                target.save(update_fields=["reason", "reason_code", "updated_at"])
                result.tenant_full = reservation.window.key in tenant_keys
                break
            placing.append(_attempt_create(campaign, target, number, reservation.token, now).pk)
            busy.add(target.contact_id)
            result.claimed += 1
        for attempt_id in placing:
            enqueue_on_commit(place_attempt, attempt_id)
    return result


def _attempt_create(campaign: Campaign, target: CampaignContact, number: PhoneNumber, token: str, now) -> CallAttempt:
    sequence = (CallAttempt.objects.filter(target=target).aggregate(m=Max("number"))["m"] or 0) + 1
    agent_id = pick_agent_id(campaign, target)
    attempt = CallAttempt.objects.create(
        campaign=campaign,
        target=target,
        contact_id=target.contact_id,
        number=sequence,
        agent_id=agent_id,
        from_number=number,
        reservation=token,
        reserved_at=now,
    )
    target.state = TargetState.DIALING
    target.attempts += 1
    target.last_attempt_at = now
    target.agent_id = agent_id
    target.reason = f"Calling (attempt {target.attempts} of {campaign.max_attempts})"
    target.reason_code = "dialing"
    target.save(update_fields=["state", "attempts", "last_attempt_at", "agent", "reason", "reason_code", "updated_at"])
    return attempt


def dialer_tick(*, tenant, now: datetime | None = None) -> dict:
    """One pass for one tenant: reconcile, start/finish campaigns, then dial by priority."""
    from campaigns.services.campaigns import campaigns_advance
    from campaigns.services.reconcile import attempts_reconcile

    now = now or timezone.now()
    counts = {"reconciled": attempts_reconcile(tenant=tenant, now=now), "claimed": 0}
    counts.update(campaigns_advance(now=now))
    if not tenant.is_active:
        return counts
    limits = compliance.limits_for(tenant)
    if limits.paused:
        return counts
    running = Campaign.objects.filter(status=CampaignStatus.RUNNING).order_by("-priority", "id")
    for campaign_id in running.values_list("pk", flat=True):
        result = campaign_dial(tenant=tenant, campaign_id=campaign_id, now=now, limits=limits)
        counts["claimed"] += result.claimed
        if result.tenant_full:
            break
    return counts
