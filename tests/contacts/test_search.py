"""Search: the SQL and Python normalisations agree; phones, emails and names are found."""

import pytest
from django.db import connection

from contacts import selectors
from contacts.models import Contact
from contacts.search import fold, name_words, phonetic, sql_fold, sql_phonetic
from contacts.selectors import contacts_page, search_contacts
from contacts.services import contact_create, name_keys_refresh
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db

SAMPLES = ["José Álvarez", "Zoë O'Brien-Łukasz", "MÜLLER", "Smith", "Smyth", "Schmidt", "Ashcraft", "Pfister", "Hwang"]


def test_python_and_sql_fold_the_same_way():
    with connection.cursor() as cursor:
        for text in SAMPLES:
            cursor.execute(f"SELECT {sql_fold('t')} FROM (SELECT %s::text AS t) texts", [text])
            assert cursor.fetchone()[0] == fold(text), text


def test_python_and_sql_phonetic_keys_agree():
    with connection.cursor() as cursor:
        for word in sorted(name_words(*SAMPLES)):
            cursor.execute(f"SELECT {sql_phonetic('w')} FROM (SELECT %s::text AS w) words", [word])
            assert cursor.fetchone()[0] == phonetic(word), word
    assert phonetic("smith") == phonetic("smyth") == phonetic("schmidt")


def test_searching_by_phone_email_name(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ann = ContactFactory(first_name="Ann", last_name="Lee", phone="+447912345678", email="ann.lee@example.test")
        ContactFactory(first_name="Bob", last_name="Leeds", phone="+13125550100", email="bob@example.test")
        contacts = Contact.objects.all()

        def found(text, region="GB"):
            return sorted(c.first_name for c in search_contacts(contacts, text, region=region))

        assert found("07912 345678") == ["Ann"]
        assert found("+1 312 555 0100") == ["Bob"]
        assert found("(312) 555-0100", region="US") == ["Bob"]
        assert found("5550100") == ["Bob"]
        assert found("ann.lee@") == ["Ann"]
        assert found("lee") == ["Ann", "Bob"]
        assert found("lee ann") == ["Ann"]
        assert found("bob") == ["Bob"]  # the start of an email address is enough
        assert found("ann.lee") == ["Ann"]
        assert found("") == ["Ann", "Bob"]
        assert found("!!!") == []
        assert [c.pk for c in search_contacts(contacts, "07912 345678", region="GB")] == [ann.pk]


def test_fuzzy_search_is_a_fallback(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact_create(tenant=tenant_a, data={"first_name": "Jon", "last_name": "Smith"})
        contact_create(tenant=tenant_a, data={"first_name": "Jane", "last_name": "Smyth"})
        contacts = Contact.objects.all()
        assert [c.last_name for c in search_contacts(contacts, "smyth", region="GB")] == ["Smyth"]
        assert not search_contacts(contacts, "smithe", region="GB").exists()
        similar = search_contacts(contacts, "smithe", region="GB", fuzzy=True)
        assert sorted(c.last_name for c in similar) == ["Smith", "Smyth"]


def test_vocabulary_refresh_learns_names_written_directly(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        ContactFactory(first_name="Siobhan", last_name="Nakamura")
        contacts = Contact.objects.all()
        assert not search_contacts(contacts, "nakamoora", region="GB", fuzzy=True).exists()
        assert name_keys_refresh() >= 2
        assert search_contacts(contacts, "nakamoora", region="GB", fuzzy=True).exists()


def test_counts_stop_at_the_cap_and_pages_still_work(tenant_a, in_tenant, monkeypatch):
    with in_tenant(tenant_a):
        ContactFactory.create_batch(5)
        rows, count, exact, has_next = contacts_page(Contact.objects.all(), number=1, size=2)
        assert (len(rows), count, exact, has_next) == (2, 5, True, True)
        monkeypatch.setattr(selectors, "COUNT_CAP", 3)
        rows, count, exact, has_next = contacts_page(Contact.objects.all(), number=3, size=2)
        assert (len(rows), count, exact, has_next) == (1, 3, False, False)
