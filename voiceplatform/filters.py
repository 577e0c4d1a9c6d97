"""Filter fields shared by every list (API and portal)."""

from datetime import UTC

import django_filters
from django import forms
from django_filters.fields import IsoDateTimeField


class UtcIsoDateTimeField(IsoDateTimeField):
    """An ISO 8601 date-time, in UTC.

    Python accepts offsets up to ±23:59 but PostgreSQL only ±15:59, so a
    query with `+16:00` would fail in the database; the instant is converted
    to UTC here, and one that falls outside the calendar is refused.
    """

    def to_python(self, value):
        moment = super().to_python(value)
        if moment is None or moment.tzinfo is None:
            return moment
        try:
            return moment.astimezone(UTC)
        except OverflowError as exc:
            raise forms.ValidationError("This date-time is out of range.", code="overflow") from exc


class IsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    field_class = UtcIsoDateTimeField
