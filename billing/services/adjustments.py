"""The platform owner's credits and adjustments, always audited."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction

from billing.models import Category
from billing.money import parse_amount
from billing.services.ledger import credit, debit


@transaction.atomic
def adjustment_post(*, tenant, amount, note: str, direction: str = "credit", actor=None):
    """Credit (or debit) a tenant's balance by hand with a note; recorded in the audit trail."""
    from tenants.services import audit_record

    amount = parse_amount(amount)
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": ["Say why (it is kept in the ledger and the audit trail)."]})
    if direction not in ("credit", "debit"):
        raise ValidationError({"direction": ["Use credit or debit."]})
    post = credit if direction == "credit" else debit
    entry, _ = post(
        tenant=tenant,
        amount=amount,
        category=Category.ADJUSTMENT,
        reference_type="adjustment",
        reference_id=secrets.token_hex(8),
        description=note[:300],
        actor=actor,
    )
    audit_record(
        action=f"billing.{direction}",
        tenant=tenant,
        actor=actor,
        target=entry,
        metadata={"amount": str(amount), "note": note[:300], "balance_after": str(entry.balance_after)},
    )
    return entry
