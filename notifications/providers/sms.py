"""The SMS adapter: one narrow interface, two providers.

`sandbox` (the default) keeps messages in the tenant's schema so the portal
can show them; `twilio` sends through the official SDK. Errors say whether
they are permanent (never retry) or transient (retry later), per
contracts/twilio.md.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import requests
from django.conf import settings

GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€"
)
GSM7_EXTENDED = set("^{}\\[~]|€")
OPTED_OUT_CODES = {21610}
INVALID_NUMBER_CODES = {21211, 21614, 21612, 21408}
TRANSIENT_CODES = {20429, 20500, 20503, 30001, 30002, 30003, 30005, 30006, 30008, 30009, 30010}


def segments_for(body: str) -> int:
    """How many SMS segments a body takes (what the carrier charges by)."""
    if all(ch in GSM7 for ch in body):
        length = sum(2 if ch in GSM7_EXTENDED else 1 for ch in body)
        return 1 if length <= 160 else -(-length // 153)
    units = len(body.encode("utf-16-le")) // 2
    return 1 if units <= 70 else -(-units // 67)


class SmsError(Exception):
    def __init__(self, message: str, *, permanent: bool, code: str = "", opted_out: bool = False):
        super().__init__(message)
        self.permanent = permanent
        self.code = code
        self.opted_out = opted_out


@dataclass(frozen=True)
class SmsResult:
    provider_id: str
    status: str
    segments: int
    price: Decimal | None = None
    price_unit: str = ""


class SandboxSms:
    """Stores the message where the portal shows it; nothing leaves the machine."""

    name = "sandbox"

    def send(self, *, to: str, body: str, status_callback: str | None = None) -> SmsResult:
        from notifications.models import SandboxMessage

        sid = "SM" + secrets.token_hex(16)
        SandboxMessage.objects.create(
            sid=sid, to=to, from_number=settings.TWILIO_FROM_NUMBER or "sandbox", body=body, status="delivered"
        )
        return SmsResult(provider_id=sid, status="delivered", segments=segments_for(body))


class TwilioSms:
    """The real thing, on the official SDK. TWILIO_BASE_URL points it at a local fake in tests."""

    name = "twilio"

    def __init__(self):
        from twilio.http.http_client import TwilioHttpClient
        from twilio.rest import Client

        self.client = Client(
            settings.TWILIO_ACCOUNT_SID,
            settings.TWILIO_AUTH_TOKEN,
            http_client=TwilioHttpClient(timeout=settings.TWILIO_TIMEOUT_SECONDS),
        )
        if settings.TWILIO_BASE_URL:
            self.client.api.base_url = settings.TWILIO_BASE_URL.rstrip("/")

    def send(self, *, to: str, body: str, status_callback: str | None = None) -> SmsResult:
        from twilio.base.exceptions import TwilioException, TwilioRestException

        sender = (
            {"messaging_service_sid": settings.TWILIO_MESSAGING_SERVICE_SID}
            if settings.TWILIO_MESSAGING_SERVICE_SID
            else {"from_": settings.TWILIO_FROM_NUMBER}
        )
        kwargs = {"to": to, "body": body, **sender}
        if status_callback:
            kwargs["status_callback"] = status_callback
        try:
            message = self.client.messages.create(**kwargs)
        except TwilioRestException as exc:
            raise _classify(exc) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise SmsError(f"Could not reach Twilio: {type(exc).__name__}", permanent=False) from exc
        except TwilioException as exc:
            raise SmsError(str(exc)[:300] or "Twilio error", permanent=False) from exc
        price = None
        if message.price not in (None, ""):
            try:
                price = Decimal(str(message.price))
            except InvalidOperation:
                price = None
        try:
            segments = int(message.num_segments)
        except (TypeError, ValueError):
            segments = segments_for(body)
        return SmsResult(
            provider_id=message.sid,
            status=str(message.status or "queued"),
            segments=segments,
            price=price,
            price_unit=(message.price_unit or "")[:3],
        )


def _classify(exc) -> SmsError:
    code = exc.code
    message = (exc.msg or f"Twilio answered {exc.status}")[:300]
    if code in OPTED_OUT_CODES:
        return SmsError(message, permanent=True, code=str(code), opted_out=True)
    if code in INVALID_NUMBER_CODES:
        return SmsError(message, permanent=True, code=str(code))
    if code in TRANSIENT_CODES or exc.status >= 500 or exc.status == 429:
        return SmsError(message, permanent=False, code=str(code or exc.status))
    return SmsError(message, permanent=True, code=str(code or exc.status))


def sms_provider():
    return TwilioSms() if settings.SMS_PROVIDER == "twilio" else SandboxSms()
