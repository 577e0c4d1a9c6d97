"""Size of the chat widget's loader script (what every page of a customer's website downloads).

    .venv/bin/python bench/widget_loader.py

Renders `/widget/<key>.js` for a widget with a long title and prints its raw
and gzipped size (gzip -9 and gzip -6, as servers and CDNs compress), and the
same for the iframe's script and styles (downloaded once the chat opens,
cached for a year). The issue's target: loader under 10 KB gzipped.
"""

import gzip
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")

import django

django.setup()

from django.test import RequestFactory  # noqa: E402
from django.utils import timezone  # noqa: E402

from knowledge.models import ChatWidget, new_widget_key  # noqa: E402
from knowledge.widget_views import _asset, loader_source  # noqa: E402

TARGET = 10 * 1024


def sizes(text: str) -> tuple[int, int, int]:
    raw = text.encode()
    return len(raw), len(gzip.compress(raw, 9)), len(gzip.compress(raw, 6))


def main() -> None:
    widget = ChatWidget(
        public_key=new_widget_key(),
        title="Chat with Acme Dental's front desk",
        primary_color="#0f766e",
        position="right",
        updated_at=timezone.now(),
    )
    request = RequestFactory().get("/", HTTP_HOST="acme.localhost")
    rows = [("loader /widget/<key>.js", loader_source(request, widget))]
    rows += [(f"iframe {name}", _asset(name)[0]) for name in ("frame.js", "frame.css")]
    print(f"{'file':28} {'raw B':>8} {'gzip -9 B':>10} {'gzip -6 B':>10}")
    for name, text in rows:
        raw, best, default = sizes(text)
        print(f"{name:28} {raw:8d} {best:10d} {default:10d}")
    loader_gzip = sizes(rows[0][1])[2]
    verdict = "met" if loader_gzip < TARGET else "NOT met"
    print(f"loader gzipped: {loader_gzip} bytes (target < {TARGET}: {verdict})")


if __name__ == "__main__":
    main()
