"""The outbound-call guard's rules that live here, registered in calls.hooks.outbound_call_checks.

`calls.compliance.check_outbound_call` is the one gate every outbound call
passes (calls.services.call_place runs it right before it dials; the dialer
runs it too). The calls app registers the basic checks (suspended tenant,
invalid number, DNC, already in a call); this module adds the platform's
pause switch, consent, the recipient's calling hours, the minimum gap for
campaign calls and the rate limits. Each refusal says why in words a person
can read and, where waiting helps, when the call may be tried (eligible_at).

The guard runs in one of three modes (a context variable):
- a single call (the default): the rate-limit check reserves capacity;
- `preview(automated=...)`: nothing is reserved (previews, the dialer's pre-check);
- `campaign_placement()`: the dialer already reserved capacity; the minimum gap applies.
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings

from calls.compliance import Decision
from calls.hooks import outbound_call_checks
from campaigns import ratelimit, windows
from campaigns.models import CallingSettings
from contacts.models import ConsentRecord
from contacts.services import contact_timezone, dnc_entry_for


@dataclass(frozen=True)
class GuardMode:
    reserve: bool
    automated: bool


SINGLE_CALL = GuardMode(reserve=True, automated=False)
_mode: ContextVar[GuardMode | None] = ContextVar("campaigns_guard_mode", default=None)


def current_mode() -> GuardMode:
    return _mode.get() or SINGLE_CALL


@contextlib.contextmanager
def preview(*, automated: bool):
    """Run the guard without reserving anything."""
    token = _mode.set(GuardMode(reserve=False, automated=automated))
    try:
        yield
    finally:
        _mode.reset(token)


@contextlib.contextmanager
def campaign_placement():
    """The dialer places a call it has already reserved capacity for."""
    token = _mode.set(GuardMode(reserve=False, automated=True))
    try:
        yield
    finally:
        _mode.reset(token)


# --- limits ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    per_15_minutes: int
    per_day: int
    ceiling_per_15_minutes: int
    ceiling_per_day: int
    number_per_minute: int
    number_per_day: int
    paused: bool
    paused_reason: str


def limits_for(tenant) -> Limits:
    """The limits in force: the tenant's own, never above the platform owner's ceiling."""
    from tenants.models import TenantSettings

    ceiling = TenantSettings.objects.filter(tenant_id=tenant.pk).first()
    ceiling_15 = ceiling.calls_per_15_minutes_ceiling if ceiling else settings.CALLING_CEILING_PER_15_MINUTES
    ceiling_day = ceiling.calls_per_day_ceiling if ceiling else settings.CALLING_CEILING_PER_DAY
    own = CallingSettings.load()
    return Limits(
        per_15_minutes=min(ceiling_15, own.per_15_minutes if own.per_15_minutes is not None else ceiling_15),
        per_day=min(ceiling_day, own.per_day if own.per_day is not None else ceiling_day),
        ceiling_per_15_minutes=ceiling_15,
        ceiling_per_day=ceiling_day,
        number_per_minute=own.number_per_minute,
        number_per_day=own.number_per_day,
        paused=bool(ceiling and ceiling.calling_paused),
        paused_reason=ceiling.calling_paused_reason if ceiling else "",
    )


def tenant_windows(tenant, limits: Limits | None = None) -> list[ratelimit.Window]:
    limits = limits or limits_for(tenant)
    margin = settings.CAMPAIGN_RESERVATION_SECONDS
    schema = tenant.schema_name
    return [
        ratelimit.Window(
            ratelimit.key(schema, "tenant", "15m"),
            900,
            limits.per_15_minutes,
            "this workspace's 15-minute limit",
            margin,
        ),
        ratelimit.Window(
            ratelimit.key(schema, "tenant", "day"), 86400, limits.per_day, "this workspace's daily limit", margin
        ),
    ]


def number_windows(tenant, number, limits: Limits | None = None) -> list[ratelimit.Window]:
    limits = limits or limits_for(tenant)
    margin = settings.CAMPAIGN_RESERVATION_SECONDS
    schema = tenant.schema_name
    return [
        ratelimit.Window(
            ratelimit.key(schema, "number", number.pk, "1m"),
            60,
            limits.number_per_minute,
            f"the per-minute limit of {number.number}",
            margin,
        ),
        ratelimit.Window(
            ratelimit.key(schema, "number", number.pk, "day"),
            86400,
            limits.number_per_day,
            f"the daily limit of {number.number}",
            margin,
        ),
    ]


def campaign_window(tenant, campaign) -> ratelimit.Window:
    return ratelimit.Window(
        ratelimit.key(tenant.schema_name, "campaign", campaign.pk, "1m"),
        60,
        campaign.calls_per_minute,
        "this campaign's calls per minute",
        settings.CAMPAIGN_RESERVATION_SECONDS,
    )


def capacity_reason(reservation: ratelimit.Reservation, zone: ZoneInfo, now: datetime) -> str:
    window = reservation.window
    reason = f"Waiting for capacity: {window.label} ({window.limit}) is reached"
    if reservation.retry_at:
        reason += f"; next slot {windows.describe_until(reservation.retry_at, zone, now)} ({zone.key})"
    return reason


# --- the checks -------------------------------------------------------------------------------


def calling_not_paused(tenant, contact, now):
    limits = limits_for(tenant)
    if limits.paused:
        why = f": {limits.paused_reason}" if limits.paused_reason else ""
        return Decision(False, f"Calling is paused for this workspace by the platform{why}", "calling_paused")
    return None


def consent_required() -> bool:
    """The tenant asks for call consent here, or (once it exists) in the contacts app's settings."""
    if CallingSettings.load().require_consent:
        return True
    try:
        contact_settings = apps.get_model("contacts", "ContactSettings")
    except LookupError:
        return False
    return bool(getattr(contact_settings.load(), "require_consent_for_calls", False))


