"""Inbound SMS: opt-out and opt-in keywords mirrored into the tenant's DNC list and consent records."""

from __future__ import annotations

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone

from contacts.models import Contact
from contacts.services import consent_record, dnc_add, dnc_remove
from notifications import rendering
from notifications.models import InboundMessage, SandboxMessage
from notifications.services.templates import notification_settings_get

OPT_OUT_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"})
OPT_IN_WORDS = frozenset({"START", "YES", "UNSTOP"})
HELP_WORDS = frozenset({"HELP"})


def keyword_action(body: str, opt_out_type: str = "") -> str:
    """What a message asks for: opt_out, opt_in, help or none. Twilio's OptOutType wins when present."""
    by_type = {
        "STOP": InboundMessage.Action.OPT_OUT,
        "START": InboundMessage.Action.OPT_IN,
        "HELP": InboundMessage.Action.HELP,
    }
    if opt_out_type and opt_out_type.upper() in by_type:
        return by_type[opt_out_type.upper()]
    word = (body or "").strip().upper().strip(".!")
    if word in OPT_OUT_WORDS:
        return InboundMessage.Action.OPT_OUT
    if word in OPT_IN_WORDS:
        return InboundMessage.Action.OPT_IN
    if word in HELP_WORDS:
        return InboundMessage.Action.HELP
    return InboundMessage.Action.NONE


def inbound_store(
    *, message_sid: str, from_number: str, to_number: str = "", body: str = "", opt_out_type: str = ""
) -> tuple[InboundMessage, bool]:
    """Keep an inbound message once per MessageSid; a repeat returns the stored row and False."""
    try:
        with transaction.atomic():
            message = InboundMessage.objects.create(
                message_sid=message_sid[:64],
                from_number=from_number[:32],
                to_number=to_number[:32],
                body=body[:2000],
                opt_out_type=opt_out_type[:10],
                action=keyword_action(body, opt_out_type),
            )
    except IntegrityError:
        return InboundMessage.objects.get(message_sid=message_sid[:64]), False
    return message, True


@transaction.atomic
def inbound_process(*, inbound_id: int, tenant) -> InboundMessage | None:
    """Mirror STOP / START into DNC and consent. Runs once per message (row lock + processed_at)."""
    message = InboundMessage.objects.select_for_update().filter(pk=inbound_id, processed_at__isnull=True).first()
    if message is None:
        return None
    phone = message.from_number
    contact = Contact.objects.filter(phone=phone).first()
    evidence = f"SMS {message.message_sid}: {message.body[:100]!r}"
    if message.action == InboundMessage.Action.OPT_OUT and phone.startswith("+"):
        dnc_add(phone=phone, tenant=tenant, reason=f"Texted {message.body.strip()[:40] or 'STOP'}", source="sms_stop")
        if contact is not None:
            consent_record(contact=contact, channel="sms", granted=False, source="sms_stop", evidence=evidence)
    elif message.action == InboundMessage.Action.OPT_IN and phone.startswith("+"):
        dnc_remove(phone=phone, tenant=tenant)
        if contact is not None:
            consent_record(contact=contact, channel="sms", granted=True, source="sms_start", evidence=evidence)
    message.contact = contact
    message.processed_at = timezone.now()
    message.save(update_fields=["contact", "processed_at"])
    return message


def help_reply(*, tenant) -> str:
    from notifications.services.delivery import company_phone

    text = notification_settings_get().sms_help_text
    return rendering.render(text, {"company_name": tenant.name, "company_phone": company_phone(tenant)})


def inbound_simulate(*, tenant, from_number: str, body: str) -> tuple[InboundMessage, str | None]:
    """An SMS sandbox reply, handled exactly like one from Twilio: (the stored message, the HELP answer)."""
    body = body.strip()[:1600]
    inbound, _ = inbound_store(message_sid="SMsim" + secrets.token_hex(14), from_number=from_number, body=body)
    SandboxMessage.objects.create(
        direction=SandboxMessage.Direction.INBOUND,
        sid=inbound.message_sid,
        to="tenant",
        from_number=from_number,
        body=body,
    )
    inbound_process(inbound_id=inbound.pk, tenant=tenant)
    reply = help_reply(tenant=tenant) if inbound.action == InboundMessage.Action.HELP else None
    return inbound, reply
