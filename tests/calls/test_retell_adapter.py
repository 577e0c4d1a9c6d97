"""The `retell` adapter against a local fake of Retell's API: the official SDK's request code really runs."""

import pytest

from calls import services
from calls.models import Agent, Call
from calls.providers.retell import RetellAdapter
from calls.voice import AgentSpec, VoiceProviderError, adapter_for
from tests.calls.fake_retell import FakeRetell
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

PLATFORM_KEY = "key_platform_test_0123456789"


@pytest.fixture
def fake():
    server = FakeRetell().start()
    yield server
    server.stop()


@pytest.fixture
def retell(settings, fake):
    settings.VOICE_PROVIDER = "retell"
    settings.RETELL_API_KEY = PLATFORM_KEY
    settings.RETELL_BASE_URL = fake.url
    return fake


def spec(**overrides) -> AgentSpec:
    values = {
        "name": "Ava",
        "purpose": "receptionist",
        "language": "en-GB",
        "voice_id": "11labs-Adrian",
        "speaking_speed": 1.1,
        "greeting": "Hello {{first_name}}",
        "prompt": "Be nice.",
        "transfer_number": "+442079460000",
        "escalation_keywords": ["complaint"],
        "max_call_seconds": 600,
        "analysis_fields": [
            {"name": "appointment_booked", "type": "boolean", "description": "Booked?"},
            {"name": "interest_level", "type": "enum", "description": "", "choices": ["high", "low"]},
        ],
        "webhook_url": "https://platform.test/hooks/retell/tok/",
        "function_urls": {"book_appointment": "https://platform.test/hooks/retell/tok/functions/book_appointment/"},
        "timezone": "Europe/London",
    }
    values.update(overrides)
    return AgentSpec(**values)


def adapter(fake, key=PLATFORM_KEY) -> RetellAdapter:
    return RetellAdapter(api_key=key, account="platform", base_url=fake.url, timeout=5)


def test_create_agent_makes_an_llm_and_an_agent_and_publishes_it(fake):
    result = adapter(fake).create_agent(spec())
    assert [r["path"] for r in fake.requests] == [
        "/create-retell-llm",
        "/create-agent",
        f"/publish-agent-version/{result.agent_id}",
    ]
    assert all(r["auth"] == f"Bearer {PLATFORM_KEY}" for r in fake.requests)
    llm, agent, publish = (r["json"] for r in fake.requests)
    assert llm["general_prompt"] == "Be nice."
    assert llm["begin_message"] == "Hello {{first_name}}"
    tools = {tool["name"]: tool for tool in llm["general_tools"]}
    assert tools["book_appointment"]["type"] == "custom"
    assert tools["book_appointment"]["url"].endswith("/functions/book_appointment/")
    assert tools["transfer_call"]["transfer_destination"] == {"type": "predefined", "number": "+442079460000"}
    assert agent["response_engine"] == {"type": "retell-llm", "llm_id": result.llm_id}
    assert agent["webhook_url"] == "https://platform.test/hooks/retell/tok/"
    assert agent["webhook_events"] == ["call_started", "call_ended", "call_analyzed"]
    assert agent["post_call_analysis_data"][1] == {
        "type": "enum",
        "name": "interest_level",
        "description": "interest level",
        "choices": ["high", "low"],
    }
    assert agent["max_call_duration_ms"] == 600_000
    assert publish == {"version": 0}
    assert (result.version, result.agent_id.startswith("agent_")) == (0, True)


def test_update_agent_updates_both_and_publishes_the_new_version(fake):
    first = adapter(fake).create_agent(spec())
    fake.requests.clear()
    result = adapter(fake).update_agent(agent_id=first.agent_id, llm_id=first.llm_id, spec=spec(prompt="Be brief."))
    assert [r["path"] for r in fake.requests] == [
        f"/update-retell-llm/{first.llm_id}",
        f"/update-agent/{first.agent_id}",
        f"/publish-agent-version/{first.agent_id}",
    ]
    assert fake.requests[0]["json"]["general_prompt"] == "Be brief."
    assert result.version == 1


def test_create_phone_call_sends_the_pinned_version_metadata_and_variables(fake):
    placed = adapter(fake).create_phone_call(
        from_number="+14155550100",
        to_number="+447911123456",
        agent_id="agent_1",
        agent_version=3,
        metadata={"platform_call_id": 7},
        dynamic_variables={"first_name": "Jane"},
    )
    sent = fake.requests[-1]["json"]
    assert sent == {
        "from_number": "+14155550100",
        "to_number": "+447911123456",
        "override_agent_id": "agent_1",
        "override_agent_version": 3,
        "metadata": {"platform_call_id": 7},
        "retell_llm_dynamic_variables": {"first_name": "Jane"},
    }
    assert placed.status == "registered"
    assert adapter(fake).get_call(placed.call_id)["metadata"] == {"platform_call_id": 7}


def test_create_web_call(fake):
    web = adapter(fake).create_web_call(agent_id="agent_1", agent_version=None, metadata={}, dynamic_variables={})
    assert (web.call_id.startswith("web_"), web.access_token) == (True, "tok_web")
    assert "agent_version" not in fake.requests[-1]["json"]


