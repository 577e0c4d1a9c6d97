"""Dashboard queries with 1,000,000 calls and 200,000 contacts in one tenant (issue 15:
every dashboard query p95 under 100 ms, the whole dashboard page under 300 ms server time).

Builds a throwaway tenant with generate_series: 200,000 contacts and 20,000
qualifications spread over a year, 1,000,000 finished calls over the last
365 days (10 campaigns, 5 agents, a realistic status and outcome mix). Times
the full roll-up rebuild and one day's recompute (what each finished call
triggers), then every dashboard query for 30- and 90-day periods, with and
without the campaign filter, and the whole dashboard page in-process through
Django's middleware, templates and all (server time, no network). Everything
is dropped afterwards.

    .venv/bin/python bench/analytics.py
"""

import cProfile
import io
import os
import pstats
import secrets
import statistics
import time
from datetime import timedelta

from _setup import setup_django

CALLS = 1_000_000
CONTACTS = 200_000
RUNS = 40
PROFILE = os.environ.get("BENCH_PROFILE") == "1"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def timed(function, runs: int = RUNS) -> list[float]:
    durations = []
    for _ in range(runs):
        begin = time.perf_counter()
        function()
        durations.append((time.perf_counter() - begin) * 1000)
    return durations


def load() -> tuple[list[int], list[int]]:
    """Fill the current tenant's schema with the benchmark's data; returns (agent ids, campaign ids)."""
    from django.db import connection

    from calls.models import Agent
    from campaigns.models import Campaign

    agents = [Agent.objects.create(name=f"Agent {n}").pk for n in range(5)]
    campaigns = [Campaign.objects.create(name=f"Campaign {n}").pk for n in range(10)]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO contacts_contact
                (first_name, last_name, phone, alternate_phone, email, company, timezone, language, address,
                 notes, tags, custom_fields, source, status, priority, lead_score, qualification, do_not_call,
                 created_at, updated_at)
            SELECT 'P' || g, 'Bench', '+4420' || lpad(g::text, 8, '0'), '', '', '', '', '', '', '',
                   '{}', '{}'::jsonb, (ARRAY['manual','csv','api','chat','call'])[1 + g %% 5],
                   (ARRAY['new','to_call','qualified','not_interested','follow_up','converted',
                          'human_input_needed','unresponsive'])[1 + g %% 8],
                   0, 0, '{}'::jsonb, false, now() - interval '365 days' * random(), now()
            FROM generate_series(1, %s) AS g
            """,
            [CONTACTS],
        )
        cursor.execute(
            """
            INSERT INTO contacts_statuschange (contact_id, from_status, to_status, actor_label, reason,
                                               created_at)
            SELECT id, 'new', 'qualified', 'bench', '', created_at + interval '2 days'
            FROM contacts_contact WHERE id %% 10 = 0
            """,
            [],
        )
        cursor.execute("SELECT min(id) FROM contacts_contact")
        first_contact = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO calls_call
                (provider_call_id, direction, call_type, from_number, to_number, contact_id, agent_id,
                 metadata, dynamic_variables, campaign_id, status, outcome, retryable, provider_status,
                 disconnection_reason, transfer_destination, transfer_requested, note, started_at, ended_at,
                 duration_ms, transcript, transcript_turns, summary, sentiment, analysis, recording_url,
                 recording_multi_channel_url, provider_cost_cents, provider_data, stage, finished_at,
                 lead_status_note, created_at, updated_at)
            SELECT 'bench_' || g, CASE WHEN g %% 7 = 0 THEN 'inbound' ELSE 'outbound' END, 'phone_call',
                   '+442000000000', '+4479' || lpad((g %% 100000000)::text, 8, '0'),
                   %(first)s + (g %% %(contacts)s), (%(agents)s::bigint[])[1 + g %% 5],
                   '{}'::jsonb, '{}'::jsonb,
                   CASE WHEN g %% 4 = 0 THEN NULL ELSE (%(campaigns)s::bigint[])[1 + g %% 10] END,
                   s.status,
                   CASE WHEN s.status = 'completed'
                        THEN (ARRAY['', 'confirmed', 'qualified', 'not_interested', 'callback_requested',
                                    'reschedule_requested'])[1 + g %% 6] ELSE '' END,
                   false, 'ended', '', '', false, '', t.at, t.at + interval '1 minute',
                   CASE WHEN s.status = 'completed' THEN 20000 + (g %% 200) * 1000 ELSE 0 END,
                   '', '[]'::jsonb, '', '', '{}'::jsonb, '', '', (g %% 50)::numeric, '{}'::jsonb, 3,
                   t.at + interval '2 minutes', '', t.at, t.at
            FROM generate_series(1, %(calls)s) AS g
            CROSS JOIN LATERAL (SELECT (ARRAY['completed','completed','completed','no_answer','voicemail',
                                              'busy','failed','transferred'])[1 + (g * 7) %% 8] AS status) s
            CROSS JOIN LATERAL (SELECT now() - interval '1 second' * ((g::bigint * 7919) %% 31536000) AS at) t
            """,
            {
                "first": first_contact,
                "contacts": CONTACTS,
                "agents": agents,
                "campaigns": campaigns,
                "calls": CALLS,
            },
        )
        for table in ("contacts_contact", "contacts_statuschange", "calls_call"):
            cursor.execute(f"VACUUM ANALYZE {table}")
    return agents, campaigns


