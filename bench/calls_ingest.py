"""Webhook ingest under load: signed Retell events at a fixed rate against a real server process.

Sets up its own tenant, starts the web server on loopback (gunicorn's
threaded workers, as `make run` serves; or sync workers, or uvicorn),
sends RATE signed `call_ended` events per second for SECONDS seconds
(open loop: requests go out on schedule whether or not earlier ones
have answered), and prints throughput and latency percentiles. Then checks
that every acknowledged event was stored exactly once, optionally lets a
Celery worker process them (--process), and cleans everything up.

    .venv/bin/python bench/calls_ingest.py [--rate 300] [--seconds 20] [--workers 3] [--threads 4] [--process]
        [--server gunicorn|uvicorn-wsgi|uvicorn-asgi]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")

import django  # noqa: E402

django.setup()

import aiohttp  # noqa: E402
import psutil  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from calls import signatures  # noqa: E402
from calls.models import Agent, Call, WebhookEvent  # noqa: E402
from calls.voice import hook_token  # noqa: E402
from tenants.models import Tenant, User  # noqa: E402
from tenants.services import tenant_create  # noqa: E402

SLUG = "bench-ingest"
OWNER = "owner@bench-ingest.test"
TRANSCRIPT = [
    ("agent", "Hi Jane, this is Acme Dental calling to confirm your appointment tomorrow at ten. Can you make it?"),
    ("user", "Yes, that's right, I'll be there."),
    ("agent", "Wonderful, you're confirmed. We look forward to seeing you. Anything else?"),
    ("user", "No, that's everything. Thanks, bye."),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_body(index: int) -> str:
    now = int(time.time() * 1000)
    call = {
        "call_id": f"call_bench_{index:07d}",
        "agent_id": "agent_bench",
        "agent_version": 1,
        "call_type": "phone_call",
        "direction": "outbound",
        "from_number": "+14155550100",
        "to_number": f"+4479{index % 100_000_000:08d}",
        "call_status": "ended",
        "start_timestamp": now - 42_000,
        "end_timestamp": now,
        "duration_ms": 42_000,
        "disconnection_reason": "agent_hangup",
        "transcript": "\n".join(f"{'Agent' if r == 'agent' else 'User'}: {t}" for r, t in TRANSCRIPT),
        "transcript_object": [
            {
                "role": role,
                "content": text,
                "words": [{"word": w, "start": i * 0.4, "end": i * 0.4 + 0.3} for i, w in enumerate(text.split())],
            }
            for role, text in TRANSCRIPT
        ],
        "recording_url": f"https://recordings.example.test/{index}.wav",
        "metadata": {"campaign_attempt_id": index},
        "call_cost": {"combined_cost": 4.9, "product_costs": []},
    }
    return json.dumps({"event": "call_ended", "call": call})


def setup_tenant() -> Tenant:
    stale = Tenant.objects.filter(slug=SLUG).first()
    if stale is not None:
        stale.delete(force_drop=True)
    tenant = tenant_create(slug=SLUG, name="Bench Ingest", owner_email=OWNER, timezone_name="Europe/London")
    with schema_context(tenant.schema_name):
        # The events name a published agent on the platform account, as real ones do.
        Agent.objects.create(name="Bench", provider_agent_id="agent_bench", provider_account="platform")
    return tenant


def teardown_tenant(tenant: Tenant) -> None:
    connection.set_schema_to_public()
    Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
    User.objects.filter(email=OWNER).delete()


def bench_broker_url() -> str:
    """A Redis database of its own, so the benchmark's tasks never reach a development worker."""
    url = settings.REDIS_URL
    if url.startswith("unix://"):
        return url.replace("unix://", "redis+socket://", 1) + "?virtual_host=13"
    return url.rsplit("/", 1)[0] + "/13"


def start_server(port: int, workers: int, server: str, env: dict, threads: int = 1) -> subprocess.Popen:
    """gunicorn (sync workers, or gthread workers as `make run` serves with --threads > 1) or uvicorn
    (WSGI thread pool, or ASGI)."""
    bin_dir = Path(sys.executable).parent
    if server == "gunicorn":
        command = [
            str(bin_dir / "gunicorn"),
            "voiceplatform.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--backlog",
            "2048",
            "--threads",
            str(threads),
        ]
    else:
        interface = "wsgi" if server == "uvicorn-wsgi" else "asgi3"
        app = "voiceplatform.wsgi:application" if interface == "wsgi" else "voiceplatform.asgi:application"
        command = [
            str(bin_dir / "uvicorn"),
            app,
            "--interface",
            interface,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--lifespan",
            "off",
            "--no-access-log",
            "--log-level",
            "warning",
        ]
    return subprocess.Popen(command, cwd=BASE_DIR, env=env, start_new_session=True)


async def wait_ready(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            try:
                async with session.get(url, headers={"Host": "localhost"}) as response:
                    if response.status:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.25)
    raise RuntimeError("server did not start")


async def fire(url: str, requests: list[tuple[bytes, str]], rate: float) -> tuple[list[float], dict[int, int]]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    connector = aiohttp.TCPConnector(limit=200)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=10)) as session:

        async def one(body: bytes, sig: str) -> None:
            started = time.perf_counter()
            try:
                async with session.post(
                    url,
                    data=body,
                    headers={"Host": "localhost", "Content-Type": "application/json", "X-Retell-Signature": sig},
                ) as response:
                    await response.read()
                    status = response.status
            except (aiohttp.ClientError, TimeoutError):
                status = 0
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[status] = statuses.get(status, 0) + 1

        start = time.perf_counter()
        tasks = []
        for index, (body, sig) in enumerate(requests):
            delay = start + index / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(body, sig)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    statuses["elapsed_ms"] = int(elapsed * 1000)
    return latencies, statuses


