import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from knowledge.demo_sites.serve import HERE


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def demo_site(settings):
    """The bundled dental demo website on 127.0.0.1, which the crawler is allowed to read."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(HERE / "dental")))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    settings.CRAWLER_ALLOWED_ORIGINS = [origin]
    settings.CRAWLER_DELAY_SECONDS = 0.0
    yield origin
    server.shutdown()
    server.server_close()
