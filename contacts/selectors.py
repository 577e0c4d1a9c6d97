"""Read-side queries: contact search, capped counts, the timeline."""

import re
from typing import NamedTuple

import phonenumbers
from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchQuery
from django.db.models import OuterRef, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Lower, Reverse

from contacts import hooks
from contacts.models import ConsentRecord, Contact, ContactNote, NameKey, StatusChange
from contacts.phones import InvalidPhone, normalize_phone
from contacts.search import fuzzy_keys, fuzzy_tsquery, prefix_tsquery
from voiceplatform.page_cache import RowVersion

PHONE_LIKE = re.compile(r"^[+\d\s().\-/]+$")
MIN_PHONE_DIGITS = 4
COUNT_CAP = 1_000


def _phone_prefix(prefix: str) -> Q:
    """E.164 numbers starting with `prefix` ("+4479..."), as a range the unique index serves."""
    digits = prefix[1:]
    upper = None
    for index in range(len(digits) - 1, -1, -1):
        if digits[index] != "9":
            upper = "+" + digits[:index] + str(int(digits[index]) + 1)
            break
    condition = Q(phone__gte=prefix)
    return condition & Q(phone__lt=upper) if upper else condition


def _phone_query(queryset: QuerySet, text: str, region: str | None) -> QuerySet:
    """A number in any format: whole (national or international), its start, or its last digits."""
    digits = re.sub(r"\D", "", text)
    condition = Q(phone_reversed__startswith=digits[::-1])
    try:
        e164 = normalize_phone(text, region)
    except InvalidPhone:
        e164 = None
    if e164:
        condition |= Q(phone=e164) | Q(alternate_phone=e164)
    if text.strip().startswith("+"):
        condition |= _phone_prefix("+" + digits)
    elif region:
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None:
            trunk = metadata.national_prefix or ""
            national = digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits
            if national:
                condition |= _phone_prefix(f"+{metadata.country_code}{national}")
    return queryset.annotate(phone_reversed=Reverse("phone")).filter(condition)


def _text_query(queryset: QuerySet, text: str, *, fuzzy: bool) -> QuerySet:
    """Words as prefixes of names, company, email parts or custom values. With `fuzzy`, each
    word may also be any known name word that sounds the same (the lists use this when the
    plain search found nobody)."""
    if not fuzzy:
        tsquery = prefix_tsquery(text)
        if tsquery is None:
            return queryset.none()
        condition = Q(search_vector=SearchQuery(tsquery, search_type="raw", config="simple"))
        word = text.strip().lower()
        if " " not in word:
            # One word may also be how an email address starts (`jsmith` for jsmith@example.com).
            queryset = queryset.annotate(email_lower=Lower("email"))
            condition |= Q(email_lower__startswith=word) & ~Q(email="")
        return queryset.filter(condition)
    keys = fuzzy_keys(text)
    similar: dict[str, list[str]] = {}
    for key, word in NameKey.objects.filter(key__in=keys).values_list("key", "word")[:500]:
        similar.setdefault(key, []).append(word)
    tsquery = fuzzy_tsquery(text, similar)
    if tsquery is None:
        return queryset.none()
    return queryset.filter(search_vector=SearchQuery(tsquery, search_type="raw", config="simple"))


def search_contacts(queryset: QuerySet, text: str, *, region: str | None, fuzzy: bool = False) -> QuerySet:
    """Filter contacts by what someone typed into the search box.

    `07912 345678`, `+447912345678` and `345678` find the same number; `ann@ex`
    finds emails starting that way; words find names, companies, email parts and
    custom values by prefix (`jo sm`), accents ignored; with `fuzzy`, names that sound alike.
    """
    text = (text or "").strip()[:200]
    if not text:
        return queryset
    if "@" in text:
        return queryset.annotate(email_lower=Lower("email")).filter(email_lower__startswith=text.lower(), email__gt="")
    if PHONE_LIKE.match(text) and len(re.sub(r"\D", "", text)) >= MIN_PHONE_DIGITS:
        return _phone_query(queryset, text, region)
    return _text_query(queryset, text, fuzzy=fuzzy)


def has_fuzzy_form(text: str) -> bool:
    """Whether a sounds-like retry could find more for this search."""
    text = (text or "").strip()
    return bool(text) and "@" not in text and bool(fuzzy_keys(text))


def contacts_page(queryset: QuerySet, *, number: int, size: int) -> tuple[list[Contact], int, bool, bool]:
    """One page of a list and its capped count: (rows, count, count_exact, has_next).

    Up to COUNT_CAP + 1 matching ids are fetched once (all filters applied). When
    that is every match, the count is exact and the page is read by primary key,
    so an expensive search runs once; beyond the cap the page comes from the
    query itself, which PostgreSQL serves from an ordered index scan.
    """
    source, offset, count, exact = _page_source(queryset, number=number, size=size)
    rows = list(source.defer("search_vector")[offset : offset + size + 1]) if source is not None else []
    if rows and queryset._prefetch_related_lookups:
        prefetch_related_objects(rows, *queryset._prefetch_related_lookups)
    return rows[:size], count, exact, len(rows) > size


