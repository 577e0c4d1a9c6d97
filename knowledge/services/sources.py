"""Sources: create, change, delete, and sync them (crawl or read, then index page by page with live counts)."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from knowledge import extract
from knowledge.crawler import Crawler, CrawlPlan, Fetched, normalise_url
from knowledge.models import Page, PageStatus, Source, SourceKind, SourceStatus, SyncSchedule
from knowledge.services import indexing
from voiceplatform.http import configured_allowed_origins
from voiceplatform.tasks import enqueue_on_commit

logger = logging.getLogger(__name__)

SCHEDULE_INTERVALS = {
    SyncSchedule.DAILY: timedelta(days=1),
    SyncSchedule.WEEKLY: timedelta(days=7),
    SyncSchedule.MONTHLY: timedelta(days=30),
}
MAX_PAGES_LIMIT = 1000
MAX_DEPTH_LIMIT = 10
STUCK_AFTER = timedelta(hours=2)


def _clean_url(url: str) -> str:
    url = (url or "").strip()
    if not url:
        raise ValidationError({"url": "Enter the address of the website or page."})
    if "://" not in url:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:(?!\d)", url):
            raise ValidationError({"url": "Enter an http:// or https:// address."})
        url = "https://" + url
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises for a malformed port
    except ValueError as exc:
        raise ValidationError({"url": "The address has an invalid port."}) from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError({"url": "Enter an http:// or https:// address."})
    url = normalise_url(url)
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError as exc:
        raise ValidationError({"url": "That is not a valid web address."}) from exc
    return url


def _check_limits(max_pages: int, max_depth: int) -> None:
    errors = {}
    if not 1 <= max_pages <= MAX_PAGES_LIMIT:
        errors["max_pages"] = f"Choose between 1 and {MAX_PAGES_LIMIT} pages."
    if not 0 <= max_depth <= MAX_DEPTH_LIMIT:
        errors["max_depth"] = f"Choose a depth between 0 and {MAX_DEPTH_LIMIT}."
    if errors:
        raise ValidationError(errors)


def _patterns(values, field: str) -> list[str]:
    values = [v.strip() for v in (values or []) if v and v.strip()]
    for value in values:
        if not value.startswith("/"):
            raise ValidationError({field: f"Patterns are paths starting with /, e.g. /blog/* (not {value!r})."})
    return values


def _next_sync(schedule: str, now=None):
    interval = SCHEDULE_INTERVALS.get(schedule)
    return (now or timezone.now()) + interval if interval else None


@transaction.atomic
def source_create(
    *,
    kind: str,
    name: str = "",
    url: str = "",
    max_pages: int = 50,
    max_depth: int = 3,
    include_patterns=None,
    exclude_patterns=None,
    schedule: str = SyncSchedule.NEVER,
    content: str = "",
    file_name: str = "",
    file_data: bytes | None = None,
    agents=None,
) -> Source:
    """Create a source and queue its first sync. Files are read now, so a bad file is refused at once."""
    if kind not in SourceKind.values:
        raise ValidationError({"kind": f"Choose one of: {', '.join(SourceKind.values)}."})
    if schedule not in SyncSchedule.values:
        raise ValidationError({"schedule": f"Choose one of: {', '.join(SyncSchedule.values)}."})
    if kind in (SourceKind.WEBSITE, SourceKind.PAGE):
        url = _clean_url(url)
        _check_limits(max_pages, max_depth)
        name = name.strip() or urlsplit(url).hostname + (urlsplit(url).path if kind == SourceKind.PAGE else "")
        content = ""
    elif kind == SourceKind.FILE:
        if file_data is None:
            raise ValidationError({"file": "Choose a file to upload."})
        if len(file_data) > settings.KNOWLEDGE_MAX_UPLOAD_BYTES:
            raise ValidationError({"file": f"Files up to {settings.KNOWLEDGE_MAX_UPLOAD_BYTES // 1_000_000} MB."})
        document = extract.from_file(file_data, file_name or "upload.txt")
        content = document.text
        name = name.strip() or file_name
        url = ""
    else:
        content = extract.normalise_text(content or "")
        if not content:
            raise ValidationError({"content": "Paste the text to add."})
        name = name.strip() or content.split("\n", 1)[0][:80]
        url = ""
    source = Source.objects.create(
        kind=kind,
        name=name[:200],
        url=url,
        max_pages=1 if kind == SourceKind.PAGE else max_pages,
        max_depth=0 if kind == SourceKind.PAGE else max_depth,
        include_patterns=_patterns(include_patterns, "include_patterns"),
        exclude_patterns=_patterns(exclude_patterns, "exclude_patterns"),
        schedule=schedule,
        content=content,
        file_name=file_name[:255],
        status=SourceStatus.QUEUED,
    )
    if agents:
        source.agents.set(agents)
    _enqueue(source)
    return source


SOURCE_EDITABLE = {"name", "max_pages", "max_depth", "include_patterns", "exclude_patterns", "schedule", "agents"}


@transaction.atomic
def source_update(*, source: Source, **changes) -> Source:
    unknown = set(changes) - SOURCE_EDITABLE
    if unknown:
        raise ValidationError(dict.fromkeys(unknown, "This field cannot be changed."))
    agents = changes.pop("agents", None)
    if "schedule" in changes and changes["schedule"] not in SyncSchedule.values:
        raise ValidationError({"schedule": f"Choose one of: {', '.join(SyncSchedule.values)}."})
    for field in ("include_patterns", "exclude_patterns"):
        if field in changes:
            changes[field] = _patterns(changes[field], field)
    for field, value in changes.items():
        setattr(source, field, value)
    if source.kind == SourceKind.WEBSITE:
        _check_limits(source.max_pages, source.max_depth)
    if "name" in changes and not source.name.strip():
        raise ValidationError({"name": "Give the source a name."})
    if "schedule" in changes:
        source.next_sync_at = _next_sync(source.schedule, source.last_synced_at or timezone.now())
    source.save()
    if agents is not None:
        source.agents.set(agents)
    return source


@transaction.atomic
def source_delete(*, source: Source) -> None:
    source.delete()


def source_sync_request(*, source: Source) -> bool:
    """ "Sync now": queue a sync unless one is queued or running. Returns whether one was queued."""
    claimed = (
        Source.objects.filter(pk=source.pk)
        .exclude(status__in=[SourceStatus.QUEUED, SourceStatus.CRAWLING, SourceStatus.INDEXING])
        .update(status=SourceStatus.QUEUED, error="")
    )
    if claimed:
        source.refresh_from_db()
        _enqueue(source)
    return bool(claimed)


def _enqueue(source: Source) -> None:
    from knowledge import tasks

    enqueue_on_commit(tasks.sync_source, source.pk)


# --- the sync itself --------------------------------------------------------------------


def _bump(source: Source, **counters) -> None:
    """Update live counters in one statement (the portal polls them)."""
    Source.objects.filter(pk=source.pk).update(**{k: F(k) + v for k, v in counters.items()}, updated_at=timezone.now())


def _record(source: Source, previous: dict[str, Page], fetched: Fetched) -> str:
    """Store one crawled URL on the page list (and in the index); returns its page status."""
    page = previous.get(fetched.url) or Page(source=source, url=fetched.url, depth=fetched.depth)
    page.depth = fetched.depth
    if fetched.status == "ok":
        document = fetched.document
        if not document.text.strip():
            status, reason = PageStatus.SKIPPED, "no text found on the page"
        else:
            digest = extract.content_hash(f"{document.title}\n{document.text}")
            page.title = document.title[:500]
            if page.pk and page.content_hash == digest and page.status in (PageStatus.INDEXED, PageStatus.UNCHANGED):
                status, reason = PageStatus.UNCHANGED, ""
            else:
                page.content_hash = digest
                page.status = PageStatus.INDEXED
                page.save()
                page.chunk_count = indexing.page_index(page=page, title=page.title, text=document.text)
                status, reason = PageStatus.INDEXED, ""
    else:
        status = {"refused": PageStatus.REFUSED, "skipped": PageStatus.SKIPPED}.get(fetched.status, PageStatus.FAILED)
        reason = fetched.reason
        # A page that is gone, refused or skipped now has nothing to say; a transient failure keeps what it had.
        if page.pk and fetched.status != "failed":
            page.chunks.all().delete()
            page.chunk_count = 0
            page.content_hash = ""
    page.status, page.reason = status, reason[:500]
    page.save()
    return status


def _document_pages(source: Source):
    """File and text sources are one page with the stored text."""
    yield Fetched(url="", depth=0, status="ok", document=extract.Document(title=source.name, text=source.content))


def source_sync(*, source_id: int) -> Source | None:
    """Run a queued sync: fetch, record each page, remove vanished pages, then mark ready (or failed)."""
    now = timezone.now()
    claimed = Source.objects.filter(pk=source_id, status=SourceStatus.QUEUED).update(
        status=SourceStatus.CRAWLING,
        sync_started_at=now,
        pages_found=0,
        pages_done=0,
        pages_indexed=0,
        pages_failed=0,
        error="",
    )
    if not claimed:
        return None
    source = Source.objects.get(pk=source_id)
    previous = {page.url: page for page in source.pages.all()}
    seen: set[str] = set()
    ok_pages = 0
    first_problem = ""
    try:
        if source.kind in (SourceKind.WEBSITE, SourceKind.PAGE):
            crawler = Crawler(
                CrawlPlan(
                    start_url=source.url,
                    max_pages=source.max_pages,
                    max_depth=source.max_depth,
                    include=source.include_patterns,
                    exclude=source.exclude_patterns,
                    follow_links=source.kind == SourceKind.WEBSITE,
                    use_sitemap=source.kind == SourceKind.WEBSITE,
                    allowed_origins=configured_allowed_origins(),
                )
            )
            results = crawler.crawl()
        else:
            Source.objects.filter(pk=source.pk).update(status=SourceStatus.INDEXING)
            results = _document_pages(source)
        for fetched in results:
            if fetched.url in seen:
                continue
            seen.add(fetched.url)
            _bump(source, pages_found=1)
            status = _record(source, previous, fetched)
            ok = status in (PageStatus.INDEXED, PageStatus.UNCHANGED)
            ok_pages += ok
            if not ok and not first_problem:
                first_problem = fetched.reason
            _bump(
                source,
                pages_done=1,
                pages_indexed=int(ok),
                pages_failed=int(status in (PageStatus.FAILED, PageStatus.REFUSED)),
            )
        Source.objects.filter(pk=source.pk).update(status=SourceStatus.INDEXING)
        vanished = [page.pk for url, page in previous.items() if url not in seen]
        Page.objects.filter(pk__in=vanished).delete()
    except Exception as exc:
        logger.exception("sync of knowledge source %s failed", source_id)
        Source.objects.filter(pk=source.pk).update(
            status=SourceStatus.FAILED, error=f"The sync stopped: {type(exc).__name__}"
        )
        return Source.objects.get(pk=source.pk)
    finished = timezone.now()
    source.refresh_from_db()
    source.chunk_count = indexing.source_chunk_count(source)
    source.last_synced_at = finished
    source.next_sync_at = _next_sync(source.schedule, finished)
    if ok_pages:
        source.status, source.error = SourceStatus.READY, ""
    else:
        source.status = SourceStatus.FAILED
        source.error = (first_problem or "No page with text was found.")[:500]
    source.save()
    return source


def sources_due(now=None):
    now = now or timezone.now()
    return Source.objects.filter(next_sync_at__lte=now).exclude(schedule=SyncSchedule.NEVER)


def sync_due(*, now=None) -> int:
    """Beat, per tenant: queue scheduled syncs that are due, and retry syncs stuck after a worker died."""
    now = now or timezone.now()
    queued = 0
    for source in sources_due(now).exclude(
        status__in=[SourceStatus.QUEUED, SourceStatus.CRAWLING, SourceStatus.INDEXING]
    ):
        queued += source_sync_request(source=source)
    stuck = Source.objects.filter(
        status__in=[SourceStatus.CRAWLING, SourceStatus.INDEXING], sync_started_at__lt=now - STUCK_AFTER
    )
    for source in stuck:
        if Source.objects.filter(pk=source.pk, status=source.status).update(status=SourceStatus.QUEUED):
            _enqueue(source)
            queued += 1
    return queued
