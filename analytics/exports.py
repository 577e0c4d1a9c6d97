"""Each dashboard chart as a table: the same rows feed the table view, the CSV export and the API."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse

CHARTS = ("kpis", "timeseries", "heatmap", "funnel", "lead_statuses", "lead_sources", "appointments")


def table(name: str, data: dict) -> tuple[list[str], list[list]]:
    """(headers, rows) of one chart of `selectors.dashboard(...)`."""
    if name == "kpis":
        return ["metric", "value", "previous", "change_percent"], [
            [k["label"], k["value"], k["previous"], k["change"]] for k in data["kpis"]
        ]
    if name == "timeseries":
        keys = ["day", "calls", "answered", "unreached", "qualified", "confirmed", "not_interested"]
        return keys, [[row[k] for k in keys] for row in data["timeseries"]]
    if name == "heatmap":
        return ["weekday", "hour", "calls", "answered", "answer_rate_percent"], [
            [day["weekday"], cell["hour"], cell["calls"], cell["answered"], cell["answer_rate"]]
            for day in data["heatmap"]["grid"]
            for cell in day["hours"]
            if cell["calls"]
        ]
    if name == "funnel":
        return ["stage", "count", "share_percent"], [[s["label"], s["count"], s["share"]] for s in data["funnel"]]
    if name == "lead_statuses":
        return ["status", "contacts", "share_percent"], [
            [s["label"], s["count"], s["share"]] for s in data["lead_statuses"]
        ]
    if name == "lead_sources":
        return ["source", "added", "qualified", "converted", "qualified_rate_percent"], [
            [s["label"], s["added"], s["qualified"], s["converted"], s["qualified_rate"]] for s in data["lead_sources"]
        ]
    if name == "appointments":
        current, previous = data["appointments"]["current"], data["appointments"]["previous"]
        return ["measure", "this_period", "previous_period"], [[k, current[k], previous[k]] for k in current]
    raise KeyError(name)


def csv_response(filename: str, headers: list[str], rows: list[list]) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if value is None else value for value in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
