"""The dashboard's table tags render exactly what the equivalent template loops render."""

from decimal import Decimal

from django.template import engines
from django.utils.translation import gettext_lazy

LOOP_ROWS = engines["django"].from_string(
    "{% for row in rows %}<tr>{% for cell in row %}<td>{% if cell is None %}—{% else %}{{ cell }}{% endif %}</td>"
    "{% endfor %}</tr>\n      {% endfor %}"
)
TAG_ROWS = engines["django"].from_string("{% load analytics_tags %}{% table_rows rows %}")
LOOP_CELLS = engines["django"].from_string(
    '{% for cell in hours %}<td data-calls="{{ cell.calls }}" data-max="{{ max_calls }}" title="{{ weekday }} '
    "{{ cell.hour }}:00 — {{ cell.calls }} calls, {{ cell.answer_rate|default_if_none:'–' }}% answered\">"
    "{% if cell.calls %}{{ cell.calls }}{% endif %}</td>{% endfor %}"
)
TAG_CELLS = engines["django"].from_string("{% load analytics_tags %}{% heatmap_cells hours weekday max_calls %}")

ROWS = [
    ["2026-12-01", 0, 12345, None, 41.7, Decimal("12.50"), True],
    ['<b>"Tom" & co</b>', gettext_lazy("Qualified"), -3, 0.0, 1e-07, Decimal("0.0001"), False],
    [12.5, Decimal("12.50"), Decimal("12.5"), -0.0, 0.0, 41.7, 1],
]


def test_table_rows_match_the_template_loop():
    assert TAG_ROWS.render({"rows": ROWS}) == LOOP_ROWS.render({"rows": ROWS})
    assert TAG_ROWS.render({"rows": []}) == ""


def test_table_rows_escape_text():
    html = TAG_ROWS.render({"rows": [["<script>alert(1)</script>"]]})
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_heatmap_cells_match_the_template_loop():
    hours = [
        {"hour": 0, "calls": 0, "answered": 0, "answer_rate": None},
        {"hour": 9, "calls": 1234, "answered": 617, "answer_rate": 50.0},
        {"hour": 23, "calls": 3, "answered": 1, "answer_rate": 33.3},
    ]
    context = {"hours": hours, "weekday": "Mon<", "max_calls": 1234}
    assert TAG_CELLS.render(context) == LOOP_CELLS.render(context)


def test_thousand_separators_follow_the_setting(settings):
    settings.USE_THOUSAND_SEPARATOR = True
    rows = [[1234567, 12345.5, 1234567]]
    assert TAG_ROWS.render({"rows": rows}) == LOOP_ROWS.render({"rows": rows})
    assert "1,234,567" in TAG_ROWS.render({"rows": rows})
