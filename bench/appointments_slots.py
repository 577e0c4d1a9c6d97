"""Slot engine speed: 30 days of free slots for one resource with 1,000 existing appointments.

Creates a throwaway tenant with one resource open 07:00-22:00 every day, a
30-minute type (15-minute steps, 5-minute buffers) and 1,000 appointments
spread over the 30 days, then times `appointments.services.availability_slots`
(the full service: five queries plus the arithmetic) and the arithmetic alone.
Everything it creates is dropped afterwards.

    .venv/bin/python bench/appointments_slots.py
"""

import random
import secrets
import statistics
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock

from _setup import setup_django

APPOINTMENTS = 1000
DAYS = 30
RUNS = 100
WARMUP = 5


def timed(function, runs: int) -> tuple[list[float], list[float]]:
    """Wall-clock and this process's CPU time per call, in milliseconds."""
    for _ in range(WARMUP):
        function()
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def summary(label: str, measured: tuple[list[float], list[float]]) -> str:
    wall, cpu = sorted(measured[0]), measured[1]
    p95 = wall[int(len(wall) * 0.95) - 1]
    return (
        f"{label:<34} median {statistics.median(wall):6.2f} ms   p95 {p95:6.2f} ms   "
        f"min {wall[0]:6.2f} ms   max {wall[-1]:6.2f} ms   (python cpu median {statistics.median(cpu):5.2f} ms)"
    )


def main() -> None:
    setup_django()
    from django.db import connection
    from django_tenants.utils import schema_context

    from appointments import slots as engine
    from appointments.models import Appointment
    from appointments.services import appointment_type_create, availability_slots, resource_create
    from appointments.services.availability import _bookable_bounds, _rules_for, load_calendars
    from contacts.models import Contact
    from tenants.models import Tenant, User
    from tenants.services import tenant_create

    slug = "benchslots" + secrets.token_hex(3)
    tenant = tenant_create(
        slug=slug, name="Bench Slots", owner_email=f"owner@{slug}.test", timezone_name="Europe/London"
    )
    try:
        with schema_context(tenant.schema_name):
            resource = resource_create(
                name="Chair", timezone_name="Europe/London", weekly={d: [(clock(7), clock(22))] for d in range(7)}
            )
            kind = appointment_type_create(
                name="Check-up",
                duration_minutes=30,
                slot_interval_minutes=15,
                buffer_before_minutes=5,
                buffer_after_minutes=5,
                min_notice_minutes=0,
                max_days_ahead=365,
                resources=[resource],
            )
            contact = Contact.objects.create(first_name="Bench", phone="+447912300000")
            start = datetime(2027, 3, 1, tzinfo=resource.zone)
            # 1,000 distinct quarter hours inside opening hours: never overlapping.
            quarters = [(day, minute) for day in range(DAYS) for minute in range(7 * 60, 22 * 60, 15)]
            random.seed(6)
            chosen = random.sample(quarters, APPOINTMENTS)
            Appointment.objects.bulk_create(
                Appointment(
                    contact=contact,
                    resource=resource,
                    appointment_type=kind,
                    start_at=(start + timedelta(days=day, minutes=minute)).astimezone(UTC),
                    end_at=(start + timedelta(days=day, minutes=minute + 15)).astimezone(UTC),
                )
                for day, minute in chosen
            )
            end = start + timedelta(days=DAYS)
            now = start - timedelta(days=1)

            def service():
                return availability_slots(appointment_type=kind, resource=resource, start=start, end=end, now=now)

            def service_any_resource():
                return availability_slots(appointment_type=kind, start=start, end=end, now=now)

            calendar = load_calendars([resource], start=start, end=end)[resource.pk]
            earliest, latest = _bookable_bounds(kind, resource.zone, now)
            rules = _rules_for(kind)

            def arithmetic():
                return engine.free_slots(
                    calendar,
                    rules,
                    window_start=int(start.timestamp()),
                    window_end=int(end.timestamp()),
                    earliest=earliest,
                    latest=latest,
                )

            slots = service()
            print(f"{APPOINTMENTS} appointments over {DAYS} days; {len(slots)} free slots found; {RUNS} runs each")
            print(summary("availability_slots(resource=...)", timed(service, RUNS)))
            print(summary("availability_slots(any resource)", timed(service_any_resource, RUNS)))
            print(summary("slot arithmetic only", timed(arithmetic, RUNS)))
    finally:
        connection.set_schema_to_public()
        Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
        User.objects.filter(email=f"owner@{slug}.test").delete()


if __name__ == "__main__":
    main()
