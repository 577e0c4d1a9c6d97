"""Counting requests per caller in the cache: the one windowed counter behind the signup and chat widget limits.

A window opens with the caller's first request and lasts `seconds`, so a count never resets
between two requests a second apart (as a window aligned to the clock's minute would).
(Campaign calling limits are reservations, not counts: campaigns.ratelimit.)
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Hit:
    count: int
    retry_after: int  # seconds until the window closes

    def over(self, limit: int) -> bool:
        return self.count > limit


def hit(key: str, seconds: int) -> Hit:
    """Count one more request for `key` in its current window."""
    now = time.time()
    started_key, count_key = f"rate:{key}:start", f"rate:{key}:count"
    if cache.add(started_key, now, seconds):
        cache.set(count_key, 0, seconds)
    started = cache.get(started_key, now)
    try:
        count = cache.incr(count_key)
    except ValueError:
        cache.set(count_key, 1, seconds)
        count = 1
    return Hit(count=count, retry_after=max(1, int(started + seconds - now)))
