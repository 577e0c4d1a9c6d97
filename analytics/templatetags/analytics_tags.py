"""The dashboard's big tables (a row per day, per busy hour, a cell per weekday x hour) rendered in one pass.

A 90-day dashboard has about 2,500 table cells; as template loops each cell
costs a node render, a variable lookup and a number localisation, which was
most of the page's CPU. These tags produce exactly the markup the loops did.
"""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.conf import settings
from django.utils.formats import localize
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()


class _Text:
    """What `{{ value }}` renders: localised, then escaped; made once per tag.

    Without thousand separators an integer is just its digits (Django's own
    fast path). Other numbers repeat (rates rounded to one decimal), so each
    distinct one is localised once; the key is the repr, since 12.5 and
    Decimal("12.50") are equal but print differently.
    """

    def __init__(self):
        self.plain_ints = not settings.USE_THOUSAND_SEPARATOR
        self.numbers: dict[tuple[type, str], str] = {}

    def __call__(self, value) -> str:
        kind = type(value)
        if kind is int and self.plain_ints:
            return str(value)
        if kind is float or kind is Decimal or kind is int:
            key = (kind, repr(value))
            text = self.numbers.get(key)
            if text is None:
                text = self.numbers[key] = conditional_escape(localize(value))
            return text
        return conditional_escape(localize(value))


@register.simple_tag
def table_rows(rows) -> str:
    """`<tr>` per row, `<td>` per cell, "—" for a missing value (a chart's table view)."""
    text = _Text()
    parts = []
    for row in rows:
        cells = "".join("<td>—</td>" if cell is None else f"<td>{text(cell)}</td>" for cell in row)
        parts.append(f"<tr>{cells}</tr>\n      ")
    return mark_safe("".join(parts))  # noqa: S308 - every cell is escaped by _Text


@register.simple_tag
def heatmap_cells(hours, weekday, max_calls) -> str:
    """One weekday's 24 heatmap cells: the count, and the answer rate in the title."""
    text = _Text()
    weekday, max_calls = text(weekday), text(max_calls)
    parts = []
    for cell in hours:
        calls = text(cell["calls"])
        rate = "–" if cell["answer_rate"] is None else text(cell["answer_rate"])
        parts.append(
            f'<td data-calls="{calls}" data-max="{max_calls}" title="{weekday} {text(cell["hour"])}:00 — '
            f'{calls} calls, {rate}% answered">{calls if cell["calls"] else ""}</td>'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value is escaped by _Text
