import pytest

from tests.knowledge.local_server import local_server


def html_page(title: str, body: str, *, links: tuple[str, ...] = (), head: str = "") -> str:
    nav = "".join(f'<a href="{href}">{href.strip("/") or "Home"}</a>' for href in links)
    return (
        f"<!doctype html><html><head><title>{title} | Test Site</title>{head}</head><body>"
        f'<header><nav class="menu">{nav}</nav></header>'
        '<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all</div>'
        f"<main>{body}</main>"
        "<footer><p>© 2025 Test Site Ltd. All rights reserved. Privacy policy. Terms.</p></footer>"
        "<script>window.tracking = true;</script></body></html>"
    )


@pytest.fixture
def site(settings):
    """site(routes) -> a local server whose origin the crawler is allowed to reach."""
    servers = []

    def start(routes: dict):
        context = local_server(routes)
        server = context.__enter__()
        servers.append(context)
        settings.CRAWLER_ALLOWED_ORIGINS = [server.origin]
        settings.CRAWLER_DELAY_SECONDS = 0.0
        return server

    yield start
    for context in servers:
        context.__exit__(None, None, None)


def page(title, body, links=(), head=""):
    html = html_page(title, body, links=links, head=head)
    return (200, {"Content-Type": "text/html; charset=utf-8"}, html)
