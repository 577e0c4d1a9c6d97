"""What billing announces to other apps (through `voiceplatform.events`)."""

from __future__ import annotations

from dataclasses import dataclass

from voiceplatform.events import Event


@dataclass(frozen=True, kw_only=True)
class BalanceLow(Event):
    """The balance fell to or below the tenant's low-balance threshold (once per crossing)."""

    tenant_id: int
    balance: str
    threshold: str
    currency: str


@dataclass(frozen=True, kw_only=True)
class BalanceDepleted(Event):
    """The balance reached zero or less (once per crossing)."""

    tenant_id: int
    balance: str
    currency: str
