"""The contact list's database round trips per request, pinned so they cannot creep back.

What one page of 50 costs: `SET search_path` for the tenant, the API key with
its user and membership, the capped count (ids), the page's entries (ids, row
versions, owners, group ids), the members' emails only when a contact on the
page has an owner, and the contacts themselves unless the same page was
rendered before (voiceplatform.page_cache). The tenant comes from the
per-process host cache (no domain query, no `SET search_path` to public).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.contacts.factories import ContactFactory, GroupFactory

URL = "/api/v1/contacts/"


def _page_queries(client) -> tuple[dict, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL, {"page_size": 50})
    assert response.status_code == 200
    return response.json(), [query["sql"] for query in queries.captured_queries]


@pytest.mark.django_db
@pytest.mark.parametrize(("owned", "rendered", "reused"), [(True, 6, 5), (False, 5, 4)])
def test_a_contact_list_page_of_fifty_costs_a_fixed_number_of_queries(
    api, owner_a, tenant_a, in_tenant, owned, rendered, reused
):
    with in_tenant(tenant_a):
        group = GroupFactory()
        for contact in ContactFactory.create_batch(60, owner=owner_a.user if owned else None):
            contact.groups.add(group)

    client = api(owner_a)
    assert client.get(URL, {"page_size": 10}).status_code == 200  # warm: key touched, host cached

    for expected in (rendered, reused):
        body, queries = _page_queries(client)
        assert len(body["results"]) == 50 and body["count"] == 60
        assert all(row["groups"] == [group.pk] for row in body["results"])
        assert all(row["owner_email"] == (owner_a.user.email if owned else None) for row in body["results"])
        assert len(queries) == expected, queries
        assert not any("tenants_domain" in sql for sql in queries)
        assert sum(sql.startswith("SET search_path") for sql in queries) == 1
