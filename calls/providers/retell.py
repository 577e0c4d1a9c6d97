"""The real voice provider: Retell AI through the official `retell-sdk`.

An agent is a Retell-hosted LLM (prompt, greeting, tools) plus a Retell agent
(voice, webhook, post-call analysis) that uses it. Our in-call functions are
registered as custom tools pointing at this tenant's function URLs.
"""

from __future__ import annotations

import retell
from retell import Retell

from calls.voice import (
    AgentSpec,
    PlacedCall,
    ProviderAgent,
    ProvisionedNumber,
    VoiceAdapter,
    VoiceProviderError,
    WebCall,
)

WEBHOOK_EVENTS = ["call_started", "call_ended", "call_analyzed"]

FUNCTION_TOOLS = {
    "lookup_caller": (
        "Look up who is calling and their upcoming appointments. Call at the start of the conversation.",
        {"type": "object", "properties": {}},
    ),
    "check_availability": (
        "Find free appointment slots. Optionally pass a preferred date (YYYY-MM-DD) or earliest time.",
        {
            "type": "object",
            "properties": {
                "date": {"type": "string", "description": "Preferred day, YYYY-MM-DD"},
                "after": {"type": "string", "description": "Earliest acceptable time, ISO 8601"},
                "duration_minutes": {"type": "integer"},
            },
        },
    ),
    "book_appointment": (
        "Book the slot the caller chose. Use a start time returned by check_availability.",
        {
            "type": "object",
            "properties": {
                "start": {"type": "string", "description": "Slot start, ISO 8601"},
                "duration_minutes": {"type": "integer"},
                "name": {"type": "string"},
                "notes": {"type": "string"},
            },
            "required": ["start"],
        },
    ),
    "reschedule_appointment": (
        "Move the caller's upcoming appointment to a new slot from check_availability.",
        {
            "type": "object",
            "properties": {
                "booking_id": {"type": "string"},
                "new_start": {"type": "string", "description": "New slot start, ISO 8601"},
            },
            "required": ["new_start"],
        },
    ),
    "cancel_appointment": (
        "Cancel the caller's upcoming appointment.",
        {"type": "object", "properties": {"booking_id": {"type": "string"}, "reason": {"type": "string"}}},
    ),
    "transfer_to_human": (
        "Ask for a human hand-off when the caller wants a person or raises something you cannot handle.",
        {"type": "object", "properties": {"reason": {"type": "string"}}},
    ),
}

_ANALYSIS_TYPES = {"string", "enum", "boolean", "number"}


def _tools(spec: AgentSpec) -> list[dict]:
    tools: list[dict] = [
        {"type": "end_call", "name": "end_call", "description": "End the call politely when the conversation is done."}
    ]
    if spec.transfer_number:
        tools.append(
            {
                "type": "transfer_call",
                "name": "transfer_call",
                "description": "Transfer the caller to a member of staff.",
                "transfer_destination": {"type": "predefined", "number": spec.transfer_number},
                "transfer_option": {"type": "cold_transfer"},
            }
        )
    for name, url in spec.function_urls.items():
        description, parameters = FUNCTION_TOOLS[name]
        tools.append(
            {
                "type": "custom",
                "name": name,
                "url": url,
                "description": description,
                "parameters": parameters,
                "speak_during_execution": False,
                "speak_after_execution": True,
                "timeout_ms": 5000,
                "max_retry": 2,
            }
        )
    return tools


def _analysis(spec: AgentSpec) -> list[dict]:
    fields = []
    for item in spec.analysis_fields:
        kind = item.get("type", "string")
        entry = {
            "type": kind if kind in _ANALYSIS_TYPES else "string",
            "name": item["name"],
            "description": item.get("description") or item["name"].replace("_", " "),
        }
        if entry["type"] == "enum":
            entry["choices"] = list(item.get("choices") or [])
        fields.append(entry)
    return fields


def _agent_params(spec: AgentSpec) -> dict:
    return {
        "agent_name": spec.name,
        "voice_id": spec.voice_id,
        "voice_speed": spec.speaking_speed,
        "language": spec.language,
        "webhook_url": spec.webhook_url,
        "webhook_events": WEBHOOK_EVENTS,
        "post_call_analysis_data": _analysis(spec),
        "max_call_duration_ms": spec.max_call_seconds * 1000,
        "timezone": spec.timezone,
        # Retell biases its transcriber towards these (names, brands, streets).
        "boosted_keywords": list(spec.boosted_keywords),
    }


