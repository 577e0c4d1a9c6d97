"""Serve the bundled demo websites, each on its own local port (`make run` starts this).

python -m knowledge.demo_sites.serve  -> dental on DEMO_SITE_PORT, home services on the next port.
"""

from __future__ import annotations

import functools
import os
import signal
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
VERTICALS = ("dental", "home_services")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(host: str, first_port: int) -> list[ThreadingHTTPServer]:
    servers = []
    for offset, vertical in enumerate(VERTICALS):
        handler = functools.partial(_Quiet, directory=str(HERE / vertical))
        server = ThreadingHTTPServer((host, first_port + offset), handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    return servers


def main() -> None:
    host = os.environ.get("DEMO_SITE_HOST", "127.0.0.1")
    port = int(os.environ.get("DEMO_SITE_PORT", "8765"))
    servers = serve(host, port)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    for server in servers:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
