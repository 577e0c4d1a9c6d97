"""The voice sandbox played in-process, for the calls and campaigns tests.

Its webhooks go through Django's test client, so every delivery stays inside
the test's transaction (and sees the test's data) while the signed requests
still pass the real URL routing, middleware and views.
"""

import json
from urllib.parse import urlsplit

from django.db import connection
from django.test import Client


def use_sandbox(settings) -> None:
    """The sandbox, whatever the environment says (a developer may have a real key set)."""
    settings.VOICE_PROVIDER = "sandbox"
    settings.RETELL_API_KEY = settings.SANDBOX_RETELL_API_KEY
    settings.RETELL_BASE_URL = ""
    settings.PUBLIC_BASE_URL = "http://localhost:8000"


def deliver_through_test_client(monkeypatch) -> list[dict]:
    """Route the sandbox's HTTP posts through the test client; returns the list of what was sent."""
    sent = []

    def post_json(url, *, body, headers, timeout=10.0):
        parts = urlsplit(url)
        extra = {"HTTP_" + key.upper().replace("-", "_"): value for key, value in headers.items()}
        schema = connection.schema_name
        try:
            response = Client(HTTP_HOST=parts.hostname).post(
                parts.path + (f"?{parts.query}" if parts.query else ""),
                data=body.encode("utf-8"),
                content_type="application/json",
                **extra,
            )
        finally:
            connection.set_schema(schema)
        sent.append({"url": url, "body": json.loads(body), "status": response.status_code})
        return response.status_code, response.content.decode()

    monkeypatch.setattr("voiceplatform.http.post_json", post_json)
    return sent
