"""GDPR export and erasure, and the retention purge run by beat."""

import datetime as dt

import pytest
from django.conf import settings
from django.utils import timezone

from contacts import hooks, tasks
from contacts.models import ConsentRecord, Contact, ContactNote, ContactSettings, DncEntry, StatusChange
from contacts.services import (
    consent_record,
    contact_erase,
    contact_gdpr_export,
    contact_note_add,
    contact_set_status,
    contacts_retention_purge,
    dnc_add,
)
from tenants.models import AuditEvent
from tenants.services import tenant_suspend
from tests.contacts.factories import ContactFactory, GroupFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hooked():
    """A stand-in app registered with the export and erasure registries (beside the real ones)."""
    seen = {"erased": []}

    def export(contact):
        return {"other_app": [{"id": 1, "summary": "booked"}]}

    def erase(erasure):
        seen["erased"].extend(erasure.contact_ids)
        seen.setdefault("phones", []).extend(erasure.phones)

    hooks.gdpr_exporters.register(export)
    hooks.erasers.register(erase)
    yield seen
    hooks.gdpr_exporters.unregister(export)
    hooks.erasers.unregister(erase)


def test_export_holds_everything_about_the_person(tenant_a, in_tenant, owner_a, hooked):
    with in_tenant(tenant_a):
        contact = ContactFactory(first_name="Ann", custom_fields={"plan": "gold"}, qualification={"budget": "5k"})
        contact.groups.add(GroupFactory(name="Spring"))
        contact_set_status(contact=contact, status="to_call", reason="campaign", actor=owner_a.user)
        consent_record(contact=contact, channel="call", granted=True, evidence="ticked box")
        contact_note_add(contact=contact, body="Likes mornings", actor=owner_a.user)
        data = contact_gdpr_export(contact=contact, tenant=tenant_a, actor=owner_a.user)
    assert data["contact"]["groups"] == ["Spring"] and data["contact"]["qualification"] == {"budget": "5k"}
    assert data["status_history"][0]["reason"] == "campaign"
    assert data["consents"][0]["evidence"] == "ticked box"
    assert data["notes"][0]["body"] == "Likes mornings"
    assert data["other_app"] == [{"id": 1, "summary": "booked"}]
    assert data["calls"] == [] and data["appointments"] == []  # the real apps answer too
    assert AuditEvent.objects.filter(tenant=tenant_a, action="contact.gdpr_exported").exists()


def test_erasure_anonymises_and_keeps_history_without_pii(tenant_a, in_tenant, owner_a, hooked):
    with in_tenant(tenant_a):
        contact = ContactFactory(
            first_name="Ann",
            last_name="Lee",
            phone="+447912345678",
            email="ann@example.test",
            company="Acme",
            address="1 High St",
            notes="secret",
            tags=["vip"],
            custom_fields={"plan": "gold"},
            qualification={"budget": "5k"},
            callback_at=timezone.now(),
        )
        contact.groups.add(GroupFactory())
        contact_set_status(contact=contact, status="to_call", reason="Ann asked us to call", actor=owner_a.user)
        consent_record(contact=contact, channel="sms", granted=False, evidence="Ann replied STOP")
        contact_note_add(contact=contact, body="Ann's allergies", actor=owner_a.user)
        dnc_add(phone=contact.phone, tenant=tenant_a, reason="asked")
        erased = contact_erase(contact=contact, tenant=tenant_a, actor=owner_a.user, reason="email request")
        for name in ("first_name", "last_name", "email", "company", "address", "notes", "alternate_phone"):
            assert getattr(erased, name) == "", name
        assert erased.phone is None and erased.tags == [] and erased.custom_fields == {} and erased.qualification == {}
        assert erased.callback_at is None and erased.erased_at is not None and not erased.groups.exists()
        assert erased.status == "to_call"
        assert StatusChange.objects.get(contact=erased).reason == ""
        assert ConsentRecord.objects.get(contact=erased).evidence == ""
        assert not ContactNote.objects.filter(contact=erased).exists()
        assert DncEntry.objects.filter(phone="+447912345678").exists()
        assert hooked["erased"] == [contact.pk] and hooked["phones"] == ["+447912345678"]
        again = contact_erase(contact=erased, tenant=tenant_a, actor=owner_a.user)
        assert again.erased_at == erased.erased_at
    events = AuditEvent.objects.filter(tenant=tenant_a, action="contact.erased")
    assert events.count() == 1
    assert "Ann" not in events.get().target_repr and events.get().metadata["reason"] == "email request"


def test_retention_purge_erases_only_inactive_contacts(tenant_a, in_tenant):
    now = timezone.now()
    long_ago = now - dt.timedelta(days=400)
    with in_tenant(tenant_a):
        ContactSettings.objects.update_or_create(singleton=True, defaults={"retention_months": 12})
        stale = ContactFactory()
        active = ContactFactory()
        fresh = ContactFactory()
        Contact.objects.filter(pk__in=[stale.pk, active.pk]).update(created_at=long_ago, updated_at=long_ago)
        Contact.objects.filter(pk=active.pk).update(last_activity_at=now - dt.timedelta(days=3))
        assert contacts_retention_purge(tenant=tenant_a) == 1
        assert Contact.objects.get(pk=stale.pk).erased_at is not None
        assert Contact.objects.get(pk=active.pk).erased_at is None
        assert Contact.objects.get(pk=fresh.pk).erased_at is None
        assert contacts_retention_purge(tenant=tenant_a) == 0
    assert AuditEvent.objects.get(tenant=tenant_a, action="contacts.retention_purged").metadata["erased"] == 1


def test_no_retention_setting_keeps_everyone(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        Contact.objects.filter(pk=contact.pk).update(created_at=timezone.now() - dt.timedelta(days=4000))
        assert contacts_retention_purge(tenant=tenant_a) == 0


def test_beat_dispatches_one_purge_per_active_tenant_in_its_own_schema(tenant_a, tenant_b, in_tenant):
    entry = settings.CELERY_BEAT_SCHEDULE["contacts-retention-purge"]
    assert entry["task"] == "contacts.retention_purge_dispatch"
    long_ago = timezone.now() - dt.timedelta(days=100)
    made = {}
    tenant_suspend(tenant=tenant_b)  # a suspended tenant's data is left alone until it is reactivated
    for tenant, months in ((tenant_a, 1), (tenant_b, 1)):
        with in_tenant(tenant):
            ContactSettings.objects.update_or_create(singleton=True, defaults={"retention_months": months})
            made[tenant.slug] = ContactFactory()
            Contact.objects.filter(pk=made[tenant.slug].pk).update(created_at=long_ago, updated_at=long_ago)
    assert tasks.retention_purge_dispatch() >= 1
    with in_tenant(tenant_a):
        assert Contact.objects.get(pk=made["alpha"].pk).erased_at is not None
    with in_tenant(tenant_b):
        assert Contact.objects.get(pk=made["beta"].pk).erased_at is None
