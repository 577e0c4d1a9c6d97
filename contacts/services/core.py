"""Contact use cases other apps rely on: find-or-create, status changes and consent.

Everything here runs inside the current tenant's schema.
"""

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from contacts.events import ContactCreated, LeadStatusChanged
from contacts.models import ConsentRecord, Contact, ContactSource, LeadStatus, StatusChange
from contacts.phones import normalize_phone, region_for_timezone, zone_for_phone
from contacts.services.dnc import is_on_dnc
from voiceplatform import events

S = LeadStatus

# Allowed lead status moves: the one place that decides them.
STATUS_TRANSITIONS: dict[str, frozenset[str]] = {
    S.NEW: frozenset(
        {
            S.TO_CALL,
            S.CALLING,
            S.IN_CALL,
            S.QUALIFIED,
            S.NOT_INTERESTED,
            S.FOLLOW_UP,
            S.CALLBACK_REQUESTED,
            S.HUMAN_INPUT_NEEDED,
            S.HUMAN_FOLLOW_UP,
            S.CONVERTED,
            S.LOST,
        }
    ),
    S.TO_CALL: frozenset({S.CALLING, S.IN_CALL, S.NOT_INTERESTED, S.LOST, S.HUMAN_FOLLOW_UP, S.NEW}),
    S.CALLING: frozenset(
        {
            S.IN_CALL,
            S.TO_CALL,
            S.UNRESPONSIVE,
            S.CALL_FAILED,
            S.FOLLOW_UP,
            S.CALLBACK_REQUESTED,
            S.NOT_INTERESTED,
            S.QUALIFIED,
            S.HUMAN_INPUT_NEEDED,
        }
    ),
    S.IN_CALL: frozenset(
        {
            S.QUALIFIED,
            S.NOT_INTERESTED,
            S.FOLLOW_UP,
            S.CALLBACK_REQUESTED,
            S.HUMAN_INPUT_NEEDED,
            S.HUMAN_FOLLOW_UP,
            S.CALL_FAILED,
            S.CONVERTED,
            S.TO_CALL,
            S.UNRESPONSIVE,
        }
    ),
    S.QUALIFIED: frozenset(
        {S.CONVERTED, S.LOST, S.FOLLOW_UP, S.HUMAN_FOLLOW_UP, S.CALLBACK_REQUESTED, S.TO_CALL, S.CALLING, S.IN_CALL}
    ),
    S.NOT_INTERESTED: frozenset({S.TO_CALL, S.FOLLOW_UP, S.LOST, S.HUMAN_FOLLOW_UP, S.IN_CALL}),
    S.FOLLOW_UP: frozenset(
        {
            S.TO_CALL,
            S.CALLING,
            S.IN_CALL,
            S.QUALIFIED,
            S.NOT_INTERESTED,
            S.HUMAN_FOLLOW_UP,
            S.LOST,
            S.CONVERTED,
            S.CALLBACK_REQUESTED,
        }
    ),
    S.CALLBACK_REQUESTED: frozenset(
        {S.TO_CALL, S.CALLING, S.IN_CALL, S.QUALIFIED, S.NOT_INTERESTED, S.HUMAN_FOLLOW_UP, S.LOST, S.FOLLOW_UP}
    ),
    S.UNRESPONSIVE: frozenset({S.TO_CALL, S.CALLING, S.IN_CALL, S.LOST, S.FOLLOW_UP, S.HUMAN_FOLLOW_UP}),
    S.HUMAN_INPUT_NEEDED: frozenset(
        {S.HUMAN_FOLLOW_UP, S.QUALIFIED, S.NOT_INTERESTED, S.TO_CALL, S.FOLLOW_UP, S.CONVERTED, S.LOST}
    ),
    S.HUMAN_FOLLOW_UP: frozenset(
        {S.QUALIFIED, S.NOT_INTERESTED, S.TO_CALL, S.FOLLOW_UP, S.CONVERTED, S.LOST, S.IN_CALL}
    ),
    S.CALL_FAILED: frozenset({S.TO_CALL, S.CALLING, S.IN_CALL, S.LOST, S.HUMAN_FOLLOW_UP, S.UNRESPONSIVE}),
    S.CONVERTED: frozenset({S.FOLLOW_UP, S.LOST, S.IN_CALL}),
    S.LOST: frozenset({S.NEW, S.TO_CALL, S.FOLLOW_UP, S.IN_CALL}),
}


