"""The dialer: claim due contacts, reserve capacity, write the attempt, place the call, reconcile.

A tick (one per tenant, from beat) works through running campaigns by
priority. For each it locks the campaign row and takes a batch of due
contacts with SELECT … FOR UPDATE SKIP LOCKED, so concurrent ticks never
claim the same person. Each contact passes the campaign's own window, the
compliance guard (without reserving) and then the atomic rate-limit
reservation; only then is a CallAttempt written (state `dialing`) and, once
that commits, a task places the call through calls.services.call_place.

Crash safety: the attempt row exists before the call, and the Call row is
committed before the provider is asked (call_place does that). A placing
worker holds a PostgreSQL advisory lock for the attempt, which dies with its
connection; the reconciler only touches attempts whose lock is free, so:
- `dialing` with no Call: the call was never placed; the contact is queued again;
- `dialing` with a Call: the attempt is linked to it and followed like any other;
- `placed` with a finished Call but no outcome (the hook was lost): settled now;
- `placed` with a live Call nobody reports on: asked of the provider (get_call).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from calls.models import LIVE_CALL_STATUSES, Call, CallStatus, PhoneNumber
from calls.services import CallBlocked, call_apply_event, call_place
from calls.tasks import enqueue_on_commit
from calls.voice import VoiceProviderError, adapter_for
from campaigns import compliance, ratelimit, scripting, windows
from campaigns.models import (
    LIVE_ATTEMPT_STATES,
    AttemptState,
    CallAttempt,
    Campaign,
    CampaignContact,
    CampaignStatus,
    TargetState,
)
from contacts.models import Contact
from contacts.services import contact_timezone

logger = logging.getLogger(__name__)

RECHECK_BUSY = timedelta(minutes=2)
RECHECK_BLOCKED = timedelta(minutes=5)
RECHECK_PROVIDER = timedelta(minutes=1)


# --- advisory locks ------------------------------------------------------------------------------


def _lock_key(attempt_id: int) -> tuple[int, int]:
    namespace = zlib.crc32(connection.schema_name.encode())
    return (namespace - 2**32 if namespace >= 2**31 else namespace), int(attempt_id) % 2**31


@contextlib.contextmanager
def placement_lock(attempt_id: int):
    """Held by the worker placing an attempt; released by PostgreSQL if that worker dies."""
    key = _lock_key(attempt_id)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s, %s)", key)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(%s, %s)", key)


def _nobody_placing(attempt_id: int) -> bool:
    """Inside a transaction: take the attempt's lock if free (held until commit)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", _lock_key(attempt_id))
        return bool(cursor.fetchone()[0])


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
        return Verdict(TargetState.SKIPPED, _expired_reason(target), "expired")
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


def _expired_reason(target: CampaignContact) -> str:
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
        target.state, target.reason, target.reason_code = TargetState.SKIPPED, _expired_reason(target), "expired"
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


# --- placing -------------------------------------------------------------------------------------------


def _not_placed(attempt: CallAttempt, *, state: str, reason: str, code: str, eligible_at: datetime | None) -> None:
    """The call was not made: give the try back and queue (or skip) the target with the reason."""
    now = timezone.now()
    with transaction.atomic():
        updated = CallAttempt.objects.filter(pk=attempt.pk, state=AttemptState.DIALING).update(
            state=AttemptState.NOT_PLACED, note=reason[:300], finished_at=now
        )
        if not updated:
            return
        target = CampaignContact.objects.select_for_update().get(pk=attempt.target_id)
        target.attempts = max(0, target.attempts - 1)
        target.state = state
        target.reason, target.reason_code = reason[:300], code
        target.eligible_at = eligible_at or now
        if state == TargetState.QUEUED and target.expires_at and target.eligible_at >= target.expires_at:
            target.state, target.reason, target.reason_code = TargetState.SKIPPED, _expired_reason(target), "expired"
        target.save(update_fields=["attempts", "state", "reason", "reason_code", "eligible_at", "updated_at"])


def _link(attempt: CallAttempt, call: Call) -> None:
    CallAttempt.objects.filter(pk=attempt.pk, state=AttemptState.DIALING).update(
        state=AttemptState.PLACED,
        call=call,
        provider_call_id=call.provider_call_id or "",
        placed_at=call.created_at,
    )
    CampaignContact.objects.filter(pk=attempt.target_id).update(last_call=call, updated_at=timezone.now())


