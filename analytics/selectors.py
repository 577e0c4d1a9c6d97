"""Read side of the dashboards: every figure comes from the roll-up tables, never from raw calls.

A page view runs a handful of small queries (call totals for this and the
previous period, the per-day series, the hour x weekday grid, the daily
metrics, the lead-status snapshot), each over at most a few thousand roll-up
rows whatever the number of calls.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.db import connection
from django.db.models import Q, Subquery, Sum

from analytics.filters import Filters
from analytics.models import CALL_MEASURES, CallDayRollup, CallHourTotal, CallRollup, DailyMetric
from contacts.models import ContactSource, LeadStatus

SUMMED = (*CALL_MEASURES, "cost_cents")
INTERESTED = ("qualified", "confirmed", "callback_requested", "reschedule_requested")
HUMAN_STATUSES = (LeadStatus.HUMAN_INPUT_NEEDED, LeadStatus.HUMAN_FOLLOW_UP)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _calls(filters: Filters, start: date, end: date, model=CallDayRollup):
    rows = model.objects.filter(day__gte=start, day__lte=end)
    if filters.campaign_id:
        rows = rows.filter(campaign_id=filters.campaign_id)
    return rows


def _zero(value):
    return value if value is not None else 0


# Every measure summed for the period and for the previous one, in one statement written once per
# process: building the 34 filtered aggregates through the ORM cost more CPU than the query itself.
_TOTALS_SQL = (  # column and table names are constants from the model
    "SELECT "  # noqa: S608
    + ", ".join(
        f"sum({name}) FILTER (WHERE day >= %(start)s), sum({name}) FILTER (WHERE day < %(start)s)" for name in SUMMED
    )
    + f" FROM {CallDayRollup._meta.db_table} WHERE day >= %(first)s AND day <= %(end)s"
)


def call_totals(filters: Filters) -> tuple[dict, dict]:
    """Sums of every call measure for the period and for the previous one (one query)."""
    sql = _TOTALS_SQL + (" AND campaign_id = %(campaign)s" if filters.campaign_id else "")
    params = {
        "start": filters.start,
        "first": filters.previous().start,
        "end": filters.end,
        "campaign": filters.campaign_id,
    }
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    current, before = {}, {}
    for index, name in enumerate(SUMMED):
        now, then = row[2 * index], row[2 * index + 1]
        if name != "cost_cents":  # sums of integer columns come back as numeric for bigint columns
            now, then = (int(now) if now is not None else None), (int(then) if then is not None else None)
        current[name], before[name] = _zero(now), _zero(then)
    return current, before


def metric_totals(filters: Filters) -> dict[str, dict[str, tuple[int, int]]]:
    """{metric: {dimension: (this period, previous period)}} for the daily metrics (one query)."""
    previous = filters.previous()
    rows = (
        DailyMetric.objects.filter(day__gte=previous.start, day__lte=filters.end)
        .exclude(metric="status_snapshot")
        .values("metric", "dimension")
        .annotate(
            current=Sum("value", filter=Q(day__gte=filters.start)), before=Sum("value", filter=Q(day__lt=filters.start))
        )
        .order_by()
    )
    result: dict[str, dict[str, tuple[int, int]]] = {}
    for row in rows:
        result.setdefault(row["metric"], {})[row["dimension"]] = (_zero(row["current"]), _zero(row["before"]))
    return result


def status_snapshot() -> dict[str, int]:
    """Contacts per lead status, from the latest snapshot the beat job took."""
    latest = DailyMetric.objects.filter(metric="status_snapshot").order_by("-day").values("day")[:1]
    return dict(
        DailyMetric.objects.filter(metric="status_snapshot", day=Subquery(latest)).values_list("dimension", "value")
    )


def _share(part, whole) -> float | None:
    return round(100.0 * float(part) / float(whole), 1) if whole else None


def _change(current, before) -> float | None:
    if current is None or before is None or not before:
        return None
    return round(100.0 * (float(current) - float(before)) / float(before), 1)


def _kpi(key: str, label: str, current, before, *, unit: str = "", better: str = "up") -> dict:
    return {
        "key": key,
        "label": label,
        "value": current,
        "previous": before,
        "change": _change(current, before),
        "unit": unit,
        "better": better,
    }


def _sum_dims(metric: dict[str, tuple[int, int]] | None) -> tuple[int, int]:
    metric = metric or {}
    return sum(v[0] for v in metric.values()), sum(v[1] for v in metric.values())


def overview(filters: Filters, *, include_costs: bool, totals=None, metrics=None, snapshot=None) -> list[dict]:
    """The KPI cards: each with its value, the previous period's and the change in percent."""
    current, before = totals or call_totals(filters)
    metrics = metrics if metrics is not None else metric_totals(filters)
    snapshot = snapshot if snapshot is not None else status_snapshot()
    leads_now, leads_before = _sum_dims(metrics.get("leads_added"))

    def conversion(t):
        return _share(t["qualified"] + t["confirmed"], t["answered"])

    def average_seconds(t):
        return round(t["talk_ms"] / t["answered"] / 1000, 1) if t["answered"] else None

    cards = [
        _kpi("calls", "Calls", current["calls"], before["calls"]),
        _kpi(
            "answer_rate",
            "Answered rate",
            _share(current["answered"], current["calls"]),
            _share(before["answered"], before["calls"]),
            unit="%",
        ),
        _kpi("confirmations", "Confirmations", current["confirmed"], before["confirmed"]),
        _kpi("leads_added", "Leads added", leads_now, leads_before),
        _kpi("qualified_leads", "Qualified leads", current["qualified"], before["qualified"]),
        _kpi("conversion_rate", "Conversion rate", conversion(current), conversion(before), unit="%"),
        _kpi(
            "average_call_seconds",
            "Average call length",
            average_seconds(current),
            average_seconds(before),
            unit="s",
        ),
        {
            "key": "human_pending",
            "label": "Human interventions pending",
            "value": sum(snapshot.get(status, 0) for status in HUMAN_STATUSES),
            "previous": None,
            "change": None,
            "unit": "",
            "better": "down",
        },
    ]
    if include_costs:

        def per_lead(t):
            if not t["qualified"]:
                return None
            return (Decimal(t["cost_cents"]) / t["qualified"] / 100).quantize(Decimal("0.01"))

        cards.append(
            _kpi(
                "cost_per_qualified_lead",
                "Cost per qualified lead",
                per_lead(current),
                per_lead(before),
                unit="$",
                better="down",
            )
        )
    return cards


