"""The check every outbound call passes before it is placed.

`check_outbound_call(tenant, contact, now)` asks every check in the
`calls.hooks.outbound_call_checks` registry in order and returns the first
refusal, or an allowance. The checks here (CHECKS) are the ones every call
needs (suspended tenant, invalid number, DNC, a call already in progress),
registered first by CallsConfig.ready(); the campaigns app adds its own
(pause switch, consent, calling hours, minimum gap, rate limits).
"""

from __future__ import annotations

from datetime import datetime

from calls.hooks import Decision, outbound_call_checks
from contacts.phones import InvalidPhone, parse_phone
from contacts.services import is_on_dnc

ALLOW = Decision(allowed=True)


def check_outbound_call(tenant, contact, now: datetime) -> Decision:
    for check in outbound_call_checks:
        decision = check(tenant, contact, now)
        if decision is not None and not decision.allowed:
            return decision
    return ALLOW


def tenant_is_active(tenant, contact, now):
    from tenants.models import Tenant

    # Read the status afresh: the caller's tenant object may predate a suspension.
    if Tenant.objects.filter(pk=tenant.pk, status=Tenant.Status.SUSPENDED).exists():
        return Decision(False, "This workspace is suspended.", "tenant_suspended")
    return None


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


def not_on_dnc(tenant, contact, now):
    if contact.do_not_call or is_on_dnc(contact.phone):
        return Decision(False, "The number is on the do-not-call list.", "dnc")
    return None


def not_already_in_call(tenant, contact, now):
    from calls.models import LIVE_CALL_STATUSES, Call

    if Call.objects.filter(contact=contact, status__in=LIVE_CALL_STATUSES).exists():
        return Decision(False, "The contact is already in a call.", "in_call")
    return None


CHECKS = (tenant_is_active, number_is_valid, not_on_dnc, not_already_in_call)


def register() -> None:
    for check in CHECKS:
        outbound_call_checks.register(check)
