"""Encryption at rest for provider signing secrets, so database dumps do not carry them.

The key is derived from SECRET_KEY (HKDF-SHA256); rotating SECRET_KEY means
entering the signing secrets again.
"""

from __future__ import annotations

import base64
import functools

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings


@functools.cache
def _fernet(secret_key: str) -> Fernet:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"appointments.integration-secrets").derive(
        secret_key.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))


def encrypt(value: str) -> str:
    return _fernet(settings.SECRET_KEY).encrypt(value.encode()).decode()


def decrypt(value: str) -> str:
    """The plain secret, or "" when it cannot be read (e.g. SECRET_KEY changed)."""
    if not value:
        return ""
    try:
        return _fernet(settings.SECRET_KEY).decrypt(value.encode()).decode()
    except InvalidToken:
        return ""
