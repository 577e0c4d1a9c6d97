"""Outbound webhook delivery under load: events recorded at a fixed rate, sent by a real Celery worker.

Sets up its own tenant with one endpoint pointing at a local receiver
(a threaded HTTP server in this process, on loopback, allowed through
WEBHOOK_ALLOWED_ORIGINS), starts a Celery worker (threads pool), then
records RATE `contact.created` events per second for SECONDS seconds, each in
its own transaction, as a change in the app would (outbox rows, enqueued after
commit). The receiver notes when each `webhook-id` first arrives. Prints the
sustained delivery rate, the latency from the event's commit to its first
attempt, and checks every event arrived exactly once. Cleans everything up.

    .venv/bin/python bench/webhooks_delivery.py [--rate 200] [--seconds 20] [--concurrency 16] [--producers 1]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from _setup import ROOT as BASE_DIR
from _setup import setup_django

setup_django()

import psutil  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from notifications.models import WebhookDelivery  # noqa: E402
from notifications.outbound import services  # noqa: E402
from tenants.models import Tenant, User  # noqa: E402
from tenants.services import tenant_create  # noqa: E402

SLUG = "bench-webhooks"
OWNER = "owner@bench-webhooks.test"


class Receiver:
    def __init__(self):
        self.arrivals: dict[str, float] = {}
        self.requests = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_POST(self):
                now = time.time()
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.requests += 1
                    receiver.arrivals.setdefault(self.headers["webhook-id"], now)
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.request_queue_size = 1024
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


def bench_broker_url() -> str:
    """A Redis database of its own, so the benchmark's tasks never reach a development worker."""
    url = settings.REDIS_URL
    if url.startswith("unix://"):
        return url.replace("unix://", "redis+socket://", 1) + "?virtual_host=14"
    return url.rsplit("/", 1)[0] + "/14"


def tree_cpu_seconds(pid: int) -> float:
    parent = psutil.Process(pid)
    total = 0.0
    for process in [parent, *parent.children(recursive=True)]:
        times = process.cpu_times()
        total += times.user + times.system
    return total


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def setup_tenant(url: str) -> Tenant:
    stale = Tenant.objects.filter(slug=SLUG).first()
    if stale is not None:
        stale.delete(force_drop=True)
    User.objects.filter(email=OWNER).delete()
    tenant = tenant_create(slug=SLUG, name="Bench Webhooks", owner_email=OWNER, timezone_name="Europe/London")
    with schema_context(tenant.schema_name):
        services.endpoint_create(url=url, events=["contact.created"])
    return tenant


def teardown_tenant(tenant: Tenant) -> None:
    connection.set_schema_to_public()
    Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
    User.objects.filter(email=OWNER).delete()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--concurrency", type=int, default=16, help="worker threads or processes")
    parser.add_argument("--pool", choices=["threads", "prefork"], default="threads")
    parser.add_argument("--producers", type=int, default=1, help="threads recording events, each its own connection")
    args = parser.parse_args()

    receiver = Receiver()
    broker = bench_broker_url()
    settings.CELERY_BROKER_URL = broker
    from voiceplatform.celery import app

    app.conf.broker_url = broker
    tenant = setup_tenant(receiver.origin + "/hook")
    env = {
        **os.environ,
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
        "CELERY_BROKER_URL": broker,
        "DATABASE_URL": settings.DATABASE_URL,
        "REDIS_URL": settings.REDIS_URL,
        "WEBHOOK_ALLOWED_ORIGINS": receiver.origin,
    }
    worker = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "celery"),
            "-A",
            "voiceplatform",
            "worker",
            "-l",
            "warning",
            "-P",
            args.pool,
            "--concurrency",
            str(args.concurrency),
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
        ],
        cwd=BASE_DIR,
        env=env,
        start_new_session=True,
    )
    try:
        with schema_context(tenant.schema_name):
            # Warm up: the worker is ready once a first event comes through.
            with transaction.atomic():
                services.event_record(event_type="contact.created", data={"warmup": True})
            deadline = time.time() + 60
            while not receiver.arrivals and time.time() < deadline:
                time.sleep(0.1)
            receiver.arrivals.clear()
            receiver.requests = 0

            total = int(args.rate * args.seconds)
            committed: dict[str, float] = {}
            load_before = os.getloadavg()[0]
            worker_cpu_before = tree_cpu_seconds(worker.pid)
            producer_cpu_before = time.process_time()
            start = time.perf_counter()

            def produce(first: int) -> None:
                """Every `producers`-th event on schedule, in this thread's own connection (as web workers would)."""
                try:
                    with schema_context(tenant.schema_name):
                        for index in range(first, total, args.producers):
                            delay = start + index / args.rate - time.perf_counter()
                            if delay > 0:
                                time.sleep(delay)
                            with transaction.atomic():
                                event = services.event_record(event_type="contact.created", data={"contact_id": index})
                            committed[event.event_id] = time.time()
                finally:
                    if first:
                        connection.close()

            threads = [threading.Thread(target=produce, args=(k,)) for k in range(1, args.producers)]
            for thread in threads:
                thread.start()
            produce(0)
            for thread in threads:
                thread.join()
            produced_in = time.perf_counter() - start
            producer_cpu = time.process_time() - producer_cpu_before
            deadline = time.time() + 120
            while len(receiver.arrivals) < total and time.time() < deadline:
                time.sleep(0.2)
            load_after = os.getloadavg()[0]
            worker_cpu = tree_cpu_seconds(worker.pid) - worker_cpu_before
            arrived = {k: v for k, v in receiver.arrivals.items() if k in committed}
            latencies = [(arrived[k] - committed[k]) * 1000 for k in arrived]
            first, last = min(arrived.values()), max(arrived.values())
            delivered = WebhookDelivery.objects.filter(status="delivered", event__event_id__in=list(committed)).count()
        print(f"webhook delivery benchmark: {total} events at {args.rate:.0f}/s for {args.seconds:.0f} s")
        print(
            f"  worker          : one Celery worker, {args.pool} pool x {args.concurrency}; receiver on loopback; "
            f"{args.producers} producer thread(s)"
        )
        print(f"  produced in     : {produced_in:.2f} s -> {total / produced_in:.1f} events/s recorded")
        print(
            f"  arrived         : {len(arrived)} of {total} ({receiver.requests} requests; rows delivered {delivered})"
        )
        print(f"  sustained rate  : {len(arrived) / max(last - first, 1e-9):.1f} deliveries/s (first to last arrival)")
        print(
            f"  event -> first attempt ms: p50 {percentile(latencies, 50):.0f}  p95 {percentile(latencies, 95):.0f}  "
            f"p99 {percentile(latencies, 99):.0f}  max {max(latencies):.0f}"
        )
        print(
            f"  CPU per event   : producer {producer_cpu * 1000 / total:.1f} ms (record + enqueue), "
            f"worker {worker_cpu * 1000 / total:.1f} ms (send + log); PostgreSQL and the receiver not counted"
        )
        print(f"  machine         : {os.cpu_count()} cores, load average {load_before:.1f} -> {load_after:.1f}")
        return 0 if len(arrived) == total and receiver.requests == total else 1
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
        with app.connection_for_write(broker) as conn:
            conn.default_channel.queue_purge("celery")
        teardown_tenant(tenant)
        receiver.server.shutdown()


if __name__ == "__main__":
    sys.exit(main())
