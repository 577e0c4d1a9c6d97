"""Webhook ingest: verification, raw storage, idempotency, ordering, mapping onto the call and the contact."""

import dataclasses
import json
import time

import pytest
from django.db import connection
from django_tenants.utils import schema_context

from calls import services
from calls.events import CallFinished
from calls.models import Call, WebhookEvent
from contacts.models import Contact, StatusChange
from tenants.services import hook_token_rotate, tenant_suspend
from tests.calls.helpers import call_object, event_body, post_event, signature
from tests.contacts.factories import ContactFactory
from voiceplatform import events

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished():
    received = []

    def receiver(event):
        received.append(dataclasses.asdict(event))

    events.subscribe(CallFinished, receiver)
    yield received
    events.unsubscribe(CallFinished, receiver)


def counts(tenant):
    with schema_context(tenant.schema_name):
        return Call.objects.count(), WebhookEvent.objects.count()


def test_a_signed_event_is_stored_and_answered_with_204(public_client, tenant_a):
    body = event_body("call_started", call_object(stage="started"))
    response = post_event(public_client, tenant_a, body)
    assert response.status_code == 204
    with schema_context(tenant_a.schema_name):
        event = WebhookEvent.objects.get()
    assert (event.event, event.call_id, event.body, event.deliveries) == ("call_started", "call_abc123", body, 1)


@pytest.mark.parametrize(
    "sig",
    [
        "",  # unsigned
        "v=1,d=abc",  # malformed
        "garbage",
    ],
)
def test_unsigned_or_malformed_signatures_are_401_and_change_nothing(public_client, tenant_a, sig):
    body = event_body("call_ended", call_object())
    before = counts(tenant_a)
    response = post_event(public_client, tenant_a, body, sig=sig)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "invalid_signature"
    assert counts(tenant_a) == before


def test_forged_signature_is_401(public_client, tenant_a):
    body = event_body("call_ended", call_object())
    response = post_event(public_client, tenant_a, body, sig=signature(body, key="key_not_the_real_one_000000"))
    assert response.status_code == 401
    assert counts(tenant_a) == (0, 0)


def test_a_signature_over_a_different_body_is_401(public_client, tenant_a):
    body = event_body("call_ended", call_object())
    tampered = body.replace("agent_hangup", "user_hangup")
    response = post_event(public_client, tenant_a, tampered, sig=signature(body))
    assert response.status_code == 401
    assert counts(tenant_a) == (0, 0)


@pytest.mark.parametrize("minutes", [-6, 6])
def test_stale_or_future_signatures_are_401(public_client, tenant_a, minutes):
    body = event_body("call_ended", call_object())
    stamp = int(time.time() * 1000) + minutes * 60_000
    response = post_event(public_client, tenant_a, body, sig=signature(body, timestamp=stamp))
    assert response.status_code == 401
    assert counts(tenant_a) == (0, 0)


def test_non_ascii_transcripts_verify_against_the_raw_body(public_client, tenant_a, run_on_commit):
    call = call_object(stage="analyzed", transcript="Agent: Grüß Gott — ¿qué tal? 你好")
    body = event_body("call_analyzed", call)
    with run_on_commit():
        assert post_event(public_client, tenant_a, body).status_code == 204
    with schema_context(tenant_a.schema_name):
        assert Call.objects.get().transcript == "Agent: Grüß Gott — ¿qué tal? 你好"


def test_unknown_or_rotated_token_is_404(public_client, tenant_a, monkeypatch):
    from calls.voice import hook_token

    body = event_body("call_ended", call_object())
    assert post_event(public_client, tenant_a, body, token="nope").status_code == 404
    old = hook_token(tenant_a)
    assert post_event(public_client, tenant_a, body, token=old).status_code == 204
    hook_token_rotate(tenant=tenant_a, purpose="retell")
    assert post_event(public_client, tenant_a, body, token=old).status_code == 204  # cached for a few seconds
    later = time.monotonic() + 6
    monkeypatch.setattr("calls.webhooks.time.monotonic", lambda: later)
    assert post_event(public_client, tenant_a, body, token=old).status_code == 404
    assert post_event(public_client, tenant_a, body).status_code == 204


