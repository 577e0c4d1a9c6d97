"""What the campaigns app announces to other apps (through `voiceplatform.events`)."""

from __future__ import annotations

from dataclasses import dataclass

from voiceplatform.events import Event


@dataclass(frozen=True, kw_only=True)
class CampaignStatusChanged(Event):
    """A campaign moved through its status machine (started, paused, resumed, completed, cancelled...)."""

    campaign_id: int
    name: str = ""
    from_status: str
    to_status: str
    reason: str = ""
    actor_label: str = ""
    automatic: bool = False
