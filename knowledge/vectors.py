"""pgvector plumbing: the extension, one partial HNSW index per vector dimension, vector literals.

Chunks keep vectors of any dimension in one column; each dimension in use gets
its own expression index (`embedding::vector(N)` where `dims = N`), which is
what pgvector supports for mixed dimensions. Queries must use the same cast and
condition to hit the index.
"""

from collections.abc import Sequence

from django.db import connection

CREATE_EXTENSION = "CREATE EXTENSION IF NOT EXISTS vector SCHEMA public"


COLUMNS = ("embedding", "heading_embedding")


def index_name(dims: int, column: str = "embedding") -> str:
    prefix = "knowledge_chunk_hnsw" if column == "embedding" else "knowledge_chunk_heading_hnsw"
    return f"{prefix}_{int(dims)}"


def index_sql(dims: int, column: str = "embedding") -> str:
    dims = int(dims)
    if column not in COLUMNS:
        raise ValueError(column)
    return (
        f"CREATE INDEX IF NOT EXISTS {index_name(dims, column)} ON knowledge_chunk "
        f"USING hnsw (({column}::vector({dims})) vector_cosine_ops) WITH (m = 16, ef_construction = 64) "
        f"WHERE dims = {dims}"
    )


def ensure_index(dims: int) -> None:
    """Create the HNSW indexes for `dims` in the current schema when an embedder of a new size is used."""
    with connection.cursor() as cursor:
        # Deferred foreign-key checks from rows written earlier in the transaction would block CREATE INDEX.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for column in COLUMNS:
            cursor.execute(index_sql(dims, column))


def literal(vector: Sequence[float]) -> str:
    """pgvector's text form, for raw SQL parameters (`%s::vector`)."""
    return "[" + ",".join(f"{float(x):.6g}" for x in vector) + "]"
