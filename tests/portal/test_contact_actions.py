"""A contact's page offers call, book and text (as the role allows) and lists the contact's appointments."""

from datetime import timedelta

import pytest
from django.utils import timezone

from appointments.models import Appointment
from notifications.models import Notification
from tests.appointments.factories import AppointmentTypeFactory, ResourceFactory
from tests.contacts.factories import ContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def patient(owner_a, in_tenant):
    with in_tenant(owner_a.tenant):
        contact = ContactFactory(phone="+447911123456", first_name="Olivia", last_name="Bennett")
        start = timezone.now() + timedelta(days=2)
        Appointment.objects.create(
            contact=contact,
            resource=ResourceFactory(name="Dr Rivera"),
            appointment_type=AppointmentTypeFactory(name="Check-up"),
            start_at=start,
            end_at=start + timedelta(minutes=30),
        )
    return contact


def test_the_owner_can_call_book_and_text_from_the_contact_page(owner_a, portal, patient):
    page = portal(owner_a).get(f"/contacts/{patient.pk}/").content.decode()
    assert f'href="/calls/?contact={patient.pk}#place-call"' in page
    assert f'href="/calendar/new/?contact={patient.pk}"' in page
    assert f'action="/messages/text/{patient.pk}/"' in page
    assert "Dr Rivera" in page and "Check-up" in page


def test_a_viewer_sees_the_appointments_but_no_actions(viewer_a, portal, patient):
    page = portal(viewer_a).get(f"/contacts/{patient.pk}/").content.decode()
    assert "Check-up" in page
    assert "?contact=" not in page
    assert "/messages/text/" not in page


def test_the_call_and_book_links_arrive_prefilled(owner_a, portal, patient, in_tenant, settings):
    from calls import services as call_services
    from tests.voice_sandbox import use_sandbox

    use_sandbox(settings)
    with in_tenant(owner_a.tenant):
        agent = call_services.agent_create(tenant=owner_a.tenant, data={"purpose": "qualifier"})
        call_services.agent_publish(tenant=owner_a.tenant, agent=agent)
        agent.refresh_from_db()
        call_services.number_provision(tenant=owner_a.tenant, area_code="415", outbound_agent=agent)
    client = portal(owner_a)
    assert f'<option value="{patient.pk}" selected>' in client.get(f"/calls/?contact={patient.pk}").content.decode()
    form = client.get(f"/calendar/new/?contact={patient.pk}").content.decode()
    assert 'value="Olivia"' in form and 'value="+447911123456"' in form


def test_a_text_is_logged_and_queued(owner_a, portal, patient, in_tenant):
    response = portal(owner_a).post(f"/messages/text/{patient.pk}/", {"body": "Your results are ready."})
    assert response.status_code == 302
    with in_tenant(owner_a.tenant):
        message = Notification.objects.get()
    assert (message.channel, message.recipient, message.kind) == ("sms", "+447911123456", "contact.message")


def test_an_empty_text_is_refused_and_nothing_is_logged(owner_a, portal, patient, in_tenant):
    portal(owner_a).post(f"/messages/text/{patient.pk}/", {"body": "  "})
    with in_tenant(owner_a.tenant):
        assert not Notification.objects.exists()


def test_a_viewer_cannot_text(viewer_a, portal, patient, in_tenant):
    assert portal(viewer_a).post(f"/messages/text/{patient.pk}/", {"body": "Hi"}).status_code == 403
    with in_tenant(viewer_a.tenant):
        assert not Notification.objects.exists()
