"""Outbound webhooks: endpoints, the outbox of public events, and delivery with retries.

Recording a public event writes the OutboundEvent and one WebhookDelivery per
subscribed endpoint in the caller's transaction, then enqueues the sends after
the commit. A send claims its delivery with a conditional UPDATE (a task that
runs twice sends once); failures are retried as due rows the beat sweep picks
up (exponential backoff with jitter over about 24 hours), never as long
countdowns. A 410 answer disables the endpoint at once; a long failure streak
disables it and emails the tenant's owners.
"""

from __future__ import annotations

import json
import logging
import random
import uuid
from datetime import datetime, timedelta

import httpx
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from notifications import catalogue
from notifications.crypto import decrypt, encrypt
from notifications.outbound import signing
from notifications.outbound.models import (
    DeliveryStatus,
    OutboundEvent,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
from voiceplatform.tasks import enqueue_on_commit

logger = logging.getLogger(__name__)
DS = DeliveryStatus

# Seconds to wait after attempt n fails (Standard Webhooks' suggested schedule, ending near 24 hours).
RETRY_SCHEDULE = (5, 300, 1800, 7200, 18000, 28800, 28800)
JITTER = 0.2
STUCK_AFTER = timedelta(minutes=5)
EXCERPT_CHARS = 1000


# --- endpoints --------------------------------------------------------------------------------


def _clean_url(url) -> str:
    url = (url or "").strip() if isinstance(url, str) else ""
    if not url:
        raise ValidationError({"url": ["Give the URL to send events to."]})
    if len(url) > 1000:
        raise ValidationError({"url": ["At most 1000 characters."]})
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError as exc:
        raise ValidationError({"url": ["Enter a valid http(s) URL."]}) from exc
    return url


def _clean_events(events, *, single: bool = False) -> list[str]:
    if isinstance(events, str):
        events = [events]
    if not isinstance(events, (list, tuple)) or not events:
        raise ValidationError({"events": ["Choose at least one event."]})
    known = set(catalogue.EVENT_TYPES) | ({"*"} if not single else set())
    unknown = sorted({str(e) for e in events} - known)
    if unknown:
        raise ValidationError({"events": [f"Unknown event: {', '.join(unknown)}."]})
    if single and len(events) != 1:
        raise ValidationError({"events": ["A subscription is for exactly one event."]})
    return sorted({str(e) for e in events})


def endpoint_secrets(endpoint: WebhookEndpoint, *, now: datetime | None = None) -> list[str]:
    """The secrets that sign a request now: the current one, and the previous one during a rotation's overlap."""
    now = now or timezone.now()
    found = [decrypt(endpoint.secret_encrypted)]
    if (
        endpoint.previous_secret_encrypted
        and endpoint.previous_secret_expires_at
        and (endpoint.previous_secret_expires_at > now)
    ):
        found.append(decrypt(endpoint.previous_secret_encrypted))
    return found


@transaction.atomic
def endpoint_create(
    *, url, events, description: str = "", actor=None, kind: str = WebhookEndpoint.Kind.WEBHOOK
) -> tuple[WebhookEndpoint, str]:
    """A new endpoint and its signing secret (returned once; stored encrypted)."""
    errors = {}
    try:
        url = _clean_url(url)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    try:
        events = _clean_events(events, single=kind == WebhookEndpoint.Kind.REST_HOOK)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    if not isinstance(description, str) or len(description) > 200:
        errors["description"] = ["At most 200 characters."]
    if errors:
        raise ValidationError(errors)
    secret = signing.secret_new()
    endpoint = WebhookEndpoint.objects.create(
        kind=kind,
        url=url,
        events=events,
        description=description,
        secret_encrypted=encrypt(secret),
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    return endpoint, secret


@transaction.atomic
def endpoint_update(
    *, endpoint: WebhookEndpoint, url=None, events=None, description=None, is_enabled=None
) -> WebhookEndpoint:
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
    errors = {}
    if url is not None:
        try:
            endpoint.url = _clean_url(url)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if events is not None:
        try:
            endpoint.events = _clean_events(events, single=endpoint.kind == WebhookEndpoint.Kind.REST_HOOK)
        except ValidationError as exc:
            errors.update(exc.message_dict)
    if description is not None:
        if not isinstance(description, str) or len(description) > 200:
            errors["description"] = ["At most 200 characters."]
        else:
            endpoint.description = description
    if is_enabled is not None and not isinstance(is_enabled, bool):
        errors["is_enabled"] = ["true or false."]
    if errors:
        raise ValidationError(errors)
    if is_enabled is True and not endpoint.is_enabled:
        endpoint.is_enabled = True
        endpoint.disabled_reason = ""
        endpoint.disabled_at = None
        endpoint.failure_streak = 0
        endpoint.failing_since = None
    elif is_enabled is False and endpoint.is_enabled:
        endpoint.is_enabled = False
        endpoint.disabled_reason = "Disabled by a team member."
        endpoint.disabled_at = timezone.now()
    endpoint.save()
    return endpoint


@transaction.atomic
def endpoint_delete(*, endpoint: WebhookEndpoint) -> None:
    endpoint.delete()


@transaction.atomic
def endpoint_rotate_secret(*, endpoint: WebhookEndpoint, overlap_hours: int | None = None) -> str:
    """A new secret; the old one keeps signing alongside it for the overlap so receivers can switch."""
    overlap = settings.WEBHOOK_SECRET_OVERLAP_HOURS if overlap_hours is None else overlap_hours
    if not isinstance(overlap, int) or not 0 <= overlap <= 168:
        raise ValidationError({"overlap_hours": ["Between 0 and 168 hours."]})
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
    secret = signing.secret_new()
    endpoint.previous_secret_encrypted = endpoint.secret_encrypted
    endpoint.previous_secret_expires_at = timezone.now() + timedelta(hours=overlap)
    endpoint.secret_encrypted = encrypt(secret)
    endpoint.save()
    return secret


# --- the outbox -------------------------------------------------------------------------------


def envelope(*, event_type: str, data: dict, now: datetime | None = None) -> dict:
    now = now or timezone.now()
    version = catalogue.EVENT_TYPES[event_type].version if event_type in catalogue.EVENT_TYPES else 1
    return {
        "id": f"evt_{uuid.uuid4().hex}",
        "type": event_type,
        "version": version,
        "created_at": catalogue.iso(now),
        "data": data,
    }


def _enqueue(delivery_ids: list[int]) -> None:
    from notifications.outbound.tasks import deliver_webhook

    for delivery_id in delivery_ids:
        enqueue_on_commit(deliver_webhook, delivery_id)


@transaction.atomic(savepoint=False)
def event_record(*, event_type: str, data: dict, endpoints=None) -> OutboundEvent | None:
    """Write a public event and its deliveries (in the caller's transaction); sends start after commit.

    Nothing is written when no enabled endpoint subscribes (unless `endpoints` names some).
    """
    if endpoints is None:
        endpoints = [e for e in WebhookEndpoint.objects.filter(is_enabled=True) if e.subscribes_to(event_type)]
    if not endpoints:
        return None
    payload = envelope(event_type=event_type, data=data)
    event = OutboundEvent.objects.create(event_id=payload["id"], type=event_type, payload=payload)
    now = timezone.now()
    deliveries = WebhookDelivery.objects.bulk_create(
        [WebhookDelivery(endpoint=endpoint, event=event, next_attempt_at=now) for endpoint in endpoints]
    )
    _enqueue([d.pk for d in deliveries])
    return event


def record_public_event(internal_event) -> None:
    """Recorder for every catalogue source: the public events it stands for go into the outbox.

    With no enabled endpoint (the common case) this costs one query and builds no payload.
    """
    endpoints = list(WebhookEndpoint.objects.filter(is_enabled=True))
    if not endpoints:
        return
    for event_type, data in catalogue.public_events_of(internal_event):
        subscribed = [e for e in endpoints if e.subscribes_to(event_type)]
        if subscribed:
            event_record(event_type=event_type, data=data, endpoints=subscribed)


@transaction.atomic
def endpoint_send_test(*, endpoint: WebhookEndpoint) -> WebhookDelivery:
    """A `webhook.test` event to this endpoint only (even when disabled, so it can be checked first)."""
    payload = envelope(
        event_type=catalogue.TEST_EVENT,
        data={"message": "A test event from Voice Platform.", "endpoint_id": endpoint.pk},
    )
    event = OutboundEvent.objects.create(event_id=payload["id"], type=catalogue.TEST_EVENT, payload=payload)
    delivery = WebhookDelivery.objects.create(endpoint=endpoint, event=event, next_attempt_at=timezone.now())
    _enqueue([delivery.pk])
    return delivery


@transaction.atomic
def delivery_redeliver(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a delivery again now (after a fix at the receiver); its log keeps every earlier attempt."""
    delivery = WebhookDelivery.objects.select_for_update().get(pk=delivery.pk)
    if delivery.status == DS.SENDING:
        raise ValidationError({"status": ["This delivery is being sent right now."]})
    delivery.status = DS.PENDING
    delivery.next_attempt_at = timezone.now()
    delivery.save(update_fields=["status", "next_attempt_at", "updated_at"])
    _enqueue([delivery.pk])
    return delivery


# --- sending ----------------------------------------------------------------------------------


def retry_delay(attempts: int, *, rng=random) -> float | None:
    """Seconds before the next try after `attempts` failed ones (None: give up)."""
    if attempts > len(RETRY_SCHEDULE):
        return None
    base = RETRY_SCHEDULE[attempts - 1]
    return base * (1 + rng.uniform(-JITTER, JITTER))


def _claim(delivery_id: int, now: datetime) -> bool:
    return bool(
        WebhookDelivery.objects.filter(pk=delivery_id, status__in=[DS.PENDING, DS.RETRYING])
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .update(status=DS.SENDING, attempts=F("attempts") + 1, updated_at=now)
    )


def _post(url: str, *, headers: dict, body: bytes):
    from voiceplatform.http import guarded_request

    return guarded_request(
        "POST",
        url,
        allowed_origins=tuple(settings.WEBHOOK_ALLOWED_ORIGINS),
        headers=headers,
        content=body,
        timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
        max_bytes=settings.WEBHOOK_MAX_RESPONSE_BYTES,
        max_redirects=0,
    )


def delivery_send(*, delivery_id: int, now: datetime | None = None) -> WebhookDelivery | None:
    """One attempt of one delivery. None when another worker has it, or it is not due or done."""
    from voiceplatform.http import URLRefused

    now = now or timezone.now()
    if not _claim(delivery_id, now):
        return None
    delivery = WebhookDelivery.objects.select_related("endpoint", "event").get(pk=delivery_id)
    endpoint = delivery.endpoint
    if not endpoint.is_enabled and delivery.event.type != catalogue.TEST_EVENT:
        delivery.status = DS.FAILED
        delivery.last_error = "The endpoint is disabled."
        delivery.next_attempt_at = None
        delivery.save()
        return delivery
    body = json.dumps(delivery.event.payload, separators=(",", ":"), sort_keys=False).encode()
    timestamp = int(now.timestamp())
    headers = signing.headers_for(
        secrets_=endpoint_secrets(endpoint, now=now),
        msg_id=delivery.event.event_id,
        timestamp=timestamp,
        body=body,
        event_type=delivery.event.type,
    )
    attempt = WebhookAttempt(
        delivery=delivery,
        number=delivery.attempts,
        url=endpoint.url,
        request_headers={k: v for k, v in headers.items() if "signature" not in k.lower()},
        request_body=body.decode(),
    )
    permanent = gone = False
    started = timezone.now()
    try:
        response = _post(endpoint.url, headers=headers, body=body)
    except URLRefused as exc:
        attempt.error = f"Refused: {exc.reason.removeprefix('refused: ')}"[:500]
        permanent = True
    except httpx.TimeoutException:
        attempt.error = f"Timed out after {settings.WEBHOOK_TIMEOUT_SECONDS} s"
    except httpx.HTTPError as exc:
        attempt.error = f"{type(exc).__name__}: {exc}"[:500]
    else:
        attempt.status_code = response.status_code
        attempt.response_excerpt = response.content[:EXCERPT_CHARS].decode("utf-8", "replace")
        attempt.duration_ms = int(response.elapsed_ms)
        gone = response.status_code == 410
        if not (200 <= response.status_code < 300):
            attempt.error = f"HTTP {response.status_code}"
    if not attempt.duration_ms:
        attempt.duration_ms = int((timezone.now() - started).total_seconds() * 1000)
    attempt.save()
    delivery.last_status_code = attempt.status_code
    delivery.last_error = attempt.error
    if not attempt.error:
        delivery.status = DS.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
        delivery.save()
        if endpoint.failure_streak:
            WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failure_streak=0, failing_since=None)
        return delivery
    delay = None if (permanent or gone) else retry_delay(delivery.attempts)
    if delay is None:
        delivery.status = DS.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.status = DS.RETRYING
        delivery.next_attempt_at = now + timedelta(seconds=delay)
    delivery.save()
    if delivery.event.type != catalogue.TEST_EVENT:
        _count_failure(endpoint, now=now, gone=gone)
    return delivery


def _count_failure(endpoint: WebhookEndpoint, *, now: datetime, gone: bool) -> None:
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
        endpoint.failure_streak += 1
        endpoint.failing_since = endpoint.failing_since or now
        reason = ""
        if gone:
            reason = "The receiver answered 410 Gone: it no longer wants these events."
        elif endpoint.failure_streak >= settings.WEBHOOK_DISABLE_AFTER_FAILURES and (
            now - endpoint.failing_since >= timedelta(hours=settings.WEBHOOK_DISABLE_AFTER_HOURS)
        ):
            reason = (
                f"{endpoint.failure_streak} failed attempts in a row since {endpoint.failing_since:%Y-%m-%d %H:%M} UTC."
            )
        fields = ["failure_streak", "failing_since", "updated_at"]
        if reason and endpoint.is_enabled:
            endpoint.is_enabled = False
            endpoint.disabled_reason = reason[:300]
            endpoint.disabled_at = now
            fields += ["is_enabled", "disabled_reason", "disabled_at"]
            WebhookDelivery.objects.filter(endpoint=endpoint, status__in=[DS.PENDING, DS.RETRYING]).update(
                status=DS.FAILED, last_error="The endpoint was disabled.", next_attempt_at=None, updated_at=now
            )
            _email_owners_disabled(endpoint)
            _alert_disabled(endpoint)
        endpoint.save(update_fields=fields)


def _email_owners_disabled(endpoint: WebhookEndpoint) -> None:
    from notifications.alerts.services import staff_email_queue
    from tenants.roles import Role
    from voiceplatform.tasks import current_tenant

    tenant = current_tenant()
    for email in tenant.memberships.filter(role=Role.OWNER, status="active").values_list("user__email", flat=True):
        staff_email_queue(
            recipient=email,
            kind="webhook.disabled",
            subject=f"{tenant.name}: webhook endpoint disabled",
            body=(
                f"We stopped sending events to {endpoint.url}.\n\n{endpoint.disabled_reason}\n\n"
                "Fix the receiver, then enable the endpoint again in the portal (Settings, Webhooks); "
                "failed deliveries can be redelivered from its log."
            ),
            dedupe_key=f"webhook-disabled:{endpoint.pk}:{endpoint.disabled_at:%Y%m%d%H%M%S}:{email}",
        )


def _alert_disabled(endpoint: WebhookEndpoint) -> None:
    from notifications.alerts.services import alert_raise
    from voiceplatform.events import StaffAlert

    alert_raise(
        StaffAlert(
            type="technical_issue",
            priority="high",
            title=f"Webhook endpoint disabled: {endpoint.url}"[:200],
            message=endpoint.disabled_reason,
            required_action="Fix the receiver, enable the endpoint again and redeliver what failed.",
            link=f"/webhooks/{endpoint.pk}/",
            dedupe_key=f"webhook-disabled:{endpoint.pk}:{endpoint.disabled_at:%Y%m%d%H%M%S}",
        )
    )


def deliveries_due(*, now: datetime | None = None, limit: int = 1000) -> list[int]:
    """Ids whose time has come: retries, and sends whose after-commit enqueue never ran (a crash).

    A send interrupted mid-flight (worker killed) is retried: receivers dedupe by `webhook-id`.
    """
    now = now or timezone.now()
    WebhookDelivery.objects.filter(status=DS.SENDING, updated_at__lt=now - STUCK_AFTER).update(
        status=DS.RETRYING, next_attempt_at=now, last_error="The send was interrupted.", updated_at=now
    )
    return list(
        WebhookDelivery.objects.filter(status__in=[DS.PENDING, DS.RETRYING], next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", flat=True)[:limit]
    )
