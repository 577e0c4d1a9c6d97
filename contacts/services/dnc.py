"""The tenant's do-not-call list. A listed number is never dialled or texted, and
every contact with that number carries `do_not_call=True`."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from contacts.models import Contact, DncEntry
from contacts.phones import InvalidPhone

MAX_BULK_DNC = 100_000


def is_on_dnc(e164: str) -> bool:
    return DncEntry.objects.filter(phone=e164).exists()


def dnc_entry_for(e164: str) -> DncEntry | None:
    return DncEntry.objects.filter(phone=e164).first()


def _e164(phone: str, tenant) -> str:
    from contacts.services.core import phone_for_tenant

    return phone_for_tenant(phone, tenant)


@transaction.atomic
def dnc_add(*, phone: str, tenant, reason: str = "", source: str = "manual") -> DncEntry:
    """Put a number on the tenant's do-not-call list and mark matching contacts.

    Raises contacts.phones.InvalidPhone for a number that cannot be read.
    """
    e164 = _e164(phone, tenant)
    entry, _ = DncEntry.objects.get_or_create(phone=e164, defaults={"reason": reason[:200], "source": source[:30]})
    Contact.objects.filter(phone=e164, do_not_call=False).update(do_not_call=True, updated_at=timezone.now())
    return entry


@transaction.atomic
def dnc_remove(*, phone: str, tenant) -> bool:
    e164 = _e164(phone, tenant)
    deleted, _ = DncEntry.objects.filter(phone=e164).delete()
    Contact.objects.filter(phone=e164, do_not_call=True).update(do_not_call=False, updated_at=timezone.now())
    return bool(deleted)


@transaction.atomic
def dnc_entry_delete(*, entry: DncEntry) -> None:
    Contact.objects.filter(phone=entry.phone, do_not_call=True).update(do_not_call=False, updated_at=timezone.now())
    entry.delete()


@transaction.atomic
def dnc_bulk_add(*, tenant, rows: list[tuple[str, str]], source: str = "csv") -> dict:
    """Add many (phone, reason) pairs at once: all of them, or none when any number is unreadable.

    Returns {"added": n, "already_listed": m}. Raises ValidationError listing every bad row.
    """
    from contacts.phones import parse_phone
    from contacts.services.core import tenant_region

    if len(rows) > MAX_BULK_DNC:
        raise ValidationError({"file": [f"At most {MAX_BULK_DNC} numbers per upload."]})
    region = tenant_region(tenant)
    numbers: dict[str, str] = {}
    problems = []
    for index, (raw, reason) in enumerate(rows, start=1):
        if not (raw or "").strip():
            continue
        try:
            e164 = parse_phone(raw, region).e164
        except InvalidPhone as exc:
            problems.append(f"Row {index}: {exc}")
            continue
        numbers.setdefault(e164, (reason or "")[:200])
    if problems:
        raise ValidationError(
            {"file": problems[:100] + ([f"... and {len(problems) - 100} more."] if len(problems) > 100 else [])}
        )
    if not numbers:
        raise ValidationError({"file": ["No phone numbers found."]})
    existing = set(DncEntry.objects.filter(phone__in=numbers).values_list("phone", flat=True))
    DncEntry.objects.bulk_create(
        [
            DncEntry(phone=e164, reason=reason, source=source[:30])
            for e164, reason in numbers.items()
            if e164 not in existing
        ],
        batch_size=5000,
        ignore_conflicts=True,
    )
    Contact.objects.filter(phone__in=list(numbers), do_not_call=False).update(
        do_not_call=True, updated_at=timezone.now()
    )
    return {"added": len(numbers) - len(existing), "already_listed": len(existing)}