def attempt_place(*, tenant, attempt_id: int) -> str:
    """Place one attempt's call, exactly once however often this runs (returns what happened)."""
    with placement_lock(attempt_id):
        attempt = (
            CallAttempt.objects.select_related("campaign", "target", "contact", "agent", "from_number")
            .filter(pk=attempt_id)
            .first()
        )
        if attempt is None or attempt.state != AttemptState.DIALING:
            return "done already"
        existing = Call.objects.filter(campaign_attempt_id=attempt.pk).order_by("id").first()
        if existing is not None:
            _link(attempt, existing)
            return "linked"
        campaign = attempt.campaign
        if campaign.status != CampaignStatus.RUNNING or not tenant.is_active:
            _not_placed(
                attempt,
                state=TargetState.QUEUED,
                reason=f"Not called: the campaign is {campaign.get_status_display().lower()}",
                code="campaign_not_running",
                eligible_at=None,
            )
            return "campaign not running"
        now = timezone.now()
        if now - attempt.reserved_at > timedelta(seconds=settings.CAMPAIGN_RESERVATION_SECONDS):
            number = attempt.from_number or dialing_number(campaign)
            reservation = ratelimit.reserve(reservation_windows(tenant, campaign, number), now)
            if not reservation.granted:
                zone = ZoneInfo(contact_timezone(attempt.contact, tenant))
                _not_placed(
                    attempt,
                    state=TargetState.QUEUED,
                    reason=compliance.capacity_reason(reservation, zone, now),
                    code="rate_limited",
                    eligible_at=reservation.retry_at,
                )
                return "no capacity"
            CallAttempt.objects.filter(pk=attempt.pk).update(reservation=reservation.token, reserved_at=now)
        variables = scripting.call_variables(campaign=campaign, target=attempt.target, contact=attempt.contact)
        metadata = {
            "campaign_id": campaign.pk,
            "campaign_attempt_id": attempt.pk,
            "campaign_contact_id": attempt.target_id,
        }
        try:
            with compliance.campaign_placement():
                call = call_place(
                    tenant=tenant,
                    contact=attempt.contact,
                    agent=attempt.agent,
                    from_number=attempt.from_number,
                    metadata=metadata,
                    dynamic_variables=variables,
                )
        except CallBlocked as exc:
            decision = compliance.dated(exc.decision, attempt.contact)
            permanent = decision.code in compliance.PERMANENT_CODES
            _not_placed(
                attempt,
                state=TargetState.SKIPPED if permanent else TargetState.QUEUED,
                reason=decision.reason,
                code=decision.code,
                eligible_at=decision.eligible_at or timezone.now() + RECHECK_BLOCKED,
            )
            return "blocked"
        except VoiceProviderError as exc:
            # The provider may still have taken the call: follow the Call row, do not redial now.
            call = Call.objects.filter(campaign_attempt_id=attempt.pk).order_by("id").first()
            if call is None:
                _not_placed(
                    attempt,
                    state=TargetState.QUEUED,
                    reason=f"Provider unavailable: {exc}",
                    code="provider",
                    eligible_at=timezone.now() + RECHECK_PROVIDER,
                )
                return "provider unavailable"
            _link(attempt, call)
            return "uncertain"
        except ValidationError as exc:
            message = "; ".join(exc.messages)
            _not_placed(
                attempt, state=TargetState.QUEUED, reason=f"Not called: {message}", code="setup", eligible_at=None
            )
            from campaigns.services.campaigns import campaign_pause

            campaign_pause(campaign=campaign, reason=f"Calls cannot be placed: {message}", automatic=True)
            return "setup problem"
        _link(attempt, call)
        return "placed"


# --- reconciling -------------------------------------------------------------------------------------


def attempts_reconcile(*, tenant, now: datetime | None = None) -> int:
    """Settle attempts a crash or a lost message left behind (see the module docstring)."""
    from campaigns.services.outcomes import attempt_finish

    now = now or timezone.now()
    grace = now - timedelta(seconds=settings.CAMPAIGN_DIALING_GRACE_SECONDS)
    stale = now - timedelta(seconds=settings.CAMPAIGN_CALL_STALE_SECONDS)
    count = 0
    dialing = CallAttempt.objects.filter(state=AttemptState.DIALING, created_at__lt=grace).order_by("created_at")
    for attempt_id in dialing.values_list("pk", flat=True)[:200]:
        with transaction.atomic():
            if not _nobody_placing(attempt_id):
                continue
            attempt = CallAttempt.objects.filter(pk=attempt_id, state=AttemptState.DIALING).first()
            if attempt is None:
                continue
            call = Call.objects.filter(campaign_attempt_id=attempt.pk).order_by("id").first()
            if call is None:
                _not_placed(
                    attempt,
                    state=TargetState.QUEUED,
                    reason="The dialer stopped before placing this call; queued again",
                    code="requeued",
                    eligible_at=now,
                )
            else:
                _link(attempt, call)
            count += 1

    placed = CallAttempt.objects.filter(state=AttemptState.PLACED, created_at__lt=grace).select_related("call")
    for attempt in placed.order_by("created_at")[:200]:
        call = attempt.call or Call.objects.filter(campaign_attempt_id=attempt.pk).order_by("id").first()
        if call is None:
            attempt_finish(tenant=tenant, attempt_id=attempt.pk, call_id=None, note="The call record is gone")
            count += 1
        elif call.finished_at is not None:
            attempt_finish(tenant=tenant, attempt_id=attempt.pk, call_id=call.pk)
            count += 1
        elif call.updated_at < stale and (call.status not in LIVE_CALL_STATUSES or not call.provider_call_id):
            # Never confirmed by the provider (or given up on by the calls sweep): count it and move on.
            attempt_finish(
                tenant=tenant, attempt_id=attempt.pk, call_id=call.pk, note="The provider never confirmed the call"
            )
            count += 1
        elif call.updated_at < stale and call.provider_call_id:
            count += int(_ask_provider(tenant, call))
    return count


def _ask_provider(tenant, call: Call) -> bool:
    """A live call nobody reported on: fold in what the provider says (get_call)."""
    account = (call.agent.provider_account if call.agent_id and call.agent else "") or None
    try:
        data = adapter_for(tenant, account=account).get_call(call.provider_call_id)
    except VoiceProviderError as exc:
        if exc.permanent:
            Call.objects.filter(pk=call.pk, status__in=LIVE_CALL_STATUSES).update(
                status=CallStatus.FAILED,
                retryable=True,
                note=f"Lost track of the call: {exc}"[:300],
                updated_at=timezone.now(),
            )
        return False
    if data.get("call_status") not in ("ended", "not_connected", "error"):
        Call.objects.filter(pk=call.pk).update(updated_at=timezone.now())
        return False
    event = "call_analyzed" if data.get("call_analysis") else "call_ended"
    call_apply_event(event=event, data=data, tenant_schema=tenant.schema_name, tenant=tenant)
    return True
