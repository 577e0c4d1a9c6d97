"""Contact search: one normalisation, written once for SQL and once for Python.

pg_trgm and unaccent are not available. The search vector is a stored
generated column built only from built-in immutable functions: names and
company with their accents stripped (NFD, combining marks dropped). Prefix
queries (`jo sm`) run on its GIN index; a single word may also be the start
of an email address (a btree prefix index). It is kept small on purpose:
every lexeme is an index entry each imported row pays for.

Fuzzy matching costs nothing per contact: `NameKey` keeps each distinct name
word once with a Soundex-like key. When a prefix search finds nobody, the
words that sound like what was typed are looked up there and searched
exactly, so `Smyth` finds `Smith`. Tests check the SQL and Python halves agree.
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
_NAME_WORD = re.compile(r"[a-z]{3,}")
_TOKEN = re.compile(r"[^\W_]+")
MIN_FUZZY_WORD = 3
MAX_SIMILAR_WORDS = 30


def fold(text: str) -> str:
    """Strip accents and lower-case, exactly as `_sql_fold` does."""
    return _COMBINING.sub("", unicodedata.normalize("NFD", text or "")).lower()


def phonetic(word: str) -> str:
    """Soundex-like key of one folded word of letters: first letter + three digits."""
    codes = _REPEATS.sub(r"\1", word.translate(_PHONETIC_TABLE))
    digits = codes[1:].replace("0", "")
    return word[:1] + digits[:3].ljust(3, "0")


def name_words(*names: str) -> set[str]:
    """The words of these names that get a phonetic key (ASCII letters, 3 or more)."""
    return set(_NAME_WORD.findall(fold(" ".join(n or "" for n in names))))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


# --- SQL ------------------------------------------------------------------------------


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def sql_fold(column_sql: str) -> str:
    return f"lower(regexp_replace(normalize({column_sql}, NFD), {_sql_literal(COMBINING_MARKS)}, '', 'g'))"


def sql_phonetic(word_sql: str) -> str:
    """SQL twin of `phonetic()` for a folded word of letters."""
    codes = (
        f"regexp_replace(translate({word_sql}, {_sql_literal(PHONETIC_FROM)}, {_sql_literal(PHONETIC_TO)}), "
        r"'(.)\1+', '\1', 'g')"
    )
    return f"left({word_sql}, 1) || rpad(left(replace(substr({codes}, 2), '0', ''), 3), 3, '0')"


def sql_name_words(table_alias: str = "") -> str:
    """A set-returning expression: the name words of a contact row, as `name_words()` finds them."""
    prefix = f"{table_alias}." if table_alias else ""
    folded = sql_fold(f"coalesce({prefix}first_name, '') || ' ' || coalesce({prefix}last_name, '')")
    return f"(regexp_matches({folded}, '[a-z]{{3,}}', 'g'))[1]"


def search_vector_sql() -> str:
    """The generated column's expression: names and company, accents folded. (Emails are found
    through their own prefix index; custom values through the custom_field filter.)"""
    text = sql_fold("coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(company, '')")
    return f"to_tsvector('simple'::regconfig, {text})"


def prefix_tsquery(text: str) -> str | None:
    """`jo sm` -> `jo:* & sm:*`: every word must start a name or company word.
    None when nothing searchable was typed."""
    words = tokens(text)
    if not words:
        return None
    return " & ".join(f"{word}:*" for word in words)


def fuzzy_tsquery(text: str, similar: dict[str, list[str]]) -> str | None:
    """Each word matches as a prefix or as any known word that sounds the same.

    `similar` maps a phonetic key to known name words (from `NameKey`).
    """
    words = tokens(text)
    if not words:
        return None
    parts, fuzzy = [], False
    for word in words:
        alternatives = [w for w in similar.get(phonetic(word), []) if w != word][:MAX_SIMILAR_WORDS]
        if alternatives and word.isalpha() and len(word) >= MIN_FUZZY_WORD:
            fuzzy = True
            parts.append("(" + " | ".join([f"{word}:*", *alternatives]) + ")")
        else:
            parts.append(f"{word}:*")
    return " & ".join(parts) if fuzzy else None


def fuzzy_keys(text: str) -> set[str]:
    return {phonetic(w) for w in tokens(text) if w.isascii() and w.isalpha() and len(w) >= MIN_FUZZY_WORD}
