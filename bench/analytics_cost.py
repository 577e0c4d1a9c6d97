"""CPU per request of the analytics dashboard, measured in one process (no HTTP server).

    .venv/bin/python bench/analytics_cost.py [--requests 30] [--profile PATH] [--drop]

Uses a kept tenant `bench-analytics` holding the data of bench/analytics.py
(1,000,000 calls and 200,000 contacts over a year, loaded and rolled up the
first time; `--drop` deletes it). Sends each dashboard page through Django's
full request path (every middleware, the selectors, the templates) with the
test client, DEBUG off as in production, and prints CPU and wall
milliseconds per request (median of three rounds) and the database round
trips of one request; also the CPU of the heatmap query alone. CPU per
request is the figure that means something on a machine shared with other
work. `--profile PATH` prints the cProfile of that page's requests instead.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import logging
import os
import pstats
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
sys.path.append(str(BASE_DIR / "bench"))  # after the project: bench/analytics.py is not the app
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
os.environ.setdefault("DEBUG", "0")

import django  # noqa: E402

django.setup()
logging.disable(logging.WARNING)

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from tenants.models import Tenant  # noqa: E402
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402

SLUG = "bench-analytics"


def load():
    """bench/analytics.py's loader (imported by path: its module name is the app's)."""
    spec = importlib.util.spec_from_file_location("bench_analytics", BASE_DIR / "bench" / "analytics.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.load()


def timed(fn, count: int) -> tuple[float, float]:
    """Median over three rounds of (CPU ms, wall ms) per call, after a warm-up."""
    for _ in range(3):
        fn()
    cpu, wall = [], []
    for _ in range(3):
        c0, w0 = time.process_time(), time.perf_counter()
        for _ in range(count):
            fn()
        cpu.append((time.process_time() - c0) / count * 1000)
        wall.append((time.perf_counter() - w0) / count * 1000)
    return statistics.median(cpu), statistics.median(wall)


def prepare() -> tuple[Tenant, list[int]]:
    """The kept tenant with its data and roll-ups, created and loaded when missing."""
    from analytics import rollups
    from campaigns.models import Campaign

    tenant = Tenant.objects.filter(slug=SLUG).first()
    if tenant is None:
        tenant = tenant_create(
            slug=SLUG, name="Bench analytics", owner_email="bench-analytics@example.test", timezone_name="Europe/London"
        )
    with schema_context(tenant.schema_name):
        if not Campaign.objects.exists():
            print("loading 1,000,000 calls and 200,000 contacts (once)...")
            load()
            rollups.rebuild_all()
            with connection.cursor() as cursor:
                for table in (
                    "analytics_callrollup",
                    "analytics_calldayrollup",
                    "analytics_callhourtotal",
                    "analytics_dailymetric",
                ):
                    cursor.execute(f"VACUUM ANALYZE {table}")
        campaigns = list(Campaign.objects.order_by("pk").values_list("pk", flat=True))
    return tenant, campaigns


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--profile", help="print the cProfile of this page's requests instead")
    parser.add_argument("--drop", action="store_true", help="delete the kept tenant and stop")
    args = parser.parse_args()
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    if args.drop:
        for tenant in Tenant.objects.filter(slug=SLUG):
            tenant.delete(force_drop=True)
        return 0
    print(f"load average at start: {os.getloadavg()} on {os.cpu_count()} cores")
    tenant, campaigns = prepare()
    owner = tenant.memberships.select_related("user").first().user
    client = Client(HTTP_HOST=f"{SLUG}.localhost")
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")

    def page(path: str, **headers):
        def send() -> None:
            response = client.get(path, **headers)
            if response.status_code != 200:
                raise SystemExit(f"{path}: {response.status_code}")

        return send

    if args.profile:
        send = page(args.profile)
        for _ in range(3):
            send()
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.requests):
            send()
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(50)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return 0

    print(f"{'request':<48} {'CPU ms/req':>10} {'wall ms/req':>11} {'round trips':>11}")
    for label, path, headers in (
        ("page /", "/", {}),
        ("page /?period=90", "/?period=90", {}),
        ("page /?period=90&campaign=<first>", f"/?period=90&campaign={campaigns[0]}", {}),
        ("HTMX refresh /?period=30", "/?period=30", {"HTTP_HX_REQUEST": "true"}),
    ):
        send = page(path, **headers)
        cpu, wall = timed(send, args.requests)
        with CaptureQueriesContext(connection) as queries:
            send()
        print(f"{label:<48} {cpu:>10.2f} {wall:>11.2f} {len(queries):>11}")

    from analytics import rollups, selectors
    from analytics.filters import Filters

    with schema_context(tenant.schema_name):
        today = rollups.local_today()
        for days in (30, 90):
            filters = Filters(start=today - timedelta(days=days - 1), end=today)
            cpu, wall = timed(lambda f=filters: selectors.heatmap(f), args.requests)
            print(f"{f'heatmap query, {days} days':<48} {cpu:>10.2f} {wall:>11.2f} {1:>11}")
    print(f"load average at end: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
