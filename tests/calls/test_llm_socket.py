"""The Retell custom-LLM WebSocket over a real connection: uvicorn serves the ASGI application in a thread.

The server only sees committed data, so the module works in its own tenant,
created (with a receptionist agent, a number and an FAQ) from a helper thread
and dropped at the end, as tests/calls/test_live_server.py does. The test
thread itself writes nothing: what the socket and the webhooks store is read
back after they committed it. Webhooks of the sandbox caller go over HTTP to
the same server.
"""

import json
import socket
import threading
import time

import pytest
import uvicorn
from django.conf import settings as django_settings
from django.core.management import call_command
from django.test import override_settings
from django_tenants.utils import schema_context
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from calls import services
from calls.models import Agent, Call, CallBooking, CallStatus, FunctionCall, PhoneNumber, WebhookEvent
from calls.providers.sandbox import SandboxAdapter, _recover_agent, _recover_number, _save
from calls.providers.sandbox.caller import inbound_call
from calls.voice import LLM_WEBSOCKET_PATH, adapter_for, provider_urls
from knowledge.models import Channel, Conversation, ConversationStatus, Message
from knowledge.services.faqs import faq_create
from tenants.models import Tenant, User
from tenants.services import tenant_create
from tests.calls.test_live_server import committed
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

TRANSFER_TO = "+442079460123"
HOURS = "We are open Monday to Friday from 9am to 5pm, and on Saturday mornings."


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server_port(django_db_setup):
    port = _free_port()
    config = uvicorn.Config(
        "voiceplatform.asgi:application",
        host="127.0.0.1",
        port=port,
        ws="websockets-sansio",
        lifespan="off",
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(10)


def _sandbox(port: int) -> dict:
    return {
        "VOICE_PROVIDER": "sandbox",
        "RETELL_API_KEY": django_settings.SANDBOX_RETELL_API_KEY,
        "RETELL_BASE_URL": "",
        "PUBLIC_BASE_URL": f"http://localhost:{port}",
        "CALLS_SCHEDULER": "calls.scheduling.BusinessHoursScheduler",
        "VOICE_WS_HOST": "127.0.0.1",
        "VOICE_WS_PORT": port,
        "VOICE_WS_PUBLIC_ORIGIN": f"ws://{{host}}:{port}",
    }


@pytest.fixture(scope="module")
def live(server_port, django_db_blocker):
    """A committed tenant with a published receptionist that transfers, a number it answers and an FAQ."""

    def create():
        tenant = tenant_create(
            slug="voice-socket",
            name="Socket Dental",
            owner_email="owner@voice-socket.test",
            timezone_name="Europe/London",
        )
        with schema_context(tenant.schema_name):
            agent = services.agent_create(
                tenant=tenant,
                data={"purpose": Agent.Purpose.RECEPTIONIST, "name": "Ava", "transfer_number": TRANSFER_TO},
            )
            services.agent_publish(tenant=tenant, agent=agent)
            agent.refresh_from_db()
            number = services.number_provision(tenant=tenant, area_code="415", inbound_agent=agent)
            faq_create(question="What are your opening hours?", answer=HOURS)
        return tenant, agent.pk, number.number

    with django_db_blocker.unblock(), override_settings(**_sandbox(server_port)):
        tenant, agent_id, number = committed(create)
    yield {"tenant": tenant, "agent_id": agent_id, "number": number, "port": server_port}

    def drop():
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
        User.objects.filter(email="owner@voice-socket.test").delete()

    with django_db_blocker.unblock():
        committed(drop)


@pytest.fixture
def sandbox_transport():
    """The sandbox's webhooks really go over HTTP here (to the uvicorn server)."""
    return None


@pytest.fixture(autouse=True)
def _served_here(live, settings):
    """Point callbacks at the test server and give the sandbox its provider state back (the cache is emptied)."""
    for name, value in _sandbox(live["port"]).items():
        setattr(settings, name, value)
    with schema_context(live["tenant"].schema_name):
        agent = Agent.objects.get(pk=live["agent_id"])
        _recover_agent(agent.provider_agent_id)
        _recover_number(live["number"], agent.provider_account)


def host(tenant) -> str:
    return f"{tenant.slug}.{django_settings.BASE_HOST}"


def ring(live) -> str:
    """A call the provider (sandbox) has registered for the tenant's agent; the platform has not heard of it."""
    tenant = live["tenant"]
    with schema_context(tenant.schema_name):
        agent = Agent.objects.get(pk=live["agent_id"])
        adapter = adapter_for(tenant)
        assert isinstance(adapter, SandboxAdapter)
        call = adapter._new_call(
            call_type="phone_call",
            direction="inbound",
            from_number="+447911123456",
            to_number=live["number"],
            agent_id=agent.provider_agent_id,
            agent_version=None,
            metadata={},
            variables={},
        )
    return call["call_id"]


def open_socket(live, call_id: str, on_host: str | None = None):
    port = live["port"]
    uri = f"ws://{on_host or host(live['tenant'])}:{port}/{LLM_WEBSOCKET_PATH}/{call_id}"
    return connect(uri, sock=socket.create_connection(("127.0.0.1", port)), open_timeout=10)


def receive(ws) -> dict:
    return json.loads(ws.recv(timeout=15))


def opened(ws) -> tuple[dict, dict]:
    return receive(ws), receive(ws)


def ask(ws, response_id: int, text: str, *, transcript=None, kind="response_required") -> list[dict]:
    """Send a turn; return every `response` message of that id up to content_complete."""
    transcript = (transcript or []) + [{"role": "user", "content": text}]
    ws.send(json.dumps({"interaction_type": kind, "response_id": response_id, "transcript": transcript}))
    messages = []
    while True:
        message = receive(ws)
        if message.get("response_type") == "response" and message["response_id"] == response_id:
            messages.append(message)
            if message["content_complete"]:
                return messages


def said(messages: list[dict]) -> str:
    return "".join(m["content"] for m in messages)


def in_schema(live):
    return schema_context(live["tenant"].schema_name)


# --- the protocol --------------------------------------------------------------------------------


def test_the_socket_opens_with_config_then_the_greeting_and_answers_pings(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        config, greeting = opened(ws)
        ws.send(json.dumps({"interaction_type": "ping_pong", "timestamp": 1733000000123}))
        pong = receive(ws)
    assert config == {"response_type": "config", "config": {"auto_reconnect": True, "call_details": True}}
    assert greeting["response_type"] == "response" and greeting["response_id"] == 0
    assert greeting["content_complete"] is True and "Socket Dental" in greeting["content"]
    assert pong == {"response_type": "ping_pong", "timestamp": 1733000000123}
    with in_schema(live):
        call = Call.objects.get(provider_call_id=call_id)
        assert call.direction == "inbound" and call.agent_id == live["agent_id"]
        assert call.from_number == "+447911123456"
        conversation = Conversation.objects.get(pk=call.conversation_id)
        assert conversation.channel == Channel.VOICE
        assert [m.text for m in conversation.messages.all()] == [greeting["content"]]


def test_a_knowledge_question_is_answered_under_its_response_id_and_kept_in_the_inbox(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        messages = ask(ws, 1, "What are your opening hours?")
    assert {m["response_id"] for m in messages} == {1}
    assert all(not m["content_complete"] for m in messages[:-1]) and messages[-1]["content_complete"]
    assert "9am to 5pm" in said(messages)
    assert "end_call" not in messages[-1] and "transfer_number" not in messages[-1]
    with in_schema(live):
        call = Call.objects.get(provider_call_id=call_id)
        texts = list(Message.objects.filter(conversation_id=call.conversation_id).values_list("role", "text"))
        assert texts[1:] == [("user", "What are your opening hours?"), ("assistant", said(messages).strip())]
        assert Conversation.objects.get(pk=call.conversation_id).message_count == 3
        # The socket keeps the transcript on the call once it closes.
        deadline = time.monotonic() + 10
        while "9am to 5pm" not in Call.objects.get(pk=call.pk).transcript and time.monotonic() < deadline:
            time.sleep(0.05)
        assert "User: What are your opening hours?" in Call.objects.get(pk=call.pk).transcript


def test_update_only_is_never_answered(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        transcript = [{"role": "user", "content": "What are your opening hours?"}]
        ws.send(json.dumps({"interaction_type": "update_only", "transcript": transcript}))
        ws.send(json.dumps({"interaction_type": "ping_pong", "timestamp": 7}))
        assert receive(ws) == {"response_type": "ping_pong", "timestamp": 7}
    with in_schema(live):
        call = Call.objects.get(provider_call_id=call_id)
        assert Message.objects.filter(conversation_id=call.conversation_id).count() == 1  # the greeting only


def test_a_newer_response_id_drops_the_stream_in_flight(live, monkeypatch):
    from knowledge import answerers

    real = answerers.OfflineAnswerer.stream

    def slow_stream(self, question, passages, **kwargs):
        if "slowly" not in question:
            yield from real(self, question, passages, **kwargs)
            return
        yield "The first part of a long answer. "
        time.sleep(1.0)
        yield "A part nobody should hear. "
        yield answerers.Answer(text="long", used=[], confidence=0.9, answered=True)

    monkeypatch.setattr(answerers.OfflineAnswerer, "stream", slow_stream)
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        first = [{"role": "user", "content": "Tell me slowly about your prices."}]
        ws.send(json.dumps({"interaction_type": "response_required", "response_id": 1, "transcript": first}))
        piece = receive(ws)
        assert piece["response_id"] == 1 and piece["content"].startswith("The first part")
        second = [*first, {"role": "agent", "content": piece["content"]}]
        messages = ask(ws, 2, "What are your opening hours?", transcript=second)
        # Anything of response 1 still on the way would have come before response 2 was complete.
        ws.send(json.dumps({"interaction_type": "ping_pong", "timestamp": 1}))
        assert receive(ws)["response_type"] == "ping_pong"
    assert {m["response_id"] for m in messages} == {2}
    assert "9am to 5pm" in said(messages)
    with in_schema(live):
        call = Call.objects.get(provider_call_id=call_id)
        assistant = list(
            Message.objects.filter(conversation_id=call.conversation_id, role="assistant").values_list(
                "text", flat=True
            )
        )
    assert "The first part of a long answer." in assistant  # stored as interrupted
    assert not any("nobody should hear" in text for text in assistant)


def test_a_stale_or_repeated_response_id_is_ignored(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        ask(ws, 3, "What are your opening hours?")
        ws.send(json.dumps({"interaction_type": "response_required", "response_id": 2, "transcript": []}))
        ws.send(json.dumps({"interaction_type": "ping_pong", "timestamp": 9}))
        assert receive(ws) == {"response_type": "ping_pong", "timestamp": 9}


def test_asking_for_a_person_transfers_the_call(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        messages = ask(ws, 1, "Can I talk to a real person please?")
    assert messages[-1]["transfer_number"] == TRANSFER_TO
    assert "put you through" in said(messages)
    with in_schema(live):
        assert Call.objects.get(provider_call_id=call_id).transfer_requested is True
        assert FunctionCall.objects.filter(provider_call_id=call_id, name="transfer_to_human", ok=True).exists()


def test_goodbye_ends_the_call(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        messages = ask(ws, 1, "No, that's all. Thanks, bye.")
    assert messages[-1]["end_call"] is True
    assert "Goodbye" in said(messages)


def test_an_emergency_escalates_and_transfers(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        messages = ask(ws, 1, "This is an emergency, there is blood everywhere.")
    assert messages[-1]["transfer_number"] == TRANSFER_TO
    with in_schema(live):
        conversation = Conversation.objects.get(pk=Call.objects.get(provider_call_id=call_id).conversation_id)
        assert conversation.status == ConversationStatus.URGENT
        assert conversation.escalation_reason == "emergency"


def test_a_reminder_nudges_the_silent_caller(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        ws.send(json.dumps({"interaction_type": "reminder_required", "response_id": 1, "transcript": []}))
        messages = []
        while not messages or not messages[-1]["content_complete"]:
            messages.append(receive(ws))
    assert {m["response_id"] for m in messages} == {1}
    assert "still there" in said(messages)


def test_a_booking_through_the_in_call_functions(live):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        offer = said(ask(ws, 1, "I'd like to book an appointment please."))
        booked = said(ask(ws, 2, "The first one, please."))
    assert offer.startswith("I can offer ")
    first_slot = offer.removeprefix("I can offer ").split(",")[0].split(" or ")[0]
    assert booked.startswith(f"That's done: you're booked for {first_slot}")
    with in_schema(live):
        booking = CallBooking.objects.get(provider_call_id=call_id)
        assert booking.status == CallBooking.Status.BOOKED
        assert booking.contact is not None and booking.contact.phone == "+447911123456"
        names = list(FunctionCall.objects.filter(provider_call_id=call_id).values_list("name", "ok"))
        assert ("check_availability", True) in names and ("book_appointment", True) in names


# --- refusals and bad frames --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "frame",
    [
        "not json",
        json.dumps(["a", "list"]),
        json.dumps({"no": "interaction_type"}),
        json.dumps({"interaction_type": "response_required", "response_id": "1", "transcript": []}),
        json.dumps({"interaction_type": "response_required", "response_id": 4, "transcript": "text"}),
    ],
)
def test_a_bad_frame_closes_the_socket_and_the_server_goes_on(live, frame):
    call_id = ring(live)
    with open_socket(live, call_id) as ws:
        opened(ws)
        ws.send(frame)
        with pytest.raises(ConnectionClosed) as closed:
            while True:
                ws.recv(timeout=10)
    assert closed.value.rcvd.code == 4400
    with open_socket(live, call_id) as again:  # the same call reconnects (auto_reconnect)
        _config, greeting = opened(again)
    assert greeting["response_id"] == 0
    with in_schema(live):
        call = Call.objects.get(provider_call_id=call_id)
        # A reconnect keeps the conversation and does not store the greeting twice.
        assert Message.objects.filter(conversation_id=call.conversation_id).count() == 1


def test_a_call_of_another_workspace_is_refused_on_this_host(live, tenant_b):
    with schema_context(tenant_b.schema_name):
        # Tenant B's provider state: an agent and a call that tenant A's host must not serve.
        _save("agent", "agent_sbx_tenant_b", {"version": 0, "versions": {"0": {"purpose": "receptionist"}}})
        other = SandboxAdapter(api_key=django_settings.RETELL_API_KEY, account="platform")
        call = other._new_call(
            call_type="web_call",
            direction="inbound",
            from_number="",
            to_number="",
            agent_id="agent_sbx_tenant_b",
            agent_version=None,
            metadata={},
            variables={},
        )
    with pytest.raises(InvalidStatus) as refused:
        open_socket(live, call["call_id"])
    assert refused.value.response.status_code == 403
    with in_schema(live):
        assert not Call.objects.filter(provider_call_id=call["call_id"]).exists()


@pytest.mark.parametrize("where", ["unknown_call", "unknown_host", "platform_host", "ended_call", "bad_path"])
def test_refused_sockets(live, where):
    call_id = ring(live)
    if where == "ended_call":
        with open_socket(live, call_id) as ws:
            opened(ws)

        def end():
            with schema_context(live["tenant"].schema_name):
                Call.objects.filter(provider_call_id=call_id).update(status=CallStatus.COMPLETED, stage=2)

        committed(end)
    port = live["port"]
    target = {
        "unknown_call": (host(live["tenant"]), f"{LLM_WEBSOCKET_PATH}/call_nobody_knows"),
        "unknown_host": ("nowhere.example", f"{LLM_WEBSOCKET_PATH}/{call_id}"),
        "platform_host": (django_settings.BASE_HOST, f"{LLM_WEBSOCKET_PATH}/{call_id}"),
        "ended_call": (host(live["tenant"]), f"{LLM_WEBSOCKET_PATH}/{call_id}"),
        "bad_path": (host(live["tenant"]), "somewhere/else"),
    }[where]
    with pytest.raises(InvalidStatus) as refused:
        connect(
            f"ws://{target[0]}:{port}/{target[1]}",
            sock=socket.create_connection(("127.0.0.1", port)),
            open_timeout=10,
        )
    assert refused.value.response.status_code == 403


# --- the sandbox inbound caller, end to end -------------------------------------------------------


def test_the_sandbox_inbound_caller_plays_a_whole_call(live):
    tenant = live["tenant"]
    with in_schema(live):
        report = inbound_call(
            tenant=tenant,
            from_number="+447911123457",
            lines=[
                "What are your opening hours?",
                "I'd like to book an appointment please.",
                "The first one, please.",
                "This is an emergency, please help, I need someone now.",
            ],
        )
    assert report.pongs == 1
    assert report.transfer_number == TRANSFER_TO
    spoken = [t["content"] for t in report.turns if t["role"] == "agent"]
    assert "9am to 5pm" in spoken[1] and spoken[2].startswith("I can offer") and "booked for" in spoken[3]
    with in_schema(live):
        call = Call.objects.get(provider_call_id=report.call_id)
        assert call.direction == "inbound" and call.from_number == "+447911123457"
        assert call.contact is not None and call.contact.phone == "+447911123457"
        assert call.status == CallStatus.TRANSFERRED
        assert call.stage == Call.Stage.ANALYZED and call.finished_at is not None
        assert "User: The first one, please." in call.transcript
        assert call.transfer_destination == TRANSFER_TO
        assert call.summary.startswith("The caller asked to speak to a person")
        assert set(WebhookEvent.objects.filter(call_id=report.call_id).values_list("event", flat=True)) >= {
            "call_started",
            "call_ended",
            "call_analyzed",
        }
        assert CallBooking.objects.filter(provider_call_id=report.call_id, status="booked").count() == 1
        conversation = Conversation.objects.get(pk=call.conversation_id)
        assert conversation.channel == Channel.VOICE and conversation.status == ConversationStatus.URGENT
        roles = list(conversation.messages.values_list("role", flat=True))
        assert roles.count("user") == 4 and roles[0] == "assistant"


def test_the_management_command_rings_the_first_number(live, capsys):
    call_command("sandbox_inbound_call", live["tenant"].slug, "--script", "question")
    out = capsys.readouterr().out
    assert "Caller: What are your opening hours?" in out
    assert "9am to 5pm" in out and "the agent hung up" in out


def test_the_voice_settings_show_the_socket_address(live):
    with in_schema(live):
        urls = provider_urls(live["tenant"])
    assert urls["retell_llm_websocket_url"] == f"ws://voice-socket.localhost:{live['port']}/{LLM_WEBSOCKET_PATH}"


def test_the_numbers_page_rings_a_number_through_the_socket(live, portal, run_on_commit):
    tenant = live["tenant"]
    owner = MembershipFactory(user=UserFactory(), tenant=tenant, role="owner")
    client = portal(owner)
    page = client.get("/calls/numbers/").content.decode()
    assert f"ws://voice-socket.localhost:{live['port']}/{LLM_WEBSOCKET_PATH}" in page
    with in_schema(live):
        number = PhoneNumber.objects.get(number=live["number"])
    with run_on_commit():
        refused = client.post(f"/calls/numbers/{number.pk}/simulate/", {"caller": "07933 445566", "socket_script": "x"})
    assert refused.status_code == 302
    with in_schema(live):
        assert not Call.objects.filter(from_number="+447933445566").exists()
    with run_on_commit():
        client.post(f"/calls/numbers/{number.pk}/simulate/", {"caller": "07933 445566", "socket_script": "booking"})
    with in_schema(live):
        call = Call.objects.get(from_number="+447933445566")
        assert call.status == CallStatus.COMPLETED and call.stage == Call.Stage.ANALYZED
        assert CallBooking.objects.filter(provider_call_id=call.provider_call_id).count() == 1
        assert "User: The first one, please." in call.transcript
