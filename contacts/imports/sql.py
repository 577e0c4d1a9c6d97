"""Set-based SQL that matches staged rows to contacts and writes them.

Table names come from the models and statements hold no user text: every
value travels as a parameter. Each statement runs inside the caller's
transaction, so a failure anywhere leaves nothing behind.
"""

# ruff: noqa: S608 - table and column names are constants from the models

from collections.abc import Callable

from django.db import connection

from contacts.models import (
    Contact,
    ContactImport,
    DncEntry,
    DuplicatePolicy,
    Group,
    ImportRow,
    NameKey,
    StatusChange,
    Tag,
)
from contacts.services.core import STATUS_TRANSITIONS

CONTACT = Contact._meta.db_table
IMPORT_ROW = ImportRow._meta.db_table
STATUS_CHANGE = StatusChange._meta.db_table
GROUP = Group._meta.db_table
CONTACT_GROUPS = Contact.groups.through._meta.db_table
TAG = Tag._meta.db_table
DNC = DncEntry._meta.db_table
NEW_IDS = "pg_temp.contact_import_new_ids"
HISTORY_COLUMNS = "contact_id, from_status, to_status, actor_id, actor_label, reason, created_at"

TEXT_COLUMNS = (
    "first_name",
    "last_name",
    "alternate_phone",
    "email",
    "company",
    "timezone",
    "language",
    "address",
    "notes",
)
ALLOWED_PAIRS = sorted((source, target) for source, targets in STATUS_TRANSITIONS.items() for target in targets)
_ALLOWED_SQL = (
    "(VALUES " + ", ".join(f"('{a}', '{b}')" for a, b in ALLOWED_PAIRS) + ") AS allowed(from_status, to_status)"
)
_ROW = f"{IMPORT_ROW} ir CROSS JOIN LATERAL jsonb_populate_record(NULL::{CONTACT}, ir.data) r"


def transition_allowed(from_status: str, to_status: str) -> bool:
    return from_status == to_status or (from_status, to_status) in set(ALLOWED_PAIRS)


def _execute(sql: str, params) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _match(import_id: int) -> None:
    """Point each valid row at the contact it duplicates: same number, or same email when the row has none."""
    _execute(
        f"UPDATE {IMPORT_ROW} SET contact_id = NULL "
        "WHERE contact_import_id = %s AND outcome = 'valid' AND contact_id IS NOT NULL",
        [import_id],
    )
    _execute(
        f"UPDATE {IMPORT_ROW} ir SET contact_id = c.id FROM {CONTACT} c "
        "WHERE ir.contact_import_id = %s AND ir.outcome = 'valid' AND ir.phone IS NOT NULL AND c.phone = ir.phone",
        [import_id],
    )
    _execute(
        f"""UPDATE {IMPORT_ROW} ir SET contact_id = m.id
        FROM (
            SELECT DISTINCT ON (lower(c.email)) c.id, lower(c.email) AS email_key
            FROM {CONTACT} c
            WHERE c.email <> '' AND c.erased_at IS NULL AND lower(c.email) IN (
                SELECT email_key FROM {IMPORT_ROW}
                WHERE contact_import_id = %s AND outcome = 'valid' AND phone IS NULL AND email_key <> ''
            )
            ORDER BY lower(c.email), c.id
        ) m
        WHERE ir.contact_import_id = %s AND ir.outcome = 'valid' AND ir.phone IS NULL AND ir.email_key = m.email_key""",
        [import_id, import_id],
    )


