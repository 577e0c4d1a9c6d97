"""Two bookings of one slot at the same moment, on separate database connections: exactly one wins.

These tests need committed data (each thread has its own connection and
cannot see the test transaction), so they create their own tenant and drop
it afterwards.
"""

import secrets
import threading
from datetime import UTC, datetime, time, timedelta

import pytest
from django.db import IntegrityError, connection, transaction
from django_tenants.utils import schema_context

from appointments.models import Appointment
from appointments.services import appointment_book, appointment_type_create, resource_create
from contacts.services import contact_find_or_create
from tenants.models import Tenant, User
from tenants.services import tenant_create

START = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
NOW = datetime(2027, 1, 4, tzinfo=UTC)
TIMEOUT = 20


@pytest.fixture
def committed_tenant(django_db_setup, django_db_blocker):
    slug = "race-" + secrets.token_hex(3)
    with django_db_blocker.unblock():
        tenant = tenant_create(
            slug=slug, name="Race Clinic", owner_email=f"owner@{slug}.test", timezone_name="Europe/London"
        )
        with schema_context(tenant.schema_name):
            resource = resource_create(name="Chair", timezone_name="Europe/London", weekly={0: [(time(9), time(12))]})
            kind = appointment_type_create(
                name="Check-up", duration_minutes=30, min_notice_minutes=0, max_days_ahead=365, resources=[resource]
            )
        try:
            yield tenant, resource, kind
        finally:
            connection.set_schema_to_public()
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
            User.objects.filter(email=f"owner@{slug}.test").delete()


def _in_thread(target, results, key):
    def run():
        try:
            results[key] = target()
        except Exception as exc:  # noqa: BLE001 - the test inspects whatever happened
            results[key] = exc
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_two_concurrent_bookings_of_one_slot_one_wins(committed_tenant, django_db_blocker):
    tenant, resource, kind = committed_tenant
    barrier = threading.Barrier(2, timeout=TIMEOUT)
    results = {}

    def booker(phone):
        def book():
            with schema_context(tenant.schema_name):
                barrier.wait()
                return appointment_book(
                    tenant=tenant, appointment_type=kind, resource=resource, start_at=START, phone=phone, now=NOW
                )

        return book

    with django_db_blocker.unblock():
        threads = [
            _in_thread(booker("+447912345001"), results, "a"),
            _in_thread(booker("+447912345002"), results, "b"),
        ]
        for thread in threads:
            thread.join(TIMEOUT)
        assert not any(thread.is_alive() for thread in threads)
        outcomes = sorted(type(result).__name__ for result in results.values())
        assert outcomes == ["Appointment", "SlotUnavailable"], results
        with schema_context(tenant.schema_name):
            assert Appointment.objects.filter(start_at=START).count() == 1


def _waiting_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def test_the_exclusion_constraint_alone_decides_between_two_open_transactions(committed_tenant, django_db_blocker):
    """No locks, no checks in Python: two raw inserts overlap; the second waits for the first, then fails."""
    tenant, resource, kind = committed_tenant
    first_inserted = threading.Event()
    release_first = threading.Event()
    results = {}

    with django_db_blocker.unblock():
        with schema_context(tenant.schema_name):
            contact, _ = contact_find_or_create(tenant=tenant, phone="+447912345003")

        def insert(start, hold=False):
            def run():
                with schema_context(tenant.schema_name), transaction.atomic():
                    row = Appointment.objects.create(
                        contact=contact,
                        resource=resource,
                        appointment_type=kind,
                        start_at=start,
                        end_at=start + timedelta(minutes=30),
                    )
                    if hold:
                        first_inserted.set()
                        assert release_first.wait(TIMEOUT)
                    return row.pk

            return run

        holder = _in_thread(insert(START, hold=True), results, "first")
        assert first_inserted.wait(TIMEOUT)
        second = _in_thread(insert(START + timedelta(minutes=15)), results, "second")
        deadline = datetime.now(UTC) + timedelta(seconds=TIMEOUT)
        while not _waiting_for_a_lock():
            assert datetime.now(UTC) < deadline, "the second insert never waited for the first"
            threading.Event().wait(0.01)
        release_first.set()
        holder.join(TIMEOUT)
        second.join(TIMEOUT)

        assert isinstance(results["first"], int)
        assert isinstance(results["second"], IntegrityError)
        assert getattr(results["second"].__cause__, "sqlstate", None) == "23P01"
        with schema_context(tenant.schema_name):
            assert Appointment.objects.count() == 1
