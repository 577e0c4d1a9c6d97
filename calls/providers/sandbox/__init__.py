"""The voice sandbox: behaves like Retell without leaving the machine.

It keeps its own state (agents, numbers, calls) in Redis the way the provider
keeps it on its side, and accepts calls; calls/providers/sandbox/playout.py then plays
each one out on a Celery timer and delivers the provider's signed webhooks.
Outcomes follow SANDBOX_OUTCOME_WEIGHTS; `metadata.sandbox_outcome` forces one.
"""

from __future__ import annotations

import random
import secrets

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from calls.voice import (
    AgentSpec,
    NumberUnavailable,
    PlacedCall,
    ProviderAgent,
    ProvisionedNumber,
    VoiceAdapter,
    VoiceProviderError,
    WebCall,
)

OUTCOMES = ("confirmed", "reschedule_requested", "voicemail", "no_answer", "busy", "failed", "short_hangup")
RING_SECONDS = 2
STATE_TTL = 7 * 24 * 3600
# Lines of the fictional 555-0100..0199 range handed out per area code.
SANDBOX_NUMBER_LINES = range(100, 200)


def outcome_weights() -> dict[str, float]:
    weights = {}
    for part in settings.SANDBOX_OUTCOME_WEIGHTS.split(","):
        if not part.strip():
            continue
        name, _, value = part.partition("=")
        name = name.strip()
        try:
            weight = float(value)
        except ValueError as exc:
            raise ImproperlyConfigured(f"SANDBOX_OUTCOME_WEIGHTS: {part!r} is not name=number") from exc
        if name not in OUTCOMES or weight < 0:
            raise ImproperlyConfigured(f"SANDBOX_OUTCOME_WEIGHTS: unknown outcome {name!r}; use {', '.join(OUTCOMES)}")
        weights[name] = weight
    if not weights or sum(weights.values()) <= 0:
        raise ImproperlyConfigured("SANDBOX_OUTCOME_WEIGHTS needs at least one positive weight")
    return weights


def pick_outcome(metadata: dict, *, inbound: bool = False) -> str:
    forced = (metadata or {}).get("sandbox_outcome")
    if forced in OUTCOMES:
        return forced
    weights = outcome_weights()
    if inbound:
        # Somebody who calls in has already answered.
        weights = {k: v for k, v in weights.items() if k in ("confirmed", "reschedule_requested", "short_hangup")}
        if not weights:
            return "confirmed"
    names = list(weights)
    return random.choices(names, weights=[weights[n] for n in names])[0]  # noqa: S311 - simulation, not security


# --- provider-side state ------------------------------------------------------------------------


def _key(kind: str, ident: str) -> str:
    return f"voice-sandbox:{kind}:{ident}"


def _load(kind: str, ident: str) -> dict | None:
    return cache.get(_key(kind, ident))


def _save(kind: str, ident: str, value: dict, timeout: int | None = STATE_TTL) -> None:
    cache.set(_key(kind, ident), value, timeout)


def _spec_dict(spec: AgentSpec) -> dict:
    return {
        "name": spec.name,
        "purpose": spec.purpose,
        "greeting": spec.greeting,
        "escalation_keywords": list(spec.escalation_keywords),
        "transfer_number": spec.transfer_number,
        "analysis_fields": list(spec.analysis_fields),
        "webhook_url": spec.webhook_url,
        "function_urls": dict(spec.function_urls),
        "business_name": spec.business_name,
        "max_call_seconds": spec.max_call_seconds,
        "boosted_keywords": list(spec.boosted_keywords),
    }


def _recover_agent(agent_id: str) -> dict | None:
    """The sandbox's Redis state was lost (reset) but the platform still has the agent: take it back."""
    from django.db import connection

    from calls.models import Agent
    from calls.services import agent_spec
    from tenants.models import Tenant

    agent = Agent.objects.filter(provider_agent_id=agent_id).select_related("published_version").first()
    tenant = Tenant.objects.filter(schema_name=connection.schema_name).first()
    if agent is None or agent.published_version is None or tenant is None:
        return None
    version = agent.published_version.provider_version or 0
    spec = agent_spec(tenant=tenant, config=agent.published_version.config)
    state = {"version": version, "versions": {str(version): _spec_dict(spec)}}
    _save("agent", agent_id, state, timeout=None)
    return state


def _recover_number(number: str, account: str) -> dict | None:
    from calls.models import PhoneNumber

    phone = PhoneNumber.objects.filter(number=number, status=PhoneNumber.Status.ACTIVE).select_related(
        "inbound_agent", "outbound_agent"
    )
    phone = phone.first()
    if phone is None:
        return None
    state = {
        "owner": account,
        "inbound_agent_id": phone.inbound_agent.provider_agent_id if phone.inbound_agent else "",
        "outbound_agent_id": phone.outbound_agent.provider_agent_id if phone.outbound_agent else "",
        "inbound_webhook_url": "",
    }
    _save("number", number, state, timeout=None)
    return state


