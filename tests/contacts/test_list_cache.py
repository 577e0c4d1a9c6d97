"""A contact list page rendered once is reused only while everything it shows is unchanged.

The page cache (voiceplatform.page_cache) keys a page on its rows' versions,
so each way of changing what a page shows is tried here, including writes
that bypass the ORM's signals, against a page that was just cached.
"""

from unittest import mock

import pytest

from contacts.models import Contact
from tests.contacts.factories import ContactFactory, GroupFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/contacts/"


def _names(client, **params) -> list[str]:
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return [row["first_name"] for row in response.json()["results"]]


@pytest.fixture
def client(api, owner_a):
    return api(owner_a)


def test_a_row_updated_without_signals_shows_at_once(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Ann")
    assert _names(client) == _names(client) == ["Ann"]

    with in_tenant(tenant_a):
        Contact.objects.filter(pk=contact.pk).update(first_name="Beth")  # no save(), no updated_at

    assert _names(client) == ["Beth"]


def test_group_links_and_group_order_show_at_once(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        first, second = GroupFactory(name="A first"), GroupFactory(name="B second")
        contact.groups.add(first)
    assert client.get(URL).json()["results"][0]["groups"] == [first.pk]

    with in_tenant(tenant_a):
        Contact.groups.through.objects.create(contact=contact, group=second)
    assert client.get(URL).json()["results"][0]["groups"] == [first.pk, second.pk]

    with in_tenant(tenant_a):
        type(first).objects.filter(pk=first.pk).update(name="Z last")
    assert client.get(URL).json()["results"][0]["groups"] == [second.pk, first.pk]


def test_an_owners_new_email_shows_at_once(client, owner_a, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(owner=owner_a.user)
    assert client.get(URL).json()["results"][0]["owner_email"] == owner_a.user.email

    type(owner_a.user).objects.filter(pk=owner_a.user.pk).update(email="renamed@alpha.test")

    assert client.get(URL).json()["results"][0]["owner_email"] == "renamed@alpha.test"


def test_deleted_and_added_contacts_change_the_page_and_its_count(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ann, _ = ContactFactory(first_name="Ann"), ContactFactory(first_name="Bob")
    assert sorted(_names(client)) == ["Ann", "Bob"]

    with in_tenant(tenant_a):
        Contact.objects.filter(pk=ann.pk).delete()
    body = client.get(URL).json()
    assert [row["first_name"] for row in body["results"]] == ["Bob"] and body["count"] == 1

    with in_tenant(tenant_a):
        ContactFactory(first_name="Cat")
    assert sorted(_names(client)) == ["Bob", "Cat"]


def test_a_search_reflects_a_rename_that_stops_a_match(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Zebedee", email="someone@example.test")
    assert _names(client, search="zebedee") == ["Zebedee"]

    with in_tenant(tenant_a):
        found = Contact.objects.get(pk=contact.pk)
        found.first_name = "Quentin"
        found.save()

    assert _names(client, search="zebedee") == []


def test_the_other_tenant_never_gets_the_first_ones_page(client, api, owner_b, tenant_a, tenant_b, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Alpha person")
    with in_tenant(tenant_b):
        ContactFactory(first_name="Beta person")
    assert _names(client) == ["Alpha person"]

    assert _names(api(owner_b)) == ["Beta person"]


def test_a_page_whose_rows_changed_while_it_was_read_is_answered_but_not_kept(client, tenant_a, in_tenant):
    from contacts.api import contacts as contacts_api

    with in_tenant(tenant_a):
        ContactFactory(first_name="Ann")
    real = contacts_api.contacts_in_order

    def changed_meanwhile(ids):
        rows = real(ids)
        for row in rows:
            row.row_version = "written meanwhile"
        return rows

    with mock.patch.object(contacts_api, "contacts_in_order", side_effect=changed_meanwhile) as read:
        assert _names(client) == ["Ann"]
        assert _names(client) == ["Ann"]
    assert read.call_count == 2  # nothing was kept, so the second request read the contacts again


def test_the_list_still_answers_when_the_cache_is_down(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Ann")

    with mock.patch("voiceplatform.page_cache.cache.get", side_effect=ConnectionError("redis is down")):
        assert _names(client) == ["Ann"]


def test_a_reused_page_is_the_same_answer_as_a_rendered_one(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory.create_batch(3)
    rendered, reused = client.get(URL), client.get(URL)

    assert reused.content == rendered.content
    for header in ("Content-Type", "Vary", "Allow", "Cache-Control"):
        assert reused[header] == rendered[header], header
    assert rendered["Content-Type"] == "application/json"


def test_a_client_asking_for_indented_json_gets_it_from_a_kept_page(client, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Ann")
    compact = client.get(URL)
    indented = client.get(URL, HTTP_ACCEPT="application/json; indent=2")

    assert indented.json() == compact.json()
    assert b'\n  "count": 1' in indented.content and b"\n" not in compact.content
