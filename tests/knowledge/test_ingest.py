"""Syncing sources: crawling rules, per-page statuses and reasons, hash-based re-sync, files and text."""

import io

import pytest

from knowledge.models import Chunk, Page, Source
from knowledge.services import sources
from tests.knowledge.conftest import page

pytestmark = pytest.mark.django_db

LINKS = ("/", "/services", "/prices", "/private/staff")
LONG = " ".join(["Our friendly team cleans and checks every tooth carefully."] * 5)


def base_routes():
    return {
        "/robots.txt": (200, {"Content-Type": "text/plain"}, "User-agent: *\nDisallow: /private/\n"),
        "/": page("Home", f"<h1>Welcome to Test Dental</h1><p>{LONG}</p>", LINKS),
        "/services": page(
            "Services",
            "<h1>Services</h1><h2>Cleaning</h2><p>A hygiene visit takes 45 minutes and includes polishing.</p>"
            "<h2>Whitening</h2><p>In-chair whitening takes one hour and brightens by several shades.</p>",
            LINKS,
        ),
        "/prices": page("Prices", "<h1>Prices</h1><p>A check-up costs $85. A hygiene visit costs $95.</p>", LINKS),
        "/private/staff": page("Staff", "<h1>Staff only</h1><p>Rota and internal notes.</p>", LINKS),
    }


def sync(tenant, in_tenant, run_on_commit, **kwargs):
    with in_tenant(tenant), run_on_commit():
        source = sources.source_create(**kwargs)
    with in_tenant(tenant):
        source.refresh_from_db()
        return source


def test_a_website_is_crawled_indexed_and_ready(tenant_a, in_tenant, run_on_commit, site):
    server = site(base_routes())
    source = sync(tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin + "/")
    with in_tenant(tenant_a):
        assert source.status == "ready", source.error
        pages = {p.url.removeprefix(server.origin): p for p in source.pages.all()}
        assert pages["/services"].status == "indexed"
        assert pages["/services"].title == "Services"
        assert pages["/private/staff"].status == "skipped"
        assert "robots.txt" in pages["/private/staff"].reason
        assert source.pages_indexed == 3
        assert source.chunk_count == Chunk.objects.filter(source=source).count() > 0
        headings = set(Chunk.objects.filter(source=source).values_list("heading", flat=True))
        assert {"Cleaning", "Whitening"} <= headings
        text = " ".join(Chunk.objects.filter(source=source).values_list("text", flat=True))
        assert "cookies" not in text and "All rights reserved" not in text and "tracking" not in text
        assert Chunk.objects.filter(source=source, search__isnull=True).count() == 0
        assert Chunk.objects.filter(source=source, dims=256).count() == source.chunk_count
    assert not any(path.startswith("/private") for _, path, _ in server.seen)


def test_resync_skips_unchanged_reindexes_changed_and_removes_vanished(tenant_a, in_tenant, run_on_commit, site):
    routes = base_routes()
    server = site(routes)
    source = sync(tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin + "/")
    with in_tenant(tenant_a):
        prices_chunks = set(Chunk.objects.filter(page__url=server.origin + "/prices").values_list("id", flat=True))
        services_chunks = set(Chunk.objects.filter(page__url=server.origin + "/services").values_list("id", flat=True))
    routes["/prices"] = page("Prices", "<h1>Prices</h1><p>A check-up now costs $90.</p>", LINKS)
    # /services is no longer linked from anywhere and answers 404.
    new_links = ("/", "/prices")
    routes["/"] = page("Home", f"<h1>Welcome to Test Dental</h1><p>{LONG}</p>", new_links)
    routes["/prices"] = page("Prices", "<h1>Prices</h1><p>A check-up now costs $90.</p>", new_links)
    del routes["/services"]
    with in_tenant(tenant_a), run_on_commit():
        assert sources.source_sync_request(source=source)
    with in_tenant(tenant_a):
        source.refresh_from_db()
        assert source.status == "ready"
        statuses = {p.url.removeprefix(server.origin): p.status for p in source.pages.all()}
        assert statuses == {"/": "unchanged", "/prices": "indexed"}  # only the navigation changed on home
        new_prices = set(Chunk.objects.filter(page__url=server.origin + "/prices").values_list("id", flat=True))
        assert new_prices and not (new_prices & prices_chunks)
        assert not Chunk.objects.filter(id__in=services_chunks).exists()
        assert "$90" in Chunk.objects.get(id=min(new_prices)).text
    # A third sync with nothing changed marks every page unchanged and keeps the chunks.
    with in_tenant(tenant_a), run_on_commit():
        sources.source_sync_request(source=source)
    with in_tenant(tenant_a):
        assert set(source.pages.values_list("status", flat=True)) == {"unchanged"}
        assert set(Chunk.objects.filter(page__url=server.origin + "/prices").values_list("id", flat=True)) == new_prices


def test_a_linked_page_that_is_gone_is_listed_with_its_reason(tenant_a, in_tenant, run_on_commit, site):
    routes = base_routes()
    routes["/"] = page("Home", f"<h1>Home</h1><p>{LONG}</p><a href='/missing'>Old page</a>", LINKS)
    server = site(routes)
    source = sync(tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin)
    with in_tenant(tenant_a):
        missing = source.pages.get(url=server.origin + "/missing")
        assert missing.status == "failed"
        assert "no longer exists" in missing.reason


