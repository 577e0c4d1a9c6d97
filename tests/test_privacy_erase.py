"""GDPR across apps: a contact with calls, messages, appointments and campaign rows is exported,
shown on one timeline, and erased from every tenant table."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.db import connection

from appointments.services import appointment_book
from calls import services as call_services
from calls.models import Agent, Call
from campaigns.models import CallAttempt, CampaignContact
from contacts.selectors import contact_timeline
from contacts.services import contact_erase, contact_gdpr_export
from notifications.models import InboundMessage, Notification, SandboxMessage
from notifications.services import inbound_simulate
from tests.appointments.helpers import make_calendar
from tests.campaigns.helpers import running_campaign, tick
from tests.contacts.factories import ContactFactory
from tests.voice_sandbox import deliver_through_test_client, use_sandbox

pytestmark = pytest.mark.django_db

WEDNESDAY_NOON = datetime(2027, 1, 13, 12, 0, tzinfo=UTC)
FIRST, LAST = "Zebediah", "Quillfeather"
PHONE = "+442079460177"
EMAIL = "zebediah.quill@example.org"
# What must not survive anywhere: the name, the email, and the number in any format that keeps its digits.
NEEDLES = (FIRST, LAST, EMAIL, PHONE[1:], PHONE[3:])


@pytest.fixture
def person(tenant_a, in_tenant, run_on_commit, settings, monkeypatch):
    """One person the business called (campaign), booked, messaged, and heard back from."""
    use_sandbox(settings)
    settings.SANDBOX_OUTCOME_WEIGHTS = "confirmed=1"  # a full conversation: transcript, analysis, recording
    deliver_through_test_client(monkeypatch)
    with time_machine.travel(WEDNESDAY_NOON, tick=True), in_tenant(tenant_a):
        with run_on_commit():
            agent = call_services.agent_create(tenant=tenant_a, data={"purpose": Agent.Purpose.QUALIFIER, "name": "Q"})
            call_services.agent_publish(tenant=tenant_a, agent=agent)
            agent.refresh_from_db()
            call_services.number_provision(tenant=tenant_a, area_code="415", outbound_agent=agent)
            contact = ContactFactory(
                first_name=FIRST, last_name=LAST, phone=PHONE, email=EMAIL, tags=["erase-me"], timezone="Europe/London"
            )
            running_campaign(agent=agent, tag="erase-me", variables={"greeting_name": "{{first_name}}"})
        tick(tenant_a, run_on_commit)
        resource, kind = make_calendar()
        with run_on_commit():
            appointment_book(
                tenant=tenant_a,
                appointment_type=kind,
                resource=resource,
                contact=contact,
                start_at=WEDNESDAY_NOON + timedelta(days=6, hours=-2),
                notes=f"{FIRST} {LAST} prefers mornings; email {EMAIL}",
                enforce_availability=False,
            )
        with run_on_commit():
            inbound_simulate(tenant=tenant_a, from_number=PHONE, body=f"Thanks, this is {FIRST}")
    return contact


def tenant_rows_mentioning(schema: str, needles) -> list[tuple[str, str, str]]:
    """(table, column, needle) for every text, character or JSON column of the schema that holds a needle."""
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT table_name, column_name FROM information_schema.columns
               JOIN information_schema.tables USING (table_schema, table_name)
               WHERE table_schema = %s AND table_type = 'BASE TABLE'
                 AND (data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector')
                      OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))""",
            [schema],
        )
        columns = cursor.fetchall()
        assert len(columns) > 50  # every app's tables, not an empty schema
        found = []
        for table, column in columns:
            for needle in needles:
                cursor.execute(
                    f'SELECT 1 FROM "{schema}"."{table}" WHERE "{column}"::text ILIKE %s LIMIT 1', [f"%{needle}%"]
                )
                if cursor.fetchone():
                    found.append((table, column, needle))
    return found


def test_the_person_is_in_every_app_before_erasure(person, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        assert Call.objects.filter(contact=person).exists()
        assert CampaignContact.objects.filter(contact=person).count() >= 2  # the campaign and the reminder
        assert CallAttempt.objects.filter(contact=person).exists()
        assert Notification.objects.filter(contact=person).exists()
        assert InboundMessage.objects.filter(contact=person).exists()
        assert SandboxMessage.objects.filter(to=PHONE).exists()
        found = {table for table, _, _ in tenant_rows_mentioning(tenant_a.schema_name, NEEDLES)}
    # The search sees the person where each app keeps them (so its silence after erasure means something).
    assert {"contacts_contact", "calls_call", "notifications_notification", "appointments_appointment"} <= found
    assert any(m.to == [EMAIL] for m in mail.outbox)


def test_the_timeline_shows_calls_messages_and_appointments(person, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        kinds = {entry.kind for entry in contact_timeline(person)}
    assert {"call", "message", "appointment"} <= kinds


def test_the_export_holds_what_every_app_keeps(person, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        data = contact_gdpr_export(contact=person, tenant=tenant_a)
    assert data["calls"] and data["calls"][0]["to_number"] == PHONE and data["calls"][0]["transcript"]
    assert data["appointments"][0]["notes"].startswith(FIRST)
    assert {m["channel"] for m in data["messages"]["sent"]} == {"email", "sms"}
    assert data["messages"]["received"][0]["body"] == f"Thanks, this is {FIRST}"
    assert {row["campaign"] for row in data["campaigns"]} >= {"Spring offer"}


def test_erasure_leaves_the_person_in_no_tenant_table(person, tenant_a, in_tenant):
    with in_tenant(tenant_a):
        contact_erase(contact=person, tenant=tenant_a, reason="asked by email")
        remaining = tenant_rows_mentioning(tenant_a.schema_name, NEEDLES)
        # The rows statistics and billing rely on stay, anonymised.
        call = Call.objects.get(contact=person)
        assert call.status == "completed" and call.duration_ms and call.transcript == ""
        assert CampaignContact.objects.filter(contact=person).count() >= 2
        assert Notification.objects.filter(contact=person).exists()
        timeline_kinds = {entry.kind for entry in contact_timeline(person)}
    assert remaining == []
    assert "call" in timeline_kinds