def timeseries(filters: Filters) -> list[dict]:
    """Per day: calls, answered, unreached, interested outcomes (zeros for quiet days)."""
    rows = (
        _calls(filters, filters.start, filters.end)
        .values("day")
        .annotate(
            calls=Sum("calls"),
            answered=Sum("answered"),
            voicemail=Sum("voicemail"),
            no_answer=Sum("no_answer"),
            busy=Sum("busy"),
            failed=Sum("failed"),
            qualified=Sum("qualified"),
            confirmed=Sum("confirmed"),
            not_interested=Sum("not_interested"),
        )
        .order_by("day")
    )
    by_day = {row["day"]: row for row in rows}
    series = []
    for offset in range(filters.days):
        day = filters.start + timedelta(days=offset)
        row = by_day.get(day, {})
        series.append(
            {
                "day": day.isoformat(),
                "calls": row.get("calls", 0),
                "answered": row.get("answered", 0),
                "unreached": sum(row.get(k, 0) for k in ("voicemail", "no_answer", "busy", "failed")),
                "qualified": row.get("qualified", 0),
                "confirmed": row.get("confirmed", 0),
                "not_interested": row.get("not_interested", 0),
            }
        )
    return series


def heatmap(filters: Filters) -> dict:
    """Calls and answer rate per weekday x hour (tenant time): the best calling times.

    Over all campaigns it reads the per-hour totals (24 rows a day), for one
    campaign that campaign's hourly roll-up rows.
    """
    model = CallRollup if filters.campaign_id else CallHourTotal
    rows = (
        _calls(filters, filters.start, filters.end, model=model)
        .values("weekday", "hour")
        .annotate(calls=Sum("calls"), answered=Sum("answered"))
        .order_by()
    )
    cells = {(row["weekday"], row["hour"]): row for row in rows}
    grid = []
    for weekday, label in enumerate(WEEKDAYS):
        hours = []
        for hour in range(24):
            row = cells.get((weekday, hour))
            calls = row["calls"] if row else 0
            answered = row["answered"] if row else 0
            hours.append({"hour": hour, "calls": calls, "answered": answered, "answer_rate": _share(answered, calls)})
        grid.append({"weekday": label, "hours": hours})
    return {"grid": grid, "max_calls": max((row["calls"] for row in rows), default=0)}


