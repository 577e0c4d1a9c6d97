"""Crawl a website politely and safely: robots.txt, sitemap first, then same-origin links.

Every request goes through `voiceplatform.http.guarded_request` (addresses
checked after DNS and on every redirect). Fetching and extraction run in a
small thread pool with a minimum delay between requests to the host; results
come back to the caller's thread in order of completion, so database work
stays on one connection. Each URL ends as one `Fetched` with a status and,
for anything not indexed, a reason staff can read.
"""

from __future__ import annotations

import fnmatch
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from urllib import robotparser
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import httpx
from django.conf import settings

from knowledge import extract
from voiceplatform.http import URLRefused, guarded_request, origin_of

USER_AGENT = "VoicePlatformBot"
SKIPPED_EXTENSIONS = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".svg",
        ".ico",
        ".css",
        ".js",
        ".mjs",
        ".json",
        ".xml",
        ".zip",
        ".gz",
        ".tar",
        ".mp3",
        ".mp4",
        ".mov",
        ".avi",
        ".woff",
        ".woff2",
        ".ttf",
        ".eot",
        ".exe",
        ".dmg",
        ".iso",
        ".doc",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".rss",
        ".atom",
    ]
)


@dataclass
class Fetched:
    url: str
    depth: int
    status: str  # "ok" | "skipped" | "refused" | "failed" | "gone"
    reason: str = ""
    document: extract.Document | None = None


@dataclass
class CrawlPlan:
    start_url: str
    max_pages: int = 50
    max_depth: int = 3
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    follow_links: bool = True
    use_sitemap: bool = True
    allowed_origins: tuple[str, ...] = ()


