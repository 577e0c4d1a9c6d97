"""Placing calls: one outbound call to a contact now, and the agent editor's test call."""

from __future__ import annotations

import json

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from calls.compliance import Decision, check_outbound_call
from calls.models import Agent, Call, CallStatus, PhoneNumber
from calls.voice import VoiceProviderError, adapter_for
from contacts.models import Contact, LeadStatus
from contacts.services import can_transition, contact_set_status

MAX_METADATA_BYTES = 8000
MAX_VARIABLES = 50


class CallBlocked(ValidationError):
    """The compliance check refused the call; `decision` says why and when it may be tried."""

    def __init__(self, decision: Decision):
        super().__init__({"contact": [decision.reason]}, code=decision.code)
        self.decision = decision


def _clean_metadata(metadata) -> dict:
    if metadata is None:
        return {}
    if not isinstance(metadata, dict):
        raise ValidationError({"metadata": ["Metadata must be an object."]})
    try:
        size = len(json.dumps(metadata))
    except (TypeError, ValueError) as exc:
        raise ValidationError({"metadata": ["Metadata must be plain JSON."]}) from exc
    if size > MAX_METADATA_BYTES:
        raise ValidationError({"metadata": [f"Metadata is limited to {MAX_METADATA_BYTES} bytes."]})
    return metadata


def _clean_variables(variables) -> dict[str, str]:
    if variables is None:
        return {}
    if not isinstance(variables, dict):
        raise ValidationError({"dynamic_variables": ["Dynamic variables must be an object of names to text."]})
    if len(variables) > MAX_VARIABLES:
        raise ValidationError({"dynamic_variables": [f"At most {MAX_VARIABLES} variables."]})
    cleaned = {}
    for key, value in variables.items():
        if not isinstance(key, str) or not key.replace("_", "").isalnum() or len(key) > 40:
            raise ValidationError({"dynamic_variables": [f"{key!r} is not a variable name (letters, digits, _)."]})
        if isinstance(value, dict | list) or value is None:
            raise ValidationError({"dynamic_variables": [f"{key}: values must be text."]})
        cleaned[key] = str(value)[:500]
    return cleaned


def contact_variables(*, tenant, contact: Contact | None) -> dict[str, str]:
    """What every call's script can use: the business and, when known, the person."""
    variables = {"business_name": tenant.name}
    if contact is not None:
        variables.update(
            first_name=contact.first_name,
            last_name=contact.last_name,
            full_name=contact.full_name,
        )
    return variables


def _resolve_agent(agent: Agent | None, from_number: PhoneNumber | None) -> Agent:
    if agent is None and from_number is not None:
        agent = from_number.outbound_agent
    if agent is None:
        agent = (
            Agent.objects.filter(status=Agent.Status.ACTIVE, published_version__isnull=False)
            .order_by("name", "id")
            .first()
        )
    if agent is None:
        raise ValidationError({"agent": ["Publish an agent before placing calls."]})
    if agent.status != Agent.Status.ACTIVE or agent.published_version_id is None:
        raise ValidationError({"agent": [f"{agent.name} is not active: publish or resume it first."]})
    return agent


def _resolve_number(from_number, agent: Agent | None) -> PhoneNumber:
    numbers = PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE)
    if isinstance(from_number, str) and from_number:
        found = numbers.filter(number=from_number.strip()).first()
        if found is None:
            raise ValidationError({"from_number": ["That is not one of this workspace's active numbers."]})
        return found
    if isinstance(from_number, PhoneNumber):
        if from_number.status != PhoneNumber.Status.ACTIVE:
            raise ValidationError({"from_number": ["That number has been released."]})
        return from_number
    preferred = numbers.filter(outbound_agent=agent) if agent else numbers.filter(outbound_agent__status="active")
    found = preferred.order_by("id").first() or numbers.order_by("id").first()
    if found is None:
        raise ValidationError({"from_number": ["Get a phone number before placing calls."]})
    return found


