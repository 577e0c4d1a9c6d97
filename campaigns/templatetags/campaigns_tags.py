from django import template

register = template.Library()


@register.filter
def words(value) -> str:
    """ "no_answer" -> "no answer"."""
    return str(value or "").replace("_", " ")
