"""Outbound webhooks: signatures, retries, auto-disable, the SSRF guard and the outbox across a crash."""

import base64
import hashlib
import hmac
import itertools
import json
import time
from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from notifications.models import Notification, OutboundEvent, WebhookDelivery, WebhookEndpoint
from notifications.outbound import sending, services
from notifications.outbound.tasks import deliver_webhook, outbox_sweep_tenant
from tests.contacts.factories import ContactFactory
from tests.notifications.receiver import Receiver

pytestmark = pytest.mark.django_db


def verify_standard_webhook(secret: str, headers: dict, body: bytes, tolerance: int = 300) -> bool:
    """The Standard Webhooks 1.0 reference verification, written from the spec."""
    msg_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
    if abs(time.time() - int(timestamp)) > tolerance:
        return False
    key = base64.b64decode(secret.split("_", 1)[1])
    signed = f"{msg_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    for versioned in headers["webhook-signature"].split(" "):
        version, _, signature = versioned.partition(",")
        if version == "v1" and hmac.compare_digest(signature, expected):
            return True
    return False


@pytest.fixture
def receiver(settings):
    with Receiver() as fake:
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        yield fake


def _endpoint(url, events=("contact.created",)):
    return services.endpoint_create(url=url, events=list(events))


def test_a_change_is_signed_so_the_reference_algorithm_verifies_it(tenant_a, in_tenant, receiver, run_on_commit):
    with in_tenant(tenant_a):
        endpoint, secret = _endpoint(receiver.url)
        with run_on_commit():
            contact = ContactFactory()
            services.event_record(event_type="contact.created", data={"contact_id": contact.pk})
        [request] = receiver.requests
        assert verify_standard_webhook(secret, request["headers"], request["body"])
        assert not verify_standard_webhook(
            "whsec_" + base64.b64encode(b"x" * 32).decode(), request["headers"], request["body"]
        )
        payload = json.loads(request["body"])
        assert set(payload) >= {"id", "type", "created_at", "data"}
        assert payload["type"] == "contact.created" and payload["data"] == {"contact_id": contact.pk}
        assert request["headers"]["webhook-id"] == payload["id"]
        assert request["headers"]["x-webhook-event"] == "contact.created"
        simple = hmac.new(
            secret.encode(), f"{request['headers']['x-webhook-timestamp']}.".encode() + request["body"], hashlib.sha256
        ).hexdigest()
        assert request["headers"]["x-webhook-signature"] == f"sha256={simple}"
        delivery = WebhookDelivery.objects.get(endpoint=endpoint)
        assert delivery.status == "delivered" and delivery.attempts == 1
        [attempt] = delivery.log.all()
        assert attempt.status_code == 200 and attempt.response_excerpt == "ok" and attempt.number == 1


def test_contact_created_reaches_the_endpoint_through_the_catalogue(tenant_a, in_tenant, receiver, run_on_commit):
    from contacts.services import contact_create

    with in_tenant(tenant_a):
        _endpoint(receiver.url, ["contact.created", "lead.qualified"])
        with run_on_commit():
            contact, _ = contact_create(tenant=tenant_a, data={"first_name": "Ana", "phone": "+447912345601"})
        [request] = receiver.requests
        data = json.loads(request["body"])["data"]
        assert data["contact_id"] == contact.pk and data["phone"] == "+447912345601"


def test_during_a_rotation_both_secrets_sign(tenant_a, in_tenant, receiver, run_on_commit):
    with in_tenant(tenant_a):
        endpoint, old = _endpoint(receiver.url)
        new = services.endpoint_rotate_secret(endpoint=endpoint, overlap_hours=24)
        with run_on_commit():
            services.event_record(event_type="contact.created", data={})
        [request] = receiver.requests
        assert verify_standard_webhook(old, request["headers"], request["body"])
        assert verify_standard_webhook(new, request["headers"], request["body"])
        WebhookEndpoint.objects.filter(pk=endpoint.pk).update(previous_secret_expires_at=timezone.now())
        with run_on_commit():
            services.event_record(event_type="contact.created", data={})
        assert not verify_standard_webhook(old, receiver.requests[1]["headers"], receiver.requests[1]["body"])
        assert verify_standard_webhook(new, receiver.requests[1]["headers"], receiver.requests[1]["body"])


