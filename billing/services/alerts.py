"""Telling people about money: balance crossings to the tenant, ledger differences to the platform owner."""

from __future__ import annotations

import logging
from decimal import Decimal

from django.core.mail import send_mail

from billing.events import BalanceDepleted, BalanceLow
from billing.models import BillingAccount
from voiceplatform import events

logger = logging.getLogger(__name__)


def balance_crossed(*, tenant, state: str, balance: Decimal, rates, entry) -> None:
    """Announce a crossing into low or depleted (called under the account lock, delivered after commit).

    The StaffAlert reaches the owners and admins in-app and by email through the notifications
    app's alert inbox, on each one's chosen channels.
    """
    schema = tenant.schema_name
    if state == BillingAccount.State.DEPLETED:
        events.publish(
            BalanceDepleted(schema_name=schema, tenant_id=tenant.pk, balance=str(balance), currency=rates.currency)
        )
        title = "Your balance is used up"
        message = (
            f"The balance is {balance} {rates.currency}. Top up to keep calls and messages going; "
            "outbound calls stop at zero when that setting is on."
        )
        priority = "urgent"
    else:
        events.publish(
            BalanceLow(
                schema_name=schema,
                tenant_id=tenant.pk,
                balance=str(balance),
                threshold=str(rates.low_balance_threshold),
                currency=rates.currency,
            )
        )
        title = "Your balance is low"
        message = f"The balance is {balance} {rates.currency} (warning at {rates.low_balance_threshold})."
        priority = "high"
    events.publish(
        events.StaffAlert(
            schema_name=schema,
            type="billing",
            title=title,
            message=message,
            priority=priority,
            required_action="Top up the balance.",
            link="/billing/",
            dedupe_key=f"billing:{state}:{entry.pk}",
        )
    )


def ledger_difference_alert(mismatches) -> None:
    """Email every platform superuser the tenants whose balance differs from their entries."""
    from tenants.models import Tenant, User

    names = dict(Tenant.objects.filter(pk__in=[m[0] for m in mismatches]).values_list("pk", "slug"))
    lines = [f"{names.get(t, t)}: balance {b}, entries {s}, difference {b - s}" for t, b, s in mismatches]
    logger.error("billing ledger differs from balances: %s", "; ".join(lines))
    recipients = list(User.objects.filter(is_superuser=True, is_active=True).values_list("email", flat=True))
    if recipients:
        send_mail(
            subject=f"Billing ledger check: {len(mismatches)} tenant(s) differ",
            message="The sum of ledger entries differs from the balance for:\n\n" + "\n".join(lines) + "\n",
            from_email=None,
            recipient_list=recipients,
        )
