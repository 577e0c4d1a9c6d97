"""Maintaining the roll-ups: recompute a tenant-local day (or everything) from the source rows.

Every write here replaces whole days with what the source rows say now, so it
is idempotent and a rebuild equals live computation by construction. Writers
of the same day serialise on a transaction-scoped advisory lock. The
call-finished path recomputes the call's day; beat recomputes today and
yesterday for everything (late status changes, messages, the lead-status
snapshot); `manage.py analytics_rebuild` recomputes all days. Deletes are plain SQL:
the ORM's delete() loads every row first whenever any app listens to delete
signals.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.utils import timezone

from analytics.models import CALL_MEASURES, CallDayRollup, CallHourTotal, CallRollup, DailyMetric
from voiceplatform.tasks import current_tenant

CALL_COLUMNS = ("day", "hour", "weekday", "campaign_id", "agent_id", *CALL_MEASURES, "cost_cents")

# One row per (local day, hour, campaign, agent) of finished calls created in [lo, hi).
CALL_SELECT = """
WITH booked AS (
    SELECT DISTINCT split_part(idempotency_key, ':', 1) AS provider_call_id
    FROM appointments_appointment
    WHERE source = 'call' AND idempotency_key IS NOT NULL
      AND created_at >= %(lo)s - interval '1 day'
)
SELECT (c.created_at AT TIME ZONE %(tz)s)::date,
       extract(hour FROM c.created_at AT TIME ZONE %(tz)s)::int,
       extract(isodow FROM c.created_at AT TIME ZONE %(tz)s)::int - 1,
       coalesce(c.campaign_id, 0),
       coalesce(c.agent_id, 0),
       count(*),
       count(*) FILTER (WHERE c.direction = 'inbound'),
       count(*) FILTER (WHERE c.status IN ('completed', 'transferred')),
       count(*) FILTER (WHERE c.status IN ('voicemail', 'ivr')),
       count(*) FILTER (WHERE c.status = 'no_answer'),
       count(*) FILTER (WHERE c.status = 'busy'),
       count(*) FILTER (WHERE c.status IN ('failed', 'not_attempted')),
       count(*) FILTER (WHERE c.status = 'transferred'),
       count(*) FILTER (WHERE c.outcome = 'confirmed'),
       count(*) FILTER (WHERE c.outcome = 'reschedule_requested'),
       count(*) FILTER (WHERE c.outcome = 'cancelled'),
       count(*) FILTER (WHERE c.outcome = 'qualified'),
       count(*) FILTER (WHERE c.outcome = 'not_interested'),
       count(*) FILTER (WHERE c.outcome = 'callback_requested'),
       count(b.provider_call_id),
       coalesce(sum(c.duration_ms) FILTER (WHERE c.status IN ('completed', 'transferred')), 0),
       coalesce(sum(c.provider_cost_cents), 0)
