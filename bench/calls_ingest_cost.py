"""Where a webhook request's time goes, measured in one process (no HTTP server, no load generator).

Sets up its own tenant, then times N signed `call_ended` deliveries through
Django's full request path (middleware included) and the parts of it: the
platform's host-to-tenant lookup (django-tenants middleware), the hook-token
lookup, signature check, the tenant-schema work (signing keys + raw insert)
and the drain request. CPU and wall milliseconds per call, medians of three
rounds. Complements bench/calls_ingest.py: the capacity of a server is about
(cores available) / (CPU per request).

    .venv/bin/python bench/calls_ingest_cost.py [--requests 300]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.insert(0, str(BASE_DIR / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
os.environ.setdefault("DEBUG", "0")

import django  # noqa: E402

django.setup()
logging.disable(logging.WARNING)

from calls_ingest import bench_broker_url, make_body, setup_tenant, teardown_tenant  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django_tenants.utils import get_tenant_domain_model, schema_context  # noqa: E402

from calls import signatures  # noqa: E402
from calls.services.ingest import webhook_event_store  # noqa: E402
from calls.voice import hook_token, signing_keys_for_agent  # noqa: E402
from tenants.selectors import tenant_for_hook_token  # noqa: E402


def timed(fn, count: int) -> tuple[float, float]:
    """Median over three rounds of (CPU ms, wall ms) per call."""
    fn(0)
    cpu, wall = [], []
    for round_ in range(3):
        c0, w0 = time.process_time(), time.perf_counter()
        for i in range(count):
            fn(round_ * count + i + 1)
        cpu.append((time.process_time() - c0) / count * 1000)
        wall.append((time.perf_counter() - w0) / count * 1000)
    return statistics.median(cpu), statistics.median(wall)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    os.environ["CELERY_BROKER_URL"] = bench_broker_url()
    tenant = setup_tenant()
    try:
        token = hook_token(tenant)
        key = settings.RETELL_API_KEY
        count = args.requests
        bodies = [make_body(i) for i in range(3 * count + 1)]
        signed = [signatures.sign(body, key) for body in bodies]
        client = Client(HTTP_HOST="localhost")
        domain_model = get_tenant_domain_model()

        def full_request(i):
            client.post(
                f"/hooks/retell/{token}/",
                data=bodies[i],
                content_type="application/json",
                HTTP_X_RETELL_SIGNATURE=signed[i],
            )

        def host_lookup(_):
            connection.set_schema_to_public()
            domain_model.objects.select_related("tenant").get(domain=settings.BASE_HOST)

        def token_lookup(_):
            tenant_for_hook_token(token=token, purpose="retell")

        def verify(i):
            json.loads(bodies[i])
            signatures.verify(bodies[i], key, signed[i])

        def tenant_work(i):
            with schema_context(tenant.schema_name), connection.cursor() as cursor:
                signing_keys_for_agent("agent_bench", cursor)
                webhook_event_store(event="call_analyzed", call_id=f"call_cost_{i}", body=bodies[i], cursor=cursor)

        def drain_request(_):
            cache.add("calls:bench-probe", 1, 5)

        rows = [
            ("full request (Django test client, all middleware)", full_request),
            ("  host -> tenant lookup (django-tenants middleware)", host_lookup),
            ("  hook token lookup (cached 5 s in the view)", token_lookup),
            ("  JSON parse + signature check", verify),
            ("  signing keys + raw insert (tenant schema)", tenant_work),
            ("  drain request (Redis SET NX)", drain_request),
        ]
        print(f"calls ingest cost: {count} calls per round, median of 3 rounds, body {len(bodies[0])} bytes")
        print(f"  {'':52} {'CPU ms':>8} {'wall ms':>8}")
        for label, fn in rows:
            cpu, wall = timed(fn, count)
            print(f"  {label:52} {cpu:8.2f} {wall:8.2f}")
        print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        return 0
    finally:
        from voiceplatform.celery import app

        with app.connection_for_write(bench_broker_url()) as conn:
            conn.default_channel.queue_purge("celery")
        teardown_tenant(tenant)


if __name__ == "__main__":
    sys.exit(main())
