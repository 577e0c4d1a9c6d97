"""Stripe webhooks: verify, store raw once per event id, process in a task.

Delivery is at least once and unordered. The event id is recorded under a
unique constraint in the same transaction as the task's enqueue; processing
is idempotent (a top-up's ledger reference is its Checkout session), and
subscription state ignores events older than the state already applied.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from decimal import Decimal

import stripe
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from billing.models import BillingAccount, Category, CheckoutSession, Invoice, InvoiceStatus, Plan, StripeEvent
from billing.services.ledger import account_for, credit
from voiceplatform.tasks import enqueue_on_commit

logger = logging.getLogger(__name__)


class WebhookRefused(Exception):
    pass


def webhook_verify(*, payload: bytes, signature: str) -> dict:
    """The event, if the signature is one of ours and fresh (at most STRIPE_WEBHOOK_TOLERANCE seconds old)."""
    if not settings.STRIPE_WEBHOOK_SECRET:
        raise WebhookRefused("No webhook secret is configured.")
    try:
        event = stripe.Webhook.construct_event(
            payload.decode("utf-8"), signature, settings.STRIPE_WEBHOOK_SECRET, settings.STRIPE_WEBHOOK_TOLERANCE
        )
    except stripe.SignatureVerificationError as exc:
        raise WebhookRefused(str(exc)) from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise WebhookRefused("The body is not a Stripe event.") from exc
    data = event.to_dict()
    if not data.get("id") or not data.get("type"):
        raise WebhookRefused("The event has no id or type.")
    return data


def webhook_receive(*, payload: bytes, signature: str) -> tuple[StripeEvent, bool]:
    """Store a verified event once; returns (event, created). Raises WebhookRefused."""
    data = webhook_verify(payload=payload, signature=signature)
    try:
        with transaction.atomic():
            stored = StripeEvent.objects.create(
                event_id=data["id"], type=data["type"][:80], payload=payload.decode("utf-8")
            )
            from billing.tasks import process_stripe_event

            enqueue_on_commit(process_stripe_event, stored.pk)
    except IntegrityError:
        return StripeEvent.objects.get(event_id=data["id"]), False
    return stored, True


@transaction.atomic
def stripe_event_process(*, stored_id: int) -> StripeEvent | None:
    stored = StripeEvent.objects.select_for_update().filter(pk=stored_id, processed_at__isnull=True).first()
    if stored is None:
        return None
    data = json.loads(stored.payload)
    handler = HANDLERS.get(stored.type)
    if handler is not None:
        obj = data.get("data", {}).get("object", {}) or {}
        stored.tenant = handler(obj, data)
    stored.processed_at = timezone.now()
    stored.save(update_fields=["tenant", "processed_at"])
    return stored


def _event_time(data: dict) -> datetime:
    return datetime.fromtimestamp(int(data.get("created") or 0), tz=UTC)


def _account_by_customer(customer_id: str | None) -> BillingAccount | None:
    if not customer_id:
        return None
    return BillingAccount.objects.select_related("tenant").filter(stripe_customer_id=customer_id).first()


def on_checkout_completed(obj: dict, data: dict):
    session = (
        CheckoutSession.objects.select_related("tenant", "plan")
        .filter(session_id=obj.get("id"), client_reference_id=obj.get("client_reference_id") or "")
        .first()
    )
    if session is None:
        logger.warning("stripe checkout %s is not one of ours", obj.get("id"))
        return None
    tenant = session.tenant
    if session.mode == CheckoutSession.Mode.TOP_UP:
        if obj.get("payment_status") not in ("paid", "no_payment_required"):
            return tenant
        paid = Decimal(int(obj.get("amount_total") or 0)) / 100
        if paid <= 0:
            return tenant
        credit(
            tenant=tenant,
            amount=paid,
            category=Category.TOP_UP,
            reference_type="stripe_checkout",
            reference_id=session.session_id,
            description=f"Top-up by card ({session.currency} {paid})",
        )
    else:
        account = account_for(tenant)
        changes = {"plan": session.plan or account.plan}
        if obj.get("subscription"):
            changes["stripe_subscription_id"] = obj["subscription"]
            if not account.subscription_status:
                changes["subscription_status"] = "active"
        if obj.get("customer"):
            changes["stripe_customer_id"] = obj["customer"]
        BillingAccount.objects.filter(pk=account.pk).update(**changes)
    CheckoutSession.objects.filter(pk=session.pk, completed_at__isnull=True).update(completed_at=timezone.now())
    return tenant


def on_subscription_changed(obj: dict, data: dict):
    account = _account_by_customer(obj.get("customer"))
    if account is None:
        return None
    at = _event_time(data)
    if account.subscription_updated_at and at < account.subscription_updated_at:
        return account.tenant
    status = obj.get("status", "")
    if data["type"] == "customer.subscription.deleted":
        status = "canceled"
    changes = {"subscription_status": status[:30], "subscription_updated_at": at}
    if obj.get("id"):
        changes["stripe_subscription_id"] = obj["id"]
    plan_code = (obj.get("metadata") or {}).get("plan")
    plan = Plan.objects.filter(code=plan_code).first() if plan_code else None
    if plan is not None:
        changes["plan"] = plan
    if obj.get("trial_end"):
        changes["trial_ends_at"] = datetime.fromtimestamp(int(obj["trial_end"]), tz=UTC)
    BillingAccount.objects.filter(pk=account.pk).update(**changes)
    return account.tenant


def on_invoice(obj: dict, data: dict):
    account = _account_by_customer(obj.get("customer"))
    if account is None:
        return None
    if data["type"] == "invoice.paid":
        number = (obj.get("metadata") or {}).get("invoice_number")
        if number:
            Invoice.objects.filter(tenant=account.tenant, kind=Invoice.Kind.INVOICE, number=number).exclude(
                status=InvoiceStatus.PAID
            ).update(status=InvoiceStatus.PAID, paid_at=timezone.now())
        if account.subscription_status in ("past_due", "unpaid"):
            BillingAccount.objects.filter(pk=account.pk).update(subscription_status="active")
    else:
        BillingAccount.objects.filter(pk=account.pk).update(subscription_status="past_due")
    return account.tenant


def on_trial_will_end(obj: dict, data: dict):
    account = _account_by_customer(obj.get("customer"))
    if account is None:
        return None
    from voiceplatform import events

    events.publish(
        events.StaffAlert(
            schema_name=account.tenant.schema_name,
            type="billing",
            title="Your trial ends soon",
            message="Add a card before the trial ends to keep the plan.",
            link="/billing/",
            dedupe_key=f"billing:trial_will_end:{data['id']}",
        )
    )
    return on_subscription_changed(obj, data)


HANDLERS = {
    "checkout.session.completed": on_checkout_completed,
    "customer.subscription.created": on_subscription_changed,
    "customer.subscription.updated": on_subscription_changed,
    "customer.subscription.deleted": on_subscription_changed,
    "customer.subscription.trial_will_end": on_trial_will_end,
    "invoice.paid": on_invoice,
    "invoice.payment_failed": on_invoice,
}
