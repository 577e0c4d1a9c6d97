"""Creating, changing and deleting contacts by hand or through the API, with the
same field rules as the CSV import."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from contacts.events import ContactCreated
from contacts.models import (
    ConsentRecord,
    Contact,
    ContactNote,
    ContactSettings,
    ContactSource,
    LeadStatus,
    NameKey,
    StatusChange,
    Tag,
)
from contacts.search import name_words, phonetic
from contacts.services.core import InvalidTransition, consent_record, contact_set_status, has_consent
from contacts.services.dnc import dnc_add, is_on_dnc
from contacts.validation import build_context, clean_contact_data, identity_errors
from voiceplatform import events

# Fields copied to the model as they are.
PLAIN_FIELDS = (
    "first_name",
    "last_name",
    "alternate_phone",
    "email",
    "company",
    "timezone",
    "language",
    "address",
    "notes",
    "priority",
    "lead_score",
    "callback_at",
    "source",
)
ON_DUPLICATE = ("reject", "merge", "update")
EDITABLE_FIELDS = frozenset(
    (*PLAIN_FIELDS, "phone", "tags", "groups", "custom_fields", "qualification", "owner", "status", "do_not_call")
)


def _actor_label(actor) -> str:
    return getattr(actor, "email", "") or "system"


def name_keys_add(*names: str) -> None:
    """Teach fuzzy search the words of these names."""
    words = name_words(*names)
    if words:
        NameKey.objects.bulk_create([NameKey(word=w[:100], key=phonetic(w)) for w in words], ignore_conflicts=True)


def name_keys_refresh() -> int:
    """Learn the name words of every contact (nightly), including contacts other code wrote directly."""
    from contacts.search import sql_fold, sql_phonetic

    contact, name_key = Contact._meta.db_table, NameKey._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {name_key} (word, key)
            SELECT w, {sql_phonetic("w")} FROM (
                SELECT DISTINCT (regexp_matches({sql_fold("n")}, '[a-z]{{3,}}', 'g'))[1] AS w
                FROM (
                    SELECT first_name AS n FROM {contact} WHERE first_name <> ''
                    UNION SELECT last_name FROM {contact} WHERE last_name <> ''
                ) names
            ) words
            WHERE length(w) <= 100
            ON CONFLICT DO NOTHING"""  # noqa: S608 - table names from the models
        )
        return cursor.rowcount


def tags_ensure(names) -> None:
    """Add tag names to the catalogue (case-insensitively unique)."""
    names = {name for name in names if name}
    if names:
        Tag.objects.bulk_create([Tag(name=name) for name in sorted(names)], ignore_conflicts=True)


def find_duplicate(*, phone: str | None, email: str, exclude_pk: int | None = None) -> Contact | None:
    """The contact a new one would duplicate: same number, or same email when no number is given."""
    candidates = Contact.objects.exclude(pk=exclude_pk) if exclude_pk else Contact.objects.all()
    if phone:
        return candidates.filter(phone=phone).first()
    if email:
        return candidates.filter(email__iexact=email, erased_at__isnull=True).order_by("id").first()
    return None


def _duplicate_error(existing: Contact) -> ValidationError:
    field = "phone" if existing.phone else "email"
    return ValidationError(
        {field: [f"This {'number' if field == 'phone' else 'email'} belongs to contact #{existing.pk} ({existing})."]},
        code="duplicate",
    )


# What an unset field holds; a value equal to it is "empty".
BLANK = {"priority": 0, "lead_score": 0, "phone": None, "callback_at": None}


def _assign(contact: Contact, cleaned: dict, *, policy: str) -> set[str]:
    """Copy cleaned values onto the contact; return the names of the changed fields.

    policy "replace" sets every given value (a PATCH; empty clears), "update" sets
    the given non-empty values, "merge" only fills what the contact lacks. Custom
    fields and qualification answers are merged key by key (None removes a key
    except under "merge", where the contact's own answers win). Groups and status
    are left to the caller.
    """
    changed = set()

    def put(attname, value, name=None):
        if getattr(contact, attname) != value:
            setattr(contact, attname, value)
            changed.add(name or attname)

    for name in (*PLAIN_FIELDS, "phone"):
        if name not in cleaned:
            continue
        blank = BLANK.get(name, "")
        value = blank if cleaned[name] is None else cleaned[name]
        if policy != "replace" and value == blank:
            continue
        if policy == "merge" and getattr(contact, name) not in (blank, None, ""):
            continue
        put(name, value)
    owner = cleaned.get("owner")
    if "owner" in cleaned and (
        policy == "replace" or (owner is not None and (policy == "update" or not contact.owner_id))
    ):
        put("owner_id", owner, "owner")
    if "tags" in cleaned:
        incoming = cleaned["tags"]
        if policy == "replace" or (policy == "update" and incoming):
            put("tags", incoming)
        elif policy == "merge":
            known = {tag.lower() for tag in contact.tags}
            put("tags", contact.tags + [tag for tag in incoming if tag.lower() not in known])
    for name in ("custom_fields", "qualification"):
        if name not in cleaned:
            continue
        incoming, current = cleaned[name], dict(getattr(contact, name) or {})
        if policy == "merge":
            merged = {**{k: v for k, v in incoming.items() if v is not None}, **current}
        else:
            merged = {k: v for k, v in {**current, **incoming}.items() if v is not None}
        put(name, merged)
    return changed


