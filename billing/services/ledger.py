"""The balance and its ledger.

Every change of a balance is one LedgerEntry written in the same transaction
that updates the account row, which is locked first (`select_for_update`), so
concurrent debits serialise per tenant and the balance always equals the sum
of the entries. A non-empty reference is charged once: the duplicate is found
under the lock (and a unique constraint backs it).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Case, DecimalField, F, Sum, When
from django.utils import timezone

from billing.models import ZERO, BillingAccount, Category, GlobalRates, LedgerEntry, Plan
from billing.money import round_half_up


@dataclass(frozen=True)
class Rates:
    per_minute: Decimal
    per_sms: Decimal
    per_email: Decimal
    monthly_fee: Decimal
    tax_rate: Decimal
    currency: str
    low_balance_threshold: Decimal


def global_rates() -> GlobalRates:
    rates = GlobalRates.objects.filter(singleton=True).first()
    return rates or GlobalRates.objects.get_or_create(singleton=True)[0]


def rates_for(account: BillingAccount, base: GlobalRates | None = None) -> Rates:
    """The global rates with the tenant's overrides applied."""
    base = base or global_rates()

    def pick(name):
        value = getattr(account, name)
        return getattr(base, name) if value is None else value

    monthly_fee = account.monthly_fee
    if monthly_fee is None:
        monthly_fee = account.plan.monthly_price if account.plan_id and account.plan else base.monthly_fee
    return Rates(
        per_minute=pick("per_minute"),
        per_sms=pick("per_sms"),
        per_email=pick("per_email"),
        monthly_fee=monthly_fee,
        tax_rate=pick("tax_rate"),
        currency=base.currency,
        low_balance_threshold=pick("low_balance_threshold"),
    )


def default_plan() -> Plan | None:
    """The plan a new tenant's trial runs on (BILLING_TRIAL_PLAN), else the first active plan."""
    from django.conf import settings

    plans = Plan.objects.filter(is_active=True)
    return (
        plans.filter(code=settings.BILLING_TRIAL_PLAN).first() or plans.order_by("sort_order", "monthly_price").first()
    )


def account_for(tenant) -> BillingAccount:
    """The tenant's billing account, created on first use with a trial of the entry plan."""
    account = BillingAccount.objects.select_related("plan").filter(tenant=tenant).first()
    if account is not None:
        return account
    plan = default_plan()
    trial_ends_at = timezone.now() + timezone.timedelta(days=plan.trial_days) if plan else None
    # A new account holds nothing: it starts depleted, so its first charge is not a "crossing".
    account, _ = BillingAccount.objects.get_or_create(
        tenant=tenant,
        defaults={"plan": plan, "trial_ends_at": trial_ends_at, "state": BillingAccount.State.DEPLETED},
    )
    return account


def state_for(balance: Decimal, threshold: Decimal) -> str:
    if balance <= ZERO:
        return BillingAccount.State.DEPLETED
    if balance <= threshold:
        return BillingAccount.State.LOW
    return BillingAccount.State.OK


SEVERITY = {BillingAccount.State.OK: 0, BillingAccount.State.LOW: 1, BillingAccount.State.DEPLETED: 2}


@transaction.atomic
def ledger_post(
    *,
    tenant,
    kind: str,
    category: str,
    amount: Decimal,
    reference_type: str = "",
    reference_id: str = "",
    description: str = "",
    actor=None,
) -> tuple[LedgerEntry, bool]:
    """Move the balance by `amount` with one entry. Returns (entry, created); a known reference is not charged again."""
    amount = round_half_up(Decimal(amount))
    if amount <= ZERO:
        raise ValueError("A ledger amount must be positive.")
    if kind not in LedgerEntry.Kind.values or category not in Category.values:
        raise ValueError(f"Unknown ledger kind or category: {kind}/{category}")
    if reference_id and not reference_type:
        raise ValueError("A reference needs its type.")
    locked = BillingAccount.objects.select_for_update(of=("self",)).select_related("plan")
    account = locked.filter(tenant=tenant).first()
    if account is None:
        account_for(tenant)
        account = locked.get(tenant=tenant)
    if reference_id:
        existing = LedgerEntry.objects.filter(
            tenant=tenant, reference_type=reference_type, reference_id=reference_id
        ).first()
        if existing is not None:
            return existing, False
    balance = account.balance + amount if kind == LedgerEntry.Kind.CREDIT else account.balance - amount
    entry = LedgerEntry.objects.create(
        tenant=tenant,
        kind=kind,
        category=category,
        amount=amount,
        balance_after=balance,
        reference_type=reference_type,
        reference_id=str(reference_id),
        description=description[:300],
        created_by_email=getattr(actor, "email", "") or "",
    )
    rates = rates_for(account)
    new_state = state_for(balance, rates.low_balance_threshold)
    previous_state = account.state
    BillingAccount.objects.filter(pk=account.pk).update(balance=balance, state=new_state)
    if SEVERITY[new_state] > SEVERITY[previous_state]:
        from billing.services.alerts import balance_crossed

        balance_crossed(tenant=tenant, state=new_state, balance=balance, rates=rates, entry=entry)
    if kind == LedgerEntry.Kind.CREDIT:
        from billing.services.invoices import invoices_settle

        invoices_settle(tenant=tenant, balance=balance)
    return entry, True


def credit(
    *, tenant, amount, category=Category.ADJUSTMENT, reference_type="", reference_id="", description="", actor=None
):
    return ledger_post(
        tenant=tenant,
        kind=LedgerEntry.Kind.CREDIT,
        category=category,
        amount=amount,
        reference_type=reference_type,
        reference_id=reference_id,
        description=description,
        actor=actor,
    )


def debit(*, tenant, amount, category, reference_type="", reference_id="", description="", actor=None):
    return ledger_post(
        tenant=tenant,
        kind=LedgerEntry.Kind.DEBIT,
        category=category,
        amount=amount,
        reference_type=reference_type,
        reference_id=reference_id,
        description=description,
        actor=actor,
    )


SIGNED = Case(
    When(kind=LedgerEntry.Kind.CREDIT, then=F("amount")),
    default=-F("amount"),
    output_field=DecimalField(max_digits=14, decimal_places=2),
)


def entries_sum(tenant) -> Decimal:
    return LedgerEntry.objects.filter(tenant=tenant).aggregate(total=Sum(SIGNED))["total"] or ZERO


def ledger_mismatches() -> list[tuple[int, Decimal, Decimal]]:
    """(tenant id, balance, sum of entries) for every account whose balance is not its entries' sum."""
    sums = dict(LedgerEntry.objects.values("tenant_id").annotate(total=Sum(SIGNED)).values_list("tenant_id", "total"))
    found = []
    for tenant_id, balance in BillingAccount.objects.values_list("tenant_id", "balance"):
        total = sums.get(tenant_id) or ZERO
        if total != balance:
            found.append((tenant_id, balance, total))
    return found