def call_place(
    *,
    tenant,
    contact: Contact,
    agent: Agent | None = None,
    from_number: PhoneNumber | str | None = None,
    metadata: dict | None = None,
    dynamic_variables: dict | None = None,
    actor=None,
) -> Call:
    """Check, record, then dial: the Call row exists before the provider hears of it.

    Raises CallBlocked when compliance refuses, ValidationError for bad input
    or a provider refusal, and VoiceProviderError (permanent=False) when the
    provider could not be reached (the call is then marked failed, retryable).
    """
    metadata = _clean_metadata(metadata)
    variables = _clean_variables(dynamic_variables)
    with transaction.atomic():
        locked = Contact.objects.select_for_update().get(pk=contact.pk)
        number = _resolve_number(from_number, agent)
        agent = _resolve_agent(agent, number)
        decision = check_outbound_call(tenant, locked, timezone.now())
        if not decision.allowed:
            raise CallBlocked(decision)
        version = agent.published_version
        call = Call.objects.create(
            direction=Call.Direction.OUTBOUND,
            call_type=Call.CallType.PHONE,
            from_number=number.number,
            to_number=locked.phone,
            contact=locked,
            agent=agent,
            agent_version=version,
            phone_number=number,
            metadata=metadata,
            dynamic_variables={**contact_variables(tenant=tenant, contact=locked), **variables},
            campaign_id=_int_or_none(metadata.get("campaign_id")),
            campaign_attempt_id=_int_or_none(metadata.get("campaign_attempt_id")),
            placed_by=actor if getattr(actor, "is_authenticated", False) else None,
            status=CallStatus.QUEUED,
        )
        if locked.status != LeadStatus.CALLING and can_transition(locked.status, LeadStatus.CALLING):
            contact_set_status(
                contact=locked,
                status=LeadStatus.CALLING,
                reason=f"Call {call.pk} placed",
                actor=actor,
                actor_label="calls",
            )

    try:
        placed = adapter_for(tenant, account=agent.provider_account or None).create_phone_call(
            from_number=number.number,
            to_number=call.to_number,
            agent_id=agent.provider_agent_id,
            agent_version=version.provider_version,
            metadata={**metadata, "platform_call_id": call.pk},
            dynamic_variables=call.dynamic_variables,
        )
    except VoiceProviderError as exc:
        Call.objects.filter(pk=call.pk, status=CallStatus.QUEUED).update(
            status=CallStatus.FAILED,
            retryable=not exc.permanent,
            note=f"Not placed: {exc}"[:300],
            updated_at=timezone.now(),
        )
        if exc.permanent:
            raise ValidationError({"provider": [f"The voice provider refused the call: {exc}"]}) from exc
        raise
    Call.objects.filter(pk=call.pk, provider_call_id__isnull=True).update(
        provider_call_id=placed.call_id, updated_at=timezone.now()
    )
    Call.objects.filter(pk=call.pk, status=CallStatus.QUEUED).update(status=CallStatus.RINGING)
    call.refresh_from_db()
    return call


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value is not None and str(value).strip() != "" else None
    except (TypeError, ValueError):
        return None


def web_call_start(*, tenant, agent: Agent, actor=None, dynamic_variables: dict | None = None) -> dict:
    """Start a test web call with the agent's published version (the editor's test panel)."""
    if agent.published_version_id is None:
        raise ValidationError({"agent": ["Publish the agent before testing it."]})
    variables = {**contact_variables(tenant=tenant, contact=None), **_clean_variables(dynamic_variables)}
    try:
        web = adapter_for(tenant, account=agent.provider_account or None).create_web_call(
            agent_id=agent.provider_agent_id,
            agent_version=agent.published_version.provider_version,
            metadata={"test": True, "started_by": getattr(actor, "email", "")},
            dynamic_variables=variables,
        )
    except VoiceProviderError as exc:
        raise ValidationError({"provider": [f"The voice provider refused the test call: {exc}"]}) from exc
    return {"call_id": web.call_id, "access_token": web.access_token, "variables": variables}
