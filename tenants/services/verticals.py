"""Applying a vertical template to a workspace: every feature app's part, in the tenant's schema, at once."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django_tenants.utils import schema_context

from tenants.hooks import vertical_appliers
from tenants.models import Tenant
from tenants.verticals import VerticalTemplate, template_for


@transaction.atomic
def apply_vertical_template(*, tenant: Tenant, vertical: str) -> VerticalTemplate | None:
    """Set the workspace's vertical and apply its template (None for "other", which has none).

    All appliers run in one transaction: one failing leaves the workspace as it was.
    Each applier is idempotent, so applying the same vertical twice changes nothing.
    """
    if vertical not in Tenant.Vertical.values:
        raise ValidationError({"vertical": [f"Choose one of: {', '.join(Tenant.Vertical.values)}."]})
    if tenant.vertical != vertical:
        Tenant.objects.filter(pk=tenant.pk).update(vertical=vertical)
        tenant.vertical = vertical
    template = template_for(vertical)
    if template is None:
        return None
    with schema_context(tenant.schema_name):
        for applier in vertical_appliers:
            applier(tenant, template)
    return template
