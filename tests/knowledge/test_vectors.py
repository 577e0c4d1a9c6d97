"""pgvector in tenant schemas: cloned HNSW indexes, and re-embedding when the embedder changes."""

import numpy as np
import pytest
from django.db import connection

from knowledge import retrieval
from knowledge.models import Chunk
from knowledge.services import indexing, sources

pytestmark = pytest.mark.django_db


class TinyEmbedder:
    """A deterministic 8-dimension embedder standing in for a newly configured provider."""

    id = "tiny:8"
    dims = 8

    def embed(self, texts):
        rows = []
        for text in texts:
            vector = np.zeros(8, dtype=np.float32)
            for word in text.lower().split():
                vector[sum(map(ord, word)) % 8] += 1
            rows.append(vector / (np.linalg.norm(vector) or 1))
        return np.array(rows, dtype=np.float32).reshape(len(texts), 8)


def test_cloned_tenant_schemas_have_the_vector_indexes(tenant_a, tenant_b):
    with connection.cursor() as cursor:
        for tenant in (tenant_a, tenant_b):
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = 'knowledge_chunk'",
                [tenant.schema_name],
            )
            indexes = dict(cursor.fetchall())
            assert "hnsw" in indexes["knowledge_chunk_hnsw_256"]
            assert "WHERE (dims = 256)" in indexes["knowledge_chunk_heading_hnsw_256"]
            assert "gin" in indexes["knowledge_chunk_search"]


def test_changing_the_embedder_re_embeds_stale_chunks(tenant_a, in_tenant, run_on_commit, monkeypatch):
    with in_tenant(tenant_a), run_on_commit():
        sources.source_create(kind="text", name="Hours", content="# Hours\n\nOpen daily from nine to five.")
    tiny = TinyEmbedder()
    for module in ("knowledge.services.indexing", "knowledge.retrieval"):
        monkeypatch.setattr(f"{module}.get_embedder", lambda: tiny)
    with in_tenant(tenant_a):
        assert indexing.stale_chunks().count() == Chunk.objects.count() == 1
        # Until re-embedded, the new embedder's vector search finds nothing; full text still does.
        assert retrieval.search("open daily").passages
        assert indexing.reembed_stale() == 1
        chunk = Chunk.objects.get()
        assert (chunk.dims, chunk.embedder) == (8, "tiny:8")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND indexname LIKE '%%_hnsw_8'",
                [tenant_a.schema_name],
            )
            assert cursor.fetchone()[0] == 2
        result = retrieval.search("open daily nine")
        assert result.passages[0].similarity > 0