def consent_on_record(tenant, contact, now):
    if not consent_required():
        return None
    latest = (
        ConsentRecord.objects.filter(contact=contact, channel=ConsentRecord.Channel.CALL)
        .order_by("-created_at", "-id")
        .first()
    )
    if latest is None:
        return Decision(False, "No consent to be called is on record", "no_consent")
    if not latest.granted:
        return Decision(False, f"Withdrew consent to be called on {latest.created_at:%Y-%m-%d}", "no_consent")
    return None


def calling_hours(tenant, contact, now: datetime) -> tuple[ZoneInfo, list[windows.Interval]]:
    """The recipient's zone and their allowed calling intervals from yesterday to a week ahead."""
    zone = ZoneInfo(contact_timezone(contact, tenant))
    rules = CallingSettings.load()
    return zone, windows.daily(
        rules.quiet_start, rules.quiet_end, zone, now - timedelta(days=1), now + timedelta(days=8)
    )


def within_calling_hours(tenant, contact, now):
    zone, allowed = calling_hours(tenant, contact, now)
    if windows.contains(allowed, now):
        return None
    next_start = windows.next_allowed(allowed, now)
    return Decision(
        False,
        f"Outside calling hours in {zone.key} until {windows.describe_until(next_start, zone, now)}",
        "outside_hours",
        eligible_at=next_start,
    )


def _last_dialled_at(contact) -> datetime | None:
    from calls.models import Call, CallStatus

    return (
        Call.objects.filter(contact=contact, direction=Call.Direction.OUTBOUND)
        .exclude(status=CallStatus.NOT_ATTEMPTED)
        .exclude(provider_call_id__isnull=True, status=CallStatus.FAILED)
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )


def _span(minutes: int) -> str:
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{minutes} minutes"


def minimum_gap(tenant, contact, now):
    if not current_mode().automated:
        return None
    gap = CallingSettings.load().minimum_gap_minutes
    last = _last_dialled_at(contact)
    if last is None or gap <= 0 or last + timedelta(minutes=gap) <= now:
        return None
    until = last + timedelta(minutes=gap)
    zone = ZoneInfo(contact_timezone(contact, tenant))
    return Decision(
        False,
        f"Called {_span(max(1, int((now - last).total_seconds() // 60)))} ago; the minimum gap is {_span(gap)} "
        f"(until {windows.describe_until(until, zone, now)} in {zone.key})",
        "minimum_gap",
        eligible_at=until,
    )


def within_rate_limits(tenant, contact, now):
    if not current_mode().reserve:
        return None
    reservation = ratelimit.reserve(tenant_windows(tenant), now)
    if reservation.granted:
        return None
    return Decision(
        False, capacity_reason(reservation, tenant.zone, now), "rate_limited", eligible_at=reservation.retry_at
    )


CHECKS = (calling_not_paused, consent_on_record, within_calling_hours, minimum_gap, within_rate_limits)

# Refusals that waiting does not cure: the contact is skipped rather than retried later.
PERMANENT_CODES = frozenset({"dnc", "no_consent", "invalid_number", "no_phone", "erased"})


def register() -> None:
    """Add these checks to the gate; the rate limit goes last so it reserves only when all else passed."""
    for check in CHECKS:
        outbound_call_checks.register(check)


def evaluate(tenant, contact, now: datetime, *, automated: bool) -> Decision:
    """The guard's answer without reserving anything: for previews and the dialer's pre-check."""
    from calls.compliance import check_outbound_call

    with preview(automated=automated):
        return dated(check_outbound_call(tenant, contact, now), contact)


def dated(decision: Decision, contact) -> Decision:
    """A DNC refusal says since when ("On DNC list since 2026-03-01")."""
    if decision.code != "dnc":
        return decision
    entry = dnc_entry_for(contact.phone) if contact.phone else None
    reason = f"On DNC list since {entry.created_at:%Y-%m-%d}" if entry else "Marked do-not-call"
    return Decision(False, reason, "dnc")