def test_a_suspended_tenant_gets_nothing_processed(public_client, tenant_a):
    tenant_suspend(tenant=tenant_a, reason="unpaid")
    response = post_event(public_client, tenant_a, event_body("call_ended", call_object()))
    assert response.status_code == 403
    assert counts(tenant_a) == (0, 0)


@pytest.mark.parametrize(
    "body",
    [
        '{"event": "call_ended"}',
        '{"event": "call_ended", "call": {"call_id": ""}}',
        '{"event": "call_ended", "call": {"call_id": "has spaces"}}',
        '{"call": {"call_id": "x"}}',
        "[1, 2]",
        "not json",
    ],
)
def test_signed_but_malformed_bodies_are_400(public_client, tenant_a, body):
    response = post_event(public_client, tenant_a, body)
    assert response.status_code == 400
    assert counts(tenant_a) == (0, 0)


def test_unsubscribed_events_are_acknowledged_and_not_stored(public_client, tenant_a):
    response = post_event(public_client, tenant_a, event_body("transcript_updated", call_object(stage="started")))
    assert response.status_code == 202
    assert counts(tenant_a) == (0, 0)


def test_only_post_is_allowed(public_client, tenant_a):
    from calls.voice import hook_token

    assert public_client.get(f"/hooks/retell/{hook_token(tenant_a)}/").status_code == 405


def test_ten_duplicate_deliveries_have_one_effect(public_client, tenant_a, run_on_commit, finished):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
    body = event_body("call_analyzed", call_object(stage="analyzed", direction="outbound"))
    with run_on_commit():
        for _ in range(10):
            assert post_event(public_client, tenant_a, body).status_code == 204
    with schema_context(tenant_a.schema_name):
        call = Call.objects.get()
        event = WebhookEvent.objects.get()
        changes = list(StatusChange.objects.filter(contact=contact).values_list("to_status", flat=True))
        contact.refresh_from_db()
    assert changes == ["follow_up"]
    assert event.deliveries == 10
    assert event.status == "processed"
    assert call.contact_id == contact.pk
    assert contact.status == "follow_up"
    assert len(finished) == 1


def test_processing_the_same_event_twice_changes_nothing(tenant_a, in_tenant, run_on_commit, finished):
    with in_tenant(tenant_a):
        body = event_body("call_analyzed", call_object(stage="analyzed"))
        event_id, _ = services.webhook_event_store(event="call_analyzed", call_id="call_abc123", body=body)
        with run_on_commit():
            services.webhook_event_process(event_id=event_id, tenant_schema=tenant_a.schema_name)
            WebhookEvent.objects.filter(pk=event_id).update(status="pending")
            services.webhook_event_process(event_id=event_id, tenant_schema=tenant_a.schema_name)
        assert Call.objects.count() == 1
    assert len(finished) == 1


FIELDS = (
    "status",
    "outcome",
    "transcript",
    "transcript_turns",
    "summary",
    "sentiment",
    "analysis",
    "duration_ms",
    "recording_url",
    "provider_cost_cents",
    "disconnection_reason",
    "stage",
)


def _final_state(tenant, events, public_client, run_on_commit):
    with run_on_commit():
        for event, call in events:
            assert post_event(public_client, tenant, event_body(event, call)).status_code == 204
    with schema_context(tenant.schema_name):
        call = Call.objects.get()
        state = {field: getattr(call, field) for field in FIELDS}
        Call.objects.all().delete()
        WebhookEvent.objects.all().delete()
    return state


def test_out_of_order_events_end_in_the_same_state(public_client, tenant_a, run_on_commit, finished):
    started = call_object(stage="started")
    ended = call_object(stage="ended", start_timestamp=started["start_timestamp"])
    analyzed = {**ended, "call_analysis": call_object(stage="analyzed")["call_analysis"]}
    in_order = _final_state(
        tenant_a,
        [("call_started", started), ("call_ended", ended), ("call_analyzed", analyzed)],
        public_client,
        run_on_commit,
    )
    reversed_order = _final_state(
        tenant_a,
        [("call_analyzed", analyzed), ("call_ended", ended), ("call_started", started)],
        public_client,
        run_on_commit,
    )
    assert in_order == reversed_order
    assert in_order["status"] == "completed"
    assert in_order["outcome"] == "confirmed"
    assert in_order["transcript_turns"][0] == {
        "role": "agent",
        "content": "Hello, can I help?",
        "start": 0.5,
        "end": 0.9,
    }
    assert len(finished) == 2  # once per call


