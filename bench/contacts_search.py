"""Search latency on 1,000,000 contacts in one tenant.

    .venv/bin/python bench/contacts_search.py [--keep] [--rows N] [--repeat R]

Creates a tenant `bench-search`, fills it with N contacts (default 1,000,000)
by set-based SQL, then runs a fixed mix of searches (after one warming pass)
R times each, exactly as the contact list does them: the filter set's query,
a count capped at 1,000 and the first page of 50 with their groups
(contacts.filters.contacts_list_page, which retries a search that found
nobody by sound). The same mix then goes through the whole API stack
(Django, DRF, permissions, serialisation) with the Django test client.
Prints p50/p95/p99 per kind,
over every run and over each query's best run (the machine is shared, so
the best run estimates the cost without other people's work in the way).
The tenant is dropped afterwards unless --keep is given (then reused).
"""

import argparse
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
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django_tenants.utils import schema_context  # noqa: E402

from contacts.filters import contacts_list_page  # noqa: E402
from contacts.selectors import contacts_base  # noqa: E402
from contacts.services import name_keys_refresh  # noqa: E402
from tenants.models import Tenant  # noqa: E402
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create  # noqa: E402

SLUG = "bench-search"
FIRST = [
    "James",
    "Mary",
    "John",
    "Patricia",
    "Robert",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "David",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Christopher",
    "Nancy",
    "Daniel",
    "Lisa",
    "Matthew",
    "Betty",
    "Anthony",
    "Margaret",
    "Mark",
    "Sandra",
    "Donald",
    "Ashley",
    "Steven",
    "Kimberly",
    "Paul",
    "Emily",
    "Andrew",
    "Donna",
    "Joshua",
    "Michelle",
    "José",
    "Zoë",
    "Chloé",
    "Siobhan",
    "Aoife",
    "Mohammed",
    "Fatima",
    "Wei",
    "Priya",
    "Olufemi",
    "Łukasz",
    "Søren",
    "Renée",
    "Hélène",
    "Jürgen",
    "Ana",
    "Luis",
]
LAST = [
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "O'Brien",
    "Müller",
    "Álvarez",
    "Nakamura",
    "Kowalski",
    "Okafor",
    "Patel",
    "Singh",
    "Chen",
    "Murphy",
    "Kelly",
    "Byrne",
    "Walsh",
    "Ó Súilleabháin",
]


FULL_NAMES = (
    "john smith",
    "mary jones",
    "jose alvarez",
    "zoe obrien",
    "wei chen",
    "priya patel",
    "siobhan murphy",
    "james brown",
    "linda lee",
    "ana garcia",
)
TYPOS = ("smyth", "jonsen", "nakamoora", "garsia", "tomson", "harriss", "walch", "kowalsky", "rodrigues", "okafur")


def load(tenant, rows: int) -> None:
    """N contacts in one statement: ~2,000 distinct first x last names plus a number suffix so names
    repeat realistically, unique UK mobile numbers, a few tags, statuses and custom values."""
    with schema_context(tenant.schema_name), connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM contacts_contact")
        if cursor.fetchone()[0] >= rows:
            return
        cursor.execute("TRUNCATE contacts_contact CASCADE")
        started = time.perf_counter()
        cursor.execute(
            """
            INSERT INTO contacts_contact (
                first_name, last_name, phone, alternate_phone, email, company, timezone, language, address, notes,
                tags, custom_fields, source, status, priority, lead_score, qualification, do_not_call,
                created_at, updated_at)
            SELECT f.names[1 + (i * 7919) %% array_length(f.names, 1)],
                   l.names[1 + (i * 104729) %% array_length(l.names, 1)],
                   '+4479' || lpad(i::text, 8, '0'),
                   '',
                   'person' || i || '@' || (ARRAY['example.com','mail.test','post.example'])[1 + i %% 3],
                   'Company ' || (i %% 5000),
                   '', 'en', i || ' High Street', '',
                   CASE WHEN i %% 10 = 0 THEN ARRAY['vip']::varchar(50)[]
                        WHEN i %% 7 = 0 THEN ARRAY['spring', 'newsletter']::varchar(50)[]
                        ELSE '{}'::varchar(50)[] END,
                   CASE WHEN i %% 4 = 0 THEN jsonb_build_object('plan', (ARRAY['gold','silver','bronze'])[1 + i %% 3])
                        ELSE '{}'::jsonb END,
                   'csv',
                   (ARRAY['new','new','new','to_call','qualified','follow_up','lost','converted'])[1 + i %% 8],
                   i %% 5, i %% 101, '{}'::jsonb, false,
                   now() - (i || ' seconds')::interval, now()
            FROM generate_series(1::bigint, %s::bigint) i,
                 (SELECT %s::text[] AS names) f,
                 (SELECT %s::text[] AS names) l
            """,
            [rows, FIRST, LAST],
        )
        # A live table has been through autovacuum: GIN pending entries merged, hint bits set.
        # Measure that state, not the minutes right after a bulk load.
        cursor.execute("VACUUM ANALYZE contacts_contact")
        print(f"loaded {rows:,} contacts in {time.perf_counter() - started:.1f} s")
        name_keys_refresh()


