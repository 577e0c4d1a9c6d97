"""The Twilio adapter on the real SDK against a local fake API, and Twilio's callbacks to us."""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.test import override_settings
from twilio.request_validator import RequestValidator

from contacts.models import ConsentRecord, DncEntry
from contacts.services import dnc_add
from notifications.models import InboundMessage, Notification, NotificationStatus
from notifications.providers.sms import SmsError, TwilioSms, segments_for
from notifications.services import notification_deliver, notifications_due
from tenants.services import hook_token_for, tenant_suspend
from tests.contacts.factories import ContactFactory
from tests.notifications.factories import NotificationFactory

pytestmark = pytest.mark.django_db

ACCOUNT = "AC" + "1" * 32
TOKEN = "twilio-auth-token-for-tests"
PHONE = "+447912345321"


class FakeTwilio(BaseHTTPRequestHandler):
    """Answers POST /2010-04-01/Accounts/<sid>/Messages.json the way Twilio does."""

    requests: list
    reply: tuple

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = parse_qs(self.rfile.read(length).decode())
        self.server.requests.append({"path": self.path, "form": form, "auth": self.headers.get("Authorization")})
        status, body = self.server.reply
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_twilio():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeTwilio)
    server.requests = []
    server.reply = (
        201,
        {
            "sid": "SM" + "a" * 32,
            "status": "queued",
            "num_segments": "1",
            "price": None,
            "price_unit": "USD",
            "to": PHONE,
            "body": "hi",
        },
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings = {
        "SMS_PROVIDER": "twilio",
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_AUTH_TOKEN": TOKEN,
        "TWILIO_FROM_NUMBER": "+447400123456",
        "TWILIO_MESSAGING_SERVICE_SID": "",
        "TWILIO_BASE_URL": f"http://127.0.0.1:{server.server_address[1]}",
    }
    with override_settings(**settings):
        yield server
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_the_sdk_sends_to_the_messages_endpoint(fake_twilio):
    result = TwilioSms().send(to=PHONE, body="Hello there", status_callback="https://x.test/hooks/twilio/t/status/")
    assert result.provider_id == "SM" + "a" * 32
    assert result.status == "queued"
    assert result.segments == 1
    (request,) = fake_twilio.requests
    assert request["path"] == f"/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
    assert request["form"]["To"] == [PHONE]
    assert request["form"]["From"] == ["+447400123456"]
    assert request["form"]["Body"] == ["Hello there"]
    assert request["form"]["StatusCallback"] == ["https://x.test/hooks/twilio/t/status/"]
    assert request["auth"] == "Basic " + base64.b64encode(f"{ACCOUNT}:{TOKEN}".encode()).decode()


def test_a_messaging_service_replaces_the_from_number(fake_twilio):
    with override_settings(TWILIO_MESSAGING_SERVICE_SID="MG" + "2" * 32):
        TwilioSms().send(to=PHONE, body="Hi")
    form = fake_twilio.requests[0]["form"]
    assert form["MessagingServiceSid"] == ["MG" + "2" * 32]
    assert "From" not in form


@pytest.mark.parametrize(
    ("status", "code", "permanent", "opted_out"),
    [
        (400, 21610, True, True),
        (400, 21211, True, False),
        (400, 21614, True, False),
        (429, 20429, False, False),
        (500, 20500, False, False),
        (503, None, False, False),
        (400, 21602, True, False),
    ],
)
def test_errors_say_whether_they_are_permanent(fake_twilio, status, code, permanent, opted_out):
    fake_twilio.reply = (status, {"code": code, "message": "Nope", "status": status, "more_info": ""})
    with pytest.raises(SmsError) as excinfo:
        TwilioSms().send(to=PHONE, body="Hi")
    assert excinfo.value.permanent is permanent
    assert excinfo.value.opted_out is opted_out


def test_an_unreachable_api_is_transient():
    with (
        override_settings(
            SMS_PROVIDER="twilio",
            TWILIO_ACCOUNT_SID=ACCOUNT,
            TWILIO_AUTH_TOKEN=TOKEN,
            TWILIO_FROM_NUMBER="+447400123456",
            TWILIO_BASE_URL="http://127.0.0.1:9",
        ),
        pytest.raises(SmsError) as excinfo,
    ):
        TwilioSms().send(to=PHONE, body="Hi")
    assert excinfo.value.permanent is False


def test_delivery_through_twilio_records_the_sid_and_callback(fake_twilio, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        notification = NotificationFactory(status="pending", recipient=PHONE, body="Booked!")
        notification_deliver(notification_id=notification.pk)
        notification.refresh_from_db()
        token = hook_token_for(tenant=tenant_a, purpose="twilio").token
    assert notification.status == NotificationStatus.SENT
    assert notification.provider == "twilio"
    assert notification.provider_id == "SM" + "a" * 32
    assert notification.provider_status == "queued"
    callback = fake_twilio.requests[0]["form"]["StatusCallback"][0]
    assert callback == f"http://localhost:8000/hooks/twilio/{token}/status/"


def test_twilio_opt_out_error_fails_permanently_and_marks_dnc(fake_twilio, tenant_a, in_tenant):
    fake_twilio.reply = (400, {"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400})
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=PHONE)
        notification = NotificationFactory(status="pending", recipient=PHONE, contact=contact)
        notification_deliver(notification_id=notification.pk)
        notification.refresh_from_db()
        assert notification.status == NotificationStatus.FAILED
        assert notification.error_code == "21610"
        assert DncEntry.objects.filter(phone=PHONE).exists()
        assert ConsentRecord.objects.filter(contact=contact, channel="sms", granted=False).exists()


def test_twilio_outage_is_retried_later(fake_twilio, tenant_a, in_tenant):
    fake_twilio.reply = (503, {"message": "Service unavailable", "status": 503})
    with in_tenant(tenant_a):
        notification = NotificationFactory(status="pending", recipient=PHONE)
        notification_deliver(notification_id=notification.pk)
        notification.refresh_from_db()
        assert notification.status == NotificationStatus.RETRYING
        assert notifications_due(now=notification.next_attempt_at) == [notification.pk]
        fake_twilio.reply = (201, {"sid": "SM" + "b" * 32, "status": "queued", "num_segments": "2"})
        notification_deliver(notification_id=notification.pk, now=notification.next_attempt_at)
        notification.refresh_from_db()
        assert notification.status == NotificationStatus.SENT
        assert notification.segments == 2
        assert notification.attempts == 2


def test_segments_follow_the_encoding():
    assert segments_for("a" * 160) == 1
    assert segments_for("a" * 161) == 2
    assert segments_for("é" * 160) == 1
    assert segments_for("ł" * 70) == 1
    assert segments_for("ł" * 71) == 2
    assert segments_for("€" * 80) == 1
    assert segments_for("€" * 81) == 2


# --- callbacks from Twilio ------------------------------------------------------------------------------


def _signed_post(client, path, params, url=None, token=TOKEN):
    url = url or f"http://localhost:8000{path}"
    signature = RequestValidator(token).compute_signature(url, params)
    return client.post(path, params, HTTP_X_TWILIO_SIGNATURE=signature)


@pytest.fixture
def twilio_paths(tenant_a):
    token = hook_token_for(tenant=tenant_a, purpose="twilio").token
    with override_settings(TWILIO_AUTH_TOKEN=TOKEN):
        yield f"/hooks/twilio/{token}/status/", f"/hooks/twilio/{token}/inbound/"


def test_status_callbacks_only_move_forward(twilio_paths, tenant_a, in_tenant, public_client):
    status_path, _ = twilio_paths
    with in_tenant(tenant_a):
        notification = NotificationFactory(provider_id="SM123", provider_status="queued", status="sent")
    for status in ("sent", "delivered", "sent", "queued", "delivered"):
        params = {"MessageSid": "SM123", "MessageStatus": status, "To": PHONE, "From": "+447400123456"}
        assert _signed_post(public_client, status_path, params).status_code == 204
    with in_tenant(tenant_a):
        notification.refresh_from_db()
    assert notification.provider_status == "delivered"
    assert notification.status == NotificationStatus.DELIVERED
    assert notification.delivered_at is not None


def test_undelivered_with_opt_out_code_marks_dnc(twilio_paths, tenant_a, in_tenant, public_client):
    status_path, _ = twilio_paths
    with in_tenant(tenant_a):
        NotificationFactory(provider_id="SM124", provider_status="sent", status="sent", recipient=PHONE)
    params = {"MessageSid": "SM124", "MessageStatus": "undelivered", "ErrorCode": "21610", "To": PHONE}
    assert _signed_post(public_client, status_path, params).status_code == 204
    with in_tenant(tenant_a):
        notification = Notification.objects.get(provider_id="SM124")
        assert notification.status == NotificationStatus.FAILED
        assert notification.error_code == "21610"
        assert DncEntry.objects.filter(phone=PHONE).exists()


def test_extra_parameters_twilio_adds_are_part_of_the_signature(twilio_paths, tenant_a, in_tenant, public_client):
    status_path, _ = twilio_paths
    with in_tenant(tenant_a):
        NotificationFactory(provider_id="SM125", provider_status="queued", status="sent")
    params = {"MessageSid": "SM125", "MessageStatus": "sent", "ApiVersion": "2010-04-01", "RawDlrDoneDate": "2601"}
    assert _signed_post(public_client, status_path, params).status_code == 204


@pytest.mark.parametrize(
    "how",
    ["missing", "wrong-token", "wrong-url", "tampered"],
)
def test_unsigned_or_forged_callbacks_are_refused(twilio_paths, tenant_a, in_tenant, public_client, how):
    status_path, _ = twilio_paths
    with in_tenant(tenant_a):
        NotificationFactory(provider_id="SM126", provider_status="queued", status="sent")
    params = {"MessageSid": "SM126", "MessageStatus": "delivered"}
    if how == "missing":
        response = public_client.post(status_path, params)
    elif how == "wrong-token":
        response = _signed_post(public_client, status_path, params, token="other-token")
    elif how == "wrong-url":
        response = _signed_post(public_client, status_path, params, url="https://evil.test" + status_path)
    else:
        signature = RequestValidator(TOKEN).compute_signature(f"http://localhost:8000{status_path}", params)
        response = public_client.post(
            status_path, {**params, "MessageStatus": "failed"}, HTTP_X_TWILIO_SIGNATURE=signature
        )
    assert response.status_code == 403
    with in_tenant(tenant_a):
        assert Notification.objects.get(provider_id="SM126").provider_status == "queued"


def test_callbacks_are_refused_when_no_auth_token_is_configured(twilio_paths, public_client):
    status_path, _ = twilio_paths
    with override_settings(TWILIO_AUTH_TOKEN=""):
        response = _signed_post(public_client, status_path, {"MessageSid": "SM1", "MessageStatus": "sent"})
    assert response.status_code == 403


def test_behind_a_proxy_the_configured_public_url_is_what_counts(twilio_paths, tenant_a, in_tenant, public_client):
    status_path, _ = twilio_paths
    with in_tenant(tenant_a):
        NotificationFactory(provider_id="SM127", provider_status="queued", status="sent")
    params = {"MessageSid": "SM127", "MessageStatus": "sent"}
    with override_settings(PUBLIC_SCHEME="https", BASE_HOST="voice.example.com", PUBLIC_PORT=""):
        ok = _signed_post(public_client, status_path, params, url=f"https://voice.example.com{status_path}")
        bad = _signed_post(public_client, status_path, params, url=f"http://localhost:8000{status_path}")
    assert ok.status_code == 204
    assert bad.status_code == 403


@pytest.mark.parametrize(
    "word", ["STOP", "stop", "Unsubscribe", "CANCEL", "end", "QUIT", "REVOKE", "OPTOUT", "STOPALL"]
)
def test_opt_out_words_put_the_number_on_dnc_and_record_consent(twilio_paths, tenant_a, in_tenant, public_client, word):
    _, inbound_path = twilio_paths
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=PHONE)
    params = {"MessageSid": "SMin1", "From": PHONE, "To": "+447400123456", "Body": f" {word} "}
    response = _signed_post(public_client, inbound_path, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/xml")
    assert "<Message>" not in response.content.decode()
    with in_tenant(tenant_a):
        assert DncEntry.objects.get(phone=PHONE).source == "sms_stop"
        consent = ConsentRecord.objects.get(contact=contact)
        assert (consent.channel, consent.granted, consent.source) == ("sms", False, "sms_stop")
        contact.refresh_from_db()
        assert contact.do_not_call is True
        assert InboundMessage.objects.get().action == "opt_out"


def test_start_opts_back_in(twilio_paths, tenant_a, in_tenant, public_client):
    _, inbound_path = twilio_paths
    with in_tenant(tenant_a):
        contact = ContactFactory(phone=PHONE)
        dnc_add(phone=PHONE, tenant=tenant_a, reason="STOP", source="sms_stop")
    _signed_post(public_client, inbound_path, {"MessageSid": "SMin2", "From": PHONE, "Body": "START"})
    with in_tenant(tenant_a):
        assert not DncEntry.objects.filter(phone=PHONE).exists()
        assert ConsentRecord.objects.get(contact=contact).granted is True


def test_advanced_opt_out_type_wins_over_the_text(twilio_paths, tenant_a, in_tenant, public_client):
    _, inbound_path = twilio_paths
    params = {"MessageSid": "SMin3", "From": PHONE, "Body": "Stop texting me please", "OptOutType": "STOP"}
    _signed_post(public_client, inbound_path, params)
    with in_tenant(tenant_a):
        assert DncEntry.objects.filter(phone=PHONE).exists()


def test_help_gets_the_tenants_help_text(twilio_paths, tenant_a, in_tenant, public_client):
    _, inbound_path = twilio_paths
    response = _signed_post(public_client, inbound_path, {"MessageSid": "SMin4", "From": PHONE, "Body": "HELP"})
    body = response.content.decode()
    assert "<Message>Alpha Dental: appointment messages." in body
    assert "Reply STOP to opt out." in body
    # With Advanced Opt-Out Twilio has already answered.
    again = _signed_post(
        public_client, inbound_path, {"MessageSid": "SMin5", "From": PHONE, "Body": "HELP", "OptOutType": "HELP"}
    )
    assert "<Message>" not in again.content.decode()


def test_other_messages_change_nothing_and_replays_are_processed_once(twilio_paths, tenant_a, in_tenant, public_client):
    _, inbound_path = twilio_paths
    params = {"MessageSid": "SMin6", "From": PHONE, "Body": "Can I come at 3 instead?"}
    _signed_post(public_client, inbound_path, params)
    stop = {"MessageSid": "SMin7", "From": PHONE, "Body": "STOP"}
    _signed_post(public_client, inbound_path, stop)
    _signed_post(public_client, inbound_path, stop)
    with in_tenant(tenant_a):
        assert InboundMessage.objects.count() == 2
        assert InboundMessage.objects.get(message_sid="SMin6").action == "none"
        assert DncEntry.objects.count() == 1


def test_inbound_needs_a_sender_and_an_active_tenant(twilio_paths, tenant_a, in_tenant, public_client):
    _, inbound_path = twilio_paths
    assert _signed_post(public_client, inbound_path, {"Body": "STOP"}).status_code == 400
    assert _signed_post(public_client, "/hooks/twilio/nope/inbound/", {"Body": "STOP"}).status_code == 404
    tenant_suspend(tenant=tenant_a)
    response = _signed_post(public_client, inbound_path, {"MessageSid": "SMin8", "From": PHONE, "Body": "STOP"})
    assert response.status_code == 403
    with in_tenant(tenant_a):
        assert not InboundMessage.objects.exists()
