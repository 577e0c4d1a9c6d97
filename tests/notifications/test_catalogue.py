"""The event catalogue: each internal event becomes the documented public events, recorded with the change."""

from dataclasses import dataclass

import pytest

from appointments.events import AppointmentChanged
from calls.events import CallFinished
from campaigns.events import CampaignStatusChanged
from contacts.events import LeadStatusChanged
from notifications import catalogue
from notifications.models import OutboundEvent
from notifications.outbound import services
from tests.appointments.factories import AppointmentFactory
from tests.calls.factories import CallFactory
from tests.campaigns.factories import CampaignFactory
from tests.contacts.factories import ContactFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db


@pytest.fixture
def endpoint(tenant_a, in_tenant):
    with in_tenant(tenant_a):
        services.endpoint_create(url="https://hooks.example.com/all", events=["*"])


def _types():
    return sorted(OutboundEvent.objects.values_list("type", flat=True))


def test_every_public_event_has_a_documented_versioned_sample():
    for name, event in catalogue.EVENT_TYPES.items():
        assert event.version >= 1 and event.summary
        assert set(event.sample) <= set(event.fields), name


def test_a_finished_analyzed_call_is_completed_and_analyzed(tenant_a, in_tenant, endpoint):
    from calls.models import Call

    with in_tenant(tenant_a):
        contact = ContactFactory()
        call = CallFactory(
            status="completed", outcome="confirmed", contact=contact, stage=Call.Stage.ANALYZED, summary="Confirmed."
        )
        events.publish(CallFinished.of(call, schema_name=tenant_a.schema_name))
        assert _types() == ["call.analyzed", "call.completed"]
        payload = OutboundEvent.objects.get(type="call.completed").payload
        assert payload["data"]["call_id"] == call.pk and payload["data"]["contact_id"] == contact.pk
        assert payload["data"]["summary"] == "Confirmed." and payload["version"] == 1
        unanswered = CallFactory(status="no_answer", stage=Call.Stage.ENDED)
        events.publish(CallFinished.of(unanswered, schema_name=tenant_a.schema_name))
        assert _types().count("call.failed") == 1


@pytest.mark.parametrize(
    ("kind", "public"),
    [
        ("created", "appointment.created"),
        ("rescheduled", "appointment.updated"),
        ("cancelled", "appointment.cancelled"),
        ("confirmed", "appointment.updated"),
    ],
)
def test_appointment_changes(tenant_a, in_tenant, endpoint, kind, public):
    with in_tenant(tenant_a):
        appointment = AppointmentFactory()
        events.publish(AppointmentChanged(appointment_id=appointment.pk, kind=kind, start_at=appointment.start_at))
        assert public in _types()
        data = OutboundEvent.objects.get(type=public).payload["data"]
        assert data["appointment_id"] == appointment.pk and data["change"] == kind


def test_lead_status_and_qualification(tenant_a, in_tenant, endpoint):
    with in_tenant(tenant_a):
        events.publish(LeadStatusChanged(contact_id=1, from_status="calling", to_status="follow_up"))
        events.publish(LeadStatusChanged(contact_id=1, from_status="calling", to_status="qualified"))
        assert _types() == ["lead.qualified", "lead.status_changed", "lead.status_changed"]


@pytest.mark.parametrize(
    ("from_status", "to_status", "public"),
    [
        ("scheduled", "running", "campaign.started"),
        ("running", "paused", "campaign.paused"),
        ("running", "completed", "campaign.completed"),
        ("paused", "running", None),
    ],
)
def test_campaign_transitions(tenant_a, in_tenant, endpoint, from_status, to_status, public):
    with in_tenant(tenant_a):
        campaign = CampaignFactory()
        events.publish(CampaignStatusChanged(campaign_id=campaign.pk, from_status=from_status, to_status=to_status))
        assert _types() == ([public] if public else [])


def test_events_of_apps_that_land_later_are_mapped_by_their_own_fields(tenant_a, in_tenant, endpoint):
    @dataclass(frozen=True, kw_only=True)
    class BalanceLow(events.Event):
        balance: str
        currency: str

    BalanceLow.__module__, BalanceLow.__qualname__ = "billing.events", "BalanceLow"
    with in_tenant(tenant_a):
        found = catalogue.public_events_of(BalanceLow(balance="4.20", currency="GBP"))
    assert found == [("balance.low", {"balance": "4.20", "currency": "GBP"})]


def test_sources_subscribe_only_to_classes_that_exist():
    loaded = {f"{c.__module__}.{c.__qualname__}" for c in catalogue.available_sources()}
    assert "calls.events.CallFinished" in loaded
    assert all(catalogue.load(s.path) is not None for s in catalogue.SOURCES if s.path in loaded)
    assert catalogue.load("nowhere.events.Missing") is None
