"""Making good what a crash or a lost message left behind, at the start of every dialer tick.

- `dialing` with no Call, and nobody placing it: the call was never placed; the contact is queued again;
- `dialing` with a Call: the attempt is linked to it and followed like any other;
- `placed` with a finished Call but no outcome (the hook was lost): settled now;
- `placed` with a Call the provider never confirmed: counted as a failed try (the retry waits the gap);
- `placed` with a live Call nobody reports on: asked of the provider (get_call).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from calls.models import LIVE_CALL_STATUSES, Call, CallStatus
from calls.services import call_apply_event
from calls.voice import VoiceProviderError, adapter_for
from campaigns.models import AttemptState, CallAttempt, TargetState
from campaigns.services.placing import link, nobody_placing, not_placed


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
            if not nobody_placing(attempt_id):
                continue
            attempt = CallAttempt.objects.filter(pk=attempt_id, state=AttemptState.DIALING).first()
            if attempt is None:
                continue
            call = Call.objects.filter(campaign_attempt_id=attempt.pk).order_by("id").first()
            if call is None:
                not_placed(
                    attempt,
                    state=TargetState.QUEUED,
                    reason="The dialer stopped before placing this call; queued again",
                    code="requeued",
                    eligible_at=now,
                )
            else:
                link(attempt, call)
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
