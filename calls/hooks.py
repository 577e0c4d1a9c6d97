"""The one internal "call finished" hook that billing, notifications, analytics and campaigns subscribe to.

`call_finished` is sent exactly once per call, after the transaction that
settled its final state commits: after `call_analyzed`, or after
`call_ended` for calls that never connected, or when the analysis has not
arrived CALL_ANALYSIS_WAIT_SECONDS after the end. It is sent inside the
tenant's schema (from a Celery task), so receivers can query the tenant's
tables directly. Receivers should be quick and enqueue their own tasks;
one failing receiver does not stop the others.

    from calls.hooks import call_finished

    @receiver(call_finished)
    def on_call_finished(sender, call_id, tenant_schema, status, outcome, contact_id,
                         campaign_attempt_id, metadata, **kwargs): ...
"""

import logging

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

call_finished = Signal()


def emit_call_finished(call, *, tenant_schema: str) -> None:
    """Queue the signal for when the current transaction commits."""
    payload = {
        "call_id": call.pk,
        "tenant_schema": tenant_schema,
        "provider_call_id": call.provider_call_id,
        "status": call.status,
        "outcome": call.outcome,
        "contact_id": call.contact_id,
        "agent_id": call.agent_id,
        "campaign_id": call.campaign_id,
        "campaign_attempt_id": call.campaign_attempt_id,
        "metadata": dict(call.metadata or {}),
        "duration_ms": call.duration_ms,
        "retryable": call.retryable,
    }

    def send():
        for receiver, result in call_finished.send_robust(sender=type(call), **payload):
            if isinstance(result, Exception):
                logger.error(
                    "call_finished receiver %r failed for call %s", receiver, payload["call_id"], exc_info=result
                )

    transaction.on_commit(send)
