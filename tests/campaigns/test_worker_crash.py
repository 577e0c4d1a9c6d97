"""Crash safety with real processes: dialer workers are killed with SIGKILL mid-campaign.

Real `celery worker` processes run against the test database and Redis; the
voice sandbox posts its webhooks over HTTP to a live server in this process.
Dialer tasks go to their own queue ("dialer"), served by two solo workers; a
third worker serves everything else (the sandbox's timers, webhook ingest).
While calls are being placed one dialer worker is killed with SIGKILL. The
campaign must still finish with every contact dialled exactly once.
"""

import os
import secrets
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.test.testcases import LiveServerThread
from django_tenants.utils import schema_context

from calls import services as call_services
from calls.models import Agent, Call
from campaigns import services
from campaigns.models import CallAttempt, CallingSettings, CampaignContact
from contacts.models import Contact
from tenants.models import Tenant, TenantSettings
from tenants.services import tenant_create
from voiceplatform.celery import app

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CONTACTS = 36
STALL_SECONDS = 150
ZONES = ("Europe/London", "America/New_York", "America/Los_Angeles", "Pacific/Honolulu", "Asia/Kolkata", "Asia/Tokyo")


def daytime_zone() -> str:
    """A zone where it is daytime now, so the run never waits for calling hours."""
    now = datetime.now(UTC)
    return next(zone for zone in ZONES if 9 <= now.astimezone(ZoneInfo(zone)).hour < 18)


def worker_env(port: int) -> dict[str, str]:
    parts = urlsplit(settings.DATABASE_URL)
    database_url = urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))
    return {
        **os.environ,
        "DJANGO_ENV": "test",
        "DATABASE_URL": database_url,
        "REDIS_URL": settings.REDIS_URL,
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "CAMPAIGN_QUEUE": "dialer",
        "CAMPAIGN_DIALING_GRACE_SECONDS": "4",
        "CAMPAIGN_CALL_STALE_SECONDS": "30",
        "SANDBOX_OUTCOME_WEIGHTS": "no_answer=1",
        "PYTHONUNBUFFERED": "1",
    }


def start_worker(name: str, queue: str, env: dict, log: Path, *extra: str) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).parent / "celery"),
        "-A",
        "voiceplatform",
        "worker",
        "-n",
        f"{name}@%h",
        "-Q",
        queue,
        "-l",
        "warning",
        "--without-heartbeat",
        "--without-gossip",
        "--without-mingle",
        *extra,
    ]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True
    )


@pytest.fixture
def crash_tenant(django_db_setup, django_db_blocker):
    slug = "wc" + secrets.token_hex(3)
    with django_db_blocker.unblock():
        tenant = tenant_create(slug=slug, name=slug, owner_email=f"o@{slug}.test", timezone_name="Europe/London")
        try:
            yield tenant
        finally:
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)


@pytest.fixture
def live_hooks(django_db_setup):
    server = LiveServerThread("127.0.0.1", lambda handler: handler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    yield server.port
    server.terminate()


def test_killing_a_dialer_worker_mid_campaign_loses_nobody_and_dials_nobody_twice(
    crash_tenant, live_hooks, django_db_blocker, tmp_path
):
    port = live_hooks
    env = worker_env(port)
    zone = daytime_zone()
    with django_db_blocker.unblock():
        TenantSettings.objects.filter(tenant=crash_tenant).update(calls_per_15_minutes_ceiling=1000)
        with schema_context(crash_tenant.schema_name), override_settings(PUBLIC_BASE_URL=env["PUBLIC_BASE_URL"]):
            agent = call_services.agent_create(
                tenant=crash_tenant, data={"purpose": Agent.Purpose.QUALIFIER, "name": "Crash test"}
            )
            call_services.agent_publish(tenant=crash_tenant, agent=agent)
            agent.refresh_from_db()
            call_services.number_provision(tenant=crash_tenant, area_code="415", outbound_agent=agent)
            CallingSettings.objects.update_or_create(singleton=True, defaults={"number_per_minute": 1000})
            Contact.objects.bulk_create(
                Contact(phone=f"+4420794{i:05d}", first_name=f"P{i}", timezone=zone, tags=["crash"])
                for i in range(CONTACTS)
            )
            campaign = services.campaign_create(
                data={
                    "name": "Crash",
                    "audience": {"tags": ["crash"]},
                    "agent": agent.pk,
                    "max_concurrent": 8,
                    "calls_per_minute": 600,
                    "max_attempts": 1,
                }
            )

    workers = {
        "dialer1": start_worker("dialer1", "dialer", env, tmp_path / "dialer1.log", "--pool", "solo"),
        "dialer2": start_worker("dialer2", "dialer", env, tmp_path / "dialer2.log", "--pool", "solo"),
        "general": start_worker(
            "general", "celery", env, tmp_path / "general.log", "--pool", "threads", "--concurrency", "6"
        ),
    }
    app.conf.task_always_eager = False
    killed_at = None
    try:
        with django_db_blocker.unblock(), schema_context(crash_tenant.schema_name):
            services.campaign_start(campaign=campaign)
            # Speed is not what this test is about: give up only when nothing has settled for a while.
            stall_deadline = time.monotonic() + STALL_SECONDS
            deadline = time.monotonic() + 600
            last_sweep = 0.0
            settled_before = 0
            while time.monotonic() < min(deadline, stall_deadline):
                from calls.tasks import sweep_tenant
                from campaigns.tasks import tick

                tick.apply_async(queue="dialer")
                if time.monotonic() - last_sweep > 10:
                    sweep_tenant.apply_async()
                    last_sweep = time.monotonic()
                attempts = CallAttempt.objects.count()
                if killed_at is None and attempts >= 10:
                    os.killpg(workers["dialer1"].pid, signal.SIGKILL)
                    workers["dialer1"].wait(10)
                    killed_at = attempts
                settled = CampaignContact.objects.filter(campaign=campaign, state="done").count()
                if settled == CONTACTS:
                    break
                if settled > settled_before:
                    settled_before, stall_deadline = settled, time.monotonic() + STALL_SECONDS
                time.sleep(0.5)
            states = Counter(CampaignContact.objects.filter(campaign=campaign).values_list("state", flat=True))
            dialled = Counter(
                Call.objects.filter(campaign_id=campaign.pk, provider_call_id__isnull=False).values_list(
                    "contact_id", flat=True
                )
            )
            finished = Counter(
                CallAttempt.objects.filter(campaign=campaign, state="finished").values_list("contact_id", flat=True)
            )
            not_placed = Counter(
                CallAttempt.objects.filter(campaign=campaign, state="not_placed").values_list("note", flat=True)
            )
    finally:
        app.conf.task_always_eager = True
        for process in workers.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in workers.values():
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
    logs = "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in sorted(tmp_path.glob("*.log")))
    assert killed_at is not None, logs
    assert killed_at < CONTACTS, "the worker was killed after every call was already made"
    assert states == {"done": CONTACTS}, (states, logs)
    assert len(dialled) == CONTACTS and set(dialled.values()) == {1}, (dialled, logs)
    assert len(finished) == CONTACTS and set(finished.values()) == {1}
    print(f"killed after {killed_at} attempts; attempts given back and placed again: {dict(not_placed)}")


@pytest.mark.django_db
def test_a_daytime_zone_is_always_found(tenant_a):
    """(Also makes pytest-django create the test database when this module runs alone.)"""
    zone = ZoneInfo(daytime_zone())
    assert 9 <= datetime.now(UTC).astimezone(zone).hour < 18
