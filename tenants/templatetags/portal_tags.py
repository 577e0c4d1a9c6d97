from django import template

from tenants.roles import FLAGS

register = template.Library()


@register.filter
def getattr_flag(membership, flag: str) -> bool:
    """A membership's permission flag by name (only the known flags)."""
    return bool(getattr(membership, flag)) if flag in FLAGS else False