def test_5xx_is_retried_with_growing_jittered_delays_until_it_succeeds(tenant_a, in_tenant, settings):
    with Receiver(statuses=[503, 500, 200]) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        _endpoint(fake.url)
        services.event_record(event_type="contact.created", data={})
        delivery = WebhookDelivery.objects.get()
        now = timezone.now()
        sending.delivery_send(delivery_id=delivery.pk, now=now)
        delivery.refresh_from_db()
        assert delivery.status == "retrying" and delivery.last_status_code == 503
        first_wait = (delivery.next_attempt_at - now).total_seconds()
        assert 4 <= first_wait <= 6
        assert sending.delivery_send(delivery_id=delivery.pk, now=now + timedelta(seconds=1)) is None  # not due
        later = delivery.next_attempt_at
        sending.delivery_send(delivery_id=delivery.pk, now=later)
        delivery.refresh_from_db()
        assert delivery.status == "retrying" and 240 <= (delivery.next_attempt_at - later).total_seconds() <= 360
        sending.delivery_send(delivery_id=delivery.pk, now=delivery.next_attempt_at)
        delivery.refresh_from_db()
        assert delivery.status == "delivered" and delivery.attempts == 3
        assert [a.status_code for a in delivery.log.order_by("number")] == [503, 500, 200]
        assert len(fake.requests) == 3
        assert WebhookEndpoint.objects.get().failure_streak == 0


def test_the_schedule_spans_about_a_day_then_gives_up():
    total = sum(sending.RETRY_SCHEDULE)
    assert 20 * 3600 <= total <= 28 * 3600
    assert sending.retry_delay(len(sending.RETRY_SCHEDULE) + 1) is None
    delays = [sending.retry_delay(n) for n in range(1, len(sending.RETRY_SCHEDULE) + 1)]
    assert all(b > a for a, b in itertools.pairwise(delays[:5]))


def test_a_timeout_is_retried(tenant_a, in_tenant, settings):
    with Receiver(delay=1.0) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        settings.WEBHOOK_TIMEOUT_SECONDS = 0.2
        _endpoint(fake.url)
        services.event_record(event_type="contact.created", data={})
        delivery = sending.delivery_send(delivery_id=WebhookDelivery.objects.get().pk)
        assert delivery.status == "retrying" and "Timed out" in delivery.last_error


def test_410_is_not_retried_and_disables_the_endpoint_with_an_email_to_the_owner(tenant_a, in_tenant, settings):
    with Receiver(statuses=[410]) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        endpoint, _ = _endpoint(fake.url)
        services.event_record(event_type="contact.created", data={})
        services.event_record(event_type="contact.created", data={})
        first, second = WebhookDelivery.objects.order_by("pk")
        sending.delivery_send(delivery_id=first.pk)
        first.refresh_from_db()
        endpoint.refresh_from_db()
        assert first.status == "failed" and first.next_attempt_at is None
        assert not endpoint.is_enabled and "410" in endpoint.disabled_reason
        second.refresh_from_db()
        assert second.status == "failed"
        email = Notification.objects.get(kind="webhook.disabled")
        assert email.recipient == "founder@alpha.test" and fake.url in email.body
        from notifications.models import Alert

        assert Alert.objects.get(type="technical_issue").link == f"/webhooks/{endpoint.pk}/"
        assert sending.delivery_send(delivery_id=second.pk) is None
        assert len(fake.requests) == 1


def test_a_long_failure_streak_disables_the_endpoint(tenant_a, in_tenant, settings):
    with Receiver(statuses=[500]) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        settings.WEBHOOK_DISABLE_AFTER_FAILURES = 3
        settings.WEBHOOK_DISABLE_AFTER_HOURS = 0
        endpoint, _ = _endpoint(fake.url)
        for _ in range(3):
            services.event_record(event_type="contact.created", data={})
        for delivery in WebhookDelivery.objects.order_by("pk")[:2]:
            sending.delivery_send(delivery_id=delivery.pk)
        endpoint.refresh_from_db()
        assert endpoint.is_enabled and endpoint.failure_streak == 2
        sending.delivery_send(delivery_id=WebhookDelivery.objects.order_by("pk")[2].pk)
        endpoint.refresh_from_db()
        assert not endpoint.is_enabled and "3 failed attempts" in endpoint.disabled_reason
        assert Notification.objects.filter(kind="webhook.disabled").count() == 1
        assert services.event_record(event_type="contact.created", data={}) is None
        services.endpoint_update(endpoint=endpoint, is_enabled=True)
        endpoint.refresh_from_db()
        assert endpoint.is_enabled and endpoint.failure_streak == 0