def funnel(filters: Filters, totals=None) -> list[dict]:
    """Contacted -> answered -> interested/qualified -> booked, each with its share of the first stage."""
    current, _ = totals or call_totals(filters)
    stages = [
        ("contacted", "Contacted", current["calls"]),
        ("answered", "Answered", current["answered"]),
        ("interested", "Interested or qualified", sum(current[k] for k in INTERESTED)),
        ("booked", "Booked on the call", current["booked"]),
    ]
    first = stages[0][2]
    return [{"key": key, "label": label, "count": n, "share": _share(n, first)} for key, label, n in stages]


def lead_statuses(snapshot=None) -> list[dict]:
    snapshot = snapshot if snapshot is not None else status_snapshot()
    total = sum(snapshot.values())
    return [
        {
            "status": status.value,
            "label": status.label,
            "count": snapshot.get(status.value, 0),
            "share": _share(snapshot.get(status.value, 0), total),
        }
        for status in LeadStatus
        if snapshot.get(status.value)
    ]


def lead_sources(filters: Filters, metrics=None) -> list[dict]:
    """Per contact source: leads added in the period, and leads qualified and converted in it."""
    metrics = metrics if metrics is not None else metric_totals(filters)
    rows = []
    for source in ContactSource:
        added = metrics.get("leads_added", {}).get(source.value, (0, 0))[0]
        qualified = metrics.get("qualified", {}).get(source.value, (0, 0))[0]
        converted = metrics.get("converted", {}).get(source.value, (0, 0))[0]
        if added or qualified or converted:
            rows.append(
                {
                    "source": source.value,
                    "label": source.label,
                    "added": added,
                    "qualified": qualified,
                    "converted": converted,
                    "qualified_rate": _share(qualified, added),
                }
            )
    return rows


def appointment_rates(filters: Filters, metrics=None) -> dict:
    """Appointments starting in the period: confirmation rate (of those not cancelled) and no-show rate."""
    metrics = metrics if metrics is not None else metric_totals(filters)
    states = metrics.get("appointments", {})

    def get(state, index):
        return states.get(state, (0, 0))[index]

    def rates(index):
        total, cancelled = get("total", index), get("cancelled", index)
        attended = get("completed", index) + get("no_show", index)
        return {
            "total": total,
            "confirmed": get("confirmed", index),
            "completed": get("completed", index),
            "no_show": get("no_show", index),
            "cancelled": cancelled,
            "confirmation_rate": _share(get("confirmed", index), total - cancelled),
            "no_show_rate": _share(get("no_show", index), attended),
        }

    return {"current": rates(0), "previous": rates(1)}


def dashboard(filters: Filters, *, include_costs: bool) -> dict:
    """Everything the dashboard page shows, from five roll-up queries."""
    totals = call_totals(filters)
    metrics = metric_totals(filters)
    snapshot = status_snapshot()
    return {
        "kpis": overview(filters, include_costs=include_costs, totals=totals, metrics=metrics, snapshot=snapshot),
        "timeseries": timeseries(filters),
        "heatmap": heatmap(filters),
        "funnel": funnel(filters, totals=totals),
        "lead_statuses": lead_statuses(snapshot),
        "lead_sources": lead_sources(filters, metrics),
        "appointments": appointment_rates(filters, metrics),
    }
