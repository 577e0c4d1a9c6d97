"""The contact core other apps rely on: phones, find-or-create, status transitions, DNC, consent."""

import pytest

from contacts.models import Contact, LeadStatus, StatusChange
from contacts.phones import InvalidPhone, parse_phone, zone_for_phone
from contacts.services import (
    InvalidTransition,
    can_transition,
    consent_record,
    contact_find_or_create,
    contact_set_status,
    contact_timezone,
    dnc_add,
    dnc_remove,
    has_consent,
    is_on_dnc,
)
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("07912 345678", "GB", "+447912345678"),
        ("+44 7912 345678", None, "+447912345678"),
        ("(312) 555-0100", "US", "+13125550100"),
    ],
)
def test_phone_parsing(raw, region, expected):
    assert parse_phone(raw, region).e164 == expected


@pytest.mark.parametrize("raw", ["", "hello", "+44 12", "07912 345678"])
def test_bad_phones_are_rejected_with_a_reason(raw):
    with pytest.raises(InvalidPhone) as excinfo:
        parse_phone(raw, None)
    assert str(excinfo.value)


def test_zone_implied_by_number():
    assert zone_for_phone("+13125550100") == "America/Chicago"
    assert zone_for_phone("+447912345678") == "Europe/London"


def test_find_or_create_reads_national_numbers_in_the_tenants_country(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact, created = contact_find_or_create(tenant=tenant_a, phone="07912 345678", first_name="Ann")
        again, created_again = contact_find_or_create(tenant=tenant_a, phone="+447912345678", last_name="Lee")
        assert created and not created_again
        assert again.pk == contact.pk and again.last_name == "Lee"
        assert Contact.objects.count() == 1


def test_contact_zone_falls_back_from_explicit_to_number_to_tenant(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        assert contact_timezone(ContactFactory(timezone="Asia/Tokyo"), tenant_a) == "Asia/Tokyo"
        assert contact_timezone(ContactFactory(phone="+13125550100"), tenant_a) == "America/Chicago"
        assert contact_timezone(ContactFactory(phone=None), tenant_a) == tenant_a.timezone


def test_status_transitions_are_checked_and_recorded(tenant_a, in_tenant, owner_a):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        contact = contact_set_status(
            contact=contact, status=LeadStatus.QUALIFIED, reason="budget ok", actor=owner_a.user
        )
        assert contact.status == "qualified"
        change = StatusChange.objects.get(contact=contact)
        assert (change.from_status, change.to_status, change.actor_label) == ("new", "qualified", owner_a.user.email)
        with pytest.raises(InvalidTransition):
            contact_set_status(contact=contact, status=LeadStatus.CALL_FAILED)
        assert Contact.objects.get(pk=contact.pk).status == "qualified"


def test_every_status_has_transitions():
    assert all(can_transition(status, status) for status in LeadStatus.values)
    assert not can_transition(LeadStatus.CONVERTED, LeadStatus.CALL_FAILED)


def test_dnc_marks_and_unmarks_contacts(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory(phone="+447911123456")
        dnc_add(phone="07911 123456", tenant=tenant_a, reason="asked")
        assert is_on_dnc("+447911123456")
        assert Contact.objects.get(pk=contact.pk).do_not_call
        dnc_remove(phone="+447911123456", tenant=tenant_a)
        assert not Contact.objects.get(pk=contact.pk).do_not_call


def test_dnc_is_per_tenant(tenant_a, tenant_b, in_tenant):
    with in_tenant(tenant_a):
        dnc_add(phone="+447911123457", tenant=tenant_a)
    with in_tenant(tenant_b):
        assert not is_on_dnc("+447911123457")


def test_latest_consent_wins(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact = ContactFactory()
        assert not has_consent(contact, "sms")
        consent_record(contact=contact, channel="sms", granted=True, source="web form", evidence="ticked box")
        assert has_consent(contact, "sms")
        consent_record(contact=contact, channel="sms", granted=False, source="sms_stop")
        assert not has_consent(contact, "sms")
