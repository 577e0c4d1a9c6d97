"""End-to-end ingest of a 100-page local website with the offline embedder.

    .venv/bin/python bench/knowledge_ingest.py [--pages N]

Serves N pages (default 100; the bundled sites' pages, repeated under new
paths with their own titles, linked from a home page and listed in the
sitemap) from a server on 127.0.0.1, creates a website source in a fresh
tenant `bench-ingest`, and times `source_sync`: robots.txt, sitemap, crawl,
extraction, chunking, WordLlama embeddings, indexing. Then times a re-sync
where nothing changed. The tenant is dropped afterwards.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
os.environ.setdefault("DEBUG", "0")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from knowledge.demo_sites.build import SITES, render  # noqa: E402
from knowledge.models import Chunk, Source  # noqa: E402
from knowledge.services import sources  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402
from tests.knowledge.local_server import local_server  # noqa: E402

SLUG = "bench-ingest"


def site(pages: int) -> dict:
    originals = []
    for module in [*SITES.values(), "tests.knowledge.eval_content"]:
        originals += [(p, body) for p, (kind, body) in render(module).items() if kind.startswith("text/html")]
    routes = {}
    links = []
    for index in range(pages - 1):
        path, body = originals[index % len(originals)]
        new_path = f"/section-{index // len(originals)}{path}"
        body = body.replace("<h1>", f"<h1>Branch {index // len(originals)}: ", 1)
        # Each copy is its own page here, not a duplicate of the original.
        body = body.replace('<link rel="canonical"', '<link rel="alternate"')
        routes[new_path] = (200, {"Content-Type": "text/html; charset=utf-8"}, body)
        links.append(new_path)
    home = "<html><head><title>Home</title></head><body><main><h1>Our group</h1><p>Pages below.</p>"
    home += "".join(f'<a href="{link}">{link}</a> ' for link in links) + "</main></body></html>"
    routes["/"] = (200, {"Content-Type": "text/html; charset=utf-8"}, home)
    routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, "User-agent: *\nAllow: /\n")
    return routes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    Tenant.objects.filter(slug=SLUG).first() and Tenant.objects.get(slug=SLUG).delete(force_drop=True)
    tenant = tenant_create(
        slug=SLUG, name="Bench Ingest", owner_email=f"owner@{SLUG}.test", owner_password="bench-pass-123"
    )
    try:
        with local_server(site(args.pages)) as server, schema_context(tenant.schema_name):
            settings.CRAWLER_ALLOWED_ORIGINS = [server.origin]
            source = Source.objects.create(
                kind="website", name="Bench site", url=server.origin + "/", max_pages=args.pages, max_depth=2
            )
            started = time.monotonic()
            sources.source_sync(source_id=source.pk)
            first = time.monotonic() - started
            source.refresh_from_db()
            print(f"first sync: {first:.1f} s, status {source.status}, pages indexed {source.pages_indexed}, "
                  f"chunks {Chunk.objects.filter(source=source).count()}, requests {len(server.seen)}")  # fmt: skip
            Source.objects.filter(pk=source.pk).update(status="queued")
            started = time.monotonic()
            sources.source_sync(source_id=source.pk)
            again = time.monotonic() - started
            statuses = set(source.pages.values_list("status", flat=True))
            print(f"re-sync with nothing changed: {again:.1f} s, page statuses {sorted(statuses)}")
            print(
                f"crawler: concurrency {settings.CRAWLER_CONCURRENCY}, "
                f"delay {settings.CRAWLER_DELAY_SECONDS} s between requests"
            )
    finally:
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)


if __name__ == "__main__":
    main()
