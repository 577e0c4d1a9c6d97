"""Outbound webhooks: endpoints and their secrets, and the outbox of public events.

Recording a public event writes the OutboundEvent and one WebhookDelivery per
subscribed endpoint in the caller's transaction (one statement), then after the
commit makes sure a drain task is queued for each of those endpoints
(`notifications.outbound.sending` claims and sends; the beat sweep sends
whatever a crash kept from going).
"""

from __future__ import annotations

import json
import logging
import uuid
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import connection, transaction
from django.utils import timezone

from notifications import catalogue
from notifications.outbound import signing
from notifications.outbound.models import (
    DeliveryStatus,
    OutboundEvent,
    WebhookDelivery,
    WebhookEndpoint,
)
from voiceplatform.crypto import decrypt, encrypt
from voiceplatform.tasks import enqueue_on_commit

logger = logging.getLogger(__name__)
DS = DeliveryStatus


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


def _outbox_write(*, payload: dict, endpoint_ids: list[int] | None, now: datetime) -> tuple[int | None, list[int]]:
    """The event row and one delivery per target endpoint, in one statement: (event pk, endpoint pks).

    With `endpoint_ids` None the targets are this schema's enabled endpoints
    subscribed to the event; nothing is written when there are none.
    """
    endpoint_table = WebhookEndpoint._meta.db_table
    if endpoint_ids is None:
        targets = f"""SELECT id FROM {endpoint_table}
            WHERE is_enabled AND (events @> %s::jsonb OR events @> '["*"]'::jsonb)"""  # noqa: S608 - names from models
        target_params = [json.dumps([payload["type"]])]
    else:
        targets = f"SELECT id FROM {endpoint_table} WHERE id = ANY(%s)"  # noqa: S608 - names from models
        target_params = [list(endpoint_ids)]
    sql = f"""
        WITH targets AS ({targets}),
        event AS (
            INSERT INTO {OutboundEvent._meta.db_table} (event_id, type, payload, created_at)
            SELECT %s, %s, %s, %s WHERE EXISTS (SELECT 1 FROM targets)
            RETURNING id
        )
        INSERT INTO {WebhookDelivery._meta.db_table}
            (endpoint_id, event_id, status, attempts, next_attempt_at, last_error, created_at, updated_at)
        SELECT targets.id, event.id, %s, 0, %s, '', %s, %s FROM targets, event ORDER BY targets.id
        RETURNING event_id, endpoint_id
    """  # noqa: S608 - table and column names come from the models, values are parameters
    payload_value = OutboundEvent._meta.get_field("payload").get_db_prep_save(payload, connection)
    params = [*target_params, payload["id"], payload["type"], payload_value, now, DS.PENDING, now, now, now]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if not rows:
        return None, []
    return rows[0][0], [row[1] for row in rows]


DRAIN_FLAG_SECONDS = 30


def _drain_flag(endpoint_id: int) -> str:
    return f"webhook-drain-queued:{endpoint_id}"  # the cache key function adds the schema


def drains_enqueue(endpoint_ids: list[int]) -> None:
    """After commit, make sure a drain task is queued for each endpoint: one task sends a whole backlog.

    A Redis flag says a drain is queued and not yet started (the task clears it before it
    claims anything, so whatever committed before the flag was seen is in its reach). A flag
    left by a lost task expires; meanwhile the beat sweep sends due rows anyway.
    """
    from notifications.outbound.tasks import drain_webhook_endpoint

    schema_name = connection.schema_name

    def send():
        for endpoint_id in dict.fromkeys(endpoint_ids):
            if cache.add(_drain_flag(endpoint_id), 1, timeout=DRAIN_FLAG_SECONDS):
                drain_webhook_endpoint.apply_async((endpoint_id,), headers={"_schema_name": schema_name})

    transaction.on_commit(send)


def drain_started(*, endpoint_id: int) -> None:
    """The drain task for this endpoint has started: events committed from now on queue another."""
    cache.delete(_drain_flag(endpoint_id))


@transaction.atomic(savepoint=False)
def event_record(*, event_type: str, data: dict, endpoints=None) -> OutboundEvent | None:
    """Write a public event and its deliveries (in the caller's transaction); sends start after commit.

    Nothing is written when no enabled endpoint subscribes (unless `endpoints` names some).
    """
    if endpoints is not None and not endpoints:
        return None
    now = timezone.now()
    payload = envelope(event_type=event_type, data=data, now=now)
    event_pk, endpoint_ids = _outbox_write(
        payload=payload, endpoint_ids=None if endpoints is None else [e.pk for e in endpoints], now=now
    )
    if event_pk is None:
        return None
    drains_enqueue(endpoint_ids)
    event = OutboundEvent(pk=event_pk, event_id=payload["id"], type=event_type, payload=payload, created_at=now)
    event._state.adding = False
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


def webhook_secrets_rotate(rotate) -> int:
    """voiceplatform.crypto.secret_rotators: re-encrypt this schema's webhook signing secrets under the current key."""
    changed = 0
    for endpoint in WebhookEndpoint.objects.all():
        endpoint.secret_encrypted = rotate(endpoint.secret_encrypted)
        if endpoint.previous_secret_encrypted:
            endpoint.previous_secret_encrypted = rotate(endpoint.previous_secret_encrypted)
        endpoint.save(update_fields=["secret_encrypted", "previous_secret_encrypted"])
        changed += 1
    return changed
