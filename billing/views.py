"""Portal billing page (owners and admins), the Stripe webhook, and the sandbox checkout page."""

from __future__ import annotations

import json
import logging
import secrets
import time

import httpx
import stripe
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from billing import limits, selectors
from billing.api import invoice_pdf_response
from billing.models import CheckoutSession, Invoice, Plan
from billing.services import checkout, usage
from billing.services.ledger import account_for, rates_for
from billing.services.stripe_events import WebhookRefused, webhook_receive
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm

logger = logging.getLogger(__name__)


def _message(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return " ".join(m for messages_ in exc.message_dict.values() for m in messages_)
    return " ".join(exc.messages)


# Where the billing page's forms may lead: the browser checks form-action on the redirect to checkout too.
CHECKOUT_ORIGINS = ("https://checkout.stripe.com", "https://billing.stripe.com")


def checkout_csp() -> str:
    from urllib.parse import urlsplit

    public = urlsplit(settings.PUBLIC_BASE_URL)
    origins = " ".join((*CHECKOUT_ORIGINS, f"{public.scheme}://{public.netloc}"))
    return settings.CONTENT_SECURITY_POLICY.replace("form-action 'self'", f"form-action 'self' {origins}")


class BillingView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_BILLING
    write_perm = Perm.MANAGE_BILLING

    def get(self, request):
        tenant = request.tenant
        account = account_for(tenant)
        rates = rates_for(account)
        entries = selectors.transactions(tenant)
        context = {
            "account": account,
            "rates": rates,
            "low": account.state != "ok",
            "usage": usage.usage_this_month(tenant),
            "meters": limits.meters(tenant),
            "page": Paginator(entries, 25).get_page(request.GET.get("page")),
            "invoices": selectors.invoices(tenant)[:24],
            "plans": Plan.objects.filter(is_active=True),
            "subscribed": limits.is_subscribed(account),
            "trial_expired": limits.trial_expired(account),
            "checkout": request.GET.get("checkout", ""),
        }
        response = render(request, "billing/billing.html", context)
        response["Content-Security-Policy"] = checkout_csp()
        return response

    def post(self, request):
        action = request.POST.get("action")
        try:
            if action == "top_up":
                session = checkout.top_up_checkout(
                    tenant=request.tenant, amount=request.POST.get("amount", ""), actor=request.user
                )
                return redirect(session.url)
            if action == "subscribe":
                session = checkout.subscription_checkout(
                    tenant=request.tenant, plan_code=request.POST.get("plan", ""), actor=request.user
                )
                return redirect(session.url)
            if action == "manage":
                return redirect(checkout.portal_session_url(tenant=request.tenant))
        except ValidationError as exc:
            messages.error(request, _message(exc))
            return redirect("billing:home")
        messages.error(request, "Unknown action.")
        return redirect("billing:home")


class TransactionsCsvView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_BILLING

    def get(self, request):
        response = HttpResponse(
            selectors.transactions_csv(selectors.transactions(request.tenant)), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="transactions-{request.tenant.slug}.csv"'
        return response


class InvoicePdfView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_BILLING
    model = Invoice

    def get(self, request, pk: int):
        invoice = get_object_or_404(Invoice.objects.select_related("tenant"), tenant=request.tenant, pk=pk)
        return invoice_pdf_response(invoice)


# --- the platform host: Stripe's webhook and the sandbox checkout -------------------------------


@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        _stored, created = webhook_receive(payload=request.body, signature=request.headers.get("Stripe-Signature", ""))
    except WebhookRefused as exc:
        return HttpResponseBadRequest(f"Refused: {exc}", content_type="text/plain")
    return JsonResponse({"received": True, "duplicate": not created})


def _session_or_404(session_id: str) -> CheckoutSession:
    if settings.STRIPE_SECRET_KEY:
        raise Http404("The sandbox is off: Stripe is configured.")
    return get_object_or_404(
        CheckoutSession.objects.select_related("tenant", "plan"), session_id=session_id, provider="sandbox"
    )


def sandbox_events(session: CheckoutSession) -> list[dict]:
    """The Stripe-shaped events Stripe would send when this Checkout session completes."""
    now = int(time.time())
    account = account_for(session.tenant)
    customer = account.stripe_customer_id
    obj = {
        "id": session.session_id,
        "object": "checkout.session",
        "client_reference_id": session.client_reference_id,
        "customer": customer,
        "currency": session.currency.lower(),
        "amount_total": int((session.amount or 0) * 100),
        "payment_status": "paid",
        "status": "complete",
        "mode": "payment" if session.mode == CheckoutSession.Mode.TOP_UP else "subscription",
        "metadata": {"tenant": session.tenant.slug, "kind": session.mode},
    }
    found = []
    if session.mode == CheckoutSession.Mode.SUBSCRIPTION:
        subscription_id = account.stripe_subscription_id or "sub_sandbox_" + secrets.token_hex(8)
        obj["subscription"] = subscription_id
        found.append(
            {
                "type": "customer.subscription.created",
                "object": {
                    "id": subscription_id,
                    "object": "subscription",
                    "customer": customer,
                    "status": "active",
                    "metadata": {"tenant": session.tenant.slug, "plan": session.plan.code if session.plan else ""},
                },
            }
        )
    found.insert(0, {"type": "checkout.session.completed", "object": obj})
    return [
        {
            "id": "evt_sandbox_" + secrets.token_hex(12),
            "object": "event",
            "api_version": "2025-01-27",
            "created": now,
            "livemode": False,
            "type": item["type"],
            "data": {"object": item["object"]},
        }
        for item in found
    ]


class SandboxCheckoutView(View):
    """Stripe's hosted checkout, played locally: paying posts signed events to /hooks/stripe/ over HTTP."""

    def get(self, request, session_id: str):
        session = _session_or_404(session_id)
        return self._page(request, session)

    def _page(self, request, session, error: str = "", status: int = 200):
        """The page, allowed (like Stripe's) to send its form back to the tenant's host."""
        from urllib.parse import urlsplit

        response = render(request, "billing/sandbox_checkout.html", {"session": session, "error": error}, status=status)
        back = urlsplit(session.success_url)
        response["Content-Security-Policy"] = settings.CONTENT_SECURITY_POLICY.replace(
            "form-action 'self'", f"form-action 'self' {back.scheme}://{back.netloc}"
        )
        return response

    def post(self, request, session_id: str):
        session = _session_or_404(session_id)
        if request.POST.get("action") == "cancel":
            return redirect(session.success_url.replace("checkout=done", "checkout=cancelled"))
        if session.completed_at is None:
            url = request.build_absolute_uri("/hooks/stripe/")
            for event in sandbox_events(session):
                payload = json.dumps(event)
                signature = stripe.WebhookSignature.generate_signature_header(payload, settings.STRIPE_WEBHOOK_SECRET)
                try:
                    response = httpx.post(
                        url,
                        content=payload.encode(),
                        headers={"Stripe-Signature": signature, "Content-Type": "application/json"},
                        timeout=15,
                    )
                except httpx.HTTPError as exc:
                    logger.warning("sandbox checkout could not post %s: %s", event["type"], exc)
                    return self._page(request, session, f"The platform did not answer: {exc}", 502)
                if response.status_code >= 300:
                    return self._page(request, session, f"The webhook answered {response.status_code}.", 502)
            CheckoutSession.objects.filter(pk=session.pk, completed_at__isnull=True).update(completed_at=timezone.now())
        return redirect(session.success_url)
