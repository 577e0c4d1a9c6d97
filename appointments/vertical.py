"""The appointments app's part of a vertical template: the default appointment types.

A type is matched by its slug, so applying again (or after the owner edited
the duration) adds nothing and overwrites nothing.
"""

from __future__ import annotations

from django.utils.text import slugify

from appointments.models import AppointmentType
from appointments.services.setup import appointment_type_create


def apply_template(tenant, template) -> None:
    slugs = set(AppointmentType.objects.values_list("slug", flat=True))
    for default in template.appointment_types:
        if slugify(default.name) not in slugs:
            appointment_type_create(
                name=default.name,
                slug=slugify(default.name),
                duration_minutes=default.duration_minutes,
                notes=default.description,
            )