def normalise_url(url: str) -> str:
    """Drop the fragment, lower-case scheme and host, keep path and query; an empty path becomes "/"."""
    url = urldefrag(url.strip())[0]
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def path_allowed(url: str, include: list[str], exclude: list[str]) -> bool:
    """Glob patterns on the path (`/blog/*`); include empty means everything."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    if include and not any(fnmatch.fnmatch(path, p) or path.startswith(p.rstrip("*")) for p in include):
        return False
    return not any(fnmatch.fnmatch(path, p) or (p.endswith("*") and path.startswith(p[:-1])) for p in exclude)


class _Politeness:
    """At least `delay` seconds between the start of two requests to the host."""

    def __init__(self, delay: float):
        self.delay = delay
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.delay
        if start > now:
            time.sleep(start - now)


class Crawler:
    def __init__(self, plan: CrawlPlan, *, fetch: Callable[..., object] = guarded_request):
        self.plan = plan
        self.origin = origin_of(plan.start_url)
        self._fetch = fetch
        self.robots: robotparser.RobotFileParser | None = None
        self.politeness = _Politeness(settings.CRAWLER_DELAY_SECONDS)

    def get(self, url: str, *, max_bytes: int | None = None):
        self.politeness.wait()
        return self._fetch(
            "GET",
            url,
            allowed_origins=self.plan.allowed_origins,
            headers={"User-Agent": f"{USER_AGENT}/1.0", "Accept": "text/html,application/xhtml+xml,*/*;q=0.5"},
            timeout=settings.CRAWLER_PAGE_TIMEOUT,
            max_bytes=max_bytes or settings.CRAWLER_MAX_PAGE_BYTES,
        )

    # --- robots.txt and sitemaps --------------------------------------------------------

    def load_robots(self) -> None:
        parser = robotparser.RobotFileParser()
        try:
            response = self.get(f"{self.origin_url}/robots.txt", max_bytes=500_000)
        except (URLRefused, httpx.HTTPError):
            parser.parse([])
        else:
            if response.status_code in (401, 403):
                parser.disallow_all = True
            elif response.status_code >= 400:
                parser.allow_all = True
            else:
                parser.parse(response.text.splitlines())
        self.robots = parser
        delay = parser.crawl_delay(USER_AGENT)
        if delay:
            self.politeness.delay = max(self.politeness.delay, min(float(delay), 10.0))

    @property
    def origin_url(self) -> str:
        parts = urlsplit(self.plan.start_url)
        return f"{parts.scheme.lower()}://{parts.netloc.lower()}"

    def robots_allow(self, url: str) -> bool:
        return self.robots is None or self.robots.can_fetch(USER_AGENT, url)

    def sitemap_urls(self) -> list[str]:
        listed = (self.robots.site_maps() if self.robots else None) or []
        candidates = [urljoin(self.origin_url + "/", u) for u in listed] or [f"{self.origin_url}/sitemap.xml"]
        found: list[str] = []
        seen_maps: set[str] = set()
        while candidates and len(seen_maps) < 10 and len(found) < self.plan.max_pages * 4:
            sitemap = candidates.pop(0)
            if sitemap in seen_maps or origin_of(sitemap) != self.origin:
                continue
            seen_maps.add(sitemap)
            try:
                response = self.get(sitemap)
            except (URLRefused, httpx.HTTPError):
                continue
            if response.status_code != 200:
                continue
            pages, nested = _sitemap_urls(response.content)
            found.extend(urljoin(sitemap, u) for u in pages)
            candidates.extend(urljoin(sitemap, u) for u in nested)
        return found

    # --- crawling -------------------------------------------------------------------------

    def fetch_page(self, url: str, depth: int) -> Fetched:
        try:
            response = self.get(url)
        except URLRefused as exc:
            return Fetched(url, depth, "refused", exc.reason)
        except httpx.TimeoutException:
            return Fetched(url, depth, "failed", "the page took too long to load")
        except httpx.HTTPError as exc:
            return Fetched(url, depth, "failed", f"could not connect ({type(exc).__name__})")
        if response.status_code in (404, 410):
            return Fetched(url, depth, "gone", f"the page no longer exists (HTTP {response.status_code})")
        if response.status_code >= 400:
            return Fetched(url, depth, "failed", f"the site answered HTTP {response.status_code}")
        if origin_of(response.url) != self.origin:
            return Fetched(url, depth, "skipped", f"redirects off the site to {response.url}")
        content_type = response.headers.get("content-type", "text/html").split(";")[0].strip().lower()
        try:
            if content_type in ("text/html", "application/xhtml+xml", ""):
                document = extract.from_html(response.content, response.url)
            elif content_type == "application/pdf":
                document = extract.from_pdf(response.content, urlsplit(url).path.rsplit("/", 1)[-1])
            elif content_type in ("text/plain", "text/markdown"):
                document = extract.from_text(response.content, urlsplit(url).path.rsplit("/", 1)[-1])
            else:
                return Fetched(url, depth, "skipped", f"not a page with text ({content_type})")
        except Exception as exc:  # noqa: BLE001 - a broken document is recorded on its page, never stops the crawl
            return Fetched(url, depth, "failed", f"the content could not be read ({type(exc).__name__})")
        return Fetched(url, depth, "ok", document=document)

    def _wanted(self, url: str) -> str | None:
        """Why a discovered URL is not fetched, or None."""
        if origin_of(url) != self.origin:
            return "another site"
        path = urlsplit(url).path.lower()
        if "." in path.rsplit("/", 1)[-1] and "." + path.rsplit(".", 1)[-1] in SKIPPED_EXTENSIONS:
            return "a file, not a page"
        if not path_allowed(url, self.plan.include, self.plan.exclude):
            return "excluded by the source's path patterns"
        return None

    def crawl(self) -> Iterator[Fetched]:
        """Yield one `Fetched` per URL considered, at most `max_pages` fetched."""
        plan = self.plan
        start = normalise_url(plan.start_url)
        self.load_robots()
        queue: list[tuple[str, int]] = [(start, 0)]
        seen: set[str] = {start}
        if plan.use_sitemap:
            for url in self.sitemap_urls():
                url = normalise_url(url)
                if url not in seen and self._wanted(url) is None:
                    seen.add(url)
                    queue.append((url, 1))
        fetched = 0
        canonical_seen: set[str] = set()
        running: dict[Future, tuple[str, int]] = {}
        with ThreadPoolExecutor(max_workers=max(1, settings.CRAWLER_CONCURRENCY)) as pool:
            while queue or running:
                while queue and len(running) < max(1, settings.CRAWLER_CONCURRENCY) and fetched < plan.max_pages:
                    url, depth = queue.pop(0)
                    if not self.robots_allow(url):
                        yield Fetched(url, depth, "skipped", "robots.txt asks crawlers not to fetch it")
                        continue
                    fetched += 1
                    running[pool.submit(self.fetch_page, url, depth)] = (url, depth)
                if not running:
                    break
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    url, depth = running.pop(future)
                    result = future.result()
                    document = result.document
                    if document is not None:
                        canonical = normalise_url(document.canonical_url) if document.canonical_url else url
                        duplicate = canonical in canonical_seen or canonical in seen
                        if origin_of(canonical) == self.origin and canonical != url and duplicate:
                            result = Fetched(url, depth, "skipped", f"duplicate of {canonical}")
                        canonical_seen.add(canonical)
                        if plan.follow_links and depth < plan.max_depth and not document.nofollow:
                            for link in document.links:
                                link = normalise_url(link)
                                if link not in seen and self._wanted(link) is None:
                                    seen.add(link)
                                    queue.append((link, depth + 1))
                        if document.noindex and result.status == "ok":
                            result = Fetched(url, depth, "skipped", "the page asks not to be indexed (noindex)")
                    yield result
        self.discovered = len(seen)


_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>", re.IGNORECASE)


def _sitemap_urls(content: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs). Read with a regex: no XML parser, so no entity tricks."""
    urls = [m.decode("utf-8", errors="replace").replace("&amp;", "&") for m in _LOC.findall(content[:10_000_000])]
    if b"<sitemapindex" in content[:2000].lower():
        return [], urls
    return urls, []