def queries(rows: int) -> list[tuple[str, dict]]:
    rng = random.Random(1234)
    ids = [rng.randint(1, rows) for _ in range(30)]
    mix = []
    for i in ids:
        digits = f"{i:08d}"
        mix.append(("phone national", {"search": f"079{digits[:2]} {digits[2:]}"}))
        mix.append(("phone E.164", {"search": f"+4479{digits}"}))
        mix.append(("phone last 6", {"search": digits[-6:]}))
    for prefix in ["jo", "smi", "wil", "mar", "pat", "nak", "mül", "ol", "ch", "ro", "ga", "th", "da", "el", "ke"]:
        mix.append(("name prefix", {"search": prefix}))
    for name in FULL_NAMES:
        mix.append(("full name", {"search": name}))
    for typo in TYPOS:
        mix.append(("fuzzy (sounds like)", {"search": typo}))
    for i in ids[:15]:
        mix.append(("email prefix", {"search": f"person{i}@"}))
    for word in ["company 12", "company 4999", "example", "high"]:
        mix.append(("company/email word", {"search": word}))
    for prefix in ["smi", "john", "07912"]:
        mix.append(("search + status", {"search": prefix, "status": "qualified"}))
    mix += [("tag filter", {"tag": "vip"}), ("tag filter", {"tag": "spring,newsletter"})]
    mix += [("custom field", {"custom_field": "plan:gold"}), ("status filter", {"status": "follow_up"})]
    mix += [("no filter", {})]
    return mix


def run_selector(tenant, params: dict) -> float:
    request = type("Request", (), {"tenant": tenant})()
    started = time.perf_counter()
    data = QueryDict(mutable=True)
    data.update(params)
    contacts_list_page(data, request, queryset=contacts_base().prefetch_related("groups"), number=1, size=50)
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def report(title: str, timings: dict[str, list[float]]) -> None:
    print(f"\n{title}")
    print(f"{'kind':24s} {'n':>4s} {'p50 ms':>8s} {'p95 ms':>8s} {'p99 ms':>8s} {'max ms':>8s}")
    everything = []
    for kind, values in timings.items():
        everything += values
        print(
            f"{kind:24s} {len(values):4d} {statistics.median(values):8.1f} {percentile(values, 0.95):8.1f} "
            f"{percentile(values, 0.99):8.1f} {max(values):8.1f}"
        )
    print(
        f"{'ALL':24s} {len(everything):4d} {statistics.median(everything):8.1f} {percentile(everything, 0.95):8.1f} "
        f"{percentile(everything, 0.99):8.1f} {max(everything):8.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", action="store_true", help="keep the tenant (and reuse it next time)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    call_command("migrate_schemas", interactive=False, verbosity=0)
    ensure_public_tenant()
    ensure_template_tenant()
    tenant = Tenant.objects.filter(slug=SLUG).first() or tenant_create(
        slug=SLUG, name="Bench search", owner_email="bench-search@example.test", timezone_name="Europe/London"
    )
    try:
        load(tenant, args.rows)
        mix = queries(args.rows)
        with schema_context(tenant.schema_name):
            for _kind, params in mix:
                run_selector(tenant, params)
            timings: dict[str, list[float]] = {}
            best: dict[str, list[float]] = {}
            for kind, params in mix:
                runs = [run_selector(tenant, params) for _ in range(args.repeat)]
                timings.setdefault(kind, []).extend(runs)
                best.setdefault(kind, []).append(min(runs))
        report(f"Selector, every run: filter + capped count + first page, {args.rows:,} contacts", timings)
        report(f"Selector, best of {args.repeat} runs per query (the machine is shared)", best)

        owner = tenant.memberships.get().user
        client = Client(HTTP_HOST=f"{tenant.slug}.localhost")
        client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")
        api_timings: dict[str, list[float]] = {}
        api_best: dict[str, list[float]] = {}
        for kind, params in mix:
            runs = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                response = client.get("/api/v1/contacts/", params)
                runs.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.content[:300]
            api_timings.setdefault(kind, []).extend(runs[1:])
            api_best.setdefault(kind, []).append(min(runs))
        report(
            "API, every run after the first: GET /api/v1/contacts/ through Django, DRF and serialisation", api_timings
        )
        report(f"API, best of {args.repeat} runs per query", api_best)
        print(f"\nload average at end: {os.getloadavg()[0]:.2f}")
    finally:
        if not args.keep:
            tenant.delete(force_drop=True)


if __name__ == "__main__":
    main()
