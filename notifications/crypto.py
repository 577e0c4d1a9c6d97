"""Encryption at rest for webhook signing secrets and Slack/Discord URLs: the platform's Fernet key ring."""

try:
    from voiceplatform.crypto import decrypt, encrypt
except ImportError:  # the key ring lives in calls in installations without the shared module
    from calls.crypto import decrypt, encrypt

__all__ = ["decrypt", "encrypt"]
