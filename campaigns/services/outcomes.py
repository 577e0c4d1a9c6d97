"""What happens after a campaign call: record it, retry it, or close the contact; pause a campaign that goes wrong.

`attempt_finish` runs when the calls app publishes `CallFinished`
(campaigns.receivers, through a task) and from the reconciler; it is idempotent (the attempt row is locked
and settled once). A retry is a row with a due time (`eligible_at`), never a
delayed task.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from calls.models import LIVE_CALL_STATUSES, Call, CallStatus
from campaigns import scripting, windows
from campaigns.models import (
    AttemptState,
    CallAttempt,
    CallingSettings,
    Campaign,
    CampaignContact,
    CampaignStatus,
    CampaignType,
    TargetState,
)
from contacts.models import Contact
from contacts.services import InvalidTransition, can_transition, contact_set_status, contact_timezone

logger = logging.getLogger(__name__)

# How a finished call counts for the retry policy.
RETRY_CATEGORY = {
    CallStatus.NO_ANSWER: "no_answer",
    CallStatus.VOICEMAIL: "voicemail",
    CallStatus.IVR: "voicemail",
    CallStatus.BUSY: "busy",
    CallStatus.FAILED: "failed",
}
ANSWERED = frozenset({CallStatus.COMPLETED, CallStatus.TRANSFERRED})
UNREACHED = frozenset({CallStatus.NO_ANSWER, CallStatus.VOICEMAIL, CallStatus.IVR, CallStatus.BUSY, CallStatus.FAILED})
SHORT_CALL_MS = 10_000
FAILED_SHARE = 0.4
SHORT_SHARE = 0.6
PROVIDER_BUSY_RETRY = timedelta(minutes=1)


def outcome_key(status: str, outcome: str) -> str:
    """The result people read: the business outcome of an answered call, else how the call ended."""
    return outcome or status


def outcome_label(key: str) -> str:
    return key.replace("_", " ")


def _final_status(campaign: Campaign, contact_id: int, key: str) -> None:
    wanted = (campaign.final_status_map or {}).get(key)
    if not wanted:
        return
    contact = Contact.objects.get(pk=contact_id)
    if contact.status == wanted or not can_transition(contact.status, wanted):
        return
    try:
        contact_set_status(
            contact=contact,
            status=wanted,
            reason=f"Campaign {campaign.name}: {outcome_label(key)}",
            actor_label="campaign",
        )
    except InvalidTransition:
        logger.info("campaign %s: contact %s kept its status", campaign.pk, contact_id)


def attempt_finish(
    *, tenant, attempt_id: int, call_id: int | None, note: str = "", now: datetime | None = None
) -> bool:
    """Settle one attempt from its call's final state; returns False when it was settled already."""
    from campaigns.services.campaigns import campaign_complete_if_done
    from campaigns.services.reminders import reminder_apply_outcome

    now = now or timezone.now()
    with transaction.atomic():
        attempt = (
            CallAttempt.objects.select_for_update()
            .filter(pk=attempt_id, state__in=[AttemptState.DIALING, AttemptState.PLACED])
            .first()
        )
        if attempt is None:
            return False
        call = Call.objects.filter(pk=call_id).first() if call_id else None
        if call is not None and call.campaign_attempt_id not in (None, attempt.pk):
            return False
        campaign = Campaign.objects.get(pk=attempt.campaign_id)
        status = call.status if call is not None else CallStatus.FAILED
        if status in LIVE_CALL_STATUSES:
            status = CallStatus.FAILED
        outcome = call.outcome if call is not None else ""
        analysis = call.analysis if call is not None else {}
        qualified = scripting.is_qualified(campaign.qualification, analysis, outcome) if status in ANSWERED else None
        attempt.state = AttemptState.FINISHED
        attempt.call = call
        attempt.provider_call_id = (call.provider_call_id or "") if call is not None else ""
        attempt.call_status = status
        attempt.outcome = outcome
        attempt.duration_ms = call.duration_ms if call is not None else 0
        attempt.cost_cents = call.provider_cost_cents if call is not None else None
        attempt.qualified = qualified
        attempt.note = (note or (call.note if call is not None else ""))[:300]
        attempt.finished_at = now
        attempt.save()

        target = CampaignContact.objects.select_for_update().select_related("contact").get(pk=attempt.target_id)
        target.last_call = call
        key = outcome_key(status, outcome)
        zone = ZoneInfo(contact_timezone(target.contact, tenant))
        # A call the provider never confirmed may be tried again; otherwise the provider's advice stands.
        retryable = call.retryable if call is not None and call.status not in LIVE_CALL_STATUSES else True
        final = True
        if status == CallStatus.NOT_ATTEMPTED:
            target.state, target.attempts = TargetState.QUEUED, max(0, target.attempts - 1)
            target.eligible_at = now + PROVIDER_BUSY_RETRY
            target.reason, target.reason_code = "The provider was at capacity; queued again", "provider_busy"
            final = False
        elif (
            RETRY_CATEGORY.get(status) in campaign.retry_outcomes
            and retryable
            and target.attempts < campaign.max_attempts
        ):
            gap = max(campaign.retry_gap_minutes, CallingSettings.load().minimum_gap_minutes)
            due = now + timedelta(minutes=gap)
            if not target.expires_at or due < target.expires_at:
                target.state, target.eligible_at = TargetState.QUEUED, due
                target.reason = (
                    f"{outcome_label(key).capitalize()} on attempt {target.attempts} of {campaign.max_attempts}; "
                    f"next try after {windows.describe_until(due, zone, now)} ({zone.key})"
                )[:300]
                target.reason_code = "retry"
                final = False
        if final:
            target.state = TargetState.DONE
            target.final_outcome = key
            target.qualified = qualified
            target.reason = f"Finished: {outcome_label(key)}" + (" (qualified)" if qualified else "")
            target.reason_code = "finished"
        target.save()
        if final:
            _final_status(campaign, target.contact_id, key)
            if campaign.type == CampaignType.REMINDER and target.appointment_id:
                reminder_apply_outcome(tenant=tenant, target=target, status=status, outcome=outcome, final=True)
        elif campaign.type == CampaignType.REMINDER and target.appointment_id and status in ANSWERED:
            reminder_apply_outcome(tenant=tenant, target=target, status=status, outcome=outcome, final=False)
        campaign_id = campaign.pk
        transaction.on_commit(lambda: campaign_check_health(campaign_id=campaign_id))
        if final:
            transaction.on_commit(lambda: campaign_complete_if_done(campaign_id=campaign_id))
    return True


