"""Stripe: webhook verification (forged, stale, replayed), idempotent processing, top-ups credited once,
subscriptions, and the SDK adapter against a local fake HTTP server."""

import json
import threading
import time
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
import stripe
from django.conf import settings

from billing.models import BillingAccount, CheckoutSession, LedgerEntry, StripeEvent
from billing.services import checkout
from billing.stripe_gateway import StripeGateway
from billing.views import sandbox_events

pytestmark = pytest.mark.django_db


def post_event(client, event: dict, *, secret=None, timestamp=None):
    payload = json.dumps(event)
    header = stripe.WebhookSignature.generate_signature_header(
        payload, secret or settings.STRIPE_WEBHOOK_SECRET, timestamp=timestamp
    )
    return client.post("/hooks/stripe/", data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=header)


@pytest.fixture
def top_up(tenant_a, owner_a):
    return checkout.top_up_checkout(tenant=tenant_a, amount="25.00", actor=owner_a.user)


def test_a_completed_top_up_is_credited_once(public_client, top_up, tenant_a, run_on_commit):
    first, second = sandbox_events(top_up)[0], sandbox_events(top_up)[0]  # two deliveries, two event ids
    with run_on_commit():
        assert post_event(public_client, first).status_code == 200
    with run_on_commit():
        assert post_event(public_client, first).json()["duplicate"] is True  # replayed: same event id
        assert post_event(public_client, second).status_code == 200
    entries = LedgerEntry.objects.filter(tenant=tenant_a, category="top_up")
    assert entries.count() == 1 and entries.get().amount == Decimal("25.00")
    assert BillingAccount.objects.get(tenant=tenant_a).balance == Decimal("25.00")
    assert StripeEvent.objects.filter(event_id=first["id"]).count() == 1
    assert StripeEvent.objects.get(event_id=first["id"]).tenant == tenant_a
    assert CheckoutSession.objects.get(pk=top_up.pk).completed_at is not None


def test_forged_signatures_are_refused_and_nothing_is_stored(public_client, top_up, tenant_a):
    event = sandbox_events(top_up)[0]
    assert post_event(public_client, event, secret="whsec_someone_else").status_code == 400
    payload = json.dumps(event)
    header = stripe.WebhookSignature.generate_signature_header(payload, settings.STRIPE_WEBHOOK_SECRET)
    tampered = payload.replace('"amount_total": 2500', '"amount_total": 999900')
    response = public_client.post(
        "/hooks/stripe/", data=tampered, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
    )
    assert response.status_code == 400
    assert public_client.post("/hooks/stripe/", data=payload, content_type="application/json").status_code == 400
    assert not StripeEvent.objects.exists()
    assert not LedgerEntry.objects.filter(tenant=tenant_a).exists()


def test_stale_events_are_refused(public_client, top_up):
    event = sandbox_events(top_up)[0]
    assert post_event(public_client, event, timestamp=int(time.time()) - 301).status_code == 400
    assert post_event(public_client, event, timestamp=int(time.time()) - 250).status_code == 200


def test_any_matching_v1_passes_for_secret_rotation(public_client, top_up):
    payload = json.dumps(sandbox_events(top_up)[0])
    now = int(time.time())
    good = stripe.WebhookSignature.generate_signature_header(payload, settings.STRIPE_WEBHOOK_SECRET, timestamp=now)
    header = f"t={now},v1={'0' * 64},{good.split(',')[1]}"
    response = public_client.post(
        "/hooks/stripe/", data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=header
    )
    assert response.status_code == 200


def test_a_top_up_for_another_tenants_session_id_is_not_credited(public_client, top_up, tenant_a, run_on_commit):
    event = sandbox_events(top_up)[0]
    event["data"]["object"]["client_reference_id"] = "topup_guessed"
    with run_on_commit():
        assert post_event(public_client, event).status_code == 200
    assert not LedgerEntry.objects.filter(tenant=tenant_a).exists()


def test_subscription_checkout_provisions_on_the_webhook(public_client, tenant_a, owner_a, run_on_commit):
    session = checkout.subscription_checkout(tenant=tenant_a, plan_code="pro", actor=owner_a.user)
    assert BillingAccount.objects.get(tenant=tenant_a).subscription_status == ""
    with run_on_commit():
        for event in sandbox_events(session):
            assert post_event(public_client, event).status_code == 200
    account = BillingAccount.objects.select_related("plan").get(tenant=tenant_a)
    assert account.plan.code == "pro" and account.subscription_status == "active"
    assert account.stripe_subscription_id.startswith("sub_")
    older = {
        "id": "evt_old",
        "object": "event",
        "type": "customer.subscription.updated",
        "created": 1,
        "data": {
            "object": {
                "id": account.stripe_subscription_id,
                "customer": account.stripe_customer_id,
                "status": "canceled",
            }
        },
    }
    newer = {**older, "id": "evt_new", "created": int(time.time()) + 5}
    newer["data"] = {"object": {**older["data"]["object"], "status": "past_due"}}
    with run_on_commit():
        post_event(public_client, newer)
        post_event(public_client, older)  # arrives late: ignored
    assert BillingAccount.objects.get(tenant=tenant_a).subscription_status == "past_due"


