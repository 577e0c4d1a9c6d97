"""Housekeeping for ingest: retry stuck events, finish calls whose analysis never came, settle lost calls,
and forget raw events after WEBHOOK_EVENT_RETENTION_DAYS."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from calls.models import LIVE_CALL_STATUSES, Call, CallStatus, WebhookEvent
from calls.services.ingest import MAX_EVENT_ATTEMPTS, call_apply_event, call_finish


def calls_sweep(*, tenant, now: datetime | None = None) -> dict:
    """Retry stuck events, finish calls whose analysis never came, and settle calls nobody reported on."""
    from calls.tasks import process_webhook_event

    now = now or timezone.now()
    counts = {"events": 0, "finished": 0, "reconciled": 0, "purged": 0}
    stuck = WebhookEvent.objects.filter(
        status__in=[WebhookEvent.Status.PENDING, WebhookEvent.Status.FAILED],
        received_at__lt=now - timedelta(seconds=60),
        attempts__lt=MAX_EVENT_ATTEMPTS,
    ).values_list("pk", flat=True)[:500]
    for event_id in stuck:
        WebhookEvent.objects.filter(pk=event_id).update(attempts=F("attempts") + 1)
        process_webhook_event.delay(event_id)
        counts["events"] += 1

    waited = now - timedelta(seconds=settings.CALL_ANALYSIS_WAIT_SECONDS)
    for call_id in Call.objects.filter(
        stage=Call.Stage.ENDED, finished_at__isnull=True, last_event_at__lt=waited
    ).values_list("pk", flat=True)[:500]:
        with transaction.atomic():
            call = Call.objects.select_for_update().get(pk=call_id)
            if call.finished_at is None:
                call.note = call.note or "Finished without the provider's analysis."
                call.save(update_fields=["note", "updated_at"])
                counts["finished"] += int(call_finish(call=call, tenant_schema=tenant.schema_name))

    counts["reconciled"] = _reconcile_stale(tenant=tenant, now=now)
    # Raw bodies carry transcripts: keep them only as long as they are useful for support.
    expired = now - timedelta(days=settings.WEBHOOK_EVENT_RETENTION_DAYS)
    _, deleted = WebhookEvent.objects.filter(status=WebhookEvent.Status.PROCESSED, received_at__lt=expired).delete()
    counts["purged"] = deleted.get(WebhookEvent._meta.label, 0)
    return counts


STALE_QUEUED = timedelta(minutes=10)
STALE_LIVE = timedelta(hours=2)


def _reconcile_stale(*, tenant, now: datetime) -> int:
    """Calls we placed that the provider never reported on: ask it, or give up on them."""
    from calls.voice import VoiceProviderError, adapter_for

    count = 0
    never_placed = Call.objects.filter(
        status=CallStatus.QUEUED, provider_call_id__isnull=True, created_at__lt=now - STALE_QUEUED
    )
    count += never_placed.update(
        status=CallStatus.FAILED, retryable=True, note="The provider never accepted the call.", updated_at=now
    )
    stale = Call.objects.filter(
        status__in=LIVE_CALL_STATUSES, provider_call_id__isnull=False, updated_at__lt=now - STALE_LIVE
    ).select_related("agent")[:100]
    for call in stale:
        try:
            data = adapter_for(tenant, account=(call.agent.provider_account if call.agent else "") or None).get_call(
                call.provider_call_id
            )
        except VoiceProviderError as exc:
            if exc.permanent:
                Call.objects.filter(pk=call.pk, status__in=LIVE_CALL_STATUSES).update(
                    status=CallStatus.FAILED, note=f"Lost track of the call: {exc}"[:300], updated_at=now
                )
                count += 1
            continue
        event = "call_analyzed" if data.get("call_analysis") else "call_ended"
        if data.get("call_status") in ("ended", "not_connected", "error"):
            call_apply_event(event=event, data=data, tenant_schema=tenant.schema_name, tenant=tenant)
            count += 1
    return count
