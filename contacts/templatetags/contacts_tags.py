from django import template

register = template.Library()


@register.filter
def get(mapping, key):
    """`{{ values|get:name }}`: a dict value by a computed key ("" when missing)."""
    if hasattr(mapping, "get"):
        value = mapping.get(key)
        return "" if value is None else value
    return ""