def test_top_up_api_answers_the_checkout_and_refuses_bad_amounts(api, owner_a, viewer_a, manager_a):
    client = api(owner_a)
    response = client.post("/api/v1/billing/top-ups/", {"amount": "40"}, format="json")
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"checkout_url", "checkout_session_id", "client_reference_id", "currency"}
    assert "/billing-sandbox/checkout/" in body["checkout_url"]
    for bad in ("abc", "-5", "1.234", "0", "999999999"):
        response = client.post("/api/v1/billing/top-ups/", {"amount": bad}, format="json")
        assert response.status_code == 400 and response.json()["error"]["fields"]["amount"]
    response = client.post("/api/v1/billing/top-ups/", [1, 2], format="json")
    assert response.status_code == 400
    for member in (viewer_a, manager_a):
        assert api(member).post("/api/v1/billing/top-ups/", {"amount": "40"}, format="json").status_code == 403
        assert api(member).get("/api/v1/billing/balance/").status_code == 403


# --- the real SDK against a local fake of Stripe's API ------------------------------------------


class FakeStripe(BaseHTTPRequestHandler):
    requests: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
        FakeStripe.requests.append((self.path, parse_qs(body), self.headers.get("Authorization")))
        if self.path == "/v1/checkout/sessions":
            answer = {"id": "cs_test_123", "object": "checkout.session", "url": "https://checkout.stripe.test/c/123"}
        elif self.path == "/v1/billing_portal/sessions":
            answer = {"id": "bps_1", "object": "billing_portal.session", "url": "https://billing.stripe.test/p/1"}
        elif self.path == "/v1/customers":
            answer = {"id": "cus_test_1", "object": "customer"}
        elif self.path == "/v1/billing/meter_events":
            answer = {"object": "billing.meter_event", "identifier": parse_qs(body)["identifier"][0]}
        else:
            self.send_response(404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"error": {"type": "invalid_request_error", "message": "No such route"}}')
            return
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_stripe():
    FakeStripe.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeStripe)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_sdk_adapter_opens_checkout_portal_and_reports_meter_events(fake_stripe, tenant_a):
    gateway = StripeGateway("sk_test_local", fake_stripe)
    session = gateway.checkout_top_up(
        customer_id="cus_1",
        amount=Decimal("12.34"),
        currency="USD",
        client_reference_id="topup_x",
        success_url="https://a.test/ok",
        cancel_url="https://a.test/no",
        tenant=tenant_a,
    )
    assert session.id == "cs_test_123" and session.url.startswith("https://checkout.stripe.test/")
    path, form, auth = FakeStripe.requests[-1]
    assert path == "/v1/checkout/sessions" and auth == "Bearer sk_test_local"
    assert form["line_items[0][price_data][unit_amount]"] == ["1234"] and form["mode"] == ["payment"]
    assert form["client_reference_id"] == ["topup_x"]
    assert (
        gateway.portal_session(customer_id="cus_1", return_url="https://a.test/") == "https://billing.stripe.test/p/1"
    )
    gateway.meter_event(customer_id="cus_1", value=42, identifier="alpha:17", timestamp=1_700_000_000)
    path, form, _ = FakeStripe.requests[-1]
    assert path == "/v1/billing/meter_events"
    assert form["identifier"] == ["alpha:17"] and form["payload[value]"] == ["42"]
    assert form["payload[stripe_customer_id]"] == ["cus_1"]


def test_subscription_checkout_has_no_quantity_on_the_metered_price(fake_stripe, tenant_a):
    from billing.models import Plan

    plan = Plan.objects.get(code="pro")
    plan.stripe_price_id, plan.stripe_overage_price_id = "price_base", "price_metered"
    gateway = StripeGateway("sk_test_local", fake_stripe)
    gateway.checkout_subscription(
        customer_id="cus_1",
        plan=plan,
        client_reference_id="sub_x",
        success_url="https://a.test/ok",
        cancel_url="https://a.test/no",
        tenant=tenant_a,
    )
    _, form, _ = FakeStripe.requests[-1]
    assert form["mode"] == ["subscription"]
    assert form["line_items[1][price]"] == ["price_metered"] and "line_items[1][quantity]" not in form


def test_stripe_errors_become_clear_validation_errors(fake_stripe, tenant_a, owner_a, settings):
    from django.core.exceptions import ValidationError

    from billing.stripe_gateway import GatewayError

    gateway = StripeGateway("sk_test_local", fake_stripe)
    with pytest.raises(GatewayError) as info:
        gateway._call(gateway.client.v1.prices.create, {"currency": "usd"})
    assert info.value.permanent
    settings.STRIPE_SECRET_KEY = "sk_test_local"
    settings.STRIPE_API_BASE = fake_stripe + "/broken"
    with pytest.raises(ValidationError):
        checkout.top_up_checkout(tenant=tenant_a, amount="10", actor=owner_a.user)
