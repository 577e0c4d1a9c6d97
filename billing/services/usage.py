"""Rating usage: calls by the second (or started minute), SMS and email when the provider accepts them,
chat messages counted for plan limits. Each source event is charged once (its usage record and its
ledger reference are unique), however often it arrives."""

from __future__ import annotations

import math
from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from billing import limits
from billing.models import BillingAccount, Category, MeterReport, UsageRecord
from billing.money import call_cost, round_half_up
from billing.services.ledger import account_for, debit, rates_for
from voiceplatform.tasks import enqueue_on_commit


def tenant_of_schema(schema_name: str):
    from tenants.models import Tenant

    return Tenant.objects.filter(schema_name=schema_name).first()


def call_seconds(duration_ms: int | None) -> int:
    """Whole seconds billed for a call: every started second counts."""
    if not duration_ms or duration_ms <= 0:
        return 0
    return math.ceil(duration_ms / 1000)


@transaction.atomic
def call_rate(
    *, tenant, call_id: int, duration_ms: int | None, occurred_at: datetime | None = None
) -> UsageRecord | None:
    """Charge one finished call. A second event for the same call changes nothing."""
    seconds = call_seconds(duration_ms)
    if seconds == 0:
        return None
    account_for(tenant)
    account = BillingAccount.objects.select_for_update(of=("self",)).select_related("plan").get(tenant=tenant)
    reference = str(call_id)
    if UsageRecord.objects.filter(tenant=tenant, kind=UsageRecord.Kind.CALL, reference=reference).exists():
        return None
    occurred_at = occurred_at or timezone.now()
    overage = _overage_seconds(account, tenant, seconds, occurred_at)
    billed = seconds - overage
    rates = rates_for(account)
    per_started_minute = account.call_rounding == BillingAccount.Rounding.PER_STARTED_MINUTE
    cost = call_cost(seconds=billed, per_minute=rates.per_minute, per_started_minute=per_started_minute)
    record = UsageRecord.objects.create(
        tenant=tenant,
        kind=UsageRecord.Kind.CALL,
        reference=reference,
        quantity=seconds,
        billed_quantity=billed,
        overage_quantity=overage,
        amount=cost,
        occurred_at=occurred_at,
    )
    if cost > 0:
        debit(
            tenant=tenant,
            amount=cost,
            category=Category.CALL,
            reference_type="call",
            reference_id=reference,
            description=f"Call {call_id}: {billed} s at {rates.per_minute}/min",
        )
    if overage:
        report = MeterReport.objects.create(
            tenant=tenant, identifier=f"{tenant.slug}:{call_id}", value=overage, occurred_at=occurred_at
        )
        from billing.tasks import report_meter_event

        enqueue_on_commit(report_meter_event, report.pk)
    return record


def _overage_seconds(account: BillingAccount, tenant, seconds: int, at: datetime) -> int:
    """Seconds of this call past the plan's monthly minutes, when the plan bills overage through Stripe."""
    plan = account.plan
    if not limits.overage_allowed(account, plan) or plan.max_voice_minutes is None:
        return 0
    used = (
        UsageRecord.objects.filter(
            tenant=tenant, kind=UsageRecord.Kind.CALL, occurred_at__gte=limits.month_start(at)
        ).aggregate(total=Sum("quantity"))["total"]
        or 0
    )
    allowance = plan.max_voice_minutes * 60
    return max(0, min(seconds, used + seconds - allowance))


@transaction.atomic
def message_rate(*, tenant, channel: str, message_id: int, segments: int = 1) -> UsageRecord | None:
    """Charge one SMS (per segment) or email the provider accepted; once per message."""
    kind = UsageRecord.Kind.SMS if channel == "sms" else UsageRecord.Kind.EMAIL
    quantity = max(1, segments or 1) if kind == UsageRecord.Kind.SMS else 1
    account = account_for(tenant)
    rates = rates_for(account)
    unit = rates.per_sms if kind == UsageRecord.Kind.SMS else rates.per_email
    amount = round_half_up(unit * quantity)
    try:
        with transaction.atomic():
            record = UsageRecord.objects.create(
                tenant=tenant,
                kind=kind,
                reference=str(message_id),
                quantity=quantity,
                billed_quantity=quantity,
                amount=amount,
                occurred_at=timezone.now(),
            )
    except IntegrityError:
        return None
    if amount > 0:
        debit(
            tenant=tenant,
            amount=amount,
            category=Category.SMS if kind == UsageRecord.Kind.SMS else Category.EMAIL,
            reference_type=kind,
            reference_id=str(message_id),
            description=f"{kind.upper() if kind == 'sms' else 'Email'} {message_id}"
            + (f" ({quantity} segments)" if quantity > 1 else ""),
        )
    return record


def chat_message_meter(*, tenant, message_id: int | str) -> UsageRecord | None:
    """Count one chat message toward the plan's monthly chat messages (chat has no per-message rate)."""
    try:
        with transaction.atomic():
            return UsageRecord.objects.create(
                tenant=tenant,
                kind=UsageRecord.Kind.CHAT,
                reference=str(message_id),
                quantity=1,
                occurred_at=timezone.now(),
            )
    except IntegrityError:
        return None


def usage_this_month(tenant, now=None) -> list[dict]:
    """Quantity and amount per kind since the first of the month."""
    rows = (
        UsageRecord.objects.filter(tenant=tenant, occurred_at__gte=limits.month_start(now))
        .values("kind")
        .annotate(quantity=Sum("quantity"), amount=Sum("amount"))
    )
    found = {row["kind"]: row for row in rows}
    result = []
    for kind, label in UsageRecord.Kind.choices:
        row = found.get(kind, {})
        quantity = row.get("quantity") or 0
        result.append(
            {
                "category": kind,
                "label": label,
                "quantity": quantity,
                "unit": "seconds" if kind == "call" else "messages",
                "minutes": round(quantity / 60, 2) if kind == "call" else None,
                "amount": row.get("amount") or 0,
            }
        )
    return result


# --- event subscribers (registered in BillingConfig.ready) ---------------------------------


def on_call_finished(event) -> None:
    tenant = tenant_of_schema(event.schema_name)
    if tenant is None:
        return
    call_rate(tenant=tenant, call_id=event.call_id, duration_ms=event.duration_ms)


def on_message_accepted(event) -> None:
    tenant = tenant_of_schema(event.schema_name)
    if tenant is None:
        return
    message_rate(tenant=tenant, channel=event.channel, message_id=event.notification_id, segments=event.segments)


def on_chat_message(event) -> None:
    """A website visitor's chat message counts once toward the plan's monthly chat messages."""
    tenant = tenant_of_schema(event.schema_name)
    if tenant is None:
        return
    chat_message_meter(tenant=tenant, message_id=event.message_id)