class RetellAdapter(VoiceAdapter):
    name = "retell"

    def __init__(self, *, api_key: str, account: str, base_url: str | None = None, timeout: float = 15.0):
        super().__init__(api_key=api_key, account=account)
        self.client = Retell(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=2)

    def _call(self, method, *args, **kwargs):
        """Run one SDK request, translating its errors into permanent or transient ones."""
        try:
            return method(*args, **kwargs)
        except retell.APIStatusError as exc:
            permanent = 400 <= exc.status_code < 500 and exc.status_code not in (408, 409, 429)
            raise VoiceProviderError(f"Retell answered {exc.status_code}: {exc.message}", permanent=permanent) from exc
        except retell.APIConnectionError as exc:
            raise VoiceProviderError(f"Retell could not be reached: {exc}", permanent=False) from exc

    def _publish(self, agent_id: str, version: int) -> None:
        self._call(self.client.agent.publish, agent_id, version=version)

    def create_agent(self, spec: AgentSpec) -> ProviderAgent:
        llm = self._call(
            self.client.llm.create,
            general_prompt=spec.prompt,
            begin_message=spec.greeting,
            general_tools=_tools(spec),
            start_speaker="agent",
        )
        agent = self._call(
            self.client.agent.create,
            response_engine={"type": "retell-llm", "llm_id": llm.llm_id},
            **_agent_params(spec),
        )
        self._publish(agent.agent_id, agent.version)
        return ProviderAgent(agent_id=agent.agent_id, llm_id=llm.llm_id, version=agent.version)

    def update_agent(self, *, agent_id: str, llm_id: str, spec: AgentSpec) -> ProviderAgent:
        self._call(
            self.client.llm.update,
            llm_id,
            general_prompt=spec.prompt,
            begin_message=spec.greeting,
            general_tools=_tools(spec),
        )
        agent = self._call(self.client.agent.update, agent_id, **_agent_params(spec))
        self._publish(agent.agent_id, agent.version)
        return ProviderAgent(agent_id=agent.agent_id, llm_id=llm_id, version=agent.version)

    def create_phone_call(self, *, from_number, to_number, agent_id, agent_version, metadata, dynamic_variables):
        kwargs = {
            "from_number": from_number,
            "to_number": to_number,
            "override_agent_id": agent_id,
            "metadata": metadata,
            "retell_llm_dynamic_variables": dynamic_variables,
        }
        if agent_version is not None:
            kwargs["override_agent_version"] = agent_version
        call = self._call(self.client.call.create_phone_call, **kwargs)
        return PlacedCall(call_id=call.call_id, status=call.call_status)

    def create_web_call(self, *, agent_id, agent_version, metadata, dynamic_variables):
        kwargs = {"agent_id": agent_id, "metadata": metadata, "retell_llm_dynamic_variables": dynamic_variables}
        if agent_version is not None:
            kwargs["agent_version"] = agent_version
        call = self._call(self.client.call.create_web_call, **kwargs)
        return WebCall(call_id=call.call_id, access_token=call.access_token)

    def get_call(self, call_id: str) -> dict:
        call = self._call(self.client.call.retrieve, call_id)
        return call.model_dump(mode="json", exclude_none=True)

    @staticmethod
    def _bindings(inbound_agent_id: str, outbound_agent_id: str) -> dict:
        return {
            "inbound_agents": [{"agent_id": inbound_agent_id, "weight": 1}] if inbound_agent_id else None,
            "outbound_agents": [{"agent_id": outbound_agent_id, "weight": 1}] if outbound_agent_id else None,
        }

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
        bindings = self._bindings(inbound_agent_id, outbound_agent_id)
        optional = {"inbound_webhook_url": inbound_webhook_url or None, "nickname": nickname or retell.omit}
        if termination_uri:
            result = self._call(
                self.client.phone_number.import_,
                phone_number=number,
                termination_uri=termination_uri,
                **bindings,
                **optional,
            )
        else:
            purchase = {"area_code": int(area_code)} if area_code else {}
            if number:
                purchase["phone_number"] = number
            result = self._call(self.client.phone_number.create, **purchase, **bindings, **optional)
        return ProvisionedNumber(
            number=result.phone_number,
            provider_id=result.phone_number,
            area_code=str(result.area_code or area_code or ""),
        )

    def update_number(self, *, number: str, inbound_agent_id: str, outbound_agent_id: str) -> None:
        self._call(self.client.phone_number.update, number, **self._bindings(inbound_agent_id, outbound_agent_id))

    def release_number(self, *, number: str) -> None:
        self._call(self.client.phone_number.delete, number)
