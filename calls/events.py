"""What the calls app announces to other apps (through `voiceplatform.events`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from voiceplatform.events import Event


@dataclass(frozen=True, kw_only=True)
class CallFinished(Event):
    """A call reached its final state; published exactly once per call, after the commit that settled it.

    Sent after `call_analyzed`, or after `call_ended` for calls that never
    connected, or when the analysis has not arrived CALL_ANALYSIS_WAIT_SECONDS
    after the end.
    """

    call_id: int
    provider_call_id: str
    status: str
    outcome: str
    contact_id: int | None
    agent_id: int | None
    campaign_id: int | None
    campaign_attempt_id: int | None
    duration_ms: int | None
    retryable: bool
    metadata: dict = field(default_factory=dict)

    @classmethod
    def of(cls, call, *, schema_name: str) -> CallFinished:
        return cls(
            schema_name=schema_name,
            call_id=call.pk,
            provider_call_id=call.provider_call_id,
            status=call.status,
            outcome=call.outcome,
            contact_id=call.contact_id,
            agent_id=call.agent_id,
            campaign_id=call.campaign_id,
            campaign_attempt_id=call.campaign_attempt_id,
            duration_ms=call.duration_ms,
            retryable=call.retryable,
            metadata=dict(call.metadata or {}),
        )
