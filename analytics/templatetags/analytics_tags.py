"""The dashboard's big tables (a row per day, per busy hour, a cell per weekday x hour) rendered in one pass.

A 90-day dashboard has about 2,500 table cells; as template loops each cell
costs a node render, a variable lookup and a number localisation, which was
most of the page's CPU. These tags produce exactly the markup the loops did.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


def _text(value, plain_ints: bool) -> str:
    """What `{{ value }}` renders: localised, then escaped.

    Without thousand separators (`plain_ints`, read once per tag) an integer
    is just its digits (Django's own fast path) and skips the format lookups.
    """
    if plain_ints and type(value) is int:
        return str(value)
    return conditional_escape(localize(value))


@register.simple_tag
def table_rows(rows) -> str:
    """`<tr>` per row, `<td>` per cell, "—" for a missing value (a chart's table view)."""
    plain = not settings.USE_THOUSAND_SEPARATOR
    parts = []
    for row in rows:
        cells = "".join("<td>—</td>" if cell is None else f"<td>{_text(cell, plain)}</td>" for cell in row)
        parts.append(f"<tr>{cells}</tr>\n      ")
    return mark_safe("".join(parts))  # noqa: S308 - every cell is escaped by _text


@register.simple_tag
def heatmap_cells(hours, weekday, max_calls) -> str:
    """One weekday's 24 heatmap cells: the count, and the answer rate in the title."""
    plain = not settings.USE_THOUSAND_SEPARATOR
    weekday, max_calls = _text(weekday, plain), _text(max_calls, plain)
    parts = []
    for cell in hours:
        calls = _text(cell["calls"], plain)
        rate = "–" if cell["answer_rate"] is None else _text(cell["answer_rate"], plain)
        parts.append(
            f'<td data-calls="{calls}" data-max="{max_calls}" title="{weekday} {_text(cell["hour"], plain)}:00 — '
            f'{calls} calls, {rate}% answered">{calls if cell["calls"] else ""}</td>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped by _text
