"""Abuse checks for self-service signup: per-IP rate limits and business names that are not businesses.

A name is refused when it has no real words in it: no letters, a web or email
address, one character repeated, keyboard runs ("asdf", "qwerty"), or a long
run of consonants no language writes. Email addresses at throwaway-inbox
domains are refused too: a workspace needs an owner who can be reached.
"""

from __future__ import annotations

import re

from django.conf import settings

from voiceplatform import ratelimit

PLACEHOLDER_NAMES = frozenset(
    {
        "test",
        "testing",
        "tester",
        "asdf",
        "qwerty",
        "foo",
        "bar",
        "foobar",
        "abc",
        "xxx",
        "none",
        "null",
        "na",
        "business",
        "company",
        "my business",
        "my company",
        "example",
        "sample",
        "demo",
        "admin",
        "spam",
    }
)
KEYBOARD_RUNS = ("qwert", "asdfg", "zxcvb", "yxcvb", "azert", "12345", "hjkl")
DISPOSABLE_DOMAINS = frozenset(
    {
        "mailinator.com",
        "guerrillamail.com",
        "10minutemail.com",
        "tempmail.com",
        "temp-mail.org",
        "yopmail.com",
        "trashmail.com",
        "sharklasers.com",
        "getnada.com",
        "throwawaymail.com",
        "maildrop.cc",
        "dispostable.com",
        "fakeinbox.com",
        "mailnesia.com",
        "discard.email",
    }
)
URLISH = re.compile(r"(https?://|www\.|@|\.(com|net|org|io|ru|xyz|top|info)\b)", re.IGNORECASE)
CONSONANT_RUN = re.compile(r"[bcdfghjklmnpqrstvwxz]{6,}", re.IGNORECASE)


def business_name_problem(name: str) -> str | None:
    """Why `name` does not look like a real business name, or None when it does."""
    name = (name or "").strip()
    if len(name) < 2:
        return "Enter your business's name."
    if len(name) > 120:
        return "At most 120 characters."
    letters = re.sub(r"[^\w]|[\d_]", "", name)
    if len(letters) < 2:
        return "A business name needs letters."
    lowered = re.sub(r"\s+", " ", name.lower())
    if lowered in PLACEHOLDER_NAMES:
        return "Enter your business's real name, as customers know it."
    if URLISH.search(name):
        return "Enter the business's name, not a web or email address."
    if re.search(r"(.)\1{3,}", lowered.replace(" ", "")) or len(set(letters.lower())) <= 2:
        return "That does not look like a business name."
    compact = lowered.replace(" ", "")
    if any(run in compact for run in KEYBOARD_RUNS) or CONSONANT_RUN.search(name):
        return "That does not look like a business name."
    return None


def email_problem(email: str) -> str | None:
    domain = (email or "").rsplit("@", 1)[-1].strip().lower()
    if domain in DISPOSABLE_DOMAINS:
        return "Use a permanent email address: we send your receipts and alerts there."
    return None


def signup_allowed(ip: str | None) -> bool:
    """Count a signup attempt from `ip`; False once it passes SIGNUP_ATTEMPTS_PER_HOUR."""
    return not ratelimit.hit(f"signup:{ip or 'unknown'}", 3600).over(settings.SIGNUP_ATTEMPTS_PER_HOUR)