def match_and_count(import_id: int, policy: str) -> dict:
    """Match staged rows; under "update", reject rows whose status move the table forbids."""
    _match(import_id)
    if policy == DuplicatePolicy.UPDATE:
        _execute(
            f"""UPDATE {IMPORT_ROW} ir
            SET outcome = 'rejected',
                errors = jsonb_build_array('Lead status: a contact cannot go from ' || c.status || ' to '
                                           || (ir.data->>'status') || '.')
            FROM {CONTACT} c
            WHERE ir.contact_import_id = %s AND ir.outcome = 'valid' AND ir.contact_id = c.id
              AND ir.data ? 'status' AND ir.data->>'status' <> c.status
              AND NOT EXISTS (SELECT 1 FROM {_ALLOWED_SQL}
                              WHERE allowed.from_status = c.status AND allowed.to_status = ir.data->>'status')""",
            [import_id],
        )
        _execute(
            f"UPDATE {IMPORT_ROW} SET contact_id = NULL WHERE contact_import_id = %s AND outcome = 'rejected'",
            [import_id],
        )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT count(*) FILTER (WHERE outcome = 'valid'),
                       count(*) FILTER (WHERE outcome = 'rejected'),
                       count(*) FILTER (WHERE outcome = 'valid' AND contact_id IS NOT NULL)
                FROM {IMPORT_ROW} WHERE contact_import_id = %s""",
            [import_id],
        )
        valid, rejected, duplicates = cursor.fetchone()
    return {"valid": valid, "rejected": rejected, "duplicates": duplicates}


def existing_matches(rows) -> dict[int, dict]:
    """For a dry run: row number -> {"id", "status"} of the contact each clean row duplicates."""
    by_phone = {row.phone: row.row_number for row in rows if row.phone}
    by_email = {row.email_key: row.row_number for row in rows if not row.phone and row.email_key}
    matches: dict[int, dict] = {}
    phones = list(by_phone)
    for start in range(0, len(phones), 10_000):
        for contact_id, phone, status in Contact.objects.filter(phone__in=phones[start : start + 10_000]).values_list(
            "id", "phone", "status"
        ):
            matches[by_phone[phone]] = {"id": contact_id, "status": status}
    if by_email:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT DISTINCT ON (lower(email)) id, lower(email), status FROM {CONTACT} "
                "WHERE email <> '' AND erased_at IS NULL AND lower(email) = ANY(%s) ORDER BY lower(email), id",
                [list(by_email)],
            )
            for contact_id, email_key, status in cursor.fetchall():
                matches[by_email[email_key]] = {"id": contact_id, "status": status}
    return matches


def _update_sql(policy: str) -> str:
    if policy == DuplicatePolicy.UPDATE:
        assignments = [f"{col} = coalesce(r.{col}, c.{col})" for col in TEXT_COLUMNS]
        assignments += [
            "tags = coalesce(r.tags, c.tags)",
            "custom_fields = c.custom_fields || coalesce(r.custom_fields, '{}'::jsonb)",
            "qualification = c.qualification || coalesce(r.qualification, '{}'::jsonb)",
            "source = coalesce(r.source, c.source)",
            "owner_id = coalesce(r.owner_id, c.owner_id)",
            "priority = coalesce(r.priority, c.priority)",
            "lead_score = coalesce(r.lead_score, c.lead_score)",
            "callback_at = coalesce(r.callback_at, c.callback_at)",
            f"""status = CASE WHEN r.status IS NOT NULL AND r.status <> c.status AND EXISTS (
                    SELECT 1 FROM {_ALLOWED_SQL} WHERE allowed.from_status = c.status AND allowed.to_status = r.status
                ) THEN r.status ELSE c.status END""",
            f"""last_activity_at = CASE WHEN r.status IS NOT NULL AND r.status <> c.status AND EXISTS (
                    SELECT 1 FROM {_ALLOWED_SQL} WHERE allowed.from_status = c.status AND allowed.to_status = r.status
                ) THEN now() ELSE c.last_activity_at END""",
        ]
    else:
        assignments = [
            f"{col} = CASE WHEN c.{col} = '' THEN coalesce(r.{col}, '') ELSE c.{col} END" for col in TEXT_COLUMNS
        ]
        assignments += [
            "tags = c.tags || ARRAY(SELECT t FROM unnest(coalesce(r.tags, '{}')) t "
            "WHERE lower(t) NOT IN (SELECT lower(x) FROM unnest(c.tags) x))::varchar(50)[]",
            "custom_fields = coalesce(r.custom_fields, '{}'::jsonb) || c.custom_fields",
            "qualification = coalesce(r.qualification, '{}'::jsonb) || c.qualification",
            "owner_id = coalesce(c.owner_id, r.owner_id)",
            "priority = CASE WHEN c.priority = 0 THEN coalesce(r.priority, 0) ELSE c.priority END",
            "lead_score = CASE WHEN c.lead_score = 0 THEN coalesce(r.lead_score, 0) ELSE c.lead_score END",
            "callback_at = coalesce(c.callback_at, r.callback_at)",
        ]
    return (
        f"UPDATE {CONTACT} c SET {', '.join(assignments)}, updated_at = now() FROM {_ROW} "
        "WHERE ir.contact_import_id = %s AND ir.outcome = 'valid' AND ir.contact_id = c.id"
    )


def _insert_sql() -> str:
    text = ", ".join(f"coalesce(r.{col}, '')" for col in TEXT_COLUMNS)
    return f"""INSERT INTO {CONTACT} (
            id, {", ".join(TEXT_COLUMNS)}, phone, tags, custom_fields, qualification, source, owner_id, status,
            priority, lead_score, callback_at, do_not_call, created_by_import_id, created_at, updated_at)
        SELECT m.contact_id, {text}, r.phone, coalesce(r.tags, '{{}}'), coalesce(r.custom_fields, '{{}}'::jsonb),
            coalesce(r.qualification, '{{}}'::jsonb), coalesce(r.source, 'csv'), r.owner_id, coalesce(r.status, 'new'),
            coalesce(r.priority, 0), coalesce(r.lead_score, 0), r.callback_at,
            EXISTS (SELECT 1 FROM {DNC} d WHERE d.phone = r.phone), %s, now(), now()
        FROM {NEW_IDS} m JOIN {_ROW} ON ir.id = m.row_id"""


# Rows written by this import: the created ones (through the new-id map) and the updated ones.
_TOUCHED = f"""(
    SELECT ir.data, m.contact_id, ir.phone FROM {NEW_IDS} m JOIN {IMPORT_ROW} ir ON ir.id = m.row_id
    UNION ALL
    SELECT data, contact_id, phone FROM {IMPORT_ROW} WHERE contact_import_id = %(import_id)s AND outcome = 'updated'
) t"""


def apply(contact_import: ContactImport, *, actor_id, actor_label: str, progress: Callable[[int, int], None]) -> dict:
    """Write one validated import. Returns {"created", "updated", "skipped"}."""
    import_id, policy = contact_import.pk, contact_import.on_duplicate
    params = {
        "import_id": import_id,
        "actor_id": actor_id,
        "actor_label": actor_label,
        "reason": f"CSV import #{import_id} ({contact_import.file_name})"[:200],
        "group_id": contact_import.options.get("group_id"),
    }
    steps = 8
    progress(0, steps)
    _match(import_id)
    progress(1, steps)
    skipped = updated = 0
    if policy == DuplicatePolicy.SKIP:
        skipped = _execute(
            f"UPDATE {IMPORT_ROW} SET outcome = 'skipped' "
            "WHERE contact_import_id = %(import_id)s AND outcome = 'valid' AND contact_id IS NOT NULL",
            params,
        )
    else:
        if policy == DuplicatePolicy.UPDATE:
            _execute(
                f"""INSERT INTO {STATUS_CHANGE} ({HISTORY_COLUMNS})
                SELECT c.id, c.status, ir.data->>'status', %(actor_id)s, %(actor_label)s, %(reason)s, now()
                FROM {IMPORT_ROW} ir JOIN {CONTACT} c ON c.id = ir.contact_id
                JOIN {_ALLOWED_SQL} ON allowed.from_status = c.status AND allowed.to_status = ir.data->>'status'
                WHERE ir.contact_import_id = %(import_id)s AND ir.outcome = 'valid'""",
                params,
            )
        updated = _execute(_update_sql(policy).replace("%s", "%(import_id)s"), params)
        _execute(
            f"UPDATE {IMPORT_ROW} SET outcome = 'updated' "
            "WHERE contact_import_id = %(import_id)s AND outcome = 'valid' AND contact_id IS NOT NULL",
            params,
        )
    progress(2, steps)
    _execute(f"DROP TABLE IF EXISTS {NEW_IDS}", [])
    _execute(
        f"""CREATE TEMP TABLE {NEW_IDS.split(".")[1]} ON COMMIT DROP AS
        SELECT id AS row_id, nextval(pg_get_serial_sequence('{CONTACT}', 'id')) AS contact_id
        FROM {IMPORT_ROW}
        WHERE contact_import_id = %(import_id)s AND outcome = 'valid' AND contact_id IS NULL""",
        params,
    )
    progress(3, steps)
    created = _execute(_insert_sql().replace("%s", "%(import_id)s"), params)
    progress(4, steps)
    _execute(
        f"""INSERT INTO {STATUS_CHANGE} ({HISTORY_COLUMNS})
        SELECT m.contact_id, '', ir.data->>'status', %(actor_id)s, %(actor_label)s, %(reason)s, now()
        FROM {NEW_IDS} m JOIN {IMPORT_ROW} ir ON ir.id = m.row_id
        WHERE ir.data ? 'status' AND ir.data->>'status' <> 'new'""",
        params,
    )
    _link_groups(params, contact_import.vocabulary.get("groups", []))
    progress(5, steps)
    vocabulary = contact_import.vocabulary or {}
    _vocabulary_add(vocabulary)
    progress(6, steps)
    _execute(
        f"""INSERT INTO {DNC} (phone, reason, source, created_at)
        SELECT DISTINCT phone, %(reason)s, 'csv', now() FROM (
            SELECT t.phone, t.data FROM {_TOUCHED}
            UNION ALL
            SELECT phone, data FROM {IMPORT_ROW} WHERE contact_import_id = %(import_id)s AND outcome = 'skipped'
        ) dnc_rows
        WHERE phone IS NOT NULL AND (data->>'do_not_call')::boolean
        ON CONFLICT DO NOTHING""",
        params,
    )
    _execute(
        f"""UPDATE {CONTACT} c SET do_not_call = true, updated_at = now()
        FROM {_TOUCHED} JOIN {DNC} d ON d.phone = t.phone
        WHERE c.id = t.contact_id AND NOT c.do_not_call""",
        params,
    )
    progress(7, steps)
    # What remains is the report: rejected rows keep their cells, the others only their fate.
    # (The created rows' staged copies are deleted after the commit.)
    _execute(
        f"UPDATE {IMPORT_ROW} SET data = '{{}}', raw = '[]', phone = NULL, email_key = '' "
        "WHERE contact_import_id = %(import_id)s AND outcome IN ('updated', 'skipped')",
        params,
    )
    _execute(f"DROP TABLE IF EXISTS {NEW_IDS}", [])
    progress(steps, steps)
    return {"created": created, "updated": updated, "skipped": skipped}


def _vocabulary_add(vocabulary: dict) -> None:
    """Catalogue the import's tags and teach fuzzy search its name words."""
    from contacts.search import phonetic

    Tag.objects.bulk_create([Tag(name=tag) for tag in vocabulary.get("tags", [])], ignore_conflicts=True)
    words = vocabulary.get("words", [])
    NameKey.objects.bulk_create(
        [NameKey(word=word[:100], key=phonetic(word)) for word in words], batch_size=5000, ignore_conflicts=True
    )


def _link_groups(params: dict, group_names: list[str]) -> None:
    if group_names:
        Group.objects.bulk_create(
            [Group(name=name, created_by_id=params["actor_id"]) for name in group_names], ignore_conflicts=True
        )
        _execute(
            f"""INSERT INTO {CONTACT_GROUPS} (contact_id, group_id)
            SELECT t.contact_id, grp.id
            FROM {_TOUCHED} CROSS JOIN LATERAL jsonb_array_elements_text(t.data->'groups') g
            JOIN {GROUP} grp ON lower(grp.name) = lower(g)
            WHERE t.data ? 'groups'
            ON CONFLICT DO NOTHING""",
            params,
        )
    if params["group_id"]:
        _execute(
            f"""INSERT INTO {CONTACT_GROUPS} (contact_id, group_id)
            SELECT t.contact_id, %(group_id)s FROM {_TOUCHED}
            ON CONFLICT DO NOTHING""",
            params,
        )