def test_numbers_are_bought_imported_bound_and_released(fake):
    bought = adapter(fake).provision_number(
        area_code="415", outbound_agent_id="agent_1", inbound_webhook_url="https://x/"
    )
    assert fake.requests[-1]["json"]["outbound_agents"] == [{"agent_id": "agent_1", "weight": 1}]
    assert fake.requests[-1]["json"]["area_code"] == 415
    assert bought.number.startswith("+1415")
    imported = adapter(fake).provision_number(number="+14155550999", termination_uri="trunk.pstn.twilio.com")
    assert fake.requests[-1]["path"] == "/import-phone-number"
    assert imported.number == "+14155550999"
    adapter(fake).update_number(number=bought.number, inbound_agent_id="agent_2", outbound_agent_id="")
    assert fake.requests[-1]["json"] == {
        "inbound_agents": [{"agent_id": "agent_2", "weight": 1}],
        "outbound_agents": None,
    }
    adapter(fake).release_number(number=bought.number)
    assert fake.requests[-1]["method"] == "DELETE"
    assert bought.number not in fake.numbers


def test_a_4xx_is_a_permanent_error(fake):
    fake.fail_with = (422, {"message": "voice_id is invalid"})
    with pytest.raises(VoiceProviderError) as raised:
        adapter(fake).create_agent(spec())
    assert raised.value.permanent is True
    assert "422" in str(raised.value)


def test_a_5xx_is_transient_after_the_sdks_retries(fake):
    fake.fail_with = (503, {"message": "busy"})
    with pytest.raises(VoiceProviderError) as raised:
        adapter(fake).get_call("call_1")
    assert raised.value.permanent is False
    assert len(fake.requests) == 3  # the SDK's own retries


def test_an_unreachable_provider_is_transient():
    dead = RetellAdapter(api_key=PLATFORM_KEY, account="platform", base_url="http://127.0.0.1:9", timeout=1)
    dead.client = dead.client.with_options(max_retries=0)
    with pytest.raises(VoiceProviderError) as raised:
        dead.get_call("call_1")
    assert raised.value.permanent is False


def test_publishing_through_the_service_uses_the_retell_adapter(retell, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "reminder"})
        version = services.agent_publish(tenant=tenant_a, agent=agent)
        agent.refresh_from_db()
        assert isinstance(adapter_for(tenant_a), RetellAdapter)
    assert agent.provider_agent_id in retell.agents
    assert agent.provider_account == "platform"
    sent_agent = retell.calls_to("/create-agent")[0]["json"]
    assert sent_agent["webhook_url"].startswith("http://localhost:8000/hooks/retell/")
    assert version.provider_version == 0


def test_placing_a_call_through_retell_records_the_provider_call_id(retell, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "reminder"})
        services.agent_publish(tenant=tenant_a, agent=agent)
        agent.refresh_from_db()
        number = services.number_provision(tenant=tenant_a, area_code="415", outbound_agent=agent)
        contact = ContactFactory(phone="+447911123456")
        call = services.call_place(tenant=tenant_a, contact=contact, metadata={"campaign_attempt_id": 3})
    sent = retell.calls_to("/v2/create-phone-call")[0]["json"]
    assert sent["from_number"] == number.number
    assert sent["metadata"] == {"campaign_attempt_id": 3, "platform_call_id": call.pk}
    assert sent["retell_llm_dynamic_variables"]["business_name"] == "Alpha Dental"
    assert call.provider_call_id in retell.calls
    assert call.status == "ringing"
    assert retell.calls_to("/create-phone-number")[0]["json"]["inbound_webhook_url"].endswith("/inbound/")


def test_a_provider_refusal_when_placing_marks_the_call_failed(retell, tenant_a, in_tenant):
    from django.core.exceptions import ValidationError

    with in_tenant(tenant_a):
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "reminder"})
        services.agent_publish(tenant=tenant_a, agent=agent)
        agent.refresh_from_db()
        services.number_provision(tenant=tenant_a, area_code="415", outbound_agent=agent)
        contact = ContactFactory(phone="+447911123456")
        retell.fail_with = (400, {"message": "to_number is not allowed"})
        with pytest.raises(ValidationError):
            services.call_place(tenant=tenant_a, contact=contact)
        call = Call.objects.get()
    assert call.status == "failed"
    assert call.retryable is False
    assert "to_number is not allowed" in call.note


def test_a_tenants_own_key_is_used_for_its_account(retell, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        services.voice_key_set(tenant=tenant_a, api_key="key_tenant_own_000000000001")
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "custom"})
        services.agent_publish(tenant=tenant_a, agent=agent)
        assert Agent.objects.get(pk=agent.pk).provider_account == "tenant"
    assert {r["auth"] for r in retell.requests} == {"Bearer key_tenant_own_000000000001"}


def test_retell_mode_without_any_key_refuses_clearly(settings, tenant_a, in_tenant):
    from django.core.exceptions import ValidationError

    settings.VOICE_PROVIDER = "retell"
    settings.RETELL_API_KEY = ""
    with in_tenant(tenant_a):
        agent = services.agent_create(tenant=tenant_a, data={"purpose": "custom"})
        with pytest.raises(ValidationError) as raised:
            services.agent_publish(tenant=tenant_a, agent=agent)
    assert "No Retell API key" in str(raised.value)