def test_redeliver_sends_again_and_keeps_the_log(tenant_a, in_tenant, receiver, run_on_commit):
    with in_tenant(tenant_a):
        _endpoint(receiver.url)
        with run_on_commit():
            services.event_record(event_type="contact.created", data={})
        delivery = WebhookDelivery.objects.get()
        with run_on_commit():
            services.delivery_redeliver(delivery=delivery)
        assert len(receiver.requests) == 2
        assert receiver.requests[0]["headers"]["webhook-id"] == receiver.requests[1]["headers"]["webhook-id"]
        assert delivery.log.count() == 2


def test_private_and_loopback_targets_are_refused_without_an_allowance(tenant_a, in_tenant, settings):
    with Receiver() as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = []
        _endpoint(fake.url)
        services.event_record(event_type="contact.created", data={})
        delivery = sending.delivery_send(delivery_id=WebhookDelivery.objects.get().pk)
        assert delivery.status == "failed" and delivery.last_error.startswith("Refused")
        assert fake.requests == []
        for url in ("http://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/x"):
            endpoint, _ = _endpoint(url)
            services.event_record(event_type="contact.created", data={}, endpoints=[endpoint])
            delivery = sending.delivery_send(delivery_id=WebhookDelivery.objects.filter(endpoint=endpoint).get().pk)
            assert delivery.status == "failed" and delivery.last_error.startswith("Refused")


def test_the_outbox_survives_a_crash_between_commit_and_send(tenant_a, in_tenant, receiver):
    """No on-commit work runs here (as if the process died right after the commit): the sweep sends it, once."""
    from contacts.services import contact_create

    with in_tenant(tenant_a):
        _endpoint(receiver.url)
        contact_create(tenant=tenant_a, data={"first_name": "Bo", "phone": "+447912345602"})
        assert receiver.requests == []
        delivery = WebhookDelivery.objects.get()
        assert delivery.status == "pending"
        outbox_sweep_tenant.apply()
        outbox_sweep_tenant.apply()
        deliver_webhook.apply(args=[delivery.pk])
        assert len(receiver.requests) == 1
        delivery.refresh_from_db()
        assert delivery.status == "delivered"


def test_nothing_is_recorded_when_the_change_rolls_back(tenant_a, in_tenant, receiver):
    from contacts.services import contact_create

    with in_tenant(tenant_a):
        _endpoint(receiver.url)
        with pytest.raises(RuntimeError), transaction.atomic():
            contact_create(tenant=tenant_a, data={"first_name": "Cy", "phone": "+447912345603"})
            raise RuntimeError("the change failed")
        assert not OutboundEvent.objects.exists() and not WebhookDelivery.objects.exists()


def test_an_interrupted_send_is_retried_by_the_sweep(tenant_a, in_tenant, receiver):
    with in_tenant(tenant_a):
        _endpoint(receiver.url)
        services.event_record(event_type="contact.created", data={})
        WebhookDelivery.objects.update(status="sending", updated_at=timezone.now() - timedelta(minutes=10))
        outbox_sweep_tenant.apply()
        assert len(receiver.requests) == 1 and WebhookDelivery.objects.get().status == "delivered"


def test_endpoints_only_hear_their_events(tenant_a, in_tenant, receiver, run_on_commit):
    with in_tenant(tenant_a):
        _endpoint(receiver.url, ["lead.qualified"])
        with run_on_commit():
            assert services.event_record(event_type="contact.created", data={}) is None
            services.event_record(event_type="lead.qualified", data={"contact_id": 1})
        assert [json.loads(r["body"])["type"] for r in receiver.requests] == ["lead.qualified"]


def test_bad_endpoint_input_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as caught:
        services.endpoint_create(url="ftp://example.com", events=["nope"])
    assert set(caught.value.message_dict) == {"url", "events"}


def test_an_event_gets_one_delivery_per_enabled_subscribed_endpoint(tenant_a, in_tenant, receiver):
    with in_tenant(tenant_a):
        wildcard, _ = _endpoint(receiver.url, ["*"])
        named, _ = _endpoint(receiver.url + "/named", ["contact.created", "lead.qualified"])
        _endpoint(receiver.url + "/other", ["lead.qualified"])
        disabled, _ = _endpoint(receiver.url + "/off", ["contact.created"])
        services.endpoint_update(endpoint=disabled, is_enabled=False)
        event = services.event_record(event_type="contact.created", data={"contact_id": 7})
        stored = OutboundEvent.objects.get()
        assert (event.pk, event.event_id, event.payload) == (stored.pk, stored.event_id, stored.payload)
        assert stored.payload["data"] == {"contact_id": 7} and stored.type == "contact.created"
        rows = WebhookDelivery.objects.filter(event=stored).values_list("endpoint_id", "status", "attempts")
        assert sorted(rows) == sorted([(wildcard.pk, "pending", 0), (named.pk, "pending", 0)])
        assert services.event_record(event_type="contact.created", data={}, endpoints=[]) is None
        services.event_record(event_type="lead.qualified", data={}, endpoints=[disabled])
        assert WebhookDelivery.objects.filter(endpoint=disabled).count() == 1


