"""CPU per request of the main API lists, measured in one process (no HTTP server, no load generator).

    .venv/bin/python bench/api_lists_cost.py [--requests 200] [--profile contacts] [contacts calls ...]

Uses the `bench-lists` tenant of bench/api_lists.py (created and loaded the
same way when missing: 10,000 contacts, calls and appointments, 500
campaigns) and the tenant owner's API key, then sends each list's request
through Django's full request path (every middleware, DRF, serialisation,
JSON rendering) with the test client, pages 1-5 in turn as the load
benchmark does. Prints CPU and wall milliseconds per request (median of
three rounds) and the database round trips of one request. CPU per request
is what decides throughput on a machine shared by other work: a server can
answer at most (cores) / (CPU per request, its own plus PostgreSQL's).
`--profile NAME` prints the cProfile of that list's requests instead.
"""

from __future__ import annotations

import argparse
import cProfile
import logging
import os
import pstats
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

from api_lists import CAMPAIGNS, ROWS, SLUG, load  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tenants.models import ApiKey, Tenant  # noqa: E402
from tenants.services import api_key_create, ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402

LISTS = {
    "contacts": "/api/v1/contacts/?page_size=50&page={page}",
    "calls": "/api/v1/calls/?page={page}",
    "campaigns": "/api/v1/campaigns/?page={page}",
    "appointments": "/api/v1/appointments/?page={page}",
}


def timed(fn, count: int) -> tuple[float, float]:
    """Median over three rounds of (CPU ms, wall ms) per call, after a warm-up."""
    for i in range(10):
        fn(i)
    cpu, wall = [], []
    for _ in range(3):
        c0, w0 = time.process_time(), time.perf_counter()
        for i in range(count):
            fn(i)
        cpu.append((time.process_time() - c0) / count * 1000)
        wall.append((time.perf_counter() - w0) / count * 1000)
    return statistics.median(cpu), statistics.median(wall)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("lists", nargs="*", choices=[[], *sorted(LISTS)], help="only these lists (default: all)")
    parser.add_argument("--profile", choices=sorted(LISTS), help="print the cProfile of one list instead")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()} on {os.cpu_count()} cores")
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    tenant = Tenant.objects.filter(slug=SLUG).first() or tenant_create(
        slug=SLUG, name="Bench lists", owner_email="bench-lists@example.test", timezone_name="Europe/London"
    )
    load(tenant)
    owner = tenant.memberships.get().user
    key = api_key_create(tenant=tenant, user=owner, name="bench-cost", scope="read")
    client = Client(HTTP_HOST=f"{SLUG}.localhost", HTTP_AUTHORIZATION=f"Bearer {key.secret}")
    print(
        f"tenant {SLUG}: {ROWS:,} contacts, calls and appointments, {CAMPAIGNS} campaigns; {args.requests} requests x 3"
    )

    def request(path: str):
        def send(i: int) -> None:
            response = client.get(path.format(page=i % 5 + 1))
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code} {response.content[:200]!r}")

        return send

    try:
        if args.profile:
            send = request(LISTS[args.profile])
            for i in range(10):
                send(i)
            profiler = cProfile.Profile()
            profiler.enable()
            for i in range(args.requests):
                send(i)
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(60)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(40)
            return 0
        print(f"{'list':<14} {'CPU ms/req':>10} {'wall ms/req':>11} {'round trips':>11}")
        for name, path in LISTS.items():
            if args.lists and name not in args.lists:
                continue
            send = request(path)
            cpu, wall = timed(send, args.requests)
            with CaptureQueriesContext(connection) as queries:
                send(0)
            print(f"{name:<14} {cpu:>10.2f} {wall:>11.2f} {len(queries):>11}")
    finally:
        ApiKey.objects.filter(tenant=tenant, name="bench-cost").delete()
    print(f"load average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
