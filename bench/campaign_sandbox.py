"""A 10,000-contact campaign through the voice sandbox, with the limits never exceeded (issue 5).

Starts the real processes on the embedded services: the web server (the
sandbox posts its signed webhooks to it over HTTP), a dialer worker on its own
queue and a general worker (sandbox timers, webhook ingest); this script plays
beat and sends a dialer tick every second. The campaign (one attempt per
contact, the sandbox's usual mix of outcomes) runs to completion; then the
script prints the achieved rate against each limit and the most calls seen
in any window of that limit's length, counted at the moment each call was
created (the dial moment) and at each attempt's reservation.

    .venv/bin/python bench/campaign_sandbox.py            # 10,000 contacts
    .venv/bin/python bench/campaign_sandbox.py 400 tight  # limits below the reachable rate
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from bisect import bisect_right
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from _setup import ROOT, setup_django

CONTACTS = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
PROFILES = {
    # Roomy: above what the sandbox reaches on this machine, so the run measures throughput to completion.
    "roomy": {
        "campaign_per_minute": 240,
        "tenant_per_15_minutes": 3_000,
        "tenant_per_day": 20_000,
        "number_per_minute": 300,
        "number_per_day": 20_000,
        "max_concurrent": 150,
    },
    # Tight: below it, so the limiter is what sets the pace.
    "tight": {
        "campaign_per_minute": 40,
        "tenant_per_15_minutes": 250,
        "tenant_per_day": 20_000,
        "number_per_minute": 30,
        "number_per_day": 20_000,
        "max_concurrent": 150,
    },
}
LIMITS = PROFILES[sys.argv[2] if len(sys.argv) > 2 else "roomy"]
ZONES = ("Europe/London", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "Asia/Kolkata", "Asia/Tokyo")
TIMEOUT_SECONDS = 4 * 3600


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def daytime_zone() -> str:
    now = datetime.now(UTC)
    return next(zone for zone in ZONES if 9 <= now.astimezone(ZoneInfo(zone)).hour < 17)


def max_in_window(moments: list[float], seconds: float) -> int:
    """The most events inside any window (t - seconds, t]."""
    best = 0
    for index, moment in enumerate(moments):
        first = bisect_right(moments, moment - seconds)
        best = max(best, index - first + 1)
    return best


def main() -> None:
    setup_django()
    from django.conf import settings
    from django.db.models import Count
    from django.test import override_settings
    from django_tenants.utils import schema_context

    from calls import services as call_services
    from calls.models import Agent, Call
    from campaigns import services
    from campaigns.models import CallAttempt, CallingSettings, CampaignContact
    from campaigns.tasks import tick
    from contacts.models import Contact
    from tenants.models import Tenant, TenantSettings
    from tenants.services import tenant_create
    from voiceplatform.celery import app

    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": settings.DATABASE_URL,
        "REDIS_URL": settings.REDIS_URL,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "CAMPAIGN_QUEUE": "dialer",
        "CAMPAIGN_BATCH_SIZE": "150",
        "SANDBOX_CALL_SECONDS": "12",
        "DEBUG": "0",
        "LOG_LEVEL": "WARNING",
    }
    slug = "bsbx" + secrets.token_hex(3)
    tenant = tenant_create(slug=slug, name=slug, owner_email=f"owner@{slug}.test")
    logs = Path(ROOT / ".data" / "bench-logs")
    logs.mkdir(parents=True, exist_ok=True)
    children = {}
    try:
        TenantSettings.objects.filter(tenant=tenant).update(
            calls_per_15_minutes_ceiling=LIMITS["tenant_per_15_minutes"], calls_per_day_ceiling=LIMITS["tenant_per_day"]
        )
        zone = daytime_zone()
        with schema_context(tenant.schema_name), override_settings(PUBLIC_BASE_URL=env["PUBLIC_BASE_URL"]):
            agent = call_services.agent_create(tenant=tenant, data={"purpose": Agent.Purpose.REMINDER, "name": "Bench"})
            call_services.agent_publish(tenant=tenant, agent=agent)
            agent.refresh_from_db()
            call_services.number_provision(tenant=tenant, area_code="415", outbound_agent=agent)
            CallingSettings.objects.update_or_create(
                singleton=True,
                defaults={"number_per_minute": LIMITS["number_per_minute"], "number_per_day": LIMITS["number_per_day"]},
            )
            Contact.objects.bulk_create(
                (
                    Contact(phone=f"+4420794{i:05d}", first_name=f"P{i}", timezone=zone, tags=["bench"])
                    for i in range(CONTACTS)
                ),
                batch_size=2000,
            )
            campaign = services.campaign_create(
                data={
                    "name": "Bench",
                    "audience": {"tags": ["bench"]},
                    "agent": agent.pk,
                    "max_attempts": 1,
                    "max_concurrent": LIMITS["max_concurrent"],
                    "calls_per_minute": LIMITS["campaign_per_minute"],
                }
            )

        venv = Path(sys.executable).parent

        def worker(name: str, queue: str, *pool: str) -> list[str]:
            quiet = ["-l", "warning", "--without-gossip", "--without-mingle"]
            return [
                str(venv / "celery"),
                "-A",
                "voiceplatform",
                "worker",
                "-n",
                f"{name}@%h",
                "-Q",
                queue,
                *pool,
                *quiet,
            ]

        server = [str(venv / "gunicorn"), "voiceplatform.wsgi:application", "--bind", f"127.0.0.1:{port}"]
        commands = {
            # Served as `make run` serves it: gunicorn's threaded WSGI workers.
            "web": [*server, "--worker-class", "gthread", "--workers", "3", "--threads", "4", "--log-level", "warning"],
            "dialer": worker("bench-dialer", "dialer", "--pool", "threads", "--concurrency", "4"),
            # The sandbox's timers wait on HTTP round trips to the web server: threads, not processes.
            "general": worker("bench-general", "celery", "--pool", "threads", "--concurrency", "16"),
        }
        for name, command in commands.items():
            children[name] = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=(logs / f"{name}.log").open("w"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        time.sleep(5)
        app.conf.task_always_eager = False
        with schema_context(tenant.schema_name):
            services.campaign_start(campaign=campaign)
            started = time.monotonic()
            last_report = started
            while time.monotonic() - started < TIMEOUT_SECONDS:
                tick.apply_async(queue="dialer", expires=5)
                done = CampaignContact.objects.filter(campaign=campaign, state__in=["done", "skipped"]).count()
                if time.monotonic() - last_report > 60:
                    elapsed = time.monotonic() - started
                    print(f"  {elapsed / 60:5.1f} min: {done:,} of {CONTACTS:,} settled", flush=True)
                    last_report = time.monotonic()
                if done == CONTACTS:
                    break
                campaign.refresh_from_db()
                if campaign.status != "running":
                    print(f"  the campaign stopped: {campaign.status} {campaign.paused_reason}", flush=True)
                    break
                time.sleep(1)
            wall = time.monotonic() - started
            calls = sorted(
                c.timestamp() for c in Call.objects.filter(campaign_id=campaign.pk).values_list("created_at", flat=True)
            )
            reserved = sorted(
                r.timestamp()
                for r in CallAttempt.objects.filter(campaign=campaign).values_list("reserved_at", flat=True)
            )
            per_contact = Call.objects.filter(campaign_id=campaign.pk).values("contact_id").distinct().count()
            states = dict(
                CampaignContact.objects.filter(campaign=campaign)
                .values_list("state")
                .annotate(n=Count("id"))
                .order_by()
            )
    finally:
        for child in children.values():
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGTERM)
        for child in children.values():
            try:
                child.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)

    span = calls[-1] - calls[0] if len(calls) > 1 else 0
    print(f"contacts: {CONTACTS:,}; states at the end: {states}; wall time {wall / 60:.1f} min")
    print(f"calls placed: {len(calls):,} to {per_contact:,} distinct contacts; attempts: {len(reserved):,}")
    print(f"achieved rate: {len(calls) / (span / 60) if span else 0:.1f} calls/min over {span / 60:.1f} min")
    print("limit                      allowed   most in any window (calls / reservations)")
    for label, seconds, limit in (
        ("campaign per minute", 60, LIMITS["campaign_per_minute"]),
        ("number per minute", 60, LIMITS["number_per_minute"]),
        ("tenant per 15 minutes", 900, LIMITS["tenant_per_15_minutes"]),
        ("tenant per day", 86400, LIMITS["tenant_per_day"]),
    ):
        print(f"{label:<26} {limit:>7}   {max_in_window(calls, seconds):>7} / {max_in_window(reserved, seconds):<7}")


if __name__ == "__main__":
    main()
