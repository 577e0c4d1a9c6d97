"""Phone numbers (buy or import, bind agents, release) and the tenant's own provider key."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from calls.models import Agent, PhoneNumber, VoiceSettings
from calls.voice import NumberUnavailable, VoiceProviderError, adapter_for, inbound_webhook_url, preferred_account
from contacts.phones import InvalidPhone
from contacts.services import phone_for_tenant
from tenants.services import audit_record
from voiceplatform.crypto import encrypt
from voiceplatform.errors import Conflict

AREA_CODE = re.compile(r"^[2-9]\d{2}$")
RETELL_KEY = re.compile(r"^[A-Za-z0-9_\-]{16,200}$")


def _provider_error(exc: VoiceProviderError) -> ValidationError:
    return ValidationError({"provider": [f"The voice provider refused: {exc}"]})


def _check_agent(field: str, agent: Agent | None, account: str, errors: dict) -> str:
    if agent is None:
        return ""
    if not agent.provider_agent_id or agent.published_version_id is None:
        errors[field] = ["Publish this agent before binding it to a number."]
        return ""
    if agent.provider_account != account:
        errors[field] = ["This agent lives in another provider account: publish it again first."]
        return ""
    return agent.provider_agent_id


@transaction.atomic
def number_provision(
    *,
    tenant,
    area_code: str = "",
    number: str = "",
    termination_uri: str = "",
    inbound_agent: Agent | None = None,
    outbound_agent: Agent | None = None,
    nickname: str = "",
    actor=None,
) -> PhoneNumber:
    """Buy a number (by area code, or a specific one) or import one from the tenant's own SIP trunk."""
    from billing import limits

    limits.check(tenant, "phone_numbers", used=PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).count())
    errors: dict[str, list[str]] = {}
    area_code = (area_code or "").strip()
    number = (number or "").strip()
    termination_uri = (termination_uri or "").strip()
    nickname = (nickname or "").strip()
    if area_code and not AREA_CODE.match(area_code):
        errors["area_code"] = ["Use a three-digit US area code such as 415."]
    if number:
        try:
            number = phone_for_tenant(number, tenant)
        except InvalidPhone as exc:
            errors["number"] = [str(exc)]
        else:
            if PhoneNumber.objects.filter(number=number, status=PhoneNumber.Status.ACTIVE).exists():
                errors["number"] = ["This number is already in use here."]
    if termination_uri and not number:
        errors["number"] = ["Give the number you are importing from your SIP trunk."]
    if termination_uri and len(termination_uri) > 200:
        errors["termination_uri"] = ["At most 200 characters."]
    if len(nickname) > 80:
        errors["nickname"] = ["At most 80 characters."]
    account = preferred_account()
    inbound_id = _check_agent("inbound_agent", inbound_agent, account, errors)
    outbound_id = _check_agent("outbound_agent", outbound_agent, account, errors)
    if errors:
        raise ValidationError(errors)
    try:
        result = adapter_for(tenant, account=account).provision_number(
            area_code=area_code,
            number=number,
            termination_uri=termination_uri,
            inbound_agent_id=inbound_id,
            outbound_agent_id=outbound_id,
            inbound_webhook_url=inbound_webhook_url(tenant),
            nickname=nickname,
        )
    except NumberUnavailable as exc:
        raise Conflict(str(exc)) from exc
    except VoiceProviderError as exc:
        raise _provider_error(exc) from exc
    if PhoneNumber.objects.filter(number=result.number, status=PhoneNumber.Status.ACTIVE).exists():
        raise Conflict(f"{result.number} is already one of this workspace's numbers.")
    phone = PhoneNumber.objects.create(
        number=result.number,
        nickname=nickname,
        provider_id=result.provider_id,
        provider_account=account,
        area_code=result.area_code,
        inbound_agent=inbound_agent,
        outbound_agent=outbound_agent,
    )
    audit_record(action="phone_number.provisioned", tenant=tenant, actor=actor, target=phone)
    return phone


