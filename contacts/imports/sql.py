"""Set-based SQL that writes an import from a staging table.

Rows are COPYed into a temporary table with the contact's typed columns
(NULL = "the file said nothing"), then matched to existing contacts,
inserted, updated or merged, linked to groups and tags, checked against the
do-not-call list, all inside the import's transaction. Table names come
from the models; every value travels as a parameter.
"""

# ruff: noqa: S608 - table and column names are constants from the models

import json
import re
from collections.abc import Iterable

from django.db import connection
from psycopg import ClientCursor

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
DNC = DncEntry._meta.db_table
STAGE = "pg_temp.contact_import_stage"
HISTORY_COLUMNS = "contact_id, from_status, to_status, actor_id, actor_label, reason, created_at"
REPORT_LIMIT = 1000

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
# (column, SQL type) of the staging table, in COPY order.
STAGE_COLUMNS = (
    ("row_number", "integer"),
    ("new_id", "bigint"),
    ("phone", "varchar(20)"),
    ("email_key", "text"),
    *((column, "text") for column in TEXT_COLUMNS),
    ("tags", "varchar(50)[]"),
    ("groups", "text[]"),
    ("custom_fields", "jsonb"),
    ("qualification", "jsonb"),
    ("source", "text"),
    ("owner_id", "bigint"),
    ("status", "text"),
    ("priority", "integer"),
    ("lead_score", "integer"),
    ("callback_at", "timestamptz"),
    ("do_not_call", "boolean"),
)
ALLOWED_PAIRS = sorted((source, target) for source, targets in STATUS_TRANSITIONS.items() for target in targets)
_ALLOWED = "(VALUES " + ", ".join(f"('{a}', '{b}')" for a, b in ALLOWED_PAIRS) + ") AS allowed(from_status, to_status)"


def transition_allowed(from_status: str, to_status: str) -> bool:
    return from_status == to_status or (from_status, to_status) in set(ALLOWED_PAIRS)


def _execute(sql: str, params=None) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params or [])
        return cursor.rowcount


def delete_rows(import_ids, *, outcome: str | None = None) -> int:
    """Drop staged report rows in one statement (the ORM would load each row to delete it)."""
    ids = list(import_ids)
    if not ids:
        return 0
    if outcome:
        return _execute(f"DELETE FROM {IMPORT_ROW} WHERE contact_import_id = ANY(%s) AND outcome = %s", [ids, outcome])
    return _execute(f"DELETE FROM {IMPORT_ROW} WHERE contact_import_id = ANY(%s)", [ids])


def save_report_rows(import_id: int, rows: Iterable[tuple[int, list[str], list[str], str, int | None]]) -> None:
    """COPY (row number, cells, errors, outcome, contact id) report rows into ImportRow."""
    dumps = json.dumps
    columns = "contact_import_id, row_number, raw, data, phone, email_key, outcome, errors, contact_id"
    with connection.cursor() as cursor, cursor.copy(f"COPY {IMPORT_ROW} ({columns}) FROM STDIN") as copy:
        for number, cells, errors, outcome, contact_id in rows:
            copy.write_row((import_id, number, dumps(cells), "{}", None, "", outcome, dumps(errors), contact_id))


def stage_create() -> None:
    columns = ", ".join(f"{name} {kind}" for name, kind in STAGE_COLUMNS)
    _execute(f"DROP TABLE IF EXISTS {STAGE}")
    # contact_id: the existing contact a row matches; rows without one are new and take new_id.
    _execute(f"CREATE TEMP TABLE contact_import_stage ({columns}, contact_id bigint) ON COMMIT DROP")


