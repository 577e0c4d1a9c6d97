"""Standard Webhooks 1.0 signatures, plus the simple X-Webhook-* headers.

    webhook-signature: v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>

where the secret is `whsec_<base64 key>` and the key is its decoded bytes.
During a secret rotation's overlap both secrets sign (space-separated), so a
receiver holding either verifies. For receivers that want one header:

    X-Webhook-Signature: sha256=<hex HMAC-SHA256(secret string, "<X-Webhook-Timestamp>.<body>")>
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

PREFIX = "whsec_"
USER_AGENT = "VoicePlatform-Webhooks/1.0"


def secret_new() -> str:
    return PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def _key(secret: str) -> bytes:
    return base64.b64decode(secret.removeprefix(PREFIX))


def signature(secret: str, *, msg_id: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(_key(secret), f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def simple_signature(secret: str, *, timestamp: int, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def headers_for(*, secrets_: list[str], msg_id: str, timestamp: int, body: bytes, event_type: str) -> dict[str, str]:
    """Request headers for one attempt; the first secret is the current one."""
    return {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": " ".join(
            signature(secret, msg_id=msg_id, timestamp=timestamp, body=body) for secret in secrets_
        ),
        "X-Webhook-Event": event_type,
        "X-Webhook-Timestamp": str(timestamp),
        "X-Webhook-Signature": simple_signature(secrets_[0], timestamp=timestamp, body=body),
    }