FROM calls_call c
LEFT JOIN booked b ON b.provider_call_id = c.provider_call_id
WHERE c.finished_at IS NOT NULL AND c.created_at >= %(lo)s AND c.created_at < %(hi)s
GROUP BY 1, 2, 3, 4, 5
"""

# (local day, metric, dimension, value) for contacts, appointments and messages in [lo, hi).
METRIC_SELECT = """
SELECT (created_at AT TIME ZONE %(tz)s)::date, 'leads_added', source, count(*)
FROM contacts_contact
WHERE created_at >= %(lo)s AND created_at < %(hi)s
GROUP BY 1, 3
UNION ALL
SELECT (s.created_at AT TIME ZONE %(tz)s)::date, s.to_status, ct.source, count(DISTINCT s.contact_id)
FROM contacts_statuschange s JOIN contacts_contact ct ON ct.id = s.contact_id
WHERE s.to_status IN ('qualified', 'converted') AND s.created_at >= %(lo)s AND s.created_at < %(hi)s
GROUP BY 1, 2, 3
UNION ALL
SELECT (a.start_at AT TIME ZONE %(tz)s)::date, 'appointments', v.state, count(*)
FROM appointments_appointment a
CROSS JOIN LATERAL (VALUES
    ('total', true),
    ('confirmed', a.confirmed_at IS NOT NULL OR a.status IN ('confirmed', 'completed')),
    ('completed', a.status = 'completed'),
    ('no_show', a.status = 'no_show'),
    ('cancelled', a.status = 'cancelled')
) AS v(state, hit)
WHERE v.hit AND a.start_at >= %(lo)s AND a.start_at < %(hi)s
GROUP BY 1, 3
UNION ALL
SELECT (created_at AT TIME ZONE %(tz)s)::date, 'booked', source, count(*)
FROM appointments_appointment
WHERE created_at >= %(lo)s AND created_at < %(hi)s
GROUP BY 1, 3
UNION ALL
SELECT (created_at AT TIME ZONE %(tz)s)::date, 'messages_sent', channel, count(*)
FROM notifications_notification
WHERE status IN ('sent', 'delivered') AND created_at >= %(lo)s AND created_at < %(hi)s
GROUP BY 1, 3
"""

SNAPSHOT_SELECT = """
SELECT %(day)s::date, 'status_snapshot', status, count(*)
FROM contacts_contact
WHERE erased_at IS NULL
GROUP BY 3
"""

EVERYTHING = {"lo": datetime(1970, 1, 1, tzinfo=UTC), "hi": datetime(9999, 1, 1, tzinfo=UTC)}


def tenant_zone() -> ZoneInfo:
    tenant = current_tenant()
    return ZoneInfo(tenant.timezone if tenant else "UTC")


def local_today(zone: ZoneInfo | None = None, now: datetime | None = None) -> date:
    return (now or timezone.now()).astimezone(zone or tenant_zone()).date()


def tenant_today(tenant) -> date:
    """`tenant`'s local date; for requests, whose tenant the middleware has already loaded."""
    return local_today(ZoneInfo(tenant.timezone))


def day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where the tenant's `day` starts and the next one starts (DST-aware)."""
    start = datetime.combine(day, time.min, tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_day_of(moment: datetime, zone: ZoneInfo | None = None) -> date:
    return moment.astimezone(zone or tenant_zone()).date()


def _lock(cursor, name: str) -> None:
    cursor.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':analytics:' || %s))", [name])


INSERT_CALLS = "INSERT INTO analytics_callrollup (" + ", ".join(CALL_COLUMNS) + ") " + CALL_SELECT
DAY_COLUMNS = ("day", "campaign_id", "agent_id", *CALL_MEASURES, "cost_cents")
INSERT_DAYS = (  # column names are constants from the model
    "INSERT INTO analytics_calldayrollup ("  # noqa: S608
    + ", ".join(DAY_COLUMNS)
    + ") SELECT day, campaign_id, agent_id, "
    + ", ".join(f"sum({name})" for name in (*CALL_MEASURES, "cost_cents"))
    + " FROM analytics_callrollup WHERE day >= %(first)s AND day <= %(last)s GROUP BY day, campaign_id, agent_id"
)
HOUR_COLUMNS = ("day", "hour", "weekday", "calls", "answered")
INSERT_HOURS = (
    "INSERT INTO analytics_callhourtotal (day, hour, weekday, calls, answered) "
    "SELECT day, hour, weekday, sum(calls), sum(answered) FROM analytics_callrollup "
    "WHERE day >= %(first)s AND day <= %(last)s GROUP BY day, hour, weekday"
)
INSERT_METRICS = "INSERT INTO analytics_dailymetric (day, metric, dimension, value) "


def _insert_calls(cursor, params: dict, first: date = date.min, last: date = date.max) -> None:
    """The hourly rows from the calls, then the daily rows and the all-campaign hour totals from them."""
    cursor.execute(INSERT_CALLS, params)
    cursor.execute(INSERT_DAYS, {"first": first, "last": last})
    cursor.execute(INSERT_HOURS, {"first": first, "last": last})


def _insert_metrics(cursor, params: dict, sql: str = METRIC_SELECT) -> None:
    cursor.execute(INSERT_METRICS + sql, params)