def _apply_status(contact: Contact, status: str, *, actor, reason: str) -> Contact:
    try:
        return contact_set_status(contact=contact, status=status, actor=actor, reason=reason)
    except InvalidTransition as exc:
        raise ValidationError({"status": [str(exc)]}) from exc


def _save(contact: Contact, changed: set[str]) -> None:
    if "phone" in changed:
        contact.do_not_call = bool(contact.phone and is_on_dnc(contact.phone))
        changed.add("do_not_call")
    try:
        with transaction.atomic():
            contact.save(update_fields=[*sorted(changed), "updated_at"])
    except IntegrityError as exc:
        duplicate = find_duplicate(phone=contact.phone, email="", exclude_pk=contact.pk)
        if duplicate is not None:
            raise _duplicate_error(duplicate) from exc
        raise


def _check(data: dict, ctx) -> dict:
    unknown = set(data) - EDITABLE_FIELDS
    cleaned, errors = clean_contact_data({k: v for k, v in data.items() if k not in unknown}, ctx)
    for name in sorted(unknown):
        errors[name] = ["Unknown field."]
    if errors:
        raise ValidationError(errors)
    return cleaned


@transaction.atomic
def contact_create(
    *,
    tenant,
    data: dict,
    actor=None,
    source: str = ContactSource.MANUAL,
    on_duplicate: str = "reject",
) -> tuple[Contact, bool]:
    """Create a contact from field values. A duplicate (same number, or same email
    without a number) is rejected, or merged/updated into the existing contact.

    Returns (contact, created). Raises ValidationError with field messages.
    """
    if on_duplicate not in ON_DUPLICATE:
        raise ValidationError({"on_duplicate": [f"Choose one of: {', '.join(ON_DUPLICATE)}."]})
    ctx = build_context(tenant)
    cleaned = _check(data, ctx)
    errors = identity_errors(cleaned)
    if errors:
        raise ValidationError(errors)
    existing = find_duplicate(phone=cleaned.get("phone"), email=cleaned.get("email", ""))
    if existing is not None:
        if on_duplicate == "reject":
            raise _duplicate_error(existing)
        existing = Contact.objects.select_for_update().get(pk=existing.pk)
        contact = _update(existing, cleaned, actor=actor, policy=on_duplicate, tenant=tenant)
        return contact, False

    contact = Contact(source=cleaned.get("source") or source)
    _assign(contact, {k: v for k, v in cleaned.items() if k != "source"}, policy="replace")
    contact.phone = cleaned.get("phone") or None
    contact.do_not_call = bool(contact.phone and is_on_dnc(contact.phone))
    status = cleaned.get("status") or LeadStatus.NEW
    contact.status = status
    try:
        with transaction.atomic():
            contact.save()
    except IntegrityError as exc:
        duplicate = find_duplicate(phone=contact.phone, email="")
        if duplicate is not None:
            raise _duplicate_error(duplicate) from exc
        raise
    if status != LeadStatus.NEW:
        StatusChange.objects.create(
            contact=contact,
            from_status="",
            to_status=status,
            actor=actor if getattr(actor, "is_authenticated", False) else None,
            actor_label=_actor_label(actor),
            reason="Created with this status.",
        )
    if cleaned.get("groups"):
        contact.groups.set(cleaned["groups"])
    tags_ensure(contact.tags)
    name_keys_add(contact.first_name, contact.last_name)
    if cleaned.get("do_not_call") and contact.phone:
        dnc_add(phone=contact.phone, tenant=tenant, reason="Marked when the contact was created.", source=source)
        contact.do_not_call = True
    events.publish(ContactCreated(contact_id=contact.pk, source=contact.source))
    return contact, True


