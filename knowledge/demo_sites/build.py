"""Render a small static website from a content module (title, nav, pages) into a folder.

The demo sites (and the evaluation site in tests/) are written as data, one
module per site, and rendered here into plain HTML files with the clutter a
real small-business site has (menu, cookie banner, footer, script), plus
robots.txt and sitemap.xml. Run: python -m knowledge.demo_sites.build
"""

from __future__ import annotations

import html
import importlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SITES = {"dental": "knowledge.demo_sites.content_dental", "home_services": "knowledge.demo_sites.content_home_services"}


def _layout(site, page_title: str, body: str, path: str) -> str:
    nav = "".join(
        f'<li><a href="{href}"{" aria-current=page" if href == path else ""}>{html.escape(label)}</a></li>'
        for label, href in site.NAV
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(page_title)} | {html.escape(site.NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{path}">
<style>body{{font-family:system-ui,sans-serif;max-width:860px;margin:0 auto;padding:0 1rem;line-height:1.5}}
nav ul{{display:flex;flex-wrap:wrap;gap:.8rem;list-style:none;padding:0}}
.cookie-banner{{background:#fffbe6;padding:.5rem}}
table{{border-collapse:collapse}} td,th{{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}}</style>
</head><body>
<div class="cookie-banner" id="cookie-consent">We use cookies to give you the best experience on our website.
<button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{html.escape(site.NAME)}</a>
<nav class="main-nav" aria-label="Main"><ul>{nav}</ul></nav>
<p class="header-phone">Call us: {html.escape(site.PHONE)}</p></header>
<main id="content">
{body}
</main>
<footer class="site-footer"><p>{html.escape(site.NAME)} · {html.escape(site.ADDRESS)} · {html.escape(site.PHONE)}</p>
<p>© 2025 {html.escape(site.NAME)}. All rights reserved. <a href="/privacy/">Privacy policy</a> ·
<a href="/terms/">Terms of use</a></p></footer>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</body></html>
"""


def render(module_name: str, origin: str = "") -> dict[str, tuple[str, str]]:
    """{path: (content type, body)} for every page, robots.txt and sitemap.xml of a content module."""
    site = importlib.import_module(module_name)
    files = {
        path: ("text/html; charset=utf-8", _layout(site, title, body.strip(), path))
        for path, (title, body) in site.PAGES.items()
    }
    files["/robots.txt"] = ("text/plain", "User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml\n")
    urls = "".join(f"<url><loc>{origin}{path}</loc></url>" for path in site.PAGES)
    files["/sitemap.xml"] = (
        "application/xml",
        f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
    )
    return files


def build(module_name: str, target: Path) -> int:
    """Write the site as static files (`/x/` -> `x/index.html`); returns the number of pages."""
    pages = 0
    for path, (content_type, body) in render(module_name).items():
        is_page = content_type.startswith("text/html")
        file = target / path.strip("/") / "index.html" if is_page else target / path.strip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(body, encoding="utf-8")
        pages += is_page
    return pages


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    for name, module in SITES.items():
        print(name, build(module, HERE / name))
