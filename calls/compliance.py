"""The check every outbound call passes before it is placed.

`check_outbound_call(tenant, contact, now)` runs the registered checks in
order and returns the first refusal, or an allowance. The checks here are
the ones every call needs (suspended tenant, invalid number, DNC, a call
already in progress); the campaigns app adds its own (calling windows,
consent, rate limits, minimum gap) with `register_check`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from contacts.phones import InvalidPhone, parse_phone
from contacts.services import is_on_dnc


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""
    code: str = ""
    eligible_at: datetime | None = None


ALLOW = Decision(allowed=True)

Check = Callable[..., Decision | None]
_CHECKS: list[Check] = []


def register_check(check: Check) -> Check:
    """Add a check `(tenant, contact, now) -> Decision | None` (None means no objection)."""
    if check not in _CHECKS:
        _CHECKS.append(check)
    return check


def check_outbound_call(tenant, contact, now: datetime) -> Decision:
    for check in _CHECKS:
        decision = check(tenant, contact, now)
        if decision is not None and not decision.allowed:
            return decision
    return ALLOW


@register_check
def tenant_is_active(tenant, contact, now):
    from tenants.models import Tenant

    # Read the status afresh: the caller's tenant object may predate a suspension.
    if Tenant.objects.filter(pk=tenant.pk, status=Tenant.Status.SUSPENDED).exists():
        return Decision(False, "This workspace is suspended.", "tenant_suspended")
    return None


@register_check
def number_is_valid(tenant, contact, now):
    if contact.erased_at is not None:
        return Decision(False, "This contact's data has been erased.", "erased")
    if not contact.phone:
        return Decision(False, "The contact has no phone number.", "no_phone")
    try:
        parse_phone(contact.phone)
    except InvalidPhone as exc:
        return Decision(False, str(exc), "invalid_number")
    return None


@register_check
def not_on_dnc(tenant, contact, now):
    if contact.do_not_call or is_on_dnc(contact.phone):
        return Decision(False, "The number is on the do-not-call list.", "dnc")
    return None


@register_check
def not_already_in_call(tenant, contact, now):
    from calls.models import LIVE_CALL_STATUSES, Call

    if Call.objects.filter(contact=contact, status__in=LIVE_CALL_STATUSES).exists():
        return Decision(False, "The contact is already in a call.", "in_call")
    return None
