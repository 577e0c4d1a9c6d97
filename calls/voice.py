"""The voice provider adapter: one narrow interface, two implementations.

`retell` (calls/providers/retell.py) drives the real provider through the official SDK;
`sandbox` (calls/providers/sandbox/) behaves like it without leaving the machine. The
rest of the app talks only to `adapter_for(tenant)`, which picks the
implementation (VOICE_PROVIDER) and the account: the platform's key or the
tenant's own, encrypted one.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse

from calls.models import ProviderAccount, VoiceSettings
from voiceplatform.links import callback_url

HOOK_PURPOSE = "retell"
# Path of the custom-LLM WebSocket (calls.routing); Retell appends the call id to the URL it is given.
LLM_WEBSOCKET_PATH = "voice/llm-websocket"
FUNCTION_NAMES = (
    "lookup_caller",
    "check_availability",
    "book_appointment",
    "reschedule_appointment",
    "cancel_appointment",
    "transfer_to_human",
)


class VoiceProviderError(Exception):
    """A provider request failed. `permanent` says whether retrying can help."""

    def __init__(self, message: str, *, permanent: bool):
        super().__init__(message)
        self.permanent = permanent


class NumberUnavailable(VoiceProviderError):
    """The provider has no free number to give (the asked one is taken, or the pool is empty)."""

    def __init__(self, message: str):
        super().__init__(message, permanent=True)


@dataclass(frozen=True)
class AgentSpec:
    """Everything the provider needs to run an agent."""

    name: str
    purpose: str
    language: str
    voice_id: str
    speaking_speed: float
    greeting: str
    prompt: str
    transfer_number: str
    escalation_keywords: list[str]
    max_call_seconds: int
    analysis_fields: list[dict]
    webhook_url: str
    function_urls: dict[str, str]
    timezone: str
    business_name: str = ""
    # Terms the speech recogniser should expect (Retell: `boosted_keywords`).
    boosted_keywords: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ProviderAgent:
    agent_id: str
    llm_id: str
    version: int


@dataclass(frozen=True)
class PlacedCall:
    call_id: str
    status: str


@dataclass(frozen=True)
class WebCall:
    call_id: str
    access_token: str


@dataclass(frozen=True)
class ProvisionedNumber:
    number: str
    provider_id: str
    area_code: str = ""
    extra: dict = field(default_factory=dict)


class VoiceAdapter(abc.ABC):
    """What the platform asks of a voice provider."""

    name: str

    def __init__(self, *, api_key: str, account: str):
        self.api_key = api_key
        self.account = account

    @abc.abstractmethod
    def create_agent(self, spec: AgentSpec) -> ProviderAgent: ...

    @abc.abstractmethod
    def update_agent(self, *, agent_id: str, llm_id: str, spec: AgentSpec) -> ProviderAgent: ...

    @abc.abstractmethod
    def create_phone_call(
        self,
        *,
        from_number: str,
        to_number: str,
        agent_id: str,
        agent_version: int | None,
        metadata: dict,
        dynamic_variables: dict[str, str],
    ) -> PlacedCall: ...

    @abc.abstractmethod
    def create_web_call(
        self, *, agent_id: str, agent_version: int | None, metadata: dict, dynamic_variables: dict[str, str]
    ) -> WebCall: ...

    @abc.abstractmethod
    def get_call(self, call_id: str) -> dict: ...

    @abc.abstractmethod
    def provision_number(
        self,
        *,
        area_code: str = "",
        number: str = "",
        termination_uri: str = "",
        inbound_agent_id: str = "",
        outbound_agent_id: str = "",
        inbound_webhook_url: str = "",
        nickname: str = "",
    ) -> ProvisionedNumber: ...

    @abc.abstractmethod
    def update_number(self, *, number: str, inbound_agent_id: str, outbound_agent_id: str) -> None: ...

    @abc.abstractmethod
    def release_number(self, *, number: str) -> None: ...


# --- keys and accounts --------------------------------------------------------------------


def voice_settings() -> VoiceSettings:
    """The current tenant schema's voice settings row."""
    row, _ = VoiceSettings.objects.get_or_create(pk=1)
    return row


