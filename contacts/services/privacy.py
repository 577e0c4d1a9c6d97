"""GDPR: everything about one contact as JSON, erasure, and the retention purge.

Erasure anonymises rather than deletes: the row, its status history and its
consent records stay (campaign statistics and proof of opt-outs depend on
them) but every personal field, note and piece of evidence goes. Numbers on
the do-not-call list stay listed, so an erased person is still never called.
"""

import datetime as dt

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.utils import timezone

from contacts import hooks
from contacts.models import (
    ConsentRecord,
    Contact,
    ContactImport,
    ContactNote,
    ContactSettings,
    DncEntry,
    ImportRow,
    StatusChange,
)
from contacts.representation import contact_record
from contacts.services.core import contact_timezone

ERASED_FIELDS = {
    "first_name": "",
    "last_name": "",
    "phone": None,
    "alternate_phone": "",
    "email": "",
    "company": "",
    "timezone": "",
    "language": "",
    "address": "",
    "notes": "",
    "tags": [],
    "custom_fields": {},
    "qualification": {},
    "callback_at": None,
    "do_not_call": False,
}
PURGE_BATCH = 1000


def _iso(value):
    return value.isoformat() if isinstance(value, dt.datetime | dt.date) else value


def contact_gdpr_export(*, contact: Contact, tenant, actor=None, ip_address: str | None = None) -> dict:
    """Everything the tenant holds about this person, as JSON-ready data (and an audit event)."""
    from tenants.services import audit_record

    dnc = DncEntry.objects.filter(phone=contact.phone).first() if contact.phone else None
    data = {
        "exported_at": timezone.now().isoformat(),
        "workspace": tenant.name,
        "contact": contact_record(
            contact,
            moment=_iso,
            effective_timezone=contact_timezone(contact, tenant),
            groups=list(contact.groups.values_list("name", flat=True)),
        ),
        "status_history": [
            {
                "from": c.from_status,
                "to": c.to_status,
                "by": c.actor_label,
                "reason": c.reason,
                "at": _iso(c.created_at),
            }
            for c in StatusChange.objects.filter(contact=contact).order_by("created_at", "id")
        ],
        "consents": [
            {
                "channel": c.channel,
                "granted": c.granted,
                "source": c.source,
                "evidence": c.evidence,
                "at": _iso(c.created_at),
            }
            for c in ConsentRecord.objects.filter(contact=contact).order_by("created_at", "id")
        ],
        "notes": [
            {"body": n.body, "by": n.author_label, "at": _iso(n.created_at)}
            for n in ContactNote.objects.filter(contact=contact).order_by("created_at", "id")
        ],
        "do_not_call_entry": {"reason": dnc.reason, "source": dnc.source, "since": _iso(dnc.created_at)}
        if dnc
        else None,
    }
    for exporter in hooks.gdpr_exporters:
        data.update(exporter(contact))
    audit_record(
        action="contact.gdpr_exported",
        tenant=tenant,
        actor=actor,
        target=f"Contact {contact.pk}",
        ip_address=ip_address,
        metadata={"contact_id": contact.pk},
    )
    return data


def _erase_ids(ids: list[int]) -> None:
    """Anonymise these contacts and everything personal attached to them, set-based."""
    contacts = Contact.objects.filter(pk__in=ids)
    identifiers = list(contacts.values_list("phone", "alternate_phone", "email"))
    phones = sorted({phone for row in identifiers for phone in row[:2] if phone})
    emails = sorted({email.lower() for *_, email in identifiers if email})
    contacts.update(**ERASED_FIELDS, erased_at=timezone.now(), updated_at=timezone.now())
    Contact.groups.through.objects.filter(contact_id__in=ids).delete()
    ContactNote.objects.filter(contact_id__in=ids).delete()
    StatusChange.objects.filter(contact_id__in=ids).exclude(reason="").update(reason="")
    ConsentRecord.objects.filter(contact_id__in=ids).exclude(evidence="").update(evidence="")
    ImportRow.objects.filter(contact_id__in=ids).delete()
    if phones:
        ImportRow.objects.filter(phone__in=phones).delete()
    if emails:
        ImportRow.objects.filter(email_key__in=emails).delete()
    erasure = hooks.Erasure(contact_ids=list(ids), phones=phones, emails=emails)
    for eraser in hooks.erasers:
        eraser(erasure)


@transaction.atomic
def contact_erase(*, contact: Contact, tenant, actor=None, reason: str = "", ip_address: str | None = None) -> Contact:
    """Erase one person (right to erasure). Idempotent; recorded in the audit log without PII."""
    from tenants.services import audit_record

    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    if contact.is_erased:
        return contact
    _erase_ids([contact.pk])
    contact.refresh_from_db()
    audit_record(
        action="contact.erased",
        tenant=tenant,
        actor=actor,
        target=contact,
        ip_address=ip_address,
        metadata={"contact_id": contact.pk, "reason": reason[:200]},
    )
    return contact


def retention_cutoff(months: int, now: dt.datetime | None = None) -> dt.datetime:
    return (now or timezone.now()) - relativedelta(months=months)


def contacts_due_for_purge(*, months: int, now: dt.datetime | None = None):
    """Contacts with no activity, and no change, for `months` months."""
    cutoff = retention_cutoff(months, now)
    return (
        Contact.objects.filter(erased_at__isnull=True, updated_at__lt=cutoff, created_at__lt=cutoff)
        .exclude(last_activity_at__gte=cutoff)
        .order_by("pk")
    )


def contacts_retention_purge(*, tenant, now: dt.datetime | None = None) -> int:
    """Erase contacts inactive for the tenant's retention period. Returns how many."""
    from tenants.services import audit_record

    months = ContactSettings.load().retention_months
    if not months:
        return 0
    erased = 0
    while True:
        with transaction.atomic():
            ids = list(
                contacts_due_for_purge(months=months, now=now)
                .select_for_update(skip_locked=True)
                .values_list("pk", flat=True)[:PURGE_BATCH]
            )
            if not ids:
                break
            _erase_ids(ids)
            erased += len(ids)
    if erased:
        audit_record(
            action="contacts.retention_purged",
            tenant=tenant,
            metadata={"erased": erased, "retention_months": months},
        )
    return erased


def contact_imports_prune(*, keep_days: int, now: dt.datetime | None = None) -> int:
    """Drop the staged rows (they hold personal data) of imports finished or abandoned long ago."""
    from contacts.imports.sql import delete_rows

    cutoff = (now or timezone.now()) - dt.timedelta(days=keep_days)
    stale = ContactImport.objects.filter(created_at__lt=cutoff)
    delete_rows(stale.values_list("pk", flat=True))
    return stale.exclude(content=b"").update(content=b"")
