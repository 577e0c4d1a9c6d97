"""Billing's say in the outbound-call guard: a plain check `(tenant, contact, now) -> Decision | None`."""

from __future__ import annotations

from billing.models import ZERO


def billing_allows_outbound_call(tenant, contact, now):
    from billing import limits
    from billing.services.ledger import account_for
    from calls.hooks import Decision

    account = account_for(tenant)
    if account.stop_outbound_at_zero and account.balance <= ZERO:
        return Decision(
            False,
            f"The account balance is {account.balance}: outbound calls are stopped at zero. Top up to call again.",
            "balance_depleted",
        )
    try:
        limits.check(tenant, "voice_minutes")
    except limits.LimitExceeded as exc:
        return Decision(False, exc.reason, "plan_limit")
    return None