class PageEntry(NamedTuple):
    """A contact on a page as much as decides what the page shows of it, without reading the contact."""

    id: int
    version: str
    owner_id: int | None
    group_ids: list[int]


def contacts_page_entries(queryset: QuerySet, *, number: int, size: int) -> tuple[list[PageEntry], int, bool, bool]:
    """`contacts_page`, with each contact as a PageEntry: its id, its row version (`RowVersion`, new whenever
    the row is written, however it is written), its owner and its group ids (ordered by group name).

    A page whose entries are unchanged shows exactly what it showed before, so
    a rendered page can be reused (`voiceplatform.page_cache`); the contacts
    themselves are read with `contacts_in_order` only when it cannot.
    """
    source, offset, count, exact = _page_source(queryset, number=number, size=size)
    if source is None:
        return [], count, exact, False
    # The page's ids come from a subquery, so the group ids are looked up for its rows only, not for the
    # rows an offset skips.
    page = Contact.objects.filter(pk__in=source.values("pk")[offset : offset + size + 1])
    columns = page.annotate(row_version=RowVersion(), page_group_ids=_group_ids_subquery())
    ordering = source.query.order_by or Contact._meta.ordering
    rows = [
        PageEntry(*row)
        for row in columns.order_by(*ordering).values_list("pk", "row_version", "owner_id", "page_group_ids")
    ]
    return rows[:size], count, exact, len(rows) > size


def contacts_in_order(ids: list[int]) -> list[Contact]:
    """These contacts, in this order, each with its `row_version` (see PageEntry)."""
    by_id = {contact.pk: contact for contact in contacts_base().filter(pk__in=ids).annotate(row_version=RowVersion())}
    return [by_id[pk] for pk in ids if pk in by_id]


def _group_ids_subquery() -> ArraySubquery:
    """A contact's group ids, ordered by group name."""
    links = Contact.groups.through.objects.filter(contact_id=OuterRef("pk"))
    return ArraySubquery(links.order_by("group__name", "group_id").values("group_id"))


def _page_source(queryset: QuerySet, *, number: int, size: int) -> tuple[QuerySet | None, int, int, bool]:
    """(where the page is read from or None when nothing matches, offset, capped count, count_exact)."""
    ids = list(queryset.order_by().values_list("pk", flat=True)[: COUNT_CAP + 1])
    offset = (number - 1) * size
    if not ids:
        return None, offset, 0, True
    if len(ids) <= COUNT_CAP:
        ordering = queryset.query.order_by or Contact._meta.ordering
        return queryset.model.objects.filter(pk__in=ids).order_by(*ordering), offset, len(ids), True
    return queryset, offset, COUNT_CAP, False


def contacts_base() -> QuerySet:
    return Contact.objects.defer("search_vector")


def contact_timeline(contact: Contact, limit: int = 200) -> list[hooks.TimelineEntry]:
    """Status changes, consents and notes, plus what other apps register (calls, appointments)."""
    entries = [
        hooks.TimelineEntry(
            at=contact.created_at,
            kind="created",
            title=f"Added ({contact.get_source_display()})",
        )
    ]
    for change in StatusChange.objects.filter(contact=contact)[:limit]:
        entries.append(
            hooks.TimelineEntry(
                at=change.created_at,
                kind="status",
                title=f"Status: {_status_label(change.from_status) or 'none'} → {_status_label(change.to_status)}",
                detail=change.reason,
                actor=change.actor_label,
            )
        )
    for consent in ConsentRecord.objects.filter(contact=contact)[:limit]:
        entries.append(
            hooks.TimelineEntry(
                at=consent.created_at,
                kind="consent",
                title=f"{consent.get_channel_display()} consent {'given' if consent.granted else 'withdrawn'}",
                detail=consent.evidence,
                actor=consent.source,
            )
        )
    for note in ContactNote.objects.filter(contact=contact)[:limit]:
        entries.append(
            hooks.TimelineEntry(
                at=note.created_at, kind="note", title="Note", detail=note.body, actor=note.author_label
            )
        )
    for source in hooks.timeline_sources:
        entries.extend(source(contact))
    entries.sort(key=lambda entry: entry.at, reverse=True)
    return entries[:limit]


def _status_label(value: str) -> str:
    from contacts.models import LeadStatus

    return LeadStatus(value).label if value in LeadStatus.values else value