def server_cpu_seconds(server: subprocess.Popen) -> float:
    parent = psutil.Process(server.pid)
    total = 0.0
    for process in [parent, *parent.children(recursive=True)]:
        times = process.cpu_times()
        total += times.user + times.system
    return total


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=300)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--threads", type=int, default=4, help="gunicorn threads per worker (1: sync workers)")
    parser.add_argument("--server", choices=["gunicorn", "uvicorn-wsgi", "uvicorn-asgi"], default="gunicorn")
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--process", action="store_true", help="then let a Celery worker apply the stored events")
    args = parser.parse_args()

    tenant = setup_tenant()
    server = worker = None
    broker = bench_broker_url()
    try:
        token = hook_token(tenant)
        port = free_port()
        env = {
            **os.environ,
            "DEBUG": "0",
            "LOG_LEVEL": "WARNING",
            "CELERY_BROKER_URL": broker,
            "DATABASE_URL": settings.DATABASE_URL,
            "REDIS_URL": settings.REDIS_URL,
        }
        if args.server == "uvicorn-asgi":
            # Under ASGI each request runs in its own thread context, so persistent connections pile up.
            env["DB_CONN_MAX_AGE"] = "0"
        server = start_server(port, args.workers, args.server, env, args.threads)
        url = f"http://127.0.0.1:{port}/hooks/retell/{token}/"
        asyncio.run(wait_ready(f"http://127.0.0.1:{port}/healthz"))

        key = settings.RETELL_API_KEY
        warm = [make_body(9_000_000 + i) for i in range(int(args.rate * args.warmup))]
        total = int(args.rate * args.seconds)
        bodies = [make_body(i) for i in range(total)]
        sign = signatures.sign
        warm_requests = [(b.encode(), sign(b, key)) for b in warm]
        requests = [(b.encode(), sign(b, key)) for b in bodies]

        asyncio.run(fire(url, warm_requests, args.rate))
        load_before = os.getloadavg()[0]
        cpu_before = server_cpu_seconds(server)
        latencies, statuses = asyncio.run(fire(url, requests, args.rate))
        cpu_used = server_cpu_seconds(server) - cpu_before
        load_after = os.getloadavg()[0]
        elapsed_ms = statuses.pop("elapsed_ms")

        with schema_context(tenant.schema_name):
            stored = WebhookEvent.objects.filter(call_id__startswith="call_bench_0").count()
            duplicates = WebhookEvent.objects.filter(deliveries__gt=1).count()

        ok = statuses.get(204, 0)
        print(f"calls ingest benchmark: {total} signed call_ended events at {args.rate:.0f}/s for {args.seconds:.0f} s")
        print(
            f"  server           : {args.server}, {args.workers} worker processes"
            f"{f' x {args.threads} threads' if args.server == 'gunicorn' and args.threads > 1 else ''}, loopback; "
            f"body {len(bodies[0])} bytes"
        )
        achieved = total / (elapsed_ms / 1000)
        print(f"  sent in          : {elapsed_ms / 1000:.2f} s -> {achieved:.1f} requests/s achieved")
        print(f"  statuses         : {dict(sorted(statuses.items()))}")
        print(
            f"  latency ms       : p50 {percentile(latencies, 50):.1f}  p95 {percentile(latencies, 95):.1f}  "
            f"p99 {percentile(latencies, 99):.1f}  max {max(latencies):.1f}  mean {statistics.fmean(latencies):.1f}"
        )
        print(f"  stored events    : {stored} (acknowledged {ok}; duplicates {duplicates})")
        print(f"  server CPU       : {cpu_used * 1000 / total:.2f} ms per request (web processes, not PostgreSQL)")
        print(f"  machine          : {os.cpu_count()} cores, load average {load_before:.1f} -> {load_after:.1f}")

        if args.process:
            worker = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "celery"),
                    "-A",
                    "voiceplatform",
                    "worker",
                    "-l",
                    "warning",
                    "--concurrency",
                    "2",
                    "--without-heartbeat",
                    "--without-mingle",
                    "--without-gossip",
                ],
                cwd=BASE_DIR,
                env=env,
                start_new_session=True,
            )
            started = time.perf_counter()
            expected = stored + len(warm_requests)
            while time.perf_counter() - started < 600:
                with schema_context(tenant.schema_name):
                    done = WebhookEvent.objects.filter(status="processed").count()
                if done >= expected:
                    break
                time.sleep(0.5)
            seconds = time.perf_counter() - started
            with schema_context(tenant.schema_name):
                calls = Call.objects.count()
            print(
                f"  processing       : {done} events -> {calls} calls in {seconds:.1f} s "
                f"({done / seconds:.0f} events/s, one Celery worker with 2 processes)"
            )
        return 0 if ok == total and stored == total else 1
    finally:
        for process in (worker, server):
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
        from voiceplatform.celery import app

        with app.connection_for_write(broker) as conn:
            conn.default_channel.queue_purge("celery")
        teardown_tenant(tenant)


if __name__ == "__main__":
    sys.exit(main())