def test_call_finished_waits_for_the_analysis_of_a_connected_call(public_client, tenant_a, run_on_commit, finished):
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_ended", call_object()))
    assert finished == []
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_analyzed", call_object(stage="analyzed")))
    assert [f["status"] for f in finished] == ["completed"]
    assert finished[0]["schema_name"] == tenant_a.schema_name


def test_a_call_that_never_connected_finishes_at_call_ended(public_client, tenant_a, run_on_commit, finished):
    call = call_object(direction="outbound", call_status="not_connected", disconnection_reason="dial_no_answer")
    call.pop("transcript_object")
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_ended", call))
    assert [f["status"] for f in finished] == ["no_answer"]
    assert finished[0]["retryable"] is True
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_analyzed", {**call, "call_analysis": {}}))
    assert len(finished) == 1


def test_the_call_object_maps_onto_the_call(public_client, tenant_a, in_tenant, run_on_commit, voice):
    with in_tenant(tenant_a):
        version = voice.agent.published_version
        call = call_object(
            stage="analyzed",
            direction="outbound",
            agent_id=voice.agent.provider_agent_id,
            agent_version=version.provider_version,
            from_number=voice.number.number,
            to_number=voice.contact.phone,
            metadata={"campaign_id": 5, "campaign_attempt_id": 9, "anything": "kept"},
            retell_llm_dynamic_variables={"first_name": "Jane"},
            transfer_destination="",
        )
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_analyzed", call))
    with in_tenant(tenant_a):
        row = Call.objects.get()
        assert row.agent_id == voice.agent.pk
        assert row.agent_version_id == version.pk
        assert row.phone_number_id == voice.number.pk
        assert row.contact_id == voice.contact.pk
        assert (row.campaign_id, row.campaign_attempt_id) == (5, 9)
        assert row.metadata["anything"] == "kept"
        assert row.dynamic_variables == {"first_name": "Jane"}
        assert row.duration_ms == 30_000
        assert str(row.provider_cost_cents) == "12.5000"
        assert (row.summary, row.sentiment, row.successful) == ("The caller confirmed.", "Positive", True)
        assert row.started_at is not None and row.ended_at is not None
        assert row.finished_at is not None


def test_an_unknown_inbound_caller_becomes_a_lead(public_client, tenant_a, run_on_commit):
    call = call_object(stage="analyzed", from_number="+447922334455")
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_analyzed", call))
    with schema_context(tenant_a.schema_name):
        contact = Contact.objects.get(phone="+447922334455")
        row = Call.objects.get()
    assert contact.source == "call"
    assert row.contact_id == contact.pk
    assert row.direction == "inbound"
    assert "New lead" in row.lead_status_note


def test_an_unknown_outbound_number_is_not_added_as_a_contact(public_client, tenant_a, run_on_commit):
    call = call_object(stage="analyzed", direction="outbound", to_number="+447933445566")
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_analyzed", call))
    with schema_context(tenant_a.schema_name):
        assert not Contact.objects.filter(phone="+447933445566").exists()
        assert Call.objects.get().contact_id is None


def test_an_anonymous_caller_id_is_recorded_without_a_contact(public_client, tenant_a, run_on_commit):
    with run_on_commit():
        post_event(
            public_client, tenant_a, event_body("call_analyzed", call_object(stage="analyzed", from_number="anonymous"))
        )
    with schema_context(tenant_a.schema_name):
        row = Call.objects.get()
    assert row.contact_id is None
    assert "not a dialable number" in row.note