class InvalidTransition(ValueError):
    pass


def can_transition(from_status: str, to_status: str) -> bool:
    return from_status == to_status or to_status in STATUS_TRANSITIONS.get(from_status, frozenset())


@transaction.atomic
def contact_set_status(
    *, contact: Contact, status: str, reason: str = "", actor=None, actor_label: str = ""
) -> Contact:
    """Move a contact's lead status if the transition table allows it, with history."""
    if status not in S.values:
        raise InvalidTransition(f"Unknown status {status!r}.")
    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    if contact.status == status:
        return contact
    if not can_transition(contact.status, status):
        raise InvalidTransition(f"A contact cannot go from {contact.status} to {status}.")
    StatusChange.objects.create(
        contact=contact,
        from_status=contact.status,
        to_status=status,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        actor_label=actor_label or getattr(actor, "email", "") or "system",
        reason=reason[:300],
    )
    previous = contact.status
    contact.status = status
    contact.last_activity_at = timezone.now()
    contact.save(update_fields=["status", "last_activity_at", "updated_at"])
    events.publish(
        LeadStatusChanged(
            contact_id=contact.pk,
            from_status=previous,
            to_status=status,
            actor_label=actor_label or getattr(actor, "email", "") or "system",
            reason=reason[:300],
        )
    )
    return contact


def contact_timezone(contact: Contact, tenant) -> str:
    """The contact's zone: explicit, else implied by the number, else the tenant's."""
    if contact.timezone:
        return contact.timezone
    if contact.phone:
        implied = zone_for_phone(contact.phone)
        if implied:
            return implied
    return tenant.timezone


def tenant_region(tenant) -> str | None:
    """The country national numbers are read in: the contact settings' default region,
    else the country of the tenant's time zone."""
    if connection.schema_name != settings.PUBLIC_SCHEMA_NAME:
        from contacts.validation import default_region

        return default_region(tenant)
    return region_for_timezone(tenant.timezone)


def phone_for_tenant(raw: str, tenant) -> str:
    """E.164 for what a user typed, reading national numbers in the tenant's country."""
    return normalize_phone(raw, tenant_region(tenant))


@transaction.atomic
def contact_find_or_create(
    *,
    tenant,
    phone: str | None = None,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    timezone_name: str = "",
    source: str = ContactSource.MANUAL,
) -> tuple[Contact, bool]:
    """Find a contact by phone (then email), or create one. Raises contacts.phones.InvalidPhone."""
    e164 = phone_for_tenant(phone, tenant) if phone else None
    contact = None
    if e164:
        contact = Contact.objects.filter(phone=e164).first()
    if contact is None and email:
        contact = Contact.objects.filter(email__iexact=email).order_by("id").first()
    if contact is not None:
        updates = []
        for field, value in (
            ("first_name", first_name),
            ("last_name", last_name),
            ("email", email),
            ("timezone", timezone_name),
        ):
            if value and not getattr(contact, field):
                setattr(contact, field, value)
                updates.append(field)
        if e164 and not contact.phone:
            contact.phone = e164
            updates.append("phone")
        if updates:
            contact.save(update_fields=[*updates, "updated_at"])
        return contact, False
    try:
        with transaction.atomic():
            contact = Contact.objects.create(
                phone=e164,
                email=email,
                first_name=first_name,
                last_name=last_name,
                timezone=timezone_name,
                source=source,
                do_not_call=bool(e164 and is_on_dnc(e164)),
            )
    except IntegrityError:
        # Someone created the same number concurrently: use theirs.
        return Contact.objects.get(phone=e164), False
    from contacts.services.contacts import name_keys_add

    name_keys_add(first_name, last_name)
    events.publish(ContactCreated(contact_id=contact.pk, source=source))
    return contact, True


def consent_record(
    *, contact: Contact, channel: str, granted: bool, source: str = "", evidence: str = ""
) -> ConsentRecord:
    if channel not in ConsentRecord.Channel.values:
        raise ValueError(f"Unknown consent channel {channel!r}.")
    return ConsentRecord.objects.create(
        contact=contact, channel=channel, granted=granted, source=source[:50], evidence=evidence
    )


def has_consent(contact: Contact, channel: str) -> bool:
    """The latest consent record for the channel says yes."""
    latest = ConsentRecord.objects.filter(contact=contact, channel=channel).order_by("-created_at", "-id").first()
    return bool(latest and latest.granted)
