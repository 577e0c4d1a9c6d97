"""Core rules: the status transition table, do-not-call enforcement, consent, bulk actions, the timeline hook."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from contacts import hooks
from contacts.models import Contact, ContactSettings, DncEntry, LeadStatus, StatusChange
from contacts.selectors import contact_timeline
from contacts.services import (
    STATUS_TRANSITIONS,
    InvalidTransition,
    consent_add,
    contact_block_reason,
    contact_can_be_contacted,
    contact_create,
    contact_erase,
    contact_find_or_create,
    contact_set_status,
    contact_update,
    contacts_bulk_action,
    dnc_add,
    dnc_bulk_add,
    dnc_remove,
)
from tests.contacts.factories import ContactFactory, GroupFactory

pytestmark = pytest.mark.django_db


def test_the_transition_table_covers_every_status():
    assert set(STATUS_TRANSITIONS) == set(LeadStatus.values)
    for source, targets in STATUS_TRANSITIONS.items():
        assert targets <= set(LeadStatus.values), source
        assert source not in targets


def test_every_move_is_allowed_or_refused_exactly_as_the_table_says(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        for source in LeadStatus.values:
            for target in LeadStatus.values:
                Contact.objects.filter(pk=contact.pk).update(status=source)
                if source == target or target in STATUS_TRANSITIONS[source]:
                    assert contact_set_status(contact=contact, status=target).status == target
                else:
                    with pytest.raises(InvalidTransition):
                        contact_set_status(contact=contact, status=target)
                    assert Contact.objects.get(pk=contact.pk).status == source
        with pytest.raises(InvalidTransition):
            contact_set_status(contact=contact, status="asleep")
        assert StatusChange.objects.filter(contact=contact).count() == sum(len(t) for t in STATUS_TRANSITIONS.values())


def test_dnc_numbers_are_never_contactable(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        dnc_add(phone="07912 345678", tenant=tenant_a, reason="asked")
        contact, _ = contact_create(tenant=tenant_a, data={"first_name": "Ann", "phone": "+447912345678"})
        assert contact.do_not_call
        consent_add(contact=contact, channel="call", granted=True, evidence="said yes once")
        assert contact_block_reason(contact, "call") == "The number is on the do-not-call list."
        assert contact_block_reason(contact, "sms") == "The number is on the do-not-call list."
        other, _ = contact_create(tenant=tenant_a, data={"first_name": "Bob", "phone": "+447912345679"})
        assert contact_can_be_contacted(other)
        dnc_remove(phone="+447912345678", tenant=tenant_a)
        contact.refresh_from_db()
        assert not contact.do_not_call and contact_can_be_contacted(contact)


def test_moving_a_contact_onto_a_listed_number_marks_it(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        dnc_add(phone="+447912000001", tenant=tenant_a)
        contact, _ = contact_create(tenant=tenant_a, data={"first_name": "Ann", "phone": "+447912000002"})
        contact = contact_update(contact=contact, data={"phone": "07912 000001"}, tenant=tenant_a)
        assert contact.do_not_call and not contact_can_be_contacted(contact)
        contact = contact_update(contact=contact, data={"phone": "07912 000003"}, tenant=tenant_a)
        assert not contact.do_not_call


def test_consent_rules(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        assert contact_can_be_contacted(contact, "call")
        ContactSettings.objects.update_or_create(singleton=True, defaults={"require_consent_for_calls": True})
        assert contact_block_reason(contact, "call") == "No consent to call on record."
        consent_add(contact=contact, channel="call", granted=True, source="web form", evidence="ticked")
        assert contact_can_be_contacted(contact, "call")
        consent_add(contact=contact, channel="sms", granted=False, evidence="STOP")
        assert contact_block_reason(contact, "sms") == "The contact opted out of text messages."
        with pytest.raises(ValidationError):
            consent_add(contact=contact, channel="fax", granted=True)
        no_phone = ContactFactory(phone=None)
        assert contact_block_reason(no_phone) == "The contact has no phone number."
        contact_erase(contact=contact, tenant=tenant_a)
        assert contact_block_reason(Contact.objects.get(pk=contact.pk)) == "The contact was erased."


def test_bulk_dnc_upload_is_all_or_nothing(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        with pytest.raises(ValidationError) as excinfo:
            dnc_bulk_add(tenant=tenant_a, rows=[("07912 000001", ""), ("bogus", ""), ("", "")])
        assert "Row 2" in excinfo.value.message_dict["file"][0]
        assert not DncEntry.objects.exists()
        result = dnc_bulk_add(
            tenant=tenant_a, rows=[("07912 000001", "moved"), ("+447912000001", ""), ("07912 000002", "")]
        )
        assert result == {"added": 2, "already_listed": 0}
        assert dnc_bulk_add(tenant=tenant_a, rows=[("07912 000002", "")]) == {"added": 0, "already_listed": 1}


def test_find_or_create_keeps_working_for_other_apps(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact, created = contact_find_or_create(tenant=tenant_a, phone="07912 345678", first_name="Ann")
        again, created_again = contact_find_or_create(tenant=tenant_a, email="x@example.test", phone="+447912345678")
        assert created and not created_again and again.pk == contact.pk and again.email == "x@example.test"


def test_bulk_actions_skip_erased_contacts_and_untag_case_insensitively(tenant_a, in_tenant, owner_a):
    with in_tenant(tenant_a):
        live = ContactFactory(tags=["VIP", "keep"])
        gone = ContactFactory(tags=["vip"])
        contact_erase(contact=gone, tenant=tenant_a)
        group = GroupFactory()
        everyone = Contact.objects.all()
        assert (
            contacts_bulk_action(tenant=tenant_a, queryset=everyone, action="untag", params={"tags": "vip"})["changed"]
            == 1
        )
        assert Contact.objects.get(pk=live.pk).tags == ["keep"]
        contacts_bulk_action(tenant=tenant_a, queryset=everyone, action="add_to_group", params={"group": group.pk})
        assert list(group.contacts.all()) == [live]
        contacts_bulk_action(tenant=tenant_a, queryset=everyone, action="remove_from_group", params={"group": group.pk})
        assert not group.contacts.exists()
        result = contacts_bulk_action(
            tenant=tenant_a, queryset=everyone, action="assign_owner", params={"owner": owner_a.user.email}
        )
        assert result["changed"] == 1 and Contact.objects.get(pk=live.pk).owner_id == owner_a.user.pk
        with pytest.raises(ValidationError):
            contacts_bulk_action(tenant=tenant_a, queryset=everyone, action="assign_owner", params={"owner": "x@y.z"})


def test_other_apps_add_to_the_timeline(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        call = hooks.TimelineEntry(at=contact.created_at + dt.timedelta(minutes=5), kind="call", title="Outbound call")
        source = lambda c: [call] if c.pk == contact.pk else []  # noqa: E731
        hooks.timeline_sources.register(source)
        try:
            timeline = contact_timeline(contact)
        finally:
            hooks.timeline_sources.unregister(source)
        assert [entry.kind for entry in timeline] == ["call", "created"]
