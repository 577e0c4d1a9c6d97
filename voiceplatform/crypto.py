"""Encryption at rest for stored provider secrets (tenants' own Retell keys, calendar signing secrets).

Fernet, with rotation. ENCRYPTION_KEYS (comma-separated Fernet keys) names
the keys: the first encrypts, every one decrypts. Without it the key is
derived from SECRET_KEY, and one is derived from each SECRET_KEY_FALLBACKS
entry for decrypting, so SECRET_KEY is rotated the Django way (the old value
kept as a fallback) without losing a secret. `rotate_stored_secrets()` (the
`rotate_secrets` command) re-encrypts every stored secret under the current
first key, after which the old key can go.

Apps that store secrets register a rotator in `secret_rotators`:
`(rotate: Callable[[str], str]) -> int` re-encrypts its rows in the current
schema and returns how many it changed.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

from voiceplatform.plugins import Registry

# How a key is derived from SECRET_KEY (unchanged, so values stored before stay readable).
DERIVATION_PREFIX = "calls-encryption:"

secret_rotators = Registry("voiceplatform.secret_rotators")


class DecryptionError(ValueError):
    """No configured key can read the value (the key is gone, or the value was tampered with)."""


def _derived(secret_key: str) -> str:
    digest = hashlib.sha256((DERIVATION_PREFIX + secret_key).encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


def _keys() -> list[str]:
    keys = list(getattr(settings, "ENCRYPTION_KEYS", []))
    if keys:
        return keys
    return [_derived(settings.SECRET_KEY), *(_derived(old) for old in getattr(settings, "SECRET_KEY_FALLBACKS", []))]


def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in _keys()])


def encrypt(plaintext: str) -> str:
    return _fernet().encrypt(plaintext.encode()).decode()


def decrypt(token: str) -> str:
    """The plaintext, or DecryptionError when no configured key can read it."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise DecryptionError("cannot decrypt: the encryption key changed or the value was tampered with") from exc


def rotate(token: str) -> str:
    """The same plaintext encrypted under the current first key (DecryptionError when unreadable)."""
    try:
        return _fernet().rotate(token.encode()).decode()
    except InvalidToken as exc:
        raise DecryptionError("cannot re-encrypt: no configured key can read the value") from exc


def rotate_stored_secrets() -> int:
    """Re-encrypt, in the current schema, every secret the registered rotators hold; returns how many."""
    return sum(rotator(rotate) for rotator in secret_rotators)


Rotator = Callable[[Callable[[str], str]], int]