def main() -> None:
    setup_django()
    from django.db import connection
    from django.test import Client
    from django_tenants.utils import schema_context

    from analytics import rollups, selectors
    from analytics.filters import Filters
    from tenants.models import Membership, Tenant
    from tenants.services import tenant_create

    slug = "bana" + secrets.token_hex(3)
    tenant = tenant_create(slug=slug, name=slug, owner_email=f"owner@{slug}.test", timezone_name="Europe/London")
    results = []
    try:
        with schema_context(tenant.schema_name):
            started = time.perf_counter()
            _agents, campaigns = load()
            load_seconds = time.perf_counter() - started

            begin = time.perf_counter()
            counts = rollups.rebuild_all()
            rebuild_seconds = time.perf_counter() - begin
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE analytics_callrollup")
                cursor.execute("VACUUM ANALYZE analytics_calldayrollup")
                cursor.execute("VACUUM ANALYZE analytics_callhourtotal")
                cursor.execute("VACUUM ANALYZE analytics_dailymetric")
            today = rollups.local_today()
            day_refresh = timed(lambda: rollups.refresh_call_day(today - timedelta(days=3)), runs=10)
            metric_refresh = timed(lambda: rollups.refresh_recent(), runs=5)

            for days in (30, 90):
                for campaign_id in (None, campaigns[0]):
                    filters = Filters(start=today - timedelta(days=days - 1), end=today, campaign_id=campaign_id)
                    label = f"{days} days{', one campaign' if campaign_id else ''}"
                    for name, query in (
                        ("call totals (this + previous period)", lambda f=filters: selectors.call_totals(f)),
                        ("daily metrics (this + previous)", lambda f=filters: selectors.metric_totals(f)),
                        ("lead-status snapshot", selectors.status_snapshot),
                        ("calls per day", lambda f=filters: selectors.timeseries(f)),
                        ("hour x weekday heatmap", lambda f=filters: selectors.heatmap(f)),
                        ("whole dashboard data", lambda f=filters: selectors.dashboard(f, include_costs=True)),
                    ):
                        durations = timed(query)
                        results.append((label, name, statistics.median(durations), p95(durations)))

        owner = Membership.objects.filter(tenant=tenant).select_related("user").first().user
        client = Client(HTTP_HOST=f"{slug}.localhost")
        client.force_login(owner, backend="django.contrib.auth.backends.ModelBackend")
        pages = {}
        for path in ("/", "/?period=90", f"/?period=90&campaign={campaigns[0]}", "/analytics/campaigns/?period=90"):
            assert client.get(path).status_code == 200, path
            pages[path] = timed(lambda p=path: client.get(p), runs=20)
        partial = timed(lambda: client.get("/?period=30", HTTP_HX_REQUEST="true"), runs=20)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(5):
            client.get("/?period=90")
        profiler.disable()
        profile_text = io.StringIO()
        pstats.Stats(profiler, stream=profile_text).sort_stats("cumulative").print_stats(25)
    finally:
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)

    print(f"loaded {CALLS:,} calls and {CONTACTS:,} contacts in {load_seconds:.1f} s")
    print(
        f"roll-up rebuild from source rows: {rebuild_seconds:.1f} s ({counts['call_rows']:,} call rows, "
        f"{counts['metric_rows']:,} metric rows)"
    )
    print(
        f"one day's recompute (each finished call): median {statistics.median(day_refresh):.1f} ms, "
        f"max {max(day_refresh):.1f} ms"
    )
    print(f"beat refresh (today + yesterday + snapshot): median {statistics.median(metric_refresh):.1f} ms")
    print(f"{'period':<24} {'query':<38} {'median ms':>10} {'p95 ms':>8}")
    for label, name, median, high in results:
        print(f"{label:<24} {name:<38} {median:>10.2f} {high:>8.2f}")
    if PROFILE:
        print(profile_text.getvalue())
    for path, durations in pages.items():
        print(f"page {path:<45} median {statistics.median(durations):.1f} ms, p95 {p95(durations):.1f} ms")
    print(
        f"page HTMX refresh (30 s poll)                      median {statistics.median(partial):.1f} ms, "
        f"p95 {p95(partial):.1f} ms"
    )


if __name__ == "__main__":
    main()
