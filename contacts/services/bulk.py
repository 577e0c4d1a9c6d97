"""Actions on many contacts at once: a hand-picked selection or a whole filtered list.

Each action is one set-based statement (or a few), so a filter matching a
million contacts is still a handful of queries. Status changes follow the
transition table: contacts that may not make the move are left alone and
counted.
"""

# ruff: noqa: S608 - table names are constants from the models

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from contacts.field_rules import FieldError, clean_owner, clean_tags
from contacts.models import Contact, DncEntry, Group, LeadStatus, StatusChange
from contacts.services.catalog import group_add_queryset
from contacts.services.contacts import tags_ensure
from contacts.services.core import STATUS_TRANSITIONS
from contacts.validation import build_context
from tenants.roles import Perm

# action -> the permission it needs
BULK_ACTIONS = {
    "tag": Perm.EDIT_CONTACTS,
    "untag": Perm.EDIT_CONTACTS,
    "add_to_group": Perm.EDIT_CONTACTS,
    "remove_from_group": Perm.EDIT_CONTACTS,
    "set_status": Perm.EDIT_CONTACTS,
    "assign_owner": Perm.EDIT_CONTACTS,
    "add_to_dnc": Perm.EDIT_CONTACTS,
    "delete": Perm.DELETE_CONTACTS,
    "export": Perm.EXPORT_DATA,
}
CONTACT = Contact._meta.db_table


def bulk_action_permission(action: str) -> Perm:
    """The permission `action` needs (ValidationError for an unknown action)."""
    perm = BULK_ACTIONS.get(action)
    if perm is None:
        raise ValidationError({"action": [f"Choose one of: {', '.join(BULK_ACTIONS)}."]})
    return perm


def _ids_sql(queryset):
    return queryset.values("pk").query.sql_with_params()


def _tags(params) -> list[str]:
    try:
        tags = clean_tags(params.get("tags"))
    except FieldError as exc:
        raise ValidationError({"tags": [str(exc)]}) from exc
    if not tags:
        raise ValidationError({"tags": ["Give at least one tag."]})
    return tags


def _group(params) -> Group:
    try:
        return Group.objects.get(pk=int(params.get("group")))
    except (TypeError, ValueError, Group.DoesNotExist) as exc:
        raise ValidationError({"group": ["Choose a group."]}) from exc


def _execute(sql: str, params) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _tag(queryset, tags: list[str]) -> int:
    tags_ensure(tags)
    ids_sql, ids_params = _ids_sql(queryset)
    return _execute(
        f"""UPDATE {CONTACT} c
        SET tags = c.tags || ARRAY(SELECT t FROM unnest(%s::varchar(50)[]) t
                                   WHERE lower(t) NOT IN (SELECT lower(x) FROM unnest(c.tags) x))::varchar(50)[],
            updated_at = now()
        WHERE c.id IN ({ids_sql}) AND NOT c.tags @> %s::varchar(50)[]""",
        [tags, *ids_params, tags],
    )


def _untag(queryset, tags: list[str]) -> int:
    ids_sql, ids_params = _ids_sql(queryset)
    lowered = [t.lower() for t in tags]
    return _execute(
        f"""UPDATE {CONTACT} c
        SET tags = ARRAY(SELECT x FROM unnest(c.tags) x WHERE lower(x) <> ALL(%s))::varchar(50)[], updated_at = now()
        WHERE c.id IN ({ids_sql}) AND EXISTS (SELECT 1 FROM unnest(c.tags) x WHERE lower(x) = ANY(%s))""",
        [lowered, *ids_params, lowered],
    )


def _set_status(queryset, status: str, *, actor, reason: str) -> dict:
    if status not in LeadStatus.values:
        raise ValidationError({"status": [f"Choose one of: {', '.join(LeadStatus.values)}."]})
    allowed_from = sorted(source for source, targets in STATUS_TRANSITIONS.items() if status in targets)
    total, unchanged = queryset.count(), queryset.filter(status=status).count()
    movable = queryset.filter(status__in=allowed_from)
    ids_sql, ids_params = _ids_sql(movable)
    label = getattr(actor, "email", "") or "system"
    actor_id = actor.pk if getattr(actor, "is_authenticated", False) else None
    _execute(
        f"""INSERT INTO {StatusChange._meta.db_table}
            (contact_id, from_status, to_status, actor_id, actor_label, reason, created_at)
        SELECT id, status, %s, %s, %s, %s, now() FROM {CONTACT} WHERE id IN ({ids_sql})""",
        [status, actor_id, label, (reason or "Bulk change")[:300], *ids_params],
    )
    changed = _execute(
        f"UPDATE {CONTACT} SET status = %s, last_activity_at = now(), updated_at = now() WHERE id IN ({ids_sql})",
        [status, *ids_params],
    )
    return {"changed": changed, "unchanged": unchanged, "not_allowed": total - changed - unchanged}


def _add_to_dnc(queryset, reason: str) -> dict:
    ids_sql, ids_params = _ids_sql(queryset)
    added = _execute(
        f"""INSERT INTO {DncEntry._meta.db_table} (phone, reason, source, created_at)
        SELECT phone, %s, 'bulk', now() FROM {CONTACT} WHERE id IN ({ids_sql}) AND phone IS NOT NULL
        ON CONFLICT DO NOTHING""",
        [(reason or "Added in bulk")[:200], *ids_params],
    )
    marked = queryset.filter(phone__isnull=False, do_not_call=False).update(do_not_call=True, updated_at=timezone.now())
    return {"listed": added, "marked": marked}


@transaction.atomic
def contacts_bulk_action(
    *, tenant, queryset, action: str, params: dict | None = None, actor=None, ip_address: str | None = None
) -> dict:
    """Run `action` on every contact in `queryset`. Returns counts for the caller to show.

    `export` is not handled here: the caller streams the queryset as CSV.
    """
    from tenants.services import audit_record

    params = params or {}
    if action not in BULK_ACTIONS or action == "export":
        raise ValidationError({"action": [f"Choose one of: {', '.join(a for a in BULK_ACTIONS if a != 'export')}."]})
    queryset = queryset.order_by()
    live = queryset.filter(erased_at__isnull=True)
    if action == "tag":
        return {"action": action, "changed": _tag(live, _tags(params))}
    if action == "untag":
        return {"action": action, "changed": _untag(live, _tags(params))}
    if action == "add_to_group":
        return {"action": action, "changed": group_add_queryset(group=_group(params), queryset=live)}
    if action == "remove_from_group":
        group = _group(params)
        deleted, _ = Contact.groups.through.objects.filter(group=group, contact_id__in=queryset.values("pk")).delete()
        return {"action": action, "changed": deleted}
    if action == "set_status":
        return {
            "action": action,
            **_set_status(live, params.get("status", ""), actor=actor, reason=params.get("reason", "")),
        }
    if action == "assign_owner":
        try:
            owner_id = clean_owner(params.get("owner"), build_context(tenant))
        except FieldError as exc:
            raise ValidationError({"owner": [str(exc)]}) from exc
        changed = live.exclude(owner_id=owner_id).update(owner_id=owner_id, updated_at=timezone.now())
        return {"action": action, "changed": changed}
    if action == "add_to_dnc":
        return {"action": action, **_add_to_dnc(live, params.get("reason", ""))}
    count = queryset.count()
    Contact.objects.filter(pk__in=list(queryset.values_list("pk", flat=True))).delete()
    audit_record(
        action="contacts.bulk_deleted", tenant=tenant, actor=actor, ip_address=ip_address, metadata={"count": count}
    )
    return {"action": action, "changed": count}
