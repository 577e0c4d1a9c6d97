"""Prepared statements and schemas: a statement prepared while serving one tenant reads the next tenant's tables.

Each database connection serves every tenant in turn and prepares the
queries it repeats (settings: DB_PREPARED_STATEMENTS). PostgreSQL re-parses a
prepared statement when the search_path changes; this pins that down on the
same connection, after the statement was prepared under the first tenant.
"""

import pytest
from django.db import connection

from contacts.models import Contact
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def _names() -> list[str]:
    return list(Contact.objects.filter(first_name__gt="").values_list("first_name", flat=True))


def _prepared_contact_queries() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s", ["%contacts_contact%"])
        return cursor.fetchone()[0]


def test_a_statement_prepared_for_one_tenant_reads_the_other_tenants_rows(tenant_a, tenant_b, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Alpha")
    with in_tenant(tenant_b):
        ContactFactory(first_name="Beta")

    with in_tenant(tenant_a):
        for _ in range(8):
            assert _names() == ["Alpha"]
        assert _prepared_contact_queries() >= 1  # the repeated query now runs prepared
    with in_tenant(tenant_b):
        assert _names() == ["Beta"]
    with in_tenant(tenant_a):
        assert _names() == ["Alpha"]
