"""The appointment list reads only the columns it shows, in the same round trips however many rows a page has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.appointments.factories import AppointmentFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def _round_trips(client) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/appointments/")
    assert response.status_code == 200
    return len(queries), response.json()


def test_a_page_of_appointments_costs_the_same_round_trips_for_3_rows_as_for_12(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    with in_tenant(tenant_a):
        for _ in range(3):
            AppointmentFactory(contact=ContactFactory(first_name="Ann", email="ann@example.test"))
    client.get("/api/v1/appointments/")  # warm: key touched, host cached
    few, body = _round_trips(client)
    row = body["results"][0]
    assert row["contact"]["first_name"] == "Ann" and row["contact"]["email"] == "ann@example.test"
    assert row["title"] and row["resource"]

    with in_tenant(tenant_a):
        AppointmentFactory.create_batch(9)
    many, body = _round_trips(client)

    assert len(body["results"]) == 12
    assert many == few
