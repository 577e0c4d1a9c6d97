"""Contact search: one normalisation, written once for SQL and once for Python.

pg_trgm and unaccent are not available, so the search vector is a stored
generated column built only from built-in immutable functions: words with
their accents stripped (NFD, combining marks dropped), plus a Soundex-like key
per name (weight D) for fuzzy matches. The query side folds what the user
typed the same way, so `Jose` finds `José` and `Smyth` finds `Smith` through
the phonetic key. Tests check that the SQL and Python halves agree.
"""

import re
import unicodedata

# Accents are stripped by decomposing (NFD) and dropping the combining marks,
# which PostgreSQL's built-in `normalize` and `regexp_replace` can do too.
COMBINING_MARKS = "[\u0300-\u036f]"
_COMBINING = re.compile(COMBINING_MARKS)

# Soundex letter classes; vowels become 0 (a separator), h and w vanish.
PHONETIC_FROM = "bfpvcgjkqsxzdtlmnraeiouyhw"
PHONETIC_TO = "111122222222334556000000"
_PHONETIC_TABLE = str.maketrans(PHONETIC_FROM[: len(PHONETIC_TO)], PHONETIC_TO, PHONETIC_FROM[len(PHONETIC_TO) :])
_REPEATS = re.compile(r"(.)\1+")
_NOT_LETTERS = re.compile(r"[^a-z]")
_TOKEN = re.compile(r"[^\W_]+")
MIN_FUZZY_TOKEN = 3


def fold(text: str) -> str:
    """Strip accents and lower-case, exactly as `_sql_fold` does."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text or "")).lower()


def phonetic(name: str) -> str:
    """Soundex-like key of a name: first letter + up to three digits (ASCII letters only)."""
    letters = _NOT_LETTERS.sub("", (name or "").lower())
    if not letters:
        return ""
    codes = _REPEATS.sub(r"\1", letters.translate(_PHONETIC_TABLE))
    digits = codes[1:].replace("0", "")
    return letters[0] + digits[:3].ljust(3, "0")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


# --- SQL ------------------------------------------------------------------------------


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_fold(column_sql: str) -> str:
    return f"lower(regexp_replace(normalize({column_sql}, NFD), {_sql_literal(COMBINING_MARKS)}, '', 'g'))"


def _sql_phonetic(column: str) -> str:
    """SQL twin of `phonetic()` for one name column."""
    letters = f"regexp_replace(lower(coalesce({column}, '')), '[^a-z]', '', 'g')"
    codes = (
        f"regexp_replace(translate({letters}, {_sql_literal(PHONETIC_FROM)}, {_sql_literal(PHONETIC_TO)}), "
        r"'(.)\1+', '\1', 'g')"
    )
    digits = f"replace(substr({codes}, 2), '0', '')"
    return f"left({letters}, 1) || rpad(left({digits}, 3), 3, '0')"


def search_vector_sql() -> str:
    """The generated column's expression: names (A), company and email parts (B),
    custom field values (C), phonetic keys of the names (D)."""
    names = _sql_fold("coalesce(first_name, '') || ' ' || coalesce(last_name, '')")
    company = _sql_fold("coalesce(company, '')")
    email = "translate(lower(coalesce(email, '')), '@.-_+', '     ')"
    return (
        f"setweight(to_tsvector('simple'::regconfig, {names}), 'A') || "
        f"setweight(to_tsvector('simple'::regconfig, {company} || ' ' || {email}), 'B') || "
        "setweight(jsonb_to_tsvector('simple'::regconfig, coalesce(custom_fields, '{}'::jsonb), "
        "'[\"string\", \"numeric\"]'::jsonb), 'C') || "
        f"setweight(to_tsvector('simple'::regconfig, {_sql_phonetic('first_name')} || ' ' || "
        f"{_sql_phonetic('last_name')}), 'D')"
    )


def prefix_tsquery(text: str) -> str | None:
    """`jo sm` -> `jo:*ABC & sm:*ABC` (every word must start a name, company, email part
    or custom value). None when nothing searchable was typed."""
    words = tokens(text)
    if not words:
        return None
    return " & ".join(f"{word}:*ABC" for word in words)


def fuzzy_tsquery(text: str) -> str | None:
    """Each word may also match by sound: `smyth` -> `(smyth:*ABC | s530:D)`."""
    words = tokens(text)
    if not any(len(word) >= MIN_FUZZY_TOKEN and not word.isdigit() for word in words):
        return None
    parts = []
    for word in words:
        key = phonetic(word) if len(word) >= MIN_FUZZY_TOKEN and not word.isdigit() else ""
        parts.append(f"({word}:*ABC | {key}:D)" if key else f"{word}:*ABC")
    return " & ".join(parts)
