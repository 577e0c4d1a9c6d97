"""Create a tenant schema by copying the migrated template schema.

Replaying every migration for each new tenant takes seconds and grows with the
project; copying the template's catalogue takes a fraction of that. Tables are
copied with `LIKE` (columns, defaults, identity, generated columns, checks;
unlogged tables stay unlogged),
then primary keys, unique and exclusion constraints, indexes, foreign keys and
triggers are recreated under their original names, so later migrations that
refer to them by name work on clones exactly as on the template. Rows are
copied too (the migration history and any reference data a migration loaded).
"""

from django.db import connection

_TABLES = """
SELECT c.relname, c.relpersistence = 'u'
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(src)s AND c.relkind IN ('r', 'p')
ORDER BY c.relname
"""

_UNSUPPORTED = """
SELECT c.relname, c.relkind::text
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(src)s AND c.relkind IN ('v', 'm', 'f')
UNION ALL
SELECT p.proname, 'function'
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = %(src)s
"""

# Constraints that own an index (p, u, x) first, foreign keys after every table exists.
_CONSTRAINTS = """
SELECT cl.relname, con.conname, con.contype, pg_get_constraintdef(con.oid)
FROM pg_constraint con
JOIN pg_class cl ON cl.oid = con.conrelid
JOIN pg_namespace n ON n.oid = cl.relnamespace
WHERE n.nspname = %(src)s AND con.contype IN ('p', 'u', 'x', 'f')
ORDER BY (con.contype = 'f'), cl.relname, con.conname
"""

_INDEXES = """
SELECT pg_get_indexdef(i.indexrelid)
FROM pg_index i
JOIN pg_class cl ON cl.oid = i.indrelid
JOIN pg_namespace n ON n.oid = cl.relnamespace
WHERE n.nspname = %(src)s
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
ORDER BY 1
"""

_TRIGGERS = """
SELECT pg_get_triggerdef(t.oid)
FROM pg_trigger t
JOIN pg_class cl ON cl.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = cl.relnamespace
WHERE n.nspname = %(src)s AND NOT t.tgisinternal
"""

# Generated columns are recomputed by the target table, so rows are copied without them.
_STORED_COLUMNS = """
SELECT c.relname, string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(src)s AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND a.attgenerated = ''
GROUP BY c.relname
"""

_IDENTITY_COLUMNS = """
SELECT c.relname, a.attname
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = %(src)s AND a.attidentity IN ('a', 'd') AND NOT a.attisdropped
"""


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def clone_schema(source: str, target: str) -> None:
    """Create schema `target` as a structural and data copy of `source`."""
    params = {"src": source}
    with connection.cursor() as cursor:
        cursor.execute(_UNSUPPORTED, params)
        unsupported = cursor.fetchall()
        if unsupported:
            raise RuntimeError(f"cannot clone views, foreign tables or functions: {unsupported}")

        # Definitions are read with only the source schema on the search path,
        # so its own objects come back unqualified and resolve into the target.
        cursor.execute("SELECT current_setting('search_path')")
        (previous_path,) = cursor.fetchone()
        cursor.execute(f"SET search_path TO {_quote(source)}, public")
        try:
            cursor.execute(_TABLES, params)
            unlogged = dict(cursor.fetchall())
            tables = list(unlogged)
            cursor.execute(_CONSTRAINTS, params)
            constraints = cursor.fetchall()
            cursor.execute(_INDEXES, params)
            indexes = [row[0] for row in cursor.fetchall()]
            cursor.execute(_TRIGGERS, params)
            triggers = [row[0] for row in cursor.fetchall()]
            cursor.execute(_IDENTITY_COLUMNS, params)
            identity_columns = cursor.fetchall()
            cursor.execute(_STORED_COLUMNS, params)
            stored_columns = dict(cursor.fetchall())
        finally:
            cursor.execute(f"SET search_path TO {previous_path}")

        src, dst = _quote(source), _quote(target)
        statements = [f"CREATE SCHEMA {dst}", f"SET LOCAL search_path TO {dst}, public"]
        for table in tables:
            kind = "UNLOGGED TABLE" if unlogged[table] else "TABLE"
            statements.append(
                f"CREATE {kind} {dst}.{_quote(table)} (LIKE {src}.{_quote(table)} "
                "INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING GENERATED "
                "INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS)"
            )
        for table in tables:
            columns = stored_columns[table]
            statements.append(
                f"INSERT INTO {dst}.{_quote(table)} ({columns}) OVERRIDING SYSTEM VALUE "
                f"SELECT {columns} FROM {src}.{_quote(table)}"
            )
        for table, column in identity_columns:
            statements.append(
                f"SELECT setval(pg_get_serial_sequence('{dst}.{_quote(table)}', '{column}'), "
                f"COALESCE((SELECT max({_quote(column)}) FROM {dst}.{_quote(table)}), 0) + 1, false)"
            )
        for table, name, _kind, definition in constraints:
            statements.append(f"ALTER TABLE {dst}.{_quote(table)} ADD CONSTRAINT {_quote(name)} {definition}")
        # pg_get_indexdef / pg_get_triggerdef always qualify the table with its schema.
        cursor.execute("SELECT quote_ident(%s)", [source])
        (source_ident,) = cursor.fetchone()
        statements.extend(d.replace(f" ON {source_ident}.", f" ON {dst}.") for d in indexes)
        statements.extend(d.replace(f" ON {source_ident}.", f" ON {dst}.") for d in triggers)
        statements.append("SET LOCAL search_path TO public")
        # One round trip: the statements carry no parameters.
        cursor.execute(";\n".join(statements))
