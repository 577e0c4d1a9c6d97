"""A 100,000-row CSV import, end to end through the API.

    .venv/bin/python bench/contacts_import.py [--rows N] [--runs R]

Creates a tenant `bench-import`, writes a deterministic CSV (18 columns: 16
standard fields and 2 custom fields, numbers in national and international
formats, about 1% bad rows), POSTs it to /api/v1/contacts/imports/ with the
Django test client and reads the import back. Celery runs eagerly, so the
task (validate, stage with COPY, apply) runs right after the upload commits,
as a worker would. Timing starts before the upload and stops when the
import reads "completed". Each run starts from an empty tenant; the tenant
is dropped at the end. Besides wall time it prints the CPU seconds of this
process and of its PostgreSQL backend: on a shared machine those say what
the work costs whoever else is running.
"""

import argparse
import csv
import io
import os
import random
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

from contacts.models import Contact, ContactImport, CustomFieldDefinition  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402
from voiceplatform.celery import app  # noqa: E402

SLUG = "bench-import"
FIRST = ["James", "Mary", "José", "Zoë", "Siobhan", "Wei", "Priya", "Olufemi", "Łukasz", "Renée", "Ana", "Luis"]
LAST = ["Smith", "Jones", "O'Brien", "Müller", "Álvarez", "Nakamura", "Patel", "Chen", "Murphy", "Kowalski", "Lee"]
HEADERS = [
    "First name",
    "Last name",
    "Mobile",
    "Alternate phone",
    "Email",
    "Company",
    "Time zone",
    "Language",
    "Address",
    "Notes",
    "Tags",
    "Groups",
    "Status",
    "Priority",
    "Lead score",
    "Callback at",
    "Plan",
    "Budget",
]


def make_csv(rows: int) -> bytes:
    rng = random.Random(2024)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADERS)
    for i in range(rows):
        digits = f"{i:07d}"
        phone = rng.choice([f"0791 {digits[:3]} {digits[3:]}", f"+44 791{digits}", f"(0791) {digits}"])
        if i % 100 == 37:
            phone = "0791 23"  # too short: rejected
        email = f"person{i}@example.com" if i % 100 != 59 else f"person{i}@"
        writer.writerow(
            [
                rng.choice(FIRST),
                rng.choice(LAST),
                phone,
                f"020 7{i % 1000:03d} {i % 10000:04d}" if i % 5 == 0 else "",
                email,
                f"Company {i % 2000}",
                rng.choice(["", "Europe/London", "Europe/Dublin"]),
                rng.choice(["en", "en-GB", ""]),
                f"{i} High Street, London",
                "Prefers mornings" if i % 3 == 0 else "",
                rng.choice(["vip", "spring, newsletter", ""]),
                rng.choice(["Spring fair", ""]),
                rng.choice(["new", "new", "to_call", "qualified"]),
                str(i % 5),
                str(i % 101),
                "2030-01-15 10:30" if i % 10 == 0 else "",
                rng.choice(["Gold", "Silver", ""]),
                str(i % 5000),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


def run_once(tenant, content: bytes) -> dict:
    with schema_context(tenant.schema_name):
        Contact.objects.all().delete()
        ContactImport.objects.all().delete()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE contacts_contact")
    owner = tenant.memberships.get().user
    client = Client(HTTP_HOST=f"{tenant.slug}.localhost")
    client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")
    upload = io.BytesIO(content)
    upload.name = "bench.csv"
    client.get("/api/v1/me")  # sign-in and connection set up before the clock starts
    cpu_python, cpu_postgres = time.process_time(), backend_cpu()
    started = time.perf_counter()
    response = client.post("/api/v1/contacts/imports/", {"file": upload, "on_duplicate": "update"})
    assert response.status_code == 202, response.content[:500]
    body = client.get(f"/api/v1/contacts/imports/{response.json()['id']}/").json()
    elapsed = time.perf_counter() - started
    cpu_python, cpu_postgres = time.process_time() - cpu_python, backend_cpu() - cpu_postgres
    assert body["status"] == "completed", body.get("error")
    with schema_context(tenant.schema_name):
        imp = ContactImport.objects.get(pk=body["id"])
        stored = Contact.objects.count()
    return {
        "total": elapsed,
        "upload": (imp.started_at - imp.created_at).total_seconds(),
        "import": (imp.finished_at - imp.started_at).total_seconds(),
        "cpu_python": cpu_python,
        "cpu_postgres": cpu_postgres,
        "counts": body["counts"],
        "stored": stored,
    }


def backend_cpu() -> float:
    """CPU seconds used so far by this connection's PostgreSQL backend (Linux /proc)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    fields = Path(f"/proc/{pid}/stat").read_text().split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    app.conf.task_always_eager = True
    app.conf.task_eager_propagates = True
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    existing = Tenant.objects.filter(slug=SLUG).first()
    if existing:
        existing.delete(force_drop=True)
    tenant = tenant_create(
        slug=SLUG, name="Bench import", owner_email="bench-import@example.test", timezone_name="Europe/London"
    )
    try:
        with schema_context(tenant.schema_name):
            CustomFieldDefinition.objects.create(
                key="plan", label="Plan", field_type="choice", choices=["Gold", "Silver"]
            )
            CustomFieldDefinition.objects.create(key="budget", label="Budget", field_type="number")
        content = make_csv(args.rows)
        print(f"CSV: {args.rows:,} rows, {len(HEADERS)} columns, {len(content) / 1e6:.1f} MB")
        results = []
        for run in range(1, args.runs + 1):
            result = run_once(tenant, content)
            results.append(result)
            print(
                f"run {run}: total {result['total']:.2f} s (upload and queue {result['upload']:.2f} s, "
                f"import {result['import']:.2f} s); CPU: Python {result['cpu_python']:.2f} s, "
                f"PostgreSQL {result['cpu_postgres']:.2f} s; created {result['counts']['created']:,}, "
                f"rejected {result['counts']['rejected']:,}, stored {result['stored']:,}; "
                f"load {os.getloadavg()[0]:.1f}"
            )
        best = min(r["total"] for r in results)
        print(f"best of {args.runs}: {best:.2f} s for {args.rows:,} rows ({args.rows / best:,.0f} rows/s)")
        print(f"load average at end: {os.getloadavg()[0]:.2f}")
    finally:
        tenant.delete(force_drop=True)


if __name__ == "__main__":
    main()
