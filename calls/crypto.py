"""Encryption at rest for tenants' provider keys (Fernet).

Keys come from CALLS_ENCRYPTION_KEYS (the first encrypts, all decrypt, so a
key can be rotated); without them one is derived from SECRET_KEY.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings


def _fernet() -> MultiFernet:
    keys = list(settings.CALLS_ENCRYPTION_KEYS)
    if not keys:
        digest = hashlib.sha256(("calls-encryption:" + settings.SECRET_KEY).encode()).digest()
        keys = [base64.urlsafe_b64encode(digest).decode()]
    return MultiFernet([Fernet(key) for key in keys])


def encrypt(plaintext: str) -> str:
    return _fernet().encrypt(plaintext.encode()).decode()


def decrypt(token: str) -> str:
    """The plaintext, or ValueError when no configured key can read it."""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken as exc:
        raise ValueError("cannot decrypt: the encryption key changed or the value was tampered with") from exc