@transaction.atomic
def number_update(
    *,
    tenant,
    phone_number: PhoneNumber,
    inbound_agent: Agent | None,
    outbound_agent: Agent | None,
    nickname: str | None = None,
    actor=None,
) -> PhoneNumber:
    """Bind (or unbind) the agents that answer and place calls on this number."""
    phone = PhoneNumber.objects.select_for_update().get(pk=phone_number.pk)
    if phone.status != PhoneNumber.Status.ACTIVE:
        raise ValidationError({"number": ["This number has been released."]})
    errors: dict[str, list[str]] = {}
    if nickname is not None and len(nickname.strip()) > 80:
        errors["nickname"] = ["At most 80 characters."]
    account = phone.provider_account or preferred_account()
    inbound_id = _check_agent("inbound_agent", inbound_agent, account, errors)
    outbound_id = _check_agent("outbound_agent", outbound_agent, account, errors)
    if errors:
        raise ValidationError(errors)
    try:
        adapter_for(tenant, account=account).update_number(
            number=phone.number, inbound_agent_id=inbound_id, outbound_agent_id=outbound_id
        )
    except VoiceProviderError as exc:
        raise _provider_error(exc) from exc
    phone.inbound_agent = inbound_agent
    phone.outbound_agent = outbound_agent
    if nickname is not None:
        phone.nickname = nickname.strip()
    phone.save()
    return phone


@transaction.atomic
def number_release(*, tenant, phone_number: PhoneNumber, actor=None) -> PhoneNumber:
    """Give the number back to the provider; its call history stays."""
    phone = PhoneNumber.objects.select_for_update().get(pk=phone_number.pk)
    if phone.status == PhoneNumber.Status.RELEASED:
        return phone
    try:
        adapter_for(tenant, account=phone.provider_account or None).release_number(number=phone.number)
    except VoiceProviderError as exc:
        if not exc.permanent:
            raise _provider_error(exc) from exc
    phone.status = PhoneNumber.Status.RELEASED
    phone.released_at = timezone.now()
    phone.save(update_fields=["status", "released_at"])
    audit_record(action="phone_number.released", tenant=tenant, actor=actor, target=phone)
    return phone


@transaction.atomic
def voice_key_set(*, tenant, api_key: str, actor=None) -> VoiceSettings:
    """Use the tenant's own Retell account from now on; the key is stored encrypted.

    Agents move to the new account the next time they are published.
    """
    api_key = (api_key or "").strip()
    if not RETELL_KEY.match(api_key):
        raise ValidationError({"api_key": ["That does not look like a Retell API key."]})
    row, _ = VoiceSettings.objects.select_for_update().get_or_create(pk=1)
    row.retell_api_key_encrypted = encrypt(api_key)
    row.retell_api_key_last4 = api_key[-4:]
    row.save()
    audit_record(action="voice_key.set", tenant=tenant, actor=actor, metadata={"last4": row.retell_api_key_last4})
    return row


@transaction.atomic
def voice_key_clear(*, tenant, actor=None) -> VoiceSettings:
    row, _ = VoiceSettings.objects.select_for_update().get_or_create(pk=1)
    if row.retell_api_key_encrypted:
        row.retell_api_key_encrypted = ""
        row.retell_api_key_last4 = ""
        row.save()
        audit_record(action="voice_key.cleared", tenant=tenant, actor=actor)
    return row


def voice_key_rotate(rotate) -> int:
    """voiceplatform.crypto.secret_rotators: re-encrypt this schema's own Retell key under the current key."""
    row = VoiceSettings.objects.filter(pk=1).exclude(retell_api_key_encrypted="").first()
    if row is None:
        return 0
    row.retell_api_key_encrypted = rotate(row.retell_api_key_encrypted)
    row.save(update_fields=["retell_api_key_encrypted"])
    return 1