def health_problem(campaign: Campaign) -> str:
    """Why a campaign should stop itself, judged on its most recent attempts ("" when it is fine).

    The sample is the latest run of consecutive dials that have all finished: short and failed calls end
    first, so judging whatever finished last would see mostly those while the longer calls are still going.
    """
    size = settings.CAMPAIGN_AUTO_PAUSE_WINDOW
    attempts = CallAttempt.objects.filter(campaign=campaign)
    if campaign.window_started_at:
        attempts = attempts.filter(created_at__gte=campaign.window_started_at)
    oldest_live = (
        attempts.filter(state__in=[AttemptState.DIALING, AttemptState.PLACED])
        .order_by("created_at", "id")
        .values_list("created_at", "id")
        .first()
    )
    recent = attempts.filter(state=AttemptState.FINISHED)
    if oldest_live is not None:
        created, attempt_id = oldest_live
        recent = recent.filter(Q(created_at__lt=created) | Q(created_at=created, id__lt=attempt_id))
    rows = list(recent.order_by("-created_at", "-id").values_list("call_status", "duration_ms")[:size])
    if len(rows) < max(2, size // 2):
        return ""
    failed = sum(1 for status, _ in rows if status == CallStatus.FAILED)
    if failed / len(rows) > FAILED_SHARE:
        share = round(100 * failed / len(rows))
        return (
            f"Paused automatically: {failed} of the last {len(rows)} calls failed ({share}%). "
            "Check the calling number and the agent, then resume."
        )
    answered = [duration for status, duration in rows if status in ANSWERED]
    if len(answered) >= max(2, size // 4):
        short = sum(1 for duration in answered if duration < SHORT_CALL_MS)
        if short / len(answered) > SHORT_SHARE:
            return (
                f"Paused automatically: {short} of the last {len(answered)} answered calls ended within 10 seconds "
                f"({round(100 * short / len(answered))}%). Listen to a few before resuming."
            )
    return ""


def campaign_check_health(*, campaign_id: int) -> bool:
    """Pause a running campaign whose recent calls mostly fail or are cut short; True when it paused."""
    from campaigns.services.campaigns import campaign_pause

    campaign = Campaign.objects.filter(pk=campaign_id, status=CampaignStatus.RUNNING).first()
    if campaign is None:
        return False
    problem = health_problem(campaign)
    if not problem:
        return False
    campaign_pause(campaign=campaign, reason=problem, automatic=True)
    return True
