"""A lead becomes converted only with the evidence that defines it: a booking or an explicit conversion."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tenants.utils import schema_context

from appointments.models import Appointment
from calls.models import Call, FunctionCall
from tests.appointments.factories import AppointmentTypeFactory, ResourceFactory
from tests.calls.helpers import call_object, event_body, post_event
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


def confirmed(**extra):
    return event_body("call_analyzed", call_object(stage="analyzed", direction="outbound", **extra))


def test_a_confirmation_with_no_appointment_behind_it_does_not_convert_the_lead(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
    with run_on_commit():
        post_event(public_client, tenant_a, confirmed())
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
        call = Call.objects.get()
    assert call.outcome == "confirmed"
    assert contact.status == "follow_up"
    assert "no appointment or booking backs it" in call.lead_status_note


def test_a_reminder_confirming_the_contacts_real_appointment_converts(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
        resource = ResourceFactory()
        start = timezone.now() + timedelta(days=1)
        appointment = Appointment.objects.create(
            contact=contact,
            resource=resource,
            appointment_type=AppointmentTypeFactory(),
            start_at=start,
            end_at=start + timedelta(minutes=30),
        )
    with run_on_commit():
        post_event(public_client, tenant_a, confirmed(metadata={"appointment_id": appointment.pk}))
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
    assert contact.status == "converted"


def test_another_persons_appointment_is_no_evidence(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
        other = ContactFactory(phone="+447911123999")
        start = timezone.now() + timedelta(days=1)
        appointment = Appointment.objects.create(
            contact=other, resource=ResourceFactory(), start_at=start, end_at=start + timedelta(minutes=30)
        )
    with run_on_commit():
        post_event(public_client, tenant_a, confirmed(metadata={"appointment_id": appointment.pk}))
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
    assert contact.status == "follow_up"


def test_a_booking_made_during_the_call_converts(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
        FunctionCall.objects.create(
            provider_call_id="call_abc123", name="book_appointment", args={}, response={"ok": True, "booking_id": "1"}
        )
    with run_on_commit():
        post_event(public_client, tenant_a, confirmed())
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
    assert contact.status == "converted"


def test_a_refused_booking_is_no_evidence(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
        FunctionCall.objects.create(
            provider_call_id="call_abc123", name="book_appointment", args={}, response={"error": "slot_taken"}
        )
    with run_on_commit():
        post_event(public_client, tenant_a, confirmed())
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
    assert contact.status == "follow_up"
