"""The call list reads only the columns it shows, in the same round trips however many rows a page has."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.calls.factories import AgentFactory, CallFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def _round_trips(client) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/calls/")
    assert response.status_code == 200
    return len(queries), response.json()


def test_a_page_of_calls_costs_the_same_round_trips_for_3_rows_as_for_12(api, owner_a, tenant_a, in_tenant):
    client = api(owner_a)
    with in_tenant(tenant_a):
        agent = AgentFactory(name="Front desk")
        for _ in range(3):
            CallFactory(contact=ContactFactory(first_name="Ann", last_name="Lee"), agent=agent)
    client.get("/api/v1/calls/")  # warm: key touched, host cached
    few, body = _round_trips(client)
    row = body["results"][0]
    assert row["contact"]["full_name"] == "Ann Lee" and row["agent"]["name"] == "Front desk"

    with in_tenant(tenant_a):
        for _ in range(9):
            CallFactory(contact=ContactFactory(), agent=agent)
    many, body = _round_trips(client)

    assert len(body["results"]) == 12
    assert many == few
