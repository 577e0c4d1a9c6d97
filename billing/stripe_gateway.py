"""The Stripe adapter: the official SDK for real accounts, and a sandbox served by the platform itself.

`gateway()` picks one: with STRIPE_SECRET_KEY the SDK talks to STRIPE_API_BASE
(https://api.stripe.com unless a test points it at a local fake); without it
the sandbox opens checkout pages on the platform host
(`/billing-sandbox/checkout/<id>/`) that, when completed, post signed
Stripe-shaped events to `/hooks/stripe/` like Stripe would. The webhook
secret applies either way.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal

import stripe
from django.conf import settings
from django.urls import reverse


class GatewayError(Exception):
    """Stripe refused or could not be reached; `permanent` says whether retrying can help."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class Session:
    id: str
    url: str


def minor_units(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def public_url(path: str) -> str:
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


class StripeGateway:
    name = "stripe"

    def __init__(self, api_key: str, api_base: str = ""):
        base = {"api": api_base} if api_base else None
        self.client = stripe.StripeClient(api_key, base_addresses=base, max_network_retries=1)

    def _call(self, function, params):
        try:
            return function(params=params)
        except stripe.RateLimitError as exc:
            raise GatewayError(str(exc.user_message or exc)) from exc
        except (stripe.InvalidRequestError, stripe.AuthenticationError, stripe.PermissionError) as exc:
            raise GatewayError(str(exc.user_message or exc), permanent=True) from exc
        except stripe.StripeError as exc:
            raise GatewayError(str(exc.user_message or exc)) from exc

    def customer_create(self, *, tenant, email: str) -> str:
        customer = self._call(
            self.client.v1.customers.create,
            {"name": tenant.name, "email": email, "metadata": {"tenant": tenant.slug}},
        )
        return customer.id

    def checkout_top_up(
        self,
        *,
        customer_id,
        amount: Decimal,
        currency: str,
        client_reference_id: str,
        success_url: str,
        cancel_url: str,
        tenant,
    ) -> Session:
        params = {
            "mode": "payment",
            "client_reference_id": client_reference_id,
            "success_url": success_url,
            "cancel_url": cancel_url,
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": currency.lower(),
                        "unit_amount": minor_units(amount),
                        "product_data": {"name": "Balance top-up"},
                    },
                }
            ],
            "metadata": {"tenant": tenant.slug, "kind": "top_up"},
        }
        if customer_id:
            params["customer"] = customer_id
        session = self._call(self.client.v1.checkout.sessions.create, params)
        return Session(session.id, session.url)

    def checkout_subscription(
        self, *, customer_id, plan, client_reference_id: str, success_url: str, cancel_url: str, tenant
    ) -> Session:
        items = [{"price": plan.stripe_price_id, "quantity": 1}]
        if plan.metered_overage and plan.stripe_overage_price_id:
            items.append({"price": plan.stripe_overage_price_id})  # metered: no quantity
        params = {
            "mode": "subscription",
            "client_reference_id": client_reference_id,
            "success_url": success_url,
            "cancel_url": cancel_url,
            "line_items": items,
            "metadata": {"tenant": tenant.slug, "kind": "subscription", "plan": plan.code},
            "subscription_data": {"metadata": {"tenant": tenant.slug, "plan": plan.code}},
        }
        if customer_id:
            params["customer"] = customer_id
        session = self._call(self.client.v1.checkout.sessions.create, params)
        return Session(session.id, session.url)

    def portal_session(self, *, customer_id: str, return_url: str) -> str:
        session = self._call(
            self.client.v1.billing_portal.sessions.create, {"customer": customer_id, "return_url": return_url}
        )
        return session.url

    def meter_event(self, *, customer_id: str, value: int, identifier: str, timestamp: int) -> None:
        self._call(
            self.client.v1.billing.meter_events.create,
            {
                "event_name": settings.STRIPE_METER_EVENT_NAME,
                "payload": {"stripe_customer_id": customer_id, "value": str(value)},
                "identifier": identifier,
                "timestamp": timestamp,
            },
        )


class SandboxGateway:
    """Stripe without an account: sessions are pages on the platform host; completing one posts signed events."""

    name = "sandbox"

    def customer_create(self, *, tenant, email: str) -> str:
        return "cus_sandbox_" + secrets.token_hex(8)

    def _session(self) -> Session:
        session_id = "cs_sandbox_" + secrets.token_hex(12)
        return Session(
            session_id,
            public_url(reverse("billing_sandbox:checkout", args=[session_id], urlconf=settings.PUBLIC_SCHEMA_URLCONF)),
        )

    def checkout_top_up(self, **kwargs) -> Session:
        return self._session()

    def checkout_subscription(self, **kwargs) -> Session:
        return self._session()

    def portal_session(self, *, customer_id: str, return_url: str) -> str:
        return return_url

    def meter_event(self, *, customer_id: str, value: int, identifier: str, timestamp: int) -> None:
        return None


def gateway():
    if settings.STRIPE_SECRET_KEY:
        return StripeGateway(settings.STRIPE_SECRET_KEY, settings.STRIPE_API_BASE)
    return SandboxGateway()
