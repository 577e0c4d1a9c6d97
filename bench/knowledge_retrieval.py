"""Hybrid retrieval and offline answer latency over 100,000 chunks in one tenant.

    .venv/bin/python bench/knowledge_retrieval.py [--keep] [--chunks N] [--repeat R]

Creates a tenant `bench-knowledge` and loads N chunks (default 100,000) with
COPY: passages recombined from the bundled demo sites' and the evaluation
site's sentences, embedded with the offline embedder (WordLlama), full-text
vectors computed in SQL, HNSW indexes built after the load. Then a fixed mix
of 40 customer questions runs R times each (after a warming pass) through
`knowledge.retrieval.search` (the service), through the API
(`POST /api/v1/knowledge/search/` with an API key, Django test client), and
through `knowledge.services.answers.answer_question` with the offline
answerer. Prints p50/p95/p99 per path, the median time of each step of a
search, and the CPU time per search of this process and of its PostgreSQL
backend (on a machine shared with other work, wall time includes waiting for a
CPU; CPU time does not). The tenant is dropped unless --keep.
"""

import argparse
import io
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
os.environ.setdefault("DEBUG", "0")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from knowledge import extract, retrieval, vectors  # noqa: E402
from knowledge.demo_sites.build import SITES, render  # noqa: E402
from knowledge.embedders import get_embedder  # noqa: E402
from knowledge.models import Source  # noqa: E402
from knowledge.services import answers  # noqa: E402
from knowledge.services.indexing import SEARCH_VECTOR_SQL, embedding_text, heading_text  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import api_key_create, ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402

SLUG = "bench-knowledge"
QUESTIONS = [
    "where can I park",
    "how much is teeth whitening",
    "are you open on saturday",
    "my pipe burst what do I do",
    "do you take my insurance",
    "can I pay in instalments",
    "how long does a hygiene visit take",
    "do you see children",
    "what happens at the first visit",
    "do you fix water heaters",
    "which areas do you cover",
    "is there a fee for estimates",
    "my dog ate chocolate",
    "how much to spay a cat",
    "do you do house calls",
    "can I get a refill of heartworm pills",
    "how often should an old cat be checked",
    "can I stay with my pet during the exam",
    "what vaccines does a kitten need",
    "do you treat rabbits",
    "what if I miss my appointment",
    "are you licensed and insured",
    "how do I turn off the water",
    "do you work at night",
    "what does a check-up cost on the NHS",
    "who is the dentist for nervous patients",
    "do you offer sedation",
    "can you straighten my teeth without braces",
    "is whitening safe",
    "what is the warranty on labour",
    "how fast can a plumber get here",
    "do you clear blocked drains",
    "what is included in the maintenance plan",
    "how much is a new toilet",
    "where is the clinic",
    "which bus stops nearby",
    "do you board dogs",
    "how do I register as a new client",
    "do you microchip pets",
    "what should I do if a tooth gets knocked out",
]


def _sentences() -> list[tuple[str, str, str]]:
    """(title, heading, sentence) from every bundled site, the pool passages are recombined from."""
    pool = []
    for module in [*SITES.values(), "tests.knowledge.eval_content"]:
        for path, (kind, body) in render(module).items():
            if not kind.startswith("text/html"):
                continue
            document = extract.from_html(body, "https://bench.example" + path)
            heading = ""
            for line in document.text.split("\n"):
                if line.startswith("#"):
                    heading = line.lstrip("# ").strip()
                elif line.strip():
                    pool.append((document.title, heading, line.strip("- ").strip()))
    return pool


