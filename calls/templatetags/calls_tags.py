from django import template

register = template.Library()


@register.filter
def words(value) -> str:
    """`appointment_confirmed` -> `Appointment confirmed`."""
    text = str(value or "").replace("_", " ").strip()
    return text[:1].upper() + text[1:]
