"""Sliding-window call limits, reserved atomically in Redis.

Each limit is a sorted set of reservation timestamps. One Lua script checks
every window a call counts against (tenant per 15 minutes and per day, the
number per minute and per day, the campaign per minute) and, only if all
have room, records the reservation in all of them; Redis runs scripts one
at a time, so no number of workers can overshoot. A reservation is not
given back when its call is not placed for another reason: it still
counts, which errs on the side of calling less.

A compliance window is counted as its length plus a margin
(CAMPAIGN_RESERVATION_SECONDS): a reservation older than the margin is
renewed before dialing (the old entry leaves every window as the new one
enters), so the limits also hold for the moments the calls were actually
placed.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import redis
from django.conf import settings

_RESERVE = """
local now = tonumber(ARGV[1])
local member = ARGV[2]
local replaces = ARGV[3]
if replaces ~= '' then
  for i = 1, #KEYS do
    redis.call('ZREM', KEYS[i], replaces)
  end
end
for i = 1, #KEYS do
  local span = tonumber(ARGV[2 + 2 * i])
  local limit = tonumber(ARGV[3 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - span)
  local count = redis.call('ZCARD', KEYS[i])
  if count >= limit then
    if limit <= 0 then
      return {0, i, -1}
    end
    local entry = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
    return {0, i, math.floor(tonumber(entry[2]) + span)}
  end
end
for i = 1, #KEYS do
  local span = tonumber(ARGV[2 + 2 * i])
  redis.call('ZADD', KEYS[i], now, member)
  redis.call('PEXPIRE', KEYS[i], span + 1000)
end
return {1, 0, 0}
"""


@dataclass(frozen=True)
class Window:
    key: str
    seconds: int
    limit: int
    label: str
    margin: int = 0

    @property
    def span_ms(self) -> int:
        return (self.seconds + self.margin) * 1000


@dataclass(frozen=True)
class Reservation:
    granted: bool
    token: str = ""
    window: Window | None = None
    retry_at: datetime | None = None


@functools.cache
def _client() -> redis.Redis:
    return redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])


@functools.cache
def _script():
    return _client().register_script(_RESERVE)


def key(schema: str, *parts) -> str:
    return ":".join(["campaigns", "rate", schema, *(str(p) for p in parts)])


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def reserve(windows: list[Window], now: datetime, token: str = "", replaces: str = "") -> Reservation:
    """Record one call in every window if each has room; otherwise say which is full and when it frees.

    `replaces` renews an earlier reservation of the same call: it leaves every window in the same
    step, so a call that waited is counted once, at its new moment (and not at all if refused).
    """
    token = token or secrets.token_hex(10)
    if not windows:
        return Reservation(granted=True, token=token)
    args: list = [_ms(now), token, replaces]
    for window in windows:
        args += [window.span_ms, window.limit]
    granted, index, retry_ms = _script()(keys=[w.key for w in windows], args=args)
    if granted:
        return Reservation(granted=True, token=token)
    window = windows[int(index) - 1]
    retry_at = None
    if int(retry_ms) > 0:
        retry_at = datetime.fromtimestamp(int(retry_ms) / 1000, tz=now.tzinfo)
    return Reservation(granted=False, window=window, retry_at=retry_at)


def used(window: Window, now: datetime) -> int:
    """Reservations currently inside the window (without its margin)."""
    return int(_client().zcount(window.key, f"({_ms(now - timedelta(seconds=window.seconds))}", "+inf"))
