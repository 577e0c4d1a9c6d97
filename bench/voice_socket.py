"""Custom-LLM voice socket: server-side time from `response_required` to the first streamed piece.

    .venv/bin/python bench/voice_socket.py [--calls 10] [--turns 20] [--faqs 200]

Creates a tenant `bench-voice` (voice sandbox, offline extractive answerer, so
the model's own time is not in the figure) with a published receptionist and
F FAQs (default 200, fixed wording), starts uvicorn on the ASGI application in
this process on a free 127.0.0.1 port, and plays C calls of T knowledge
questions each over real WebSocket connections. The server-side time is taken
inside the consumer: from the moment `receive` gets the `response_required`
frame to the moment the first `response` piece of that `response_id` is
handed to the socket (both recorded by wrapping the consumer's methods). The
client-side round trip (frame sent to first piece read) is printed next to it.
The tenant is dropped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import threading
import time

os.environ.setdefault("VOICE_PROVIDER", "sandbox")
os.environ.setdefault("ANSWERER", "offline")
os.environ.setdefault("DEBUG", "0")

from _setup import setup_django

setup_django()

import uvicorn  # noqa: E402
from django.conf import settings  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from calls import services  # noqa: E402
from calls.consumers import RetellLLMConsumer  # noqa: E402
from calls.models import Agent  # noqa: E402
from calls.voice import LLM_WEBSOCKET_PATH, adapter_for  # noqa: E402
from knowledge.services.faqs import faq_create  # noqa: E402
from tenants.models import Tenant, User  # noqa: E402
from tenants.services import tenant_create  # noqa: E402
from voiceplatform.links import tenant_host  # noqa: E402

SLUG = "bench-voice"
OWNER = "owner@bench-voice.test"
TOPICS = [
    ("opening hours", "We are open Monday to Friday from 9am to 5pm and Saturday mornings."),
    ("parking", "Free parking is behind the building; enter from Mill Lane."),
    ("prices for a check-up", "A check-up costs 45 pounds and includes a scale and polish."),
    ("emergency appointments", "We keep two same-day slots every morning for urgent cases."),
    ("payment plans", "You can spread treatment costs over 12 months with no interest."),
    ("new patients", "We welcome new patients; bring photo ID and a list of medicines."),
    ("teeth whitening", "Whitening takes two visits and costs 250 pounds."),
    ("children", "Children under 18 are seen free of charge."),
    ("wheelchair access", "There is step-free access and a lift to every floor."),
    ("cancellations", "Please give us 24 hours notice to cancel or move an appointment."),
]
QUESTIONS = [
    "What are your opening hours?",
    "Where can I park?",
    "How much is a check-up?",
    "Do you have emergency appointments?",
    "Can I pay in instalments?",
    "Are you taking new patients?",
    "How much does whitening cost?",
    "Do children pay?",
    "Is there wheelchair access?",
    "How do I cancel an appointment?",
]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def drop_tenant() -> None:
    tenant = Tenant.objects.filter(slug=SLUG).first()
    if tenant is not None:
        tenant.delete(force_drop=True)
    User.objects.filter(email=OWNER).delete()


def set_up(faqs: int):
    drop_tenant()
    tenant = tenant_create(slug=SLUG, name="Bench Voice Dental", owner_email=OWNER, timezone_name="Europe/London")
    with schema_context(tenant.schema_name):
        agent = services.agent_create(tenant=tenant, data={"purpose": Agent.Purpose.RECEPTIONIST, "name": "Ava"})
        services.agent_publish(tenant=tenant, agent=agent)
        agent.refresh_from_db()
        for index in range(faqs):
            topic, answer = TOPICS[index % len(TOPICS)]
            branch = index // len(TOPICS)
            faq_create(question=f"What about {topic} at branch {branch}?", answer=f"At branch {branch}: {answer}")
    return tenant, agent


def start_server() -> tuple[uvicorn.Server, int]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        "voiceplatform.asgi:application",
        host="127.0.0.1",
        port=port,
        ws="websockets-sansio",
        lifespan="off",
        log_level="warning",
    )
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, port


def instrument() -> tuple[dict, dict]:
    """Record, per response_id of each socket, when the frame arrived and when its first piece left."""
    arrived: dict = {}
    first_sent: dict = {}
    receive, respond = RetellLLMConsumer.receive, RetellLLMConsumer._response

    async def timed_receive(self, text_data=None, bytes_data=None):
        message = json.loads(text_data) if text_data else {}
        if message.get("interaction_type") == "response_required":
            arrived[(id(self), message["response_id"])] = time.perf_counter()
        return await receive(self, text_data, bytes_data)

    async def timed_response(self, response_id, content, complete, ended=None):
        key = (id(self), response_id)
        if key in arrived and key not in first_sent and content:
            first_sent[key] = time.perf_counter()
        return await respond(self, response_id, content, complete, ended)

    RetellLLMConsumer.receive = timed_receive
    RetellLLMConsumer._response = timed_response
    return arrived, first_sent


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=10)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--faqs", type=int, default=200)
    args = parser.parse_args()

    started = time.perf_counter()
    tenant, agent = set_up(args.faqs)
    print(f"set-up: tenant, agent and {args.faqs} FAQs in {time.perf_counter() - started:.1f} s")
    arrived, first_sent = instrument()
    server, port = start_server()
    round_trips: list[float] = []
    try:
        for _ in range(args.calls):
            with schema_context(tenant.schema_name):
                call = adapter_for(tenant)._new_call(
                    call_type="phone_call",
                    direction="inbound",
                    from_number="+447911123456",
                    to_number="+14155550100",
                    agent_id=agent.provider_agent_id,
                    agent_version=None,
                    metadata={},
                    variables={},
                )
            uri = f"ws://{tenant_host(tenant)}:{port}/{LLM_WEBSOCKET_PATH}/{call['call_id']}"
            with connect(uri, sock=socket.create_connection(("127.0.0.1", port)), open_timeout=10) as ws:
                ws.recv(timeout=10)  # config
                ws.recv(timeout=10)  # greeting
                transcript: list[dict] = []
                for turn in range(1, args.turns + 1):
                    transcript.append({"role": "user", "content": QUESTIONS[turn % len(QUESTIONS)]})
                    frame = {"interaction_type": "response_required", "response_id": turn, "transcript": transcript}
                    sent = time.perf_counter()
                    ws.send(json.dumps(frame))
                    first = None
                    while True:
                        message = json.loads(ws.recv(timeout=30))
                        if message.get("response_id") != turn:
                            continue
                        if first is None and message.get("content"):
                            first = time.perf_counter()
                        if message.get("content_complete"):
                            break
                    round_trips.append((first - sent) * 1000)
                    transcript.append({"role": "agent", "content": "(answer)"})
    finally:
        server.should_exit = True
        time.sleep(0.5)
        drop_tenant()

    server_ms = [(first_sent[key] - arrived[key]) * 1000 for key in first_sent]
    turns = args.calls * args.turns
    print(f"turns: {turns} ({args.calls} calls x {args.turns} questions), answerer: {settings.ANSWERER}")
    print(
        f"server, response_required -> first piece: p50 {statistics.median(server_ms):.1f} ms, "
        f"p95 {percentile(server_ms, 0.95):.1f} ms, max {max(server_ms):.1f} ms (n={len(server_ms)})"
    )
    print(
        f"client round trip, frame sent -> first piece read: p50 {statistics.median(round_trips):.1f} ms, "
        f"p95 {percentile(round_trips, 0.95):.1f} ms"
    )
    print(f"target p95 < 50 ms: {'met' if percentile(server_ms, 0.95) < 50 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