def tenant_api_key() -> str:
    """The tenant's own Retell key (decrypted), or "" when it uses the platform's account."""
    from voiceplatform.crypto import decrypt

    row = VoiceSettings.objects.filter(pk=1).only("retell_api_key_encrypted").first()
    if row is None or not row.retell_api_key_encrypted:
        return ""
    return decrypt(row.retell_api_key_encrypted)


def preferred_account() -> str:
    return ProviderAccount.TENANT if tenant_api_key() else ProviderAccount.PLATFORM


def api_key_for(account: str) -> str:
    if account == ProviderAccount.TENANT:
        return tenant_api_key()
    return settings.RETELL_API_KEY


def adapter_for(tenant, *, account: str | None = None) -> VoiceAdapter:
    """The adapter for this tenant (call inside its schema), on the given or preferred account."""
    account = account or preferred_account()
    key = api_key_for(account)
    if not key:
        if account == ProviderAccount.TENANT:
            raise VoiceProviderError("This workspace's own Retell key has been removed.", permanent=True)
        raise VoiceProviderError("No Retell API key is configured for the platform.", permanent=True)
    if settings.VOICE_PROVIDER == "sandbox":
        from calls.providers.sandbox import SandboxAdapter

        return SandboxAdapter(api_key=key, account=account)
    from calls.providers.retell import RetellAdapter

    return RetellAdapter(
        api_key=key,
        account=account,
        base_url=settings.RETELL_BASE_URL or None,
        timeout=settings.RETELL_TIMEOUT_SECONDS,
    )


_SIGNING_ACCOUNTS = """
SELECT (SELECT provider_account FROM calls_agent
        WHERE provider_agent_id = %s AND provider_account <> '' ORDER BY id LIMIT 1),
       (SELECT retell_api_key_encrypted FROM calls_voicesettings WHERE id = 1)
"""


def signing_keys_for_agent(provider_agent_id: str | None, cursor=None) -> list[str]:
    """Keys that may have signed an event about this agent: the account that owns it, else both.

    One round trip (webhooks are on the hot path): the agent's account and the
    tenant's own encrypted key together, on the caller's cursor when given.
    """
    from django.db import connection

    from voiceplatform.crypto import decrypt

    if cursor is None:
        with connection.cursor() as own:
            return signing_keys_for_agent(provider_agent_id, own)
    cursor.execute(_SIGNING_ACCOUNTS, [provider_agent_id or ""])
    account, encrypted = cursor.fetchone()
    own = decrypt(encrypted) if encrypted else ""
    if account == ProviderAccount.TENANT:
        return [own] if own else []
    if account == ProviderAccount.PLATFORM:
        return [settings.RETELL_API_KEY] if settings.RETELL_API_KEY else []
    return [key for key in (own, settings.RETELL_API_KEY) if key]


# --- callback URLs --------------------------------------------------------------------------


def _public_url(url_name: str, **kwargs) -> str:
    path = reverse(f"calls_hooks:{url_name}", kwargs=kwargs, urlconf=settings.PUBLIC_SCHEMA_URLCONF)
    return callback_url(path)


def hook_token(tenant) -> str:
    from tenants.services import hook_token_for

    return hook_token_for(tenant=tenant, purpose=HOOK_PURPOSE).token


def webhook_url(tenant) -> str:
    return _public_url("retell_webhook", token=hook_token(tenant))


def inbound_webhook_url(tenant) -> str:
    return _public_url("retell_inbound", token=hook_token(tenant))


def function_urls(tenant) -> dict[str, str]:
    token = hook_token(tenant)
    return {name: _public_url("retell_function", token=token, name=name) for name in FUNCTION_NAMES}


def llm_websocket_url(tenant) -> str:
    """The custom-LLM WebSocket address to give Retell for this workspace (it appends the call id)."""
    from voiceplatform.links import tenant_host

    return settings.VOICE_WS_PUBLIC_ORIGIN.format(host=tenant_host(tenant)).rstrip("/") + f"/{LLM_WEBSOCKET_PATH}"


def provider_urls(tenant) -> dict:
    """What the settings API and page show: where the provider should call us."""
    return {
        "voice_provider": settings.VOICE_PROVIDER,
        "retell_llm_websocket_url": llm_websocket_url(tenant),
        "retell_webhook_url": webhook_url(tenant),
        "retell_inbound_webhook_url": inbound_webhook_url(tenant),
        "retell_function_urls": function_urls(tenant),
    }