def refresh_call_day(day: date, zone: ZoneInfo | None = None) -> None:
    """Recompute one tenant-local day of call roll-ups."""
    zone = zone or tenant_zone()
    lo, hi = day_bounds(day, zone)
    with transaction.atomic(), connection.cursor() as cursor:
        _lock(cursor, f"calls:{day.isoformat()}")
        cursor.execute("DELETE FROM analytics_callrollup WHERE day = %s", [day])
        cursor.execute("DELETE FROM analytics_calldayrollup WHERE day = %s", [day])
        cursor.execute("DELETE FROM analytics_callhourtotal WHERE day = %s", [day])
        _insert_calls(cursor, {"tz": zone.key, "lo": lo, "hi": hi}, day, day)


def refresh_metric_days(days: list[date], zone: ZoneInfo | None = None, *, snapshot_day: date | None = None) -> None:
    """Recompute the daily metrics of these tenant-local days (and today's lead-status snapshot)."""
    zone = zone or tenant_zone()
    with transaction.atomic(), connection.cursor() as cursor:
        for day in sorted(set(days)):
            lo, hi = day_bounds(day, zone)
            _lock(cursor, f"metrics:{day.isoformat()}")
            cursor.execute("DELETE FROM analytics_dailymetric WHERE day = %s AND metric <> 'status_snapshot'", [day])
            _insert_metrics(cursor, {"tz": zone.key, "lo": lo, "hi": hi})
        if snapshot_day is not None:
            _lock(cursor, "snapshot")
            cursor.execute(
                "DELETE FROM analytics_dailymetric WHERE day = %s AND metric = 'status_snapshot'", [snapshot_day]
            )
            _insert_metrics(cursor, {"day": snapshot_day}, SNAPSHOT_SELECT)


def refresh_recent(zone: ZoneInfo | None = None, now: datetime | None = None) -> list[date]:
    """Beat: today and yesterday (tenant-local) for calls and metrics, and today's snapshot."""
    zone = zone or tenant_zone()
    today = local_today(zone, now)
    days = [today - timedelta(days=1), today]
    for day in days:
        refresh_call_day(day, zone)
    refresh_metric_days(days, zone, snapshot_day=today)
    return days


def rebuild_all(zone: ZoneInfo | None = None, now: datetime | None = None) -> dict:
    """Throw the roll-ups away and recompute every day from the source rows (snapshots before today are kept)."""
    zone = zone or tenant_zone()
    params = {"tz": zone.key, **EVERYTHING}
    with transaction.atomic(), connection.cursor() as cursor:
        _lock(cursor, "rebuild")
        cursor.execute("DELETE FROM analytics_callrollup")
        cursor.execute("DELETE FROM analytics_calldayrollup")
        cursor.execute("DELETE FROM analytics_callhourtotal")
        _insert_calls(cursor, params)
        cursor.execute("DELETE FROM analytics_dailymetric WHERE metric <> 'status_snapshot'")
        _insert_metrics(cursor, params)
    refresh_metric_days([], zone, snapshot_day=local_today(zone, now))
    return {"call_rows": CallRollup.objects.count(), "metric_rows": DailyMetric.objects.count()}


def live_call_rows(zone: ZoneInfo | None = None) -> list[tuple]:
    """The call roll-up computed straight from the calls table (what the stored rows must equal)."""
    zone = zone or tenant_zone()
    with connection.cursor() as cursor:
        cursor.execute(CALL_SELECT, {"tz": zone.key, **EVERYTHING})
        return sorted(cursor.fetchall())


def live_metric_rows(zone: ZoneInfo | None = None) -> list[tuple]:
    zone = zone or tenant_zone()
    with connection.cursor() as cursor:
        cursor.execute(METRIC_SELECT, {"tz": zone.key, **EVERYTHING})
        return sorted(cursor.fetchall())


def stored_call_rows() -> list[tuple]:
    return sorted(CallRollup.objects.values_list(*CALL_COLUMNS))


def stored_day_rows() -> list[tuple]:
    return sorted(CallDayRollup.objects.values_list(*DAY_COLUMNS))


def stored_hour_rows() -> list[tuple]:
    return sorted(CallHourTotal.objects.values_list(*HOUR_COLUMNS))


def stored_metric_rows() -> list[tuple]:
    return sorted(
        DailyMetric.objects.exclude(metric="status_snapshot").values_list("day", "metric", "dimension", "value")
    )