def _array(values) -> str | None:
    """A PostgreSQL array literal (COPY takes text; psycopg's list adapter is slow Python)."""
    if values is None:
        return None
    return "{" + ",".join('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values) + "}"


# COPY's text format: tab-separated, \N for NULL, backslash escapes.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


_NEEDS_ESCAPE = re.compile(r"[\\\t\n\r]")


def _field(value) -> str:
    if value is None:
        return "\\N"
    if value.__class__ is str:
        return value.translate(_COPY_ESCAPES) if _NEEDS_ESCAPE.search(value) else value
    if value is True:
        return "t"
    if value is False:
        return "f"
    return str(value)


def reserve_ids(count: int) -> list[int]:
    """Contact ids for up to `count` new contacts, taken from the sequence in one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT nextval(pg_get_serial_sequence('{CONTACT}', 'id')) FROM generate_series(1, %s)", [count]
        )
        return [row[0] for row in cursor.fetchall()]


def stage_lines(rows: Iterable, ids) -> list[str]:
    """COPY text lines for clean rows (contacts.imports.rows.CleanRow), each with a reserved id
    it takes if it turns out to be new."""
    dumps = json.dumps
    next_id = ids.__next__
    lines = []
    for row in rows:
        get = row.data.get
        custom, qualification, callback = get("custom_fields"), get("qualification"), get("callback_at")
        fields = (
            row.row_number,
            next_id(),
            row.phone,
            row.email_key,
            get("first_name"),
            get("last_name"),
            get("alternate_phone"),
            get("email"),
            get("company"),
            get("timezone"),
            get("language"),
            get("address"),
            get("notes"),
            _array(get("tags")),
            _array(get("groups")),
            None if custom is None else dumps(custom),
            None if qualification is None else dumps(qualification),
            get("source"),
            get("owner_id"),
            get("status"),
            get("priority"),
            get("lead_score"),
            None if callback is None else callback.isoformat(),
            get("do_not_call"),
        )
        lines.append("\t".join(map(_field, fields)) + "\n")
    return lines


def existing_matches(rows) -> dict[int, dict]:
    """Without staging (validation, dry runs): row number -> {"id", "status"} of the contact it duplicates."""
    by_phone = {row.phone: row.row_number for row in rows if row.phone}
    by_email = {row.email_key: row.row_number for row in rows if not row.phone and row.email_key}
    matches: dict[int, dict] = {}
    with connection.cursor() as cursor:
        if by_phone:
            cursor.execute(f"SELECT id, phone, status FROM {CONTACT} WHERE phone = ANY(%s)", [list(by_phone)])
            for contact_id, phone, status in cursor.fetchall():
                matches[by_phone[phone]] = {"id": contact_id, "status": status}
        if by_email:
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
        moves = (
            f"s.status IS NOT NULL AND s.status <> c.status AND EXISTS (SELECT 1 FROM {_ALLOWED} "
            "WHERE allowed.from_status = c.status AND allowed.to_status = s.status)"
        )
        assignments = [f"{col} = coalesce(s.{col}, c.{col})" for col in TEXT_COLUMNS]
        assignments += [
            "tags = coalesce(s.tags, c.tags)",
            "custom_fields = c.custom_fields || coalesce(s.custom_fields, '{}'::jsonb)",
            "qualification = c.qualification || coalesce(s.qualification, '{}'::jsonb)",
            "source = coalesce(s.source, c.source)",
            "owner_id = coalesce(s.owner_id, c.owner_id)",
            "priority = coalesce(s.priority, c.priority)",
            "lead_score = coalesce(s.lead_score, c.lead_score)",
            "callback_at = coalesce(s.callback_at, c.callback_at)",
            f"status = CASE WHEN {moves} THEN s.status ELSE c.status END",
            f"last_activity_at = CASE WHEN {moves} THEN now() ELSE c.last_activity_at END",
        ]
    else:
        assignments = [
            f"{col} = CASE WHEN c.{col} = '' THEN coalesce(s.{col}, '') ELSE c.{col} END" for col in TEXT_COLUMNS
        ]
        assignments += [
            "tags = c.tags || ARRAY(SELECT t FROM unnest(coalesce(s.tags, '{}')) t "
            "WHERE lower(t) NOT IN (SELECT lower(x) FROM unnest(c.tags) x))::varchar(50)[]",
            "custom_fields = coalesce(s.custom_fields, '{}'::jsonb) || c.custom_fields",
            "qualification = coalesce(s.qualification, '{}'::jsonb) || c.qualification",
            "owner_id = coalesce(c.owner_id, s.owner_id)",
            "priority = CASE WHEN c.priority = 0 THEN coalesce(s.priority, 0) ELSE c.priority END",
            "lead_score = CASE WHEN c.lead_score = 0 THEN coalesce(s.lead_score, 0) ELSE c.lead_score END",
            "callback_at = coalesce(c.callback_at, s.callback_at)",
        ]
    return (
        f"UPDATE {CONTACT} c SET {', '.join(assignments)}, updated_at = now() FROM {STAGE} s WHERE s.contact_id = c.id"
    )


def _insert_sql() -> str:
    text = ", ".join(f"coalesce(s.{col}, '')" for col in TEXT_COLUMNS)
    return f"""INSERT INTO {CONTACT} (
            id, {", ".join(TEXT_COLUMNS)}, phone, tags, custom_fields, qualification, source, owner_id, status,
            priority, lead_score, callback_at, do_not_call, created_by_import_id, created_at, updated_at)
        SELECT s.new_id, {text}, s.phone, coalesce(s.tags, '{{}}'), coalesce(s.custom_fields, '{{}}'::jsonb),
            coalesce(s.qualification, '{{}}'::jsonb), coalesce(s.source, 'csv'), s.owner_id, coalesce(s.status, 'new'),
            coalesce(s.priority, 0), coalesce(s.lead_score, 0), s.callback_at,
            s.phone IS NOT NULL AND EXISTS (SELECT 1 FROM {DNC} d WHERE d.phone = s.phone),
            %(import_id)s, now(), now()
        FROM {STAGE} s WHERE s.contact_id IS NULL"""


class StageWriter:
    """Writes an import one staged chunk at a time, inside the caller's transaction.

    `write_chunk` may run in a helper thread while the caller cleans the next chunk, so it
    only uses the session's own psycopg connection (Django's connection object is per
    thread); the caller never touches the connection while a chunk is being written.
    """

    def __init__(self, contact_import: ContactImport, *, actor_id, actor_label: str):
        connection.ensure_connection()
        self.raw = connection.connection
        self.policy = contact_import.on_duplicate
        self.params = {
            "import_id": contact_import.pk,
            "actor_id": actor_id,
            "actor_label": actor_label,
            "reason": f"CSV import #{contact_import.pk} ({contact_import.file_name})"[:200],
            "group_id": contact_import.options.get("group_id"),
        }
        self.counts = {"created": 0, "updated": 0, "skipped": 0}
        self.report: list[tuple] = []

    def _run(self, sql: str, params=None) -> int:
        with ClientCursor(self.raw) as cursor:
            cursor.execute(sql, params if params is not None else self.params)
            return cursor.rowcount

    def _rows(self, sql: str, params=None) -> list[tuple]:
        with ClientCursor(self.raw) as cursor:
            cursor.execute(sql, params if params is not None else self.params)
            return cursor.fetchall()

    def load(self, lines: list[str]) -> None:
        """COPY one chunk into the (empty) staging table."""
        names = ", ".join(name for name, _ in STAGE_COLUMNS)
        with self.raw.cursor() as cursor, cursor.copy(f"COPY {STAGE} ({names}) FROM STDIN") as copy:
            copy.write("".join(lines))

    def write_chunk(self) -> None:
        """Match, update or merge, insert, record history, link groups, honour do-not-call; then empty
        the stage for the next chunk."""
        self._match()
        if self.policy == DuplicatePolicy.UPDATE:
            self._reject_forbidden_moves()
        outcome = "skipped" if self.policy == DuplicatePolicy.SKIP else "updated"
        room = max(0, REPORT_LIMIT - sum(1 for row in self.report if row[3] != "rejected"))
        if room:
            self.report += [
                (number, [], [], outcome, contact_id)
                for number, contact_id in self._rows(
                    f"SELECT row_number, contact_id FROM {STAGE} WHERE contact_id IS NOT NULL "
                    "ORDER BY row_number LIMIT %(room)s",
                    {"room": room},
                )
            ]
        if self.policy == DuplicatePolicy.SKIP:
            self.counts["skipped"] += self._rows(f"SELECT count(*) FROM {STAGE} WHERE contact_id IS NOT NULL")[0][0]
            # Skipped rows only still matter when they put their number on the do-not-call list.
            self._run(f"DELETE FROM {STAGE} WHERE contact_id IS NOT NULL AND NOT coalesce(do_not_call, false)")
        else:
            if self.policy == DuplicatePolicy.UPDATE:
                self._run(
                    f"""INSERT INTO {STATUS_CHANGE} ({HISTORY_COLUMNS})
                    SELECT c.id, c.status, s.status, %(actor_id)s, %(actor_label)s, %(reason)s, now()
                    FROM {STAGE} s JOIN {CONTACT} c ON c.id = s.contact_id
                    JOIN {_ALLOWED} ON allowed.from_status = c.status AND allowed.to_status = s.status"""
                )
            self.counts["updated"] += self._run(_update_sql(self.policy))
        self.counts["created"] += self._run(_insert_sql())
        self._run(
            f"""INSERT INTO {STATUS_CHANGE} ({HISTORY_COLUMNS})
            SELECT new_id, '', status, %(actor_id)s, %(actor_label)s, %(reason)s, now()
            FROM {STAGE} WHERE contact_id IS NULL AND status IS NOT NULL AND status <> 'new'"""
        )
        self._link_groups()
        self._run(
            f"""INSERT INTO {DNC} (phone, reason, source, created_at)
            SELECT DISTINCT phone, %(reason)s, 'csv', now() FROM {STAGE}
            WHERE phone IS NOT NULL AND do_not_call
            ON CONFLICT DO NOTHING"""
        )
        self._run(
            f"""UPDATE {CONTACT} c SET do_not_call = true, updated_at = now()
            FROM {STAGE} s JOIN {DNC} d ON d.phone = s.phone
            WHERE c.id = coalesce(s.contact_id, s.new_id) AND NOT c.do_not_call"""
        )
        self._run(f"TRUNCATE {STAGE}")

    def _match(self) -> None:
        """Point each staged row at the contact it duplicates: same number, or same email without one."""
        self._run(
            f"UPDATE {STAGE} s SET contact_id = c.id FROM {CONTACT} c WHERE s.phone IS NOT NULL AND c.phone = s.phone"
        )
        self._run(
            f"""UPDATE {STAGE} s SET contact_id = m.id
            FROM (
                SELECT DISTINCT ON (lower(c.email)) c.id, lower(c.email) AS email_key
                FROM {CONTACT} c
                WHERE c.email <> '' AND c.erased_at IS NULL
                  AND lower(c.email) IN (SELECT email_key FROM {STAGE} WHERE phone IS NULL AND email_key <> '')
                ORDER BY lower(c.email), c.id
            ) m
            WHERE s.phone IS NULL AND s.email_key = m.email_key"""
        )

    def _reject_forbidden_moves(self) -> None:
        """Under "update", a row may not move a contact's status where the table forbids it."""
        rows = self._rows(
            f"""DELETE FROM {STAGE} s USING {CONTACT} c
            WHERE s.contact_id = c.id AND s.status IS NOT NULL AND s.status <> c.status
              AND NOT EXISTS (SELECT 1 FROM {_ALLOWED}
                              WHERE allowed.from_status = c.status AND allowed.to_status = s.status)
            RETURNING s.row_number, c.status, s.status"""
        )
        self.report += [
            (number, [], [f"Lead status: a contact cannot go from {old} to {new}."], "rejected", None)
            for number, old, new in rows
        ]

    def _link_groups(self) -> None:
        """Groups named in the file (created when missing) and the import's own group, for written rows."""
        written = "s.contact_id IS NULL" if self.policy == DuplicatePolicy.SKIP else "true"
        self._run(
            f"""INSERT INTO {GROUP} (name, description, created_by_id, created_at)
            SELECT DISTINCT ON (lower(g)) g, '', %(actor_id)s, now()
            FROM {STAGE} s CROSS JOIN LATERAL unnest(s.groups) g
            WHERE s.groups IS NOT NULL AND {written}
            ORDER BY lower(g), g
            ON CONFLICT DO NOTHING"""
        )
        self._run(
            f"""INSERT INTO {CONTACT_GROUPS} (contact_id, group_id)
            SELECT coalesce(s.contact_id, s.new_id), grp.id
            FROM {STAGE} s CROSS JOIN LATERAL unnest(s.groups) g
            JOIN {GROUP} grp ON lower(grp.name) = lower(g)
            WHERE s.groups IS NOT NULL AND {written}
            ON CONFLICT DO NOTHING"""
        )
        if self.params["group_id"]:
            self._run(
                f"""INSERT INTO {CONTACT_GROUPS} (contact_id, group_id)
                SELECT coalesce(s.contact_id, s.new_id), %(group_id)s FROM {STAGE} s WHERE {written}
                ON CONFLICT DO NOTHING"""
            )


def vocabulary_add(vocabulary: dict) -> None:
    """Catalogue the import's tags and teach fuzzy search its name words."""
    from contacts.search import phonetic

    Tag.objects.bulk_create([Tag(name=tag) for tag in vocabulary.get("tags", [])], ignore_conflicts=True)
    NameKey.objects.bulk_create(
        [NameKey(word=word[:100], key=phonetic(word)) for word in vocabulary.get("words", [])],
        batch_size=5000,
        ignore_conflicts=True,
    )
