"""Opening Stripe Checkout (top-ups and subscriptions) and Customer Portal sessions."""

from __future__ import annotations

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from billing.models import BillingAccount, CheckoutSession, Plan
from billing.money import parse_amount
from billing.services.ledger import account_for, global_rates
from billing.stripe_gateway import GatewayError, gateway


def _customer(account: BillingAccount, tenant, actor, provider) -> str:
    if account.stripe_customer_id:
        return account.stripe_customer_id
    email = getattr(actor, "email", "") or ""
    try:
        customer_id = provider.customer_create(tenant=tenant, email=email)
    except GatewayError as exc:
        raise ValidationError({"stripe": [f"Stripe refused: {exc}"]}) from exc
    BillingAccount.objects.filter(pk=account.pk).update(stripe_customer_id=customer_id)
    return customer_id


def _urls(tenant) -> tuple[str, str]:
    from tenants.services import tenant_url

    return tenant_url(tenant, "/billing/?checkout=done"), tenant_url(tenant, "/billing/?checkout=cancelled")


@transaction.atomic
def top_up_checkout(*, tenant, amount, actor=None) -> CheckoutSession:
    """A Checkout session for adding `amount` to the balance; the balance moves only on its webhook."""
    amount = parse_amount(
        amount, minimum=Decimal(settings.BILLING_TOP_UP_MIN), maximum=Decimal(settings.BILLING_TOP_UP_MAX)
    )
    account = account_for(tenant)
    currency = global_rates().currency
    provider = gateway()
    customer_id = _customer(account, tenant, actor, provider)
    reference = f"topup_{secrets.token_hex(10)}"
    session = _open(provider.checkout_top_up, tenant, customer_id, reference, amount=amount, currency=currency)
    return _record(tenant, provider, session, reference, CheckoutSession.Mode.TOP_UP, amount=amount, currency=currency)


@transaction.atomic
def subscription_checkout(*, tenant, plan_code: str, actor=None) -> CheckoutSession:
    plan = Plan.objects.filter(code=plan_code, is_active=True).first()
    if plan is None:
        raise ValidationError({"plan": ["Choose one of the plans offered."]})
    provider = gateway()
    if provider.name == "stripe" and not plan.stripe_price_id:
        raise ValidationError({"plan": ["This plan has no Stripe price yet."]})
    account = account_for(tenant)
    customer_id = _customer(account, tenant, actor, provider)
    reference = f"sub_{secrets.token_hex(10)}"
    session = _open(provider.checkout_subscription, tenant, customer_id, reference, plan=plan)
    return _record(
        tenant,
        provider,
        session,
        reference,
        CheckoutSession.Mode.SUBSCRIPTION,
        amount=plan.monthly_price,
        currency=global_rates().currency,
        plan=plan,
    )


def _open(start, tenant, customer_id: str, reference: str, **details):
    """Ask the gateway for a checkout page; a refusal is a validation error the user can read."""
    success_url, cancel_url = _urls(tenant)
    try:
        return start(
            customer_id=customer_id,
            client_reference_id=reference,
            success_url=success_url,
            cancel_url=cancel_url,
            tenant=tenant,
            **details,
        )
    except GatewayError as exc:
        raise ValidationError({"stripe": [f"Stripe refused: {exc}"]}) from exc


def _record(tenant, provider, session, reference: str, mode: str, **fields) -> CheckoutSession:
    """The local row that the webhook for this checkout will find by its reference."""
    return CheckoutSession.objects.create(
        tenant=tenant,
        session_id=session.id,
        client_reference_id=reference,
        mode=mode,
        url=session.url,
        success_url=_urls(tenant)[0],
        provider=provider.name,
        **fields,
    )


def portal_session_url(*, tenant) -> str:
    """A fresh Customer Portal session (they are short-lived: one per click)."""
    from tenants.services import tenant_url

    account = account_for(tenant)
    if not account.stripe_customer_id:
        raise ValidationError({"stripe": ["There is no card account yet: top up or choose a plan first."]})
    try:
        return gateway().portal_session(
            customer_id=account.stripe_customer_id, return_url=tenant_url(tenant, "/billing/")
        )
    except GatewayError as exc:
        raise ValidationError({"stripe": [f"Stripe refused: {exc}"]}) from exc