def test_one_drain_sends_an_endpoints_backlog_in_order_and_each_event_once(tenant_a, in_tenant, receiver):
    from notifications.outbound.tasks import drain_webhook_endpoint

    with in_tenant(tenant_a):
        endpoint, _ = _endpoint(receiver.url)
        other, _ = _endpoint(receiver.url + "/other", ["lead.qualified"])
        events = [services.event_record(event_type="contact.created", data={"n": n}) for n in range(5)]
        services.event_record(event_type="lead.qualified", data={})
        drain_webhook_endpoint.apply(args=[endpoint.pk], kwargs={})
        ids = [json.loads(r["body"])["id"] for r in receiver.requests]
        assert ids == [e.event_id for e in events]
        assert set(WebhookDelivery.objects.filter(endpoint=endpoint).values_list("status", flat=True)) == {"delivered"}
        assert WebhookDelivery.objects.get(endpoint=other).status == "pending"
        drain_webhook_endpoint.apply(args=[endpoint.pk])
        assert len(receiver.requests) == 5


def test_a_drain_stops_after_a_failed_batch_and_leaves_the_rest_to_the_sweep(tenant_a, in_tenant, settings):
    with Receiver(statuses=[500, 200]) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        endpoint, _ = _endpoint(fake.url)
        for _ in range(3):
            services.event_record(event_type="contact.created", data={})
        assert sending.endpoint_drain(endpoint_id=endpoint.pk, batch=2) == (2, False)
        statuses = list(WebhookDelivery.objects.order_by("pk").values_list("status", flat=True))
        assert statuses == ["retrying", "delivered", "pending"]
        assert sending.endpoint_drain(endpoint_id=endpoint.pk, batch=2, limit=1) == (1, True)
        assert WebhookDelivery.objects.order_by("pk").last().status == "delivered"


def test_an_endpoint_disabled_by_a_batchs_first_delivery_receives_none_of_the_rest(tenant_a, in_tenant, settings):
    with Receiver(statuses=[410]) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        endpoint, _ = _endpoint(fake.url)
        for _ in range(3):
            services.event_record(event_type="contact.created", data={})
        sending.endpoint_drain(endpoint_id=endpoint.pk, batch=3)
        rows = list(WebhookDelivery.objects.order_by("pk").values_list("status", "last_error"))
    assert len(fake.requests) == 1
    assert rows[0] == ("failed", "HTTP 410")
    assert rows[1:] == [("failed", "The endpoint is disabled.")] * 2


def test_a_success_after_a_failure_in_the_same_batch_ends_the_failure_streak(tenant_a, in_tenant, settings):
    with Receiver(statuses=[500, 200]) as fake, in_tenant(tenant_a):
        settings.WEBHOOK_ALLOWED_ORIGINS = [fake.origin]
        endpoint, _ = _endpoint(fake.url)
        for _ in range(2):
            services.event_record(event_type="contact.created", data={})
        sending.endpoint_drain(endpoint_id=endpoint.pk, batch=2)
        endpoint.refresh_from_db()
    assert endpoint.failure_streak == 0 and endpoint.failing_since is None


def test_events_committed_while_a_drain_is_queued_queue_no_second_task(
    tenant_a, in_tenant, receiver, run_on_commit, monkeypatch
):
    from notifications.outbound import tasks

    queued = []
    monkeypatch.setattr(tasks.drain_webhook_endpoint, "apply_async", lambda args, **kw: queued.append(args))
    with in_tenant(tenant_a):
        endpoint, _ = _endpoint(receiver.url)
        services.drain_started(endpoint_id=endpoint.pk)
        for _ in range(3):
            with run_on_commit():
                services.event_record(event_type="contact.created", data={})
        assert queued == [(endpoint.pk,)]
        services.drain_started(endpoint_id=endpoint.pk)
        with run_on_commit():
            services.event_record(event_type="contact.created", data={})
        assert queued == [(endpoint.pk,), (endpoint.pk,)]
        services.drain_started(endpoint_id=endpoint.pk)
