"""Sending a lead the properties that match what they asked for, by SMS or email, when staff ask.

The message goes through the notifications outbox (the row is written
first, the opt-out/DNC/switch checks are the ones every message passes) and
shows in the contact's message log.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from notifications.services import contact_email, contact_text
from properties.matching import Match, contact_matches

CHANNELS = ("sms", "email")
SMS_LIMIT = 3
EMAIL_LIMIT = 5
KIND = "properties.matches"


def price_text(prop) -> str:
    if prop.price_min == prop.price_max:
        return f"{prop.currency} {prop.price_min:,.0f}"
    return f"{prop.currency} {prop.price_min:,.0f}–{prop.price_max:,.0f}"


def _line(index: int, match: Match) -> str:
    prop = match.prop
    ref = f" (ref {prop.reference})" if prop.reference else ""
    return f"{index}. {prop.name}, {prop.location}: {price_text(prop)}{ref}"


def sms_body(*, tenant, contact, matches: list[Match]) -> str:
    greeting = f"Hi {contact.first_name}," if contact.first_name else "Hello,"
    lines = [f"{greeting} homes from {tenant.name} that fit what you asked for:"]
    lines += [_line(i, m) for i, m in enumerate(matches[:SMS_LIMIT], start=1)]
    lines.append("Reply to arrange a viewing.")
    return "\n".join(lines)[:1000]


def email_body(*, tenant, contact, matches: list[Match]) -> tuple[str, str]:
    greeting = f"Hi {contact.first_name}," if contact.first_name else "Hello,"
    parts = [
        greeting,
        "",
        "Thank you for speaking with us. These properties fit what you told us you are looking for:",
        "",
    ]
    for index, match in enumerate(matches[:EMAIL_LIMIT], start=1):
        prop = match.prop
        parts.append(_line(index, match))
        parts.append(f"   {prop.get_type_display()}" + (f", {prop.bedrooms} bedrooms" if prop.bedrooms else ""))
        if match.reasons:
            parts.append("   Why: " + "; ".join(match.reasons))
        if prop.amenities:
            parts.append("   Amenities: " + ", ".join(prop.amenities[:8]))
        if prop.description:
            parts.append("   " + prop.description.strip().splitlines()[0][:300])
        parts.append("")
    parts += ["Reply to this email to arrange a viewing.", "", tenant.name]
    return f"Properties that match what you asked for — {tenant.name}", "\n".join(parts)


def matches_send(*, tenant, contact, channel: str, actor=None):
    """Queue the contact's current matches on `channel`; refuses with a reason when there is nothing to send."""
    if channel not in CHANNELS:
        raise ValidationError({"channel": [f"Choose one of: {', '.join(CHANNELS)}."]})
    prefs, matches = contact_matches(contact, limit=EMAIL_LIMIT)
    if prefs.empty:
        raise ValidationError({"contact": ["This contact has not said what they are looking for yet."]})
    if not matches:
        raise ValidationError({"contact": ["No available property matches what this contact asked for."]})
    try:
        if channel == "sms":
            return contact_text(
                contact=contact, body=sms_body(tenant=tenant, contact=contact, matches=matches), kind=KIND
            )
        subject, body = email_body(tenant=tenant, contact=contact, matches=matches)
        return contact_email(contact=contact, subject=subject, body=body, kind=KIND)
    except ValidationError as exc:
        raise ValidationError({"channel": exc.messages}) from exc