def _update(contact: Contact, cleaned: dict, *, actor, policy: str, tenant) -> Contact:
    status = cleaned.pop("status", "") or ""
    changed = _assign(contact, cleaned, policy=policy)
    if changed:
        _save(contact, changed)
    if changed & {"first_name", "last_name"}:
        name_keys_add(contact.first_name, contact.last_name)
    if cleaned.get("groups"):
        if policy == "replace":
            contact.groups.set(cleaned["groups"])
        else:
            contact.groups.add(*cleaned["groups"])
    elif policy == "replace" and "groups" in cleaned:
        contact.groups.clear()
    tags_ensure(contact.tags)
    if status and (policy != "merge") and status != contact.status:
        contact = _apply_status(contact, status, actor=actor, reason="Changed in the contact's details.")
    if cleaned.get("do_not_call") and contact.phone:
        dnc_add(phone=contact.phone, tenant=tenant, reason="Marked on the contact.", source="manual")
        contact.do_not_call = True
    return contact


@transaction.atomic
def contact_update(*, contact: Contact, data: dict, actor=None, tenant) -> Contact:
    """Change the given fields (a PATCH). Status moves follow the transition table;
    custom fields and qualification answers are merged key by key (null removes one)."""
    contact = Contact.objects.select_for_update().get(pk=contact.pk)
    if contact.is_erased:
        raise ValidationError({NON_FIELD_ERRORS: ["This contact was erased and cannot be changed."]})
    ctx = build_context(tenant)
    cleaned = _check(data, ctx)
    if "phone" in cleaned and cleaned["phone"] and cleaned["phone"] != contact.phone:
        duplicate = find_duplicate(phone=cleaned["phone"], email="", exclude_pk=contact.pk)
        if duplicate is not None:
            raise _duplicate_error(duplicate)
    after = {name: getattr(contact, name) for name in ("phone", "email", "first_name", "last_name")}
    after.update({k: v for k, v in cleaned.items() if k in after})
    errors = identity_errors(after)
    if errors:
        raise ValidationError(errors)
    return _update(contact, cleaned, actor=actor, policy="replace", tenant=tenant)


@transaction.atomic
def contact_delete(*, contact: Contact, actor=None) -> None:
    contact.delete()


@transaction.atomic
def contact_note_add(*, contact: Contact, body: str, actor=None) -> ContactNote:
    text = (body or "").strip()
    if not text:
        raise ValidationError({"body": ["Write something first."]})
    if len(text) > 10000:
        raise ValidationError({"body": ["At most 10000 characters."]})
    if contact.is_erased:
        raise ValidationError({NON_FIELD_ERRORS: ["This contact was erased."]})
    note = ContactNote.objects.create(
        contact=contact,
        body=text,
        author=actor if getattr(actor, "is_authenticated", False) else None,
        author_label=_actor_label(actor),
    )
    Contact.objects.filter(pk=contact.pk).update(last_activity_at=timezone.now())
    return note


@transaction.atomic
def consent_add(
    *, contact: Contact, channel: str, granted: bool, source: str = "", evidence: str = "", actor=None
) -> ConsentRecord:
    """Record a consent (or an opt-out) with its evidence, validated for the API and portal."""
    errors = {}
    if channel not in ConsentRecord.Channel.values:
        errors["channel"] = [f"Choose one of: {', '.join(ConsentRecord.Channel.values)}."]
    if not isinstance(granted, bool):
        errors["granted"] = ["Say whether consent was given (true) or withdrawn (false)."]
    if len(source or "") > 50:
        errors["source"] = ["At most 50 characters."]
    if len(evidence or "") > 5000:
        errors["evidence"] = ["At most 5000 characters."]
    if contact.is_erased:
        errors[NON_FIELD_ERRORS] = ["This contact was erased."]
    if errors:
        raise ValidationError(errors)
    record = consent_record(
        contact=contact, channel=channel, granted=granted, source=source or _actor_label(actor), evidence=evidence
    )
    Contact.objects.filter(pk=contact.pk).update(last_activity_at=timezone.now())
    return record


def contact_block_reason(contact: Contact, channel: str = "call") -> str | None:
    """Why this contact must not be called or texted now, or None when it may be.

    Callers (dialer, SMS sender) check this right before acting: a number on the
    do-not-call list is never dialled or texted, whatever its consent says.
    """
    if contact.is_erased:
        return "The contact was erased."
    if not contact.phone:
        return "The contact has no phone number."
    if contact.do_not_call or is_on_dnc(contact.phone):
        return "The number is on the do-not-call list."
    if (
        channel == ConsentRecord.Channel.CALL
        and ContactSettings.load().require_consent_for_calls
        and not has_consent(contact, ConsentRecord.Channel.CALL)
    ):
        return "No consent to call on record."
    if channel == ConsentRecord.Channel.SMS:
        latest = ConsentRecord.objects.filter(contact=contact, channel=channel).order_by("-created_at", "-id").first()
        if latest is not None and not latest.granted:
            return "The contact opted out of text messages."
    return None


def contact_can_be_contacted(contact: Contact, channel: str = "call") -> bool:
    return contact_block_reason(contact, channel) is None