def load(tenant, total: int) -> None:
    rng = random.Random(7)
    pool = _sentences()
    embedder = get_embedder()
    with schema_context(tenant.schema_name):
        source = Source.objects.create(kind="text", name="Bench passages", content="bench", status="ready")
        with connection.cursor() as cursor:
            for column in vectors.COLUMNS:
                cursor.execute(f"DROP INDEX IF EXISTS {vectors.index_name(256, column)}")
        started = time.monotonic()
        batch = 10_000
        for offset in range(0, total, batch):
            rows = []
            for i in range(offset, min(total, offset + batch)):
                title, heading, _ = pool[rng.randrange(len(pool))]
                text = " ".join(pool[rng.randrange(len(pool))][2] for _ in range(rng.randint(3, 8)))
                rows.append((f"https://site{i % 500}.example/page-{i // 500}", f"{title} {i % 97}", heading, text))
            matrix = embedder.embed([embedding_text(t, h, x) for _, t, h, x in rows])
            heads = embedder.embed([heading_text(t, h) for _, t, h, _ in rows])
            buffer = io.StringIO()
            for (url, title, heading, text), vector, head in zip(rows, matrix, heads, strict=True):
                fields = [
                    str(source.pk),
                    url,
                    title,
                    heading,
                    text,
                    "0",
                    vectors.literal(vector),
                    vectors.literal(head),
                    "256",
                    embedder.id,
                ]
                buffer.write(
                    "\t".join(f.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ") for f in fields) + "\n"
                )
            buffer.seek(0)
            with (
                connection.cursor() as cursor,
                cursor.copy(
                    "COPY knowledge_chunk (source_id, url, title, heading, text, position, embedding, "
                    "heading_embedding, "
                    "dims, embedder) FROM STDIN"
                ) as copy,
            ):
                copy.write(buffer.read())
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE knowledge_chunk SET search = {SEARCH_VECTOR_SQL}")
            # An HNSW build whose graph fits in memory is many times faster than one that spills.
            cursor.execute("SET maintenance_work_mem = '512MB'")
            for column in vectors.COLUMNS:
                cursor.execute(vectors.index_sql(256, column))
            cursor.execute("ANALYZE knowledge_chunk")
        print(f"loaded {total:,} chunks in {time.monotonic() - started:.1f} s", flush=True)


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    p50 = statistics.median(ordered)
    return f"p50 {p50:6.1f} ms  p95 {pick(0.95):6.1f} ms  p99 {pick(0.99):6.1f} ms  (n={len(ordered)})"


def backend_cpu_ms() -> float:
    """CPU time (user + system) the current PostgreSQL backend process has used, from /proc."""
    with connection.cursor() as cursor:
        pid = cursor.execute("SELECT pg_backend_pid()").fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    tenant = Tenant.objects.filter(slug=SLUG).first()
    if tenant is None:
        tenant = tenant_create(
            slug=SLUG,
            name="Bench Knowledge",
            owner_email=f"owner@{SLUG}.test",
            owner_password="bench-pass-123",
            vertical="dental",
        )
    with schema_context(tenant.schema_name):
        existing = connection.cursor().execute("SELECT count(*) FROM knowledge_chunk").fetchone()[0]
    if existing < args.chunks:
        load(tenant, args.chunks - existing)
    key = api_key_create(tenant=tenant, user=tenant.memberships.first().user, name="bench", scope="write").secret
    client = Client(HTTP_HOST=f"{SLUG}.localhost", HTTP_AUTHORIZATION=f"Bearer {key}")
    try:
        service, api, answer = [], [], []
        steps: dict[str, list[float]] = {}
        cpu_app = cpu_db = 0.0
        with schema_context(tenant.schema_name):
            for question in QUESTIONS:  # warm caches and the model
                retrieval.search(question)
            for _ in range(args.repeat):
                for question in QUESTIONS:
                    db_before, app_before = backend_cpu_ms(), time.process_time()
                    started = time.perf_counter()
                    result = retrieval.search(question, limit=5)
                    service.append((time.perf_counter() - started) * 1000)
                    cpu_app += (time.process_time() - app_before) * 1000
                    cpu_db += backend_cpu_ms() - db_before
                    for step, ms in result.timings.items():
                        steps.setdefault(step, []).append(ms)
                    started = time.perf_counter()
                    answers.answer_question(question=question, channel="api")
                    answer.append((time.perf_counter() - started) * 1000)
        for _ in range(args.repeat):
            for question in QUESTIONS:
                started = time.perf_counter()
                response = client.post(
                    "/api/v1/knowledge/search/", {"query": question}, content_type="application/json"
                )
                api.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.content
        print(f"chunks in tenant: {args.chunks:,}; questions: {len(QUESTIONS)} x {args.repeat}")
        print(f"retrieval (service)        {percentiles(service)}")
        print(f"retrieval (API)            {percentiles(api)}")
        print(f"answer (offline answerer)  {percentiles(answer)}")
        searches = len(service)
        print(
            f"CPU per search: this process {cpu_app / searches:.1f} ms, PostgreSQL backend {cpu_db / searches:.1f} ms "
            "(clock ticks of 10 ms, averaged)"
        )
        print("median per step: " + ", ".join(f"{k} {statistics.median(v):.1f} ms" for k, v in steps.items()))
    finally:
        if not args.keep:
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)


if __name__ == "__main__":
    main()
