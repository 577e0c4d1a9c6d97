"""Selecting the dialer's next batch among 1,000,000 campaign contacts (issue 5: under 50 ms).

Builds a throwaway tenant with 1,000,000 contacts, all in one campaign: 40%
already done or skipped, 60% queued, of which most wait for later (retries,
calling hours) and some are due now. Then it times the dialer's own batch
query (campaigns.services.dialer: due rows of the campaign, oldest first,
SELECT … FOR UPDATE SKIP LOCKED, LIMIT = 2 × batch) inside a transaction,
as a tick runs it. Everything is dropped afterwards.

    .venv/bin/python bench/campaign_select.py
"""

import secrets
import statistics
import time

from _setup import setup_django

ROWS = 1_000_000
BATCH = 50
RUNS = 50


def main() -> None:
    setup_django()
    from django.db import connection, transaction
    from django.utils import timezone
    from django_tenants.utils import schema_context

    from campaigns.models import Campaign, CampaignContact, TargetState
    from tenants.models import Tenant
    from tenants.services import tenant_create

    slug = "bsel" + secrets.token_hex(3)
    tenant = tenant_create(slug=slug, name=slug, owner_email=f"owner@{slug}.test")
    try:
        with schema_context(tenant.schema_name):
            started = time.perf_counter()
            campaign = Campaign.objects.create(name="Million", status="running", audience={"all": True})
            with connection.cursor() as cursor:
                cursor.execute(
                    """
                    INSERT INTO contacts_contact
                        (first_name, last_name, phone, alternate_phone, email, company, timezone, language, address,
                         notes, tags, custom_fields, source, status, priority, lead_score, qualification, do_not_call,
                         created_at, updated_at)
                    SELECT 'P' || g, 'Bench', '+4420' || lpad(g::text, 8, '0'), '', '', '', '', '', '', '',
                           '{}', '{}'::jsonb, 'csv', 'new', 0, 0, '{}'::jsonb, false, now(), now()
                    FROM generate_series(1, %s) AS g
                    """,
                    [ROWS],
                )
                # 40% settled; of the queued 60%, one in six is due now, the rest wait up to a day.
                cursor.execute(
                    """
                    INSERT INTO campaigns_campaigncontact
                        (campaign_id, contact_id, key, state, eligible_at, attempts, reason, reason_code,
                         final_outcome, variables, created_at, updated_at)
                    SELECT %s, c.id, 'contact:' || c.id,
                           CASE WHEN c.id %% 10 < 3 THEN 'done' WHEN c.id %% 10 = 3 THEN 'skipped' ELSE 'queued' END,
                           CASE WHEN c.id %% 6 = 0 THEN now() - interval '1 hour' * random()
                                ELSE now() + interval '1 day' * random() END,
                           0, '', '', '', '{}'::jsonb, now(), now()
                    FROM contacts_contact c
                    """,
                    [campaign.pk],
                )
                cursor.execute("ANALYZE contacts_contact")
                cursor.execute("ANALYZE campaigns_campaigncontact")
            build_seconds = time.perf_counter() - started
            due = CampaignContact.objects.filter(
                campaign=campaign, state=TargetState.QUEUED, eligible_at__lte=timezone.now()
            ).count()

            def batch_query():
                return (
                    CampaignContact.objects.select_for_update(skip_locked=True, of=("self",))
                    .select_related("contact")
                    .filter(campaign=campaign, state=TargetState.QUEUED, eligible_at__lte=timezone.now())
                    .order_by("eligible_at", "id")[: BATCH * 2]
                )

            durations = []
            for _ in range(RUNS):
                with transaction.atomic():
                    begin = time.perf_counter()
                    rows = list(batch_query())
                    durations.append((time.perf_counter() - begin) * 1000)
                    assert len(rows) == BATCH * 2
            with transaction.atomic(), connection.cursor() as cursor:
                sql, params = batch_query().query.sql_with_params()
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                plan = [row[0] for row in cursor.fetchall()]
            total = CampaignContact.objects.filter(campaign=campaign).count()
    finally:
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)

    durations.sort()
    print(f"campaign contacts: {total:,} (queued and due now: {due:,}); built in {build_seconds:.1f} s")
    print(
        f"next batch ({BATCH * 2} rows, FOR UPDATE SKIP LOCKED) x{RUNS}: median {statistics.median(durations):.2f} ms, "
        f"p95 {durations[int(RUNS * 0.95) - 1]:.2f} ms, max {durations[-1]:.2f} ms"
    )
    print("plan:")
    for line in plan:
        print("   ", line)


if __name__ == "__main__":
    main()
