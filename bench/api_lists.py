"""Throughput of the main API lists under concurrency, against the server `make run` starts.

    .venv/bin/python bench/api_lists.py [--clients 20] [--seconds 20] [--port 8391] [--keep] [--cold]

Creates a tenant `bench-lists` (reused when it exists) holding 10,000
contacts, 10,000 calls, 10,000 appointments and 500 campaigns, starts
gunicorn with the command line `make run` uses (voiceplatform.runtime; gthread,
WEB_WORKERS x WEB_THREADS, DEBUG=0), then for each list has 20 clients (each with its own keep-alive
connection and the tenant owner's API key) request it as fast as they can
for the given time: contacts with 50 per page (pages 1-5), calls,
campaigns and appointments with the default page. Prints requests/s,
p50/p95/p99 latency and the web server's CPU per request (gunicorn's
processes, not PostgreSQL) per list, and the load average before and after.
On a shared machine the CPU figure is the one to compare between runs.

The contact list reuses a page it rendered before while the page's rows are
unchanged (voiceplatform.page_cache), which is what repeated reads of pages
1-5 get; `--cold` runs the server with PAGE_CACHE_SECONDS=0, so every contact
page is read and rendered anew (the cost of a page whose rows keep changing).
"""

import argparse
import http.client
import os
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
os.environ.setdefault("DEBUG", "0")

import django  # noqa: E402
import psutil  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from appointments.models import Appointment  # noqa: E402
from calls.models import Call  # noqa: E402
from campaigns.models import Campaign  # noqa: E402
from contacts.models import Contact  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import api_key_create, ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402
from tests.appointments.factories import AppointmentFactory, AppointmentTypeFactory, ResourceFactory  # noqa: E402
from tests.calls.factories import CallFactory  # noqa: E402
from tests.campaigns.factories import CampaignFactory  # noqa: E402
from tests.contacts.factories import ContactFactory  # noqa: E402
from voiceplatform.runtime import process_commands  # noqa: E402

SLUG = "bench-lists"
ROWS = 10_000
CAMPAIGNS = 500
LISTS = [
    ("contacts (50 per page)", "/api/v1/contacts/?page_size=50&page={page}"),
    ("calls", "/api/v1/calls/?page={page}"),
    ("campaigns", "/api/v1/campaigns/?page={page}"),
    ("appointments", "/api/v1/appointments/?page={page}"),
]


def load(tenant) -> None:
    with schema_context(tenant.schema_name):
        if Contact.objects.count() >= ROWS:
            return
        started = time.perf_counter()
        contacts = Contact.objects.bulk_create(ContactFactory.build_batch(ROWS), batch_size=2000)
        Call.objects.bulk_create(
            [CallFactory.build(contact=contacts[i]) for i in range(ROWS)],
            batch_size=2000,
        )
        resource = ResourceFactory()
        kind = AppointmentTypeFactory()
        base = timezone.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=1)
        Appointment.objects.bulk_create(
            [
                AppointmentFactory.build(
                    contact=contacts[i],
                    resource=resource,
                    appointment_type=kind,
                    start_at=base + timedelta(minutes=30 * i),
                    end_at=base + timedelta(minutes=30 * i + 30),
                )
                for i in range(ROWS)
            ],
            batch_size=2000,
        )
        Campaign.objects.bulk_create(CampaignFactory.build_batch(CAMPAIGNS), batch_size=500)
        print(f"loaded the data in {time.perf_counter() - started:.1f} s")


def start_server(port: int, *, cold: bool = False) -> subprocess.Popen:
    """The web server `make run` starts (voiceplatform.runtime's command line), on `port`."""
    env = {**os.environ, "DEBUG": "0", "PORT": str(port), "HOST": "127.0.0.1"}
    if cold:
        env["PAGE_CACHE_SECONDS"] = "0"
    command = [*process_commands(env, str(port))["web"], "--log-level", "warning"]
    server = subprocess.Popen(command, env=env, cwd=BASE_DIR, start_new_session=True)
    for _ in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz", headers={"Host": "localhost"})
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("the server did not start")


def server_cpu_seconds(server: subprocess.Popen) -> float:
    """User + system CPU of the gunicorn master and its workers (PostgreSQL not included)."""
    parent = psutil.Process(server.pid)
    total = 0.0
    for process in [parent, *parent.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def hammer(port: int, host: str, key: str, path: str, clients: int, seconds: float) -> tuple[list[float], int]:
    timings: list[list[float]] = [[] for _ in range(clients)]
    errors = [0] * clients
    stop = time.perf_counter() + seconds

    def client(index: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Host": host, "Authorization": f"Bearer {key}", "Accept": "application/json"}
        page = index
        while time.perf_counter() < stop:
            page = page % 5 + 1
            started = time.perf_counter()
            try:
                connection.request("GET", path.format(page=page), headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                errors[index] += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            if response.status != 200:
                errors[index] += 1
            timings[index].append((time.perf_counter() - started) * 1000)
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [t for per_client in timings for t in per_client], sum(errors)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=8391)
    parser.add_argument("--keep", action="store_true", help="keep the tenant (and reuse it next time)")
    parser.add_argument("--cold", action="store_true", help="render every contact page anew (no page cache)")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()} on {os.cpu_count()} cores")
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    tenant = Tenant.objects.filter(slug=SLUG).first() or tenant_create(
        slug=SLUG, name="Bench lists", owner_email="bench-lists@example.test", timezone_name="Europe/London"
    )
    server = None
    try:
        load(tenant)
        owner = tenant.memberships.get().user
        key = api_key_create(tenant=tenant, user=owner, name="bench", scope="read").secret
        server = start_server(args.port, cold=args.cold)
        host = f"{SLUG}.localhost"
        cache = "off (--cold)" if args.cold else "on"
        workers, threads = (os.environ.get(name) for name in ("WEB_WORKERS", "WEB_THREADS"))
        print(f"{args.clients} clients, {args.seconds:.0f} s per list, gunicorn gthread", end=" ")
        print(f"workers x threads: {workers or 'default'} x {threads or 'default'}")
        print(f"page cache {cache}")
        print(f"{'list':<24} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7} {'CPU ms/req':>11}")
        for name, path in LISTS:
            hammer(args.port, host, key, path, args.clients, 2.0)  # warm every worker and thread
            cpu_before = server_cpu_seconds(server)
            timings, errors = hammer(args.port, host, key, path, args.clients, args.seconds)
            cpu = (server_cpu_seconds(server) - cpu_before) * 1000 / max(1, len(timings) + errors)
            print(
                f"{name:<24} {len(timings) / args.seconds:>8.1f} {percentile(timings, 0.5):>8.1f} "
                f"{percentile(timings, 0.95):>8.1f} {percentile(timings, 0.99):>8.1f} {errors:>7} {cpu:>11.2f}"
            )
        print(f"load average at end: {os.getloadavg()}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        if not args.keep:
            tenant.delete(force_drop=True)


if __name__ == "__main__":
    main()