class SandboxAdapter(VoiceAdapter):
    name = "sandbox"

    def create_agent(self, spec: AgentSpec) -> ProviderAgent:
        agent_id = "agent_sbx_" + secrets.token_hex(10)
        _save("agent", agent_id, {"version": 0, "versions": {"0": _spec_dict(spec)}}, timeout=None)
        return ProviderAgent(agent_id=agent_id, llm_id="llm_sbx_" + secrets.token_hex(10), version=0)

    def update_agent(self, *, agent_id: str, llm_id: str, spec: AgentSpec) -> ProviderAgent:
        state = _load("agent", agent_id) or {"version": -1, "versions": {}}
        version = state["version"] + 1
        state["version"] = version
        state["versions"][str(version)] = _spec_dict(spec)
        _save("agent", agent_id, state, timeout=None)
        return ProviderAgent(agent_id=agent_id, llm_id=llm_id, version=version)

    def _new_call(
        self, *, call_type, direction, from_number, to_number, agent_id, agent_version, metadata, variables, call_id=""
    ):
        state = _load("agent", agent_id) or _recover_agent(agent_id)
        if state is None:
            raise VoiceProviderError(f"Agent {agent_id} does not exist.", permanent=True)
        version = agent_version if agent_version is not None else state["version"]
        if str(version) not in state["versions"]:
            raise VoiceProviderError(f"Agent {agent_id} has no version {version}.", permanent=True)
        call_id = call_id or "call_sbx_" + secrets.token_hex(12)
        call = {
            "call_id": call_id,
            "agent_id": agent_id,
            "agent_version": int(version),
            "call_type": call_type,
            "direction": direction,
            "call_status": "registered",
            "retell_llm_dynamic_variables": {str(k): str(v) for k, v in (variables or {}).items()},
        }
        if call_type == "phone_call":
            call.update(from_number=from_number, to_number=to_number)
        if metadata:
            call["metadata"] = metadata
        sandbox = {"account": self.account, "outcome": pick_outcome(metadata, inbound=direction == "inbound")}
        _save("call", call_id, {"call": call, "sandbox": sandbox})
        return call

    def create_phone_call(self, *, from_number, to_number, agent_id, agent_version, metadata, dynamic_variables):
        number = _load("number", from_number) or _recover_number(from_number, self.account)
        if number is None or number.get("released"):
            raise VoiceProviderError(f"{from_number} is not a number on this account.", permanent=True)
        call = self._new_call(
            call_type="phone_call",
            direction="outbound",
            from_number=from_number,
            to_number=to_number,
            agent_id=agent_id,
            agent_version=agent_version,
            metadata=metadata,
            variables=dynamic_variables,
        )
        schedule_step(call["call_id"], "connect", RING_SECONDS)
        return PlacedCall(call_id=call["call_id"], status="registered")

    def create_web_call(self, *, agent_id, agent_version, metadata, dynamic_variables):
        call = self._new_call(
            call_type="web_call",
            direction="inbound",
            from_number="",
            to_number="",
            agent_id=agent_id,
            agent_version=agent_version,
            metadata=metadata,
            variables=dynamic_variables,
        )
        return WebCall(call_id=call["call_id"], access_token="sbx_" + secrets.token_urlsafe(24))

    def get_call(self, call_id: str) -> dict:
        state = _load("call", call_id)
        if state is None:
            raise VoiceProviderError(f"Call {call_id} not found.", permanent=True)
        return state["call"]

    def provision_number(
        self,
        *,
        area_code="",
        number="",
        termination_uri="",
        inbound_agent_id="",
        outbound_agent_id="",
        inbound_webhook_url="",
        nickname="",
    ):
        if not number:
            number = self._free_number(area_code or "415")
        existing = _load("number", number)
        if existing and not existing.get("released") and existing.get("owner") != self.account:
            raise NumberUnavailable(f"{number} is already taken.")
        _save(
            "number",
            number,
            {
                "owner": self.account,
                "inbound_agent_id": inbound_agent_id,
                "outbound_agent_id": outbound_agent_id,
                "inbound_webhook_url": inbound_webhook_url,
            },
            timeout=None,
        )
        area = area_code or (number[2:5] if number.startswith("+1") else "")
        return ProvisionedNumber(number=number, provider_id=number, area_code=area)

    @staticmethod
    def _free_number(area: str) -> str:
        """A fictional 555-01xx number of the area that nobody holds, picked at random."""
        candidates = [f"+1{area}555{line:04d}" for line in SANDBOX_NUMBER_LINES]
        random.shuffle(candidates)
        for candidate in candidates:
            state = _load("number", candidate)
            if state is None or state.get("released"):
                return candidate
        raise NumberUnavailable(f"Every sandbox number in area code {area} is taken; release one or try another area.")

    def update_number(self, *, number: str, inbound_agent_id: str, outbound_agent_id: str) -> None:
        state = _load("number", number)
        if state is None or state.get("released"):
            raise VoiceProviderError(f"{number} is not a number on this account.", permanent=True)
        state.update(inbound_agent_id=inbound_agent_id, outbound_agent_id=outbound_agent_id)
        _save("number", number, state, timeout=None)

    def release_number(self, *, number: str) -> None:
        state = _load("number", number) or {}
        state["released"] = True
        _save("number", number, state, timeout=STATE_TTL)

    # --- sandbox-only conveniences ---------------------------------------------------------------

    def simulate_inbound_call(self, *, from_number: str, to_number: str, outcome: str = "") -> str:
        """Somebody rings one of the tenant's numbers; the call plays out on the Celery timer."""
        number = _load("number", to_number)
        if number is None or number.get("released"):
            raise VoiceProviderError(f"{to_number} is not a number on this account.", permanent=True)
        if not number.get("inbound_agent_id"):
            raise VoiceProviderError(f"No inbound agent answers {to_number}.", permanent=True)
        call_id = "call_sbx_" + secrets.token_hex(12)
        ring = {"from_number": from_number, "to_number": to_number, "outcome": outcome, "account": self.account}
        _save("ring", call_id, ring)
        schedule_step(call_id, "inbound", 0)
        return call_id


def schedule_step(call_id: str, step: str, delay: int) -> None:
    from calls.tasks import sandbox_step
    from voiceplatform.tasks import enqueue_on_commit

    enqueue_on_commit(sandbox_step, call_id, step, countdown=delay)


def agent_spec_for(agent_id: str, version: int | None = None) -> dict | None:
    state = _load("agent", agent_id)
    if state is None:
        return None
    return state["versions"].get(str(state["version"] if version is None else version))
