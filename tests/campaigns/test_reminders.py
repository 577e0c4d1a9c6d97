"""Appointment reminders: scheduled from bookings, moved into allowed hours, followed through moves and
cancellations, and fed back into the appointment."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from appointments.models import Appointment
from appointments.services import appointment_book, appointment_cancel, appointment_reschedule
from calls import services as call_services
from calls.models import Agent, Call
from campaigns import services
from campaigns.models import CampaignContact, ReminderSettings
from notifications.models import Notification
from tenants.models import Tenant
from tests.appointments.helpers import make_calendar
from tests.campaigns.helpers import tick, utc

pytestmark = pytest.mark.django_db

LONDON = "+442079460123"
CHICAGO = "+13125550123"


@pytest.fixture
def calendar(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))  # Wednesday noon, London
    with in_tenant(tenant_a):
        resource, kind = make_calendar(weekly={d: [] for d in range(7)})
    return resource, kind


def book(tenant, calendar, start, run_on_commit, phone=LONDON):
    resource, kind = calendar
    with run_on_commit():
        return appointment_book(
            tenant=tenant,
            appointment_type=kind,
            resource=resource,
            start_at=start,
            phone=phone,
            first_name="Ann",
            enforce_availability=False,
            notify=False,
        )


def reminders_of(appointment, state=None):
    rows = CampaignContact.objects.filter(appointment=appointment).order_by("reminder_number", "id")
    return list(rows.filter(state=state) if state else rows)


def test_a_booking_schedules_its_reminder_24_hours_before(tenant_a, in_tenant, calendar, run_on_commit):
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 15), run_on_commit)
        (reminder,) = reminders_of(appointment)
        campaign = reminder.campaign
    assert reminder.state == "queued"
    assert reminder.eligible_at == utc(2027, 1, 13, 15)
    assert reminder.expires_at == utc(2027, 1, 14, 14, 45)
    assert reminder.reason == "Reminder 1 due 15:00 (Europe/London), 24 h before"
    assert reminder.variables["appointment_time"] == "Thursday 14 January 2027 at 15:00 GMT"
    assert (campaign.type, campaign.status, campaign.is_automation) == ("reminder", "running", True)


def test_outside_business_hours_the_reminder_moves_earlier_to_the_last_allowed_time(
    tenant_a, in_tenant, calendar, run_on_commit
):
    with in_tenant(tenant_a):
        # Monday 10:00: 24 hours before is Sunday, closed; the last open moment is Friday before 17:00.
        appointment = book(tenant_a, calendar, utc(2027, 1, 18, 10), run_on_commit)
        (reminder,) = reminders_of(appointment)
    assert reminder.eligible_at == utc(2027, 1, 15, 16, 45)
    assert "moved earlier to stay within business and calling hours" in reminder.reason


def test_the_recipients_calling_hours_apply_too(tenant_a, in_tenant, calendar, run_on_commit):
    with in_tenant(tenant_a):
        # 14:00 in Chicago on Thursday; 24 hours before is 20:00 London time, after the business closes.
        # Open in both London (09-17) and Chicago (08-20 local = 14:00-02:00 UTC): 14:00-17:00 UTC.
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 20), run_on_commit, phone=CHICAGO)
        (reminder,) = reminders_of(appointment)
        early = book(tenant_a, calendar, utc(2027, 1, 15, 14, 30), run_on_commit, phone="+13125550124")
        (morning,) = reminders_of(early)
    assert reminder.eligible_at == utc(2027, 1, 13, 16, 45)
    # Friday 08:30 in Chicago: 24 hours before (Thu 14:30 UTC) is allowed in both places.
    assert morning.eligible_at == utc(2027, 1, 14, 14, 30)


def test_the_24_hours_are_real_hours_across_the_london_clock_change(tenant_a, in_tenant, run_on_commit, clock):
    clock(utc(2027, 3, 24, 12))
    everyday = {day: [["09:00", "17:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}
    Tenant.objects.filter(pk=tenant_a.pk).update(business_hours=everyday)
    with in_tenant(tenant_a):
        calendar = make_calendar(weekly={d: [] for d in range(7)})
        # Monday 29 March 09:00 BST is 08:00 UTC; 24 h before is Sunday 08:00 UTC = 09:00 BST, the opening.
        appointment = book(tenant_a, calendar, utc(2027, 3, 29, 8), run_on_commit)
        (reminder,) = reminders_of(appointment)
        # Sunday 28 March 09:30 BST (08:30 UTC): 24 h before is Saturday 08:30 GMT, before opening.
        sunday = book(tenant_a, calendar, utc(2027, 3, 28, 8, 30), run_on_commit, phone="+442079460124")
        (earlier,) = reminders_of(sunday)
    assert reminder.eligible_at == utc(2027, 3, 28, 8)
    assert earlier.eligible_at == utc(2027, 3, 26, 16, 45)


def test_a_late_booking_is_reminded_as_soon_as_allowed_never_after(tenant_a, in_tenant, calendar, run_on_commit):
    with in_tenant(tenant_a):
        soon = book(tenant_a, calendar, utc(2027, 1, 13, 15), run_on_commit)
        (asap,) = reminders_of(soon)
        tonight = book(tenant_a, calendar, utc(2027, 1, 13, 19), run_on_commit, phone="+442079460124")
        (late,) = reminders_of(tonight)
        nothing = book(tenant_a, calendar, utc(2027, 1, 13, 12, 10), run_on_commit, phone="+442079460125")
        (none,) = reminders_of(nothing)
    assert (asap.state, asap.eligible_at) == ("queued", utc(2027, 1, 13, 12))
    assert (late.state, late.eligible_at) == ("queued", utc(2027, 1, 13, 12))
    assert none.state == "skipped"
    assert none.reason == "No time within business hours and the recipient's calling hours before the appointment"


def test_moving_an_appointment_moves_its_reminder_and_cancelling_cancels_it(
    tenant_a, in_tenant, calendar, run_on_commit
):
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 15), run_on_commit)
        with run_on_commit():
            appointment_reschedule(appointment=appointment, start_at=utc(2027, 1, 15, 11), enforce_availability=False)
        old, new = reminders_of(appointment)
        assert (old.state, old.reason) == ("cancelled", "The appointment moved; its reminder moved with it")
        assert (new.state, new.eligible_at) == ("queued", utc(2027, 1, 14, 11))
        with run_on_commit():
            appointment_cancel(appointment=Appointment.objects.get(pk=appointment.pk), reason="ill")
        states = [(r.state, r.reason) for r in reminders_of(appointment)]
    assert states == [
        ("cancelled", "The appointment moved; its reminder moved with it"),
        ("cancelled", "The appointment was cancelled"),
    ]


def test_a_second_reminder_comes_after_the_first(tenant_a, in_tenant, calendar, run_on_commit):
    with in_tenant(tenant_a):
        services.reminder_settings_update(tenant=tenant_a, second_enabled=True, second_hours_before=3)
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 15), run_on_commit)
        first, second = reminders_of(appointment)
    assert (first.reminder_number, first.eligible_at) == (1, utc(2027, 1, 13, 15))
    assert (second.reminder_number, second.eligible_at) == (2, utc(2027, 1, 14, 12))


def test_switching_reminders_off_cancels_the_queued_ones(tenant_a, in_tenant, calendar, run_on_commit):
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 15), run_on_commit)
        with run_on_commit():
            services.reminder_settings_update(tenant=tenant_a, enabled=False)
        (reminder,) = reminders_of(appointment)
        with run_on_commit():
            services.reminder_settings_update(tenant=tenant_a, enabled=True, hours_before=6)
        rows = reminders_of(appointment, state="queued")
    assert (reminder.state, reminder.reason) == ("cancelled", "Reminders are switched off")
    assert [r.eligible_at for r in rows] == [utc(2027, 1, 14, 9)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"hours_before": 0}, "hours_before"),
        ({"hours_before": 169}, "hours_before"),
        ({"hours_before": "a day"}, "hours_before"),
        ({"second_enabled": True, "second_hours_before": 30}, "second_hours_before"),
        ({"enabled": "yes"}, "enabled"),
        ({"agent": 999999}, "agent"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_reminder_settings_are_refused_and_change_nothing(tenant_a, in_tenant, changes, field):
    with in_tenant(tenant_a):
        before = services.reminder_settings_payload()
        with pytest.raises(ValidationError) as error:
            services.reminder_settings_update(tenant=tenant_a, **changes)
        assert services.reminder_settings_payload() == before
    assert field in error.value.message_dict


@pytest.fixture
def reminder_agent(tenant_a, in_tenant, run_on_commit):
    with in_tenant(tenant_a), run_on_commit():
        agent = call_services.agent_create(
            tenant=tenant_a, data={"purpose": Agent.Purpose.REMINDER, "name": "Reminder"}
        )
        call_services.agent_publish(tenant=tenant_a, agent=agent)
        agent.refresh_from_db()
        call_services.number_provision(tenant=tenant_a, area_code="415", outbound_agent=agent)
        ReminderSettings.objects.update_or_create(singleton=True, defaults={"agent": agent})
    return agent


def test_the_reminder_call_confirms_the_appointment(
    tenant_a, in_tenant, calendar, run_on_commit, reminder_agent, outcomes
):
    outcomes("confirmed")
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 13, 16), run_on_commit)
        tick(tenant_a, run_on_commit)
        appointment.refresh_from_db()
        (reminder,) = reminders_of(appointment)
        call = Call.objects.get(pk=reminder.last_call_id)
    assert call.agent_id == reminder_agent.pk
    assert "Wednesday 13 January 2027 at 16:00 GMT" in call.transcript
    assert (reminder.state, reminder.final_outcome) == ("done", "confirmed")
    assert appointment.status == "confirmed"


def test_a_reschedule_request_is_noted_on_the_appointment(
    tenant_a, in_tenant, calendar, run_on_commit, reminder_agent, outcomes
):
    outcomes("reschedule_requested")
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 13, 16), run_on_commit)
        tick(tenant_a, run_on_commit)
        appointment.refresh_from_db()
    assert "Asked to reschedule on the reminder call" in appointment.notes


def test_a_cancellation_on_the_call_cancels_the_appointment(tenant_a, in_tenant, calendar, run_on_commit):
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 15), run_on_commit)
        (reminder,) = reminders_of(appointment)
        with run_on_commit():
            services.reminder_apply_outcome(
                tenant=tenant_a, target=reminder, status="completed", outcome="cancelled", final=True
            )
        appointment.refresh_from_db()
    assert (appointment.status, appointment.cancellation_reason) == ("cancelled", "Cancelled on the reminder call")


def test_an_unreachable_contact_gets_the_reminder_by_text(
    tenant_a, in_tenant, calendar, run_on_commit, reminder_agent, outcomes, clock
):
    outcomes("no_answer")
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 16), run_on_commit)
        clock(utc(2027, 1, 13, 16))
        tick(tenant_a, run_on_commit)
        (reminder,) = reminders_of(appointment)
        assert (reminder.state, reminder.eligible_at) == ("queued", utc(2027, 1, 14, 0))
        clock(utc(2027, 1, 14, 9))
        tick(tenant_a, run_on_commit)
        (reminder,) = reminders_of(appointment)
        texts = list(Notification.objects.filter(appointment=appointment, channel="sms").values_list("kind", flat=True))
    assert (reminder.state, reminder.attempts, reminder.final_outcome) == ("done", 2, "no_answer")
    assert reminder.reason.endswith("reminder sent by text instead")
    assert texts == ["appointment.reminder"]


def test_a_reminder_is_never_made_after_the_appointment(
    tenant_a, in_tenant, calendar, run_on_commit, reminder_agent, clock
):
    with in_tenant(tenant_a):
        appointment = book(tenant_a, calendar, utc(2027, 1, 14, 15), run_on_commit)
        clock(utc(2027, 1, 14, 15, 5))
        tick(tenant_a, run_on_commit)
        (reminder,) = reminders_of(appointment)
        calls = Call.objects.count()
    assert (reminder.state, reminder.reason) == ("skipped", "The appointment came before the reminder could be made")
    assert calls == 0


def test_timings_move_with_the_settings(tenant_a, in_tenant, clock):
    clock(utc(2027, 1, 13, 12))
    with in_tenant(tenant_a):
        campaign = services.reminder_campaign()
        from tests.contacts.factories import ContactFactory

        contact = ContactFactory(phone=LONDON)
        when, why = services.reminder_time(
            tenant=tenant_a,
            contact=contact,
            campaign=campaign,
            appointment_start=utc(2027, 1, 20, 10),
            hours_before=48,
            now=utc(2027, 1, 13, 12),
        )
    assert (when, why) == (utc(2027, 1, 18, 10), "")
    assert timedelta(hours=48) == utc(2027, 1, 20, 10) - when
