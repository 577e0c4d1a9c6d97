"""What the notifications app announces to other apps (through `voiceplatform.events`)."""

from __future__ import annotations

from dataclasses import dataclass

from voiceplatform.events import Event


@dataclass(frozen=True, kw_only=True)
class MessageAccepted(Event):
    """The provider accepted an SMS or email for delivery (once per message, after the commit that recorded it)."""

    notification_id: int
    channel: str
    segments: int = 1