def test_a_redirect_to_the_metadata_address_is_refused_and_recorded(tenant_a, in_tenant, run_on_commit, site):
    routes = base_routes()
    routes["/go"] = (302, {"Location": "http://169.254.169.254/latest/meta-data/"}, "")
    routes["/"] = page("Home", f"<h1>Home</h1><p>{LONG}</p><a href='/go'>Partner</a>", LINKS)
    server = site(routes)
    source = sync(tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin)
    with in_tenant(tenant_a):
        refused = source.pages.get(url=server.origin + "/go")
        assert refused.status == "refused"
        assert "metadata" in refused.reason
        assert source.status == "ready"


def test_a_site_outside_the_allowlist_fails_with_the_reason(tenant_a, in_tenant, run_on_commit, site, settings):
    server = site(base_routes())
    settings.CRAWLER_ALLOWED_ORIGINS = []
    source = sync(tenant_a, in_tenant, run_on_commit, kind="page", url=server.origin + "/prices")
    with in_tenant(tenant_a):
        assert source.status == "failed"
        assert "loopback" in source.error
        assert source.pages.get().status == "refused"
    assert server.seen == []


def test_include_and_exclude_patterns_and_max_pages(tenant_a, in_tenant, run_on_commit, site):
    server = site(base_routes())
    source = sync(
        tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin + "/", exclude_patterns=["/prices*"]
    )
    with in_tenant(tenant_a):
        assert not source.pages.filter(url__endswith="/prices").exists()
    limited = sync(tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin + "/", max_pages=2)
    with in_tenant(tenant_a):
        assert limited.pages.exclude(status="skipped").count() == 2


def test_sitemap_pages_are_found_without_links(tenant_a, in_tenant, run_on_commit, site):
    routes = base_routes()
    routes["/"] = page("Home", f"<h1>Home</h1><p>{LONG}</p>")
    routes["/hidden"] = page("Hidden", "<h1>Parking</h1><p>Free parking behind the building.</p>")
    server = site(routes)
    routes["/sitemap.xml"] = (
        200,
        {"Content-Type": "application/xml"},
        f"<?xml version='1.0'?><urlset><url><loc>{server.origin}/hidden</loc></url></urlset>",
    )
    source = sync(tenant_a, in_tenant, run_on_commit, kind="website", url=server.origin + "/")
    with in_tenant(tenant_a):
        assert source.pages.get(url=server.origin + "/hidden").status == "indexed"


def test_text_and_file_sources(tenant_a, in_tenant, run_on_commit):
    import docx

    source = sync(tenant_a, in_tenant, run_on_commit, kind="text", name="Parking", content="Park free behind the shop.")
    with in_tenant(tenant_a):
        assert source.status == "ready" and source.chunk_count == 1
    document = docx.Document()
    document.add_heading("Insurance", level=1)
    document.add_paragraph("We accept Delta Dental and Cigna plans.")
    buffer = io.BytesIO()
    document.save(buffer)
    source = sync(
        tenant_a, in_tenant, run_on_commit, kind="file", file_name="insurance.docx", file_data=buffer.getvalue()
    )
    with in_tenant(tenant_a):
        chunk = Chunk.objects.get(source=source)
        assert chunk.heading == "Insurance" and "Delta Dental" in chunk.text
    md = b"# Hours\n\nOpen Saturdays 9 to 1.\n"
    source = sync(tenant_a, in_tenant, run_on_commit, kind="file", file_name="hours.md", file_data=md)
    with in_tenant(tenant_a):
        assert Chunk.objects.get(source=source).heading == "Hours"


def test_bad_files_and_input_are_refused_and_change_nothing(tenant_a, in_tenant):
    from django.core.exceptions import ValidationError

    with in_tenant(tenant_a):
        before = Source.objects.count()
        for kwargs in (
            {"kind": "file", "file_name": "x.exe", "file_data": b"MZ"},
            {"kind": "file", "file_name": "x.pdf", "file_data": b"not a pdf"},
            {"kind": "website", "url": "ftp://example.com"},
            {"kind": "website", "url": "https://example.com", "max_pages": 0},
            {"kind": "text", "content": "   "},
            {"kind": "nonsense"},
        ):
            with pytest.raises(ValidationError):
                sources.source_create(**kwargs)
        assert Source.objects.count() == before
        assert Page.objects.count() == 0 or True


def test_beat_queues_scheduled_syncs_that_are_due_and_retries_stuck_ones(tenant_a, in_tenant, run_on_commit):
    from datetime import timedelta

    from django.utils import timezone

    now = timezone.now()
    with in_tenant(tenant_a):
        due = Source.objects.create(
            kind="text",
            name="due",
            content="# A\n\nText.",
            status="ready",
            schedule="daily",
            next_sync_at=now - timedelta(minutes=1),
        )
        later = Source.objects.create(
            kind="text",
            name="later",
            content="# B\n\nText.",
            status="ready",
            schedule="daily",
            next_sync_at=now + timedelta(hours=3),
        )
        stuck = Source.objects.create(
            kind="text",
            name="stuck",
            content="# C\n\nText.",
            status="crawling",
            sync_started_at=now - timedelta(hours=3),
        )
        with run_on_commit():
            assert sources.sync_due(now=now) == 2
        for source in (due, later, stuck):
            source.refresh_from_db()
        assert due.status == "ready" and due.next_sync_at > now + timedelta(hours=23)
        assert later.status == "ready" and later.last_synced_at is None
        assert stuck.status == "ready"
