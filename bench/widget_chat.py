"""Chat answer latency through the widget's public endpoint (`POST /widget/<key>/messages`).

    .venv/bin/python bench/widget_chat.py [--keep] [--repeat R]

Creates a tenant `bench-widget` with one agent and its widget, and the
bundled dental demo site's 10 pages as text sources (indexed with the
offline embedder). Then 20 fixed visitor questions are asked R times each
(default 3, after one warming pass), each visitor asking 4 in a row, through
the Django test client with an allowed `Origin` — the whole path: origin
check, JSON boundary, rate limits, plan limit, the answer service
(escalation, custom answers, hybrid retrieval, extractive answerer), storing
both messages, the usage event. Prints p50/p95/p99 in ms. The tenant is
dropped unless --keep.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("WIDGET_CONVERSATIONS_PER_IP", "1000000")
os.environ.setdefault("WIDGET_MESSAGES_PER_VISITOR_MINUTE", "1000000")
os.environ.setdefault("WIDGET_MESSAGES_PER_IP_HOUR", "1000000")
os.environ.setdefault("CELERY_TASK_ALWAYS_EAGER", "1")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from calls.models import Agent  # noqa: E402
from knowledge.demo_sites import content_dental  # noqa: E402
from knowledge.services import sources  # noqa: E402
from knowledge.services import widget as widgets  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402

SLUG = "bench-widget"
SITE = "https://www.acme-dental.example"
QUESTIONS = [
    "where can I park",
    "how much is teeth whitening",
    "are you open on saturday",
    "do you see children",
    "what happens at the first visit",
    "can I pay in instalments",
    "do you take NHS patients",
    "how long does a hygiene visit take",
    "I chipped my tooth what should I do",
    "do you have evening appointments",
    "how much is a check-up",
    "what is your phone number",
    "are you near a tube station",
    "can nervous patients get help",
    "do you do invisalign",
    "how do I register as a new patient",
    "what does a crown cost",
    "is there wheelchair access",
    "do you open on sundays",
    "who are the dentists",
]


def setup() -> tuple[Tenant, str]:
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    tenant = Tenant.objects.filter(slug=SLUG).first()
    if tenant is None:
        tenant = tenant_create(
            slug=SLUG,
            name="Bench Widget Dental",
            owner_email=f"owner@{SLUG}.test",
            owner_password="bench-password-123",
            vertical="other",
            timezone_name="Europe/London",
        )
    with schema_context(tenant.schema_name):
        agent = Agent.objects.filter(name="Reception").first() or Agent.objects.create(name="Reception")
        if not agent.knowledge_sources.exists():
            for path, (title, html) in content_dental.PAGES.items():
                text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
                sources.source_create(kind="text", name=f"{title} ({path})", content=text, agents=[agent])
        widget = widgets.widget_update(widget=widgets.widget_for(agent), allowed_domains=[SITE])
        return tenant, widget.public_key


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    _tenant, key = setup()
    client = Client(HTTP_HOST=f"{SLUG}.localhost", HTTP_ORIGIN=SITE)
    url = f"/widget/{key}/messages"

    def ask_all() -> list[float]:
        timings = []
        visitor = ""
        for n, question in enumerate(QUESTIONS):
            if n % 4 == 0:
                visitor = client.post(f"/widget/{key}/session", {}, content_type="application/json").json()[
                    "visitor_id"
                ]
            started = time.perf_counter()
            response = client.post(url, {"visitor_id": visitor, "text": question}, content_type="application/json")
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"{response.status_code}: {response.content[:300]!r}")
        return timings

    try:
        ask_all()  # warm: embedder loaded, caches filled
        timings = []
        for _ in range(args.repeat):
            timings += ask_all()
        timings.sort()

        def pct(p: float) -> float:
            return timings[min(len(timings) - 1, round(p / 100 * (len(timings) - 1)))]

        print(f"widget chat answers: {len(timings)} requests, {len(content_dental.PAGES)} source pages")
        mean = statistics.mean(timings)
        print(f"p50 {pct(50):.1f} ms  p95 {pct(95):.1f} ms  p99 {pct(99):.1f} ms  mean {mean:.1f} ms")
    finally:
        if not args.keep:
            Tenant.objects.get(slug=SLUG).delete(force_drop=True)


if __name__ == "__main__":
    main()
