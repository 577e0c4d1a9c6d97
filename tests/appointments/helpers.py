"""Building blocks for appointment tests: a resource with hours and a type, at fixed dates."""

from datetime import UTC, datetime, time

from appointments.services import appointment_type_create, resource_create

# A Monday in winter (GMT in London, EST in New York).
MONDAY = datetime(2027, 1, 11, tzinfo=UTC).date()
NOW = datetime(2027, 1, 4, 8, 0, tzinfo=UTC)


def make_calendar(*, zone="Europe/London", weekly=None, name="Dr Rivera", **type_values):
    """A resource open Mon-Fri 09:00-12:00 (unless `weekly`) and a 30-minute type."""
    resource = resource_create(
        name=name,
        timezone_name=zone,
        weekly=weekly if weekly is not None else {d: [(time(9), time(12))] for d in range(5)},
    )
    values = {
        "name": f"Check-up {name}",
        "duration_minutes": 30,
        "min_notice_minutes": 0,
        "max_days_ahead": 365,
        **type_values,
    }
    appointment_type = appointment_type_create(resources=[resource], **values)
    return resource, appointment_type


def at(day, hour, minute=0, zone=UTC):
    return datetime.combine(day, time(hour, minute), tzinfo=zone)
