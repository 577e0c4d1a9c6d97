"""Demo calendar for `seed_demo`: resources, appointment types and a few bookings. Idempotent."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from appointments.models import Appointment, AppointmentType, Resource
from appointments.services import SlotUnavailable, appointment_book, appointment_type_create, resource_create

# Per vertical: resources and (name, minutes, buffer after) types.
CATALOGUE = {
    "dental": (["Dr Rivera", "Dr Okafor", "Hygienist"], [("Check-up", 30, 5), ("Cleaning", 45, 10)]),
    "home_services": (["Van 1 (Sam)", "Van 2 (Alex)"], [("Boiler service", 60, 30), ("Quote visit", 30, 15)]),
    "salon": (["Jess", "Marco"], [("Cut", 45, 0), ("Colour", 90, 15)]),
}
DEFAULT = (["Front desk"], [("Consultation", 30, 0)])
GUESTS = [("Amelia", "Hart", "+447912300101"), ("Noah", "Price", "+447912300102"), ("Isla", "Grant", "+447912300103")]


def seed(tenant) -> None:
    if Resource.objects.exists():
        return
    names, types = CATALOGUE.get(tenant.vertical, DEFAULT)
    weekdays = {d: [(time(9), time(12, 30)), (time(13, 30), time(17, 30))] for d in range(5)}
    resources = [resource_create(name=name, timezone_name=tenant.timezone, weekly=weekdays) for name in names]
    for name, minutes, after in types:
        if not AppointmentType.objects.filter(name=name).exists():
            appointment_type_create(
                name=name,
                duration_minutes=minutes,
                buffer_after_minutes=after,
                min_notice_minutes=60,
                resources=resources,
            )
    if Appointment.objects.exists():
        return
    first_type = AppointmentType.objects.order_by("id").first()
    day = timezone.now().astimezone(tenant.zone).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    for index, (first, last, phone) in enumerate(GUESTS):
        start = datetime.combine(day, time(9 + index), tzinfo=tenant.zone)
        try:
            appointment_book(
                tenant=tenant,
                appointment_type=first_type,
                start_at=start,
                resource=resources[index % len(resources)],
                phone=phone,
                first_name=first,
                last_name=last,
                notify=False,
            )
        except SlotUnavailable:
            continue
