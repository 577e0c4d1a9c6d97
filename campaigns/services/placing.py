"""Placing one attempt's call, exactly once however often the task runs.

The attempt row exists before the call, and the Call row is committed
before the provider is asked (calls.services.call_place does that). The
placing worker holds a PostgreSQL advisory lock for the attempt, which dies
with its connection, so the reconciler (campaigns.services.reconcile) can
tell a live placer from a dead one.
"""

from __future__ import annotations

import contextlib
import zlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from calls.models import Call
from calls.services import CallBlocked, call_place
from calls.voice import VoiceProviderError
from campaigns import compliance, ratelimit, scripting
from campaigns.models import AttemptState, CallAttempt, CampaignContact, CampaignStatus, TargetState
from campaigns.services.dialer import RECHECK_BLOCKED, dialing_number, expired_reason, reservation_windows
from contacts.services import contact_timezone

RECHECK_PROVIDER = timedelta(minutes=1)


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


def nobody_placing(attempt_id: int) -> bool:
    """Inside a transaction: take the attempt's lock if free (held until commit)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_xact_lock(%s, %s)", _lock_key(attempt_id))
        return bool(cursor.fetchone()[0])


def not_placed(attempt: CallAttempt, *, state: str, reason: str, code: str, eligible_at: datetime | None) -> None:
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
            target.state, target.reason, target.reason_code = TargetState.SKIPPED, expired_reason(target), "expired"
        target.save(update_fields=["attempts", "state", "reason", "reason_code", "eligible_at", "updated_at"])


def link(attempt: CallAttempt, call: Call) -> None:
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
            link(attempt, existing)
            return "linked"
        campaign = attempt.campaign
        if campaign.status != CampaignStatus.RUNNING or not tenant.is_active:
            not_placed(
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
            reservation = ratelimit.reserve(
                reservation_windows(tenant, campaign, number), now, replaces=attempt.reservation
            )
            if not reservation.granted:
                zone = ZoneInfo(contact_timezone(attempt.contact, tenant))
                not_placed(
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
        if attempt.target.appointment_id:
            # The appointment a reminder is about: what the call's outcome is checked against.
            metadata["appointment_id"] = attempt.target.appointment_id
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
            not_placed(
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
                not_placed(
                    attempt,
                    state=TargetState.QUEUED,
                    reason=f"Provider unavailable: {exc}",
                    code="provider",
                    eligible_at=timezone.now() + RECHECK_PROVIDER,
                )
                return "provider unavailable"
            link(attempt, call)
            return "uncertain"
        except ValidationError as exc:
            message = "; ".join(exc.messages)
            not_placed(
                attempt, state=TargetState.QUEUED, reason=f"Not called: {message}", code="setup", eligible_at=None
            )
            from campaigns.services.campaigns import campaign_pause

            campaign_pause(campaign=campaign, reason=f"Calls cannot be placed: {message}", automatic=True)
            return "setup problem"
        link(attempt, call)
        return "placed"
