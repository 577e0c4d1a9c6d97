"""Recordings: short-lived signed URLs and the stream behind them.

The API and the portal never hand out the provider's recording URL. They
give a signed URL on the tenant's host, valid for RECORDING_URL_TTL_SECONDS
and bound to the tenant, the call, the member and the mode (play inline or
download), whose view streams the audio from the provider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core import signing
from django.db import connection
from django.urls import reverse

from voiceplatform import http

SALT = "calls.recording"
SANDBOX_PATH = re.compile(r"^/hooks/voice-sandbox/recordings/(?P<call_id>[A-Za-z0-9_\-]+)\.wav$")


@dataclass(frozen=True)
class Grant:
    call_id: int
    user_id: int | None
    download: bool


def signed_path(*, call_id: int, user_id: int | None, download: bool) -> str:
    token = signing.dumps(
        {"s": connection.schema_name, "c": call_id, "u": user_id, "d": int(download)}, salt=SALT, compress=True
    )
    return reverse("calls:recording_stream", kwargs={"token": token})


def read_grant(token: str) -> Grant | None:
    """The grant in a token, if it is genuine, unexpired and for the current tenant."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.RECORDING_URL_TTL_SECONDS)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("s") != connection.schema_name or not isinstance(data.get("c"), int):
        return None
    return Grant(call_id=data["c"], user_id=data.get("u"), download=bool(data.get("d")))


def open_recording(url: str):
    """(content type, chunk iterator, close) for a recording URL.

    The sandbox's own recordings are made here rather than fetched, so a
    single-process development server never waits on itself.
    """
    parts = urlsplit(url)
    base = urlsplit(settings.PUBLIC_BASE_URL)
    match = SANDBOX_PATH.match(parts.path)
    if match and parts.netloc == base.netloc and settings.VOICE_PROVIDER == "sandbox":
        from calls.sandbox_media import recording_wav

        try:
            duration_ms = int(parse_qs(parts.query).get("ms", ["8000"])[0])
        except ValueError:
            duration_ms = 8000
        return "audio/wav", iter([recording_wav(match["call_id"], duration_ms)]), lambda: None
    response = http.open_stream(url)
    if response.status_code != 200:
        http.close_stream(response)
        raise OSError(f"the provider answered {response.status_code} for the recording")
    content_type = response.headers.get("content-type", "audio/mpeg")
    return content_type, response.iter_bytes(64 * 1024), lambda: http.close_stream(response)
