"""Demo calendar for `seed_demo`: resources, appointment types and real bookings. Idempotent.

The bookings are real appointments over the next working days, for guests in
several time zones (a patient visiting from abroad is called in their own
calling hours). The reminder automation (campaigns.demo switches it on) gives
each one its reminder call, whose words come from the appointment itself.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from appointments.models import Appointment, AppointmentType, Resource
from appointments.services import SlotUnavailable, appointment_book, appointment_type_create, resource_create
from contacts.phones import region_for_timezone

# Per vertical: resources and (name, minutes, buffer after) types.
CATALOGUE = {
    "dental": (["Dr Rivera", "Dr Okafor", "Hygienist"], [("Check-up", 30, 5), ("Cleaning", 45, 10)]),
    "home_services": (["Van 1 (Sam)", "Van 2 (Alex)"], [("Boiler service", 60, 30), ("Quote visit", 30, 15)]),
    "salon": (["Jess", "Marco"], [("Cut", 45, 0), ("Colour", 90, 15)]),
}
DEFAULT = (["Front desk"], [("Consultation", 30, 0)])
# (first, last, phone, the guest's own zone): numbers from the ranges set aside for examples.
GUESTS = {
    "GB": [
        ("Amelia", "Hart", "+447912302201", "Europe/London"),
        ("Noah", "Price", "+447912302202", "Europe/London"),
        ("Isla", "Grant", "+447912302203", "Europe/London"),
        ("Oscar", "Fisher", "+447912302204", "Europe/Dublin"),
        ("Sophia", "Mason", "+12125550188", "America/New_York"),
        ("Arjun", "Rao", "+447912302205", "Asia/Dubai"),
        ("Grace", "Collins", "+447912302206", "Europe/London"),
        ("Henry", "Doyle", "+447912302207", "Europe/London"),
    ],
    "US": [
        ("Ella", "Foster", "+13125550161", "America/Chicago"),
        ("Jack", "Evans", "+13125550162", "America/Chicago"),
        ("Lily", "Barker", "+12125550163", "America/New_York"),
        ("Theo", "Grant", "+14155550164", "America/Los_Angeles"),
        ("Ivy", "Burke", "+13125550165", "America/Chicago"),
    ],
}
# Local start times, spread over the morning and afternoon openings.
SLOTS = (time(9, 30), time(10, 15), time(11, 0), time(14, 0), time(15, 15), time(16, 0))


def _working_days(start, count: int) -> list:
    days, day = [], start
    while len(days) < count:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days.append(day)
    return days


def seed(tenant) -> None:
    if not Resource.objects.exists():
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
    resources = list(Resource.objects.order_by("id"))
    kinds = list(AppointmentType.objects.order_by("id"))
    guests = GUESTS.get(region_for_timezone(tenant.timezone) or "US", GUESTS["US"])
    days = _working_days(timezone.now().astimezone(tenant.zone).date(), 3)
    for index, (first, last, phone, zone) in enumerate(guests):
        day = days[index % len(days)]
        start = datetime.combine(day, SLOTS[index % len(SLOTS)], tzinfo=tenant.zone)
        try:
            appointment_book(
                tenant=tenant,
                appointment_type=kinds[index % len(kinds)],
                start_at=start,
                resource=resources[index % len(resources)],
                phone=phone,
                first_name=first,
                last_name=last,
                guest_timezone=zone,
                # Inside opening hours, but not necessarily on the slot grid, as front-desk staff book.
                enforce_availability=False,
                notify=False,
            )
        except SlotUnavailable:
            continue