def test_call_started_puts_the_contact_in_call(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
    with run_on_commit():
        post_event(
            public_client, tenant_a, event_body("call_started", call_object(stage="started", direction="outbound"))
        )
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
        assert contact.status == "in_call"
        assert Call.objects.get().status == "in_progress"


def test_a_transition_the_table_forbids_is_recorded_not_forced(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="new")
    call = call_object(direction="outbound", call_status="not_connected", disconnection_reason="dial_busy")
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_ended", call))
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
        row = Call.objects.get()
    assert contact.status == "new"
    assert row.lead_status_note == "Kept new: new → unresponsive is not allowed."


def test_the_status_change_says_why(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
    with run_on_commit():
        post_event(
            public_client, tenant_a, event_body("call_analyzed", call_object(stage="analyzed", direction="outbound"))
        )
    with schema_context(tenant_a.schema_name):
        change = StatusChange.objects.filter(contact=contact).first()
        row = Call.objects.get()
    assert (change.from_status, change.to_status, change.actor_label) == ("calling", "follow_up", "calls")
    assert change.reason == f"Call {row.pk}: Completed, confirmed"
    assert "Not marked converted" in row.lead_status_note


def test_qualifier_answers_land_on_the_contact(public_client, tenant_a, run_on_commit):
    with schema_context(tenant_a.schema_name):
        contact = ContactFactory(phone="+447911123456", status="calling")
    call = call_object(stage="analyzed", direction="outbound")
    call["call_analysis"]["custom_analysis_data"] = {"interest_level": "high", "budget": "5000", "qualified": True}
    with run_on_commit():
        post_event(public_client, tenant_a, event_body("call_analyzed", call))
    with schema_context(tenant_a.schema_name):
        contact.refresh_from_db()
    assert contact.status == "qualified"
    assert contact.lead_score == 90
    assert contact.qualification == {"interest_level": "high", "budget": "5000", "qualified": True}


def test_the_key_of_the_account_that_owns_the_agent_verifies(public_client, tenant_a, in_tenant, voice, run_on_commit):
    own_key = "key_tenant_own_account_123456"
    with in_tenant(tenant_a):
        services.voice_key_set(tenant=tenant_a, api_key=own_key)
        services.agent_publish(tenant=tenant_a, agent=voice.agent)
        voice.agent.refresh_from_db()
        assert voice.agent.provider_account == "tenant"
    body = event_body("call_ended", call_object(agent_id=voice.agent.provider_agent_id))
    assert post_event(public_client, tenant_a, body).status_code == 401  # platform key no longer owns it
    assert post_event(public_client, tenant_a, body, sig=signature(body, key=own_key)).status_code == 204


def test_the_other_tenants_token_cannot_deliver_into_this_tenant(public_client, tenant_a, tenant_b):
    body = event_body("call_ended", call_object())
    assert post_event(public_client, tenant_b, body).status_code == 204
    assert counts(tenant_a) == (0, 0)
    assert counts(tenant_b) == (0, 1)


def test_a_failed_event_is_recorded_and_retried_by_the_sweep(tenant_a, in_tenant, run_on_commit, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    with in_tenant(tenant_a):
        body = event_body("call_analyzed", call_object(stage="analyzed"))
        event_id, _ = services.webhook_event_store(event="call_analyzed", call_id="call_abc123", body=body)

        def boom(**kwargs):
            raise RuntimeError("database hiccup")

        monkeypatch.setattr("calls.services.ingest.call_apply_event", boom)
        services.webhook_event_process(event_id=event_id, tenant_schema=tenant_a.schema_name)
        event = WebhookEvent.objects.get(pk=event_id)
        assert event.status == "failed"
        assert "database hiccup" in event.error
        monkeypatch.undo()
        WebhookEvent.objects.filter(pk=event_id).update(received_at=timezone.now() - timedelta(minutes=5))
        with run_on_commit():
            counts_ = services.calls_sweep(tenant=tenant_a)
        assert counts_["events"] == 1
        event.refresh_from_db()
        assert (event.status, event.attempts) == ("processed", 1)
        assert Call.objects.count() == 1


def test_the_sweep_finishes_a_call_whose_analysis_never_came(tenant_a, in_tenant, run_on_commit, finished):
    from datetime import timedelta

    from django.utils import timezone

    with in_tenant(tenant_a), run_on_commit():
        services.call_apply_event(event="call_ended", data=call_object(), tenant_schema=tenant_a.schema_name)
    assert finished == []
    with in_tenant(tenant_a):
        Call.objects.update(last_event_at=timezone.now() - timedelta(hours=1))
        with run_on_commit():
            assert services.calls_sweep(tenant=tenant_a)["finished"] == 1
            assert services.calls_sweep(tenant=tenant_a)["finished"] == 0
        assert Call.objects.get().note == "Finished without the provider's analysis."
    assert len(finished) == 1


def test_the_sweep_gives_up_on_calls_the_provider_never_accepted(tenant_a, in_tenant):
    from datetime import timedelta

    from django.utils import timezone

    from tests.calls.factories import CallFactory

    with in_tenant(tenant_a):
        call = CallFactory(provider_call_id=None, status="queued")
        Call.objects.filter(pk=call.pk).update(created_at=timezone.now() - timedelta(hours=1))
        assert services.calls_sweep(tenant=tenant_a)["reconciled"] == 1
        call.refresh_from_db()
        assert (call.status, call.retryable) == ("failed", True)


def test_the_beat_sweep_fans_out_per_active_tenant(tenant_a, tenant_b, monkeypatch):
    from calls import tasks

    seen = []
    monkeypatch.setattr(tasks.services, "calls_sweep", lambda *, tenant: seen.append(tenant.schema_name))
    tenant_suspend(tenant=tenant_b)
    tasks.sweep.delay()
    assert tenant_a.schema_name in seen
    assert tenant_b.schema_name not in seen
    assert connection.schema_name == "public"


def test_a_burst_of_events_costs_one_drain_task(public_client, tenant_a, run_on_commit, monkeypatch):
    from calls import tasks

    sent = []
    monkeypatch.setattr(tasks, "enqueue_on_commit", lambda task, *args, **kw: sent.append(task.name))
    for n in range(5):
        body = event_body("call_ended", call_object(call_id=f"call_burst_{n}"))
        assert post_event(public_client, tenant_a, body).status_code == 204
    assert sent == ["calls.drain_webhook_events"]


def test_a_drain_applies_every_pending_event_and_lets_the_next_burst_ask_again(tenant_a, in_tenant):
    from django.core.cache import cache

    from calls.services.ingest import drain_key

    with in_tenant(tenant_a):
        for n in range(3):
            body = event_body("call_analyzed", call_object(stage="analyzed", call_id=f"call_drain_{n}"))
            services.webhook_event_store(event="call_analyzed", call_id=f"call_drain_{n}", body=body)
        cache.set(drain_key(tenant_a.schema_name), 1, 60)
        assert services.webhook_events_drain(tenant_schema=tenant_a.schema_name) == 3
        assert set(WebhookEvent.objects.values_list("status", flat=True)) == {"processed"}
        assert Call.objects.count() == 3
        assert cache.get(drain_key(tenant_a.schema_name)) is None


def test_stored_bodies_are_the_exact_bytes(public_client, tenant_a):
    body = json.dumps({"event": "call_started", "call": call_object(stage="started")}, indent=3)
    post_event(public_client, tenant_a, body)
    with schema_context(tenant_a.schema_name):
        assert WebhookEvent.objects.get().body == body


def test_the_sweep_forgets_processed_raw_events_after_the_retention_period(tenant_a, in_tenant, settings):
    from datetime import timedelta

    from django.utils import timezone

    settings.WEBHOOK_EVENT_RETENTION_DAYS = 30
    with in_tenant(tenant_a):
        old_id, _ = services.webhook_event_store(event="call_ended", call_id="call_old", body="{}")
        new_id, _ = services.webhook_event_store(event="call_ended", call_id="call_new", body="{}")
        pending_id, _ = services.webhook_event_store(event="call_ended", call_id="call_pending", body="{}")
        WebhookEvent.objects.filter(pk__in=[old_id, new_id]).update(status="processed")
        WebhookEvent.objects.filter(pk=pending_id).update(status="failed")
        # The database stamps received_at with its own clock; align it with the test's clock.
        WebhookEvent.objects.filter(pk=new_id).update(received_at=timezone.now())
        WebhookEvent.objects.filter(pk__in=[old_id, pending_id]).update(
            received_at=timezone.now() - timedelta(days=31), attempts=5
        )
        assert services.calls_sweep(tenant=tenant_a)["purged"] == 1
        assert set(WebhookEvent.objects.values_list("pk", flat=True)) == {new_id, pending_id}
