"""Sending webhook deliveries: claim, sign, POST through the guarded client, log, then retry or give up.

A drain sends one endpoint's backlog oldest first, a claimed batch at a time on
one kept-alive connection; a single send serves redelivery, test events and the sweep.

A send claims its row with a conditional UPDATE (a task that runs twice sends
once). Failures wait as due rows (exponential backoff with jitter over about
24 hours) for the beat sweep. A 410 disables the endpoint at once; a long
failure streak disables it, emails the owners and raises a technical alert.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import httpx
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from notifications import catalogue
from notifications.outbound import signing
from notifications.outbound.models import (
    DeliveryStatus,
    OutboundEvent,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)
from notifications.outbound.services import endpoint_secrets

DS = DeliveryStatus

# Seconds to wait after attempt n fails (Standard Webhooks' suggested schedule, ending near 24 hours).
RETRY_SCHEDULE = (5, 300, 1800, 7200, 18000, 28800, 28800)
JITTER = 0.2
STUCK_AFTER = timedelta(minutes=5)
EXCERPT_CHARS = 1000
# A drain claims this many of an endpoint's due deliveries at a time, and makes at most DRAIN_LIMIT
# attempts before handing over to a fresh task (other endpoints' tasks get their turn).
DRAIN_BATCH = 20
DRAIN_LIMIT = 200


def retry_delay(attempts: int, *, rng=random) -> float | None:
    """Seconds before the next try after `attempts` failed ones (None: give up)."""
    if attempts > len(RETRY_SCHEDULE):
        return None
    base = RETRY_SCHEDULE[attempts - 1]
    return base * (1 + rng.uniform(-JITTER, JITTER))


def _columns(model, alias: str) -> str:
    return ", ".join(f'{alias}."{field.column}"' for field in model._meta.concrete_fields)


def _instance(model, values):
    """A model instance from raw column values, with the fields' database converters applied (JSON)."""
    fields = model._meta.concrete_fields
    converted = [
        field.from_db_value(value, None, connection) if hasattr(field, "from_db_value") else value
        for field, value in zip(fields, values, strict=True)
    ]
    return model.from_db(connection.alias, [field.attname for field in fields], converted)


def _claim_where(where: str, params: list, now: datetime) -> list[WebhookDelivery]:
    """Claim the due deliveries `where` picks and load each with its endpoint and event, in one statement.

    A claimed row (status sending) is ours alone: a task that runs twice sends once.
    """
    delivery_table = WebhookDelivery._meta.db_table
    sql = f"""
        WITH claimed AS (
            UPDATE {delivery_table} SET status = %s, attempts = attempts + 1, updated_at = %s
            WHERE {where} AND status IN (%s, %s) AND (next_attempt_at IS NULL OR next_attempt_at <= %s)
            RETURNING *
        )
        SELECT {_columns(WebhookDelivery, "d")}, {_columns(WebhookEndpoint, "e")}, {_columns(OutboundEvent, "v")}
        FROM claimed d
        JOIN {WebhookEndpoint._meta.db_table} e ON e.id = d.endpoint_id
        JOIN {OutboundEvent._meta.db_table} v ON v.id = d.event_id
        ORDER BY d.id
    """  # noqa: S608 - table and column names come from the models, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [DS.SENDING, now, *params, DS.PENDING, DS.RETRYING, now])
        rows = cursor.fetchall()
    sizes = [len(m._meta.concrete_fields) for m in (WebhookDelivery, WebhookEndpoint, OutboundEvent)]
    claimed = []
    for row in rows:
        delivery = _instance(WebhookDelivery, row[: sizes[0]])
        delivery.endpoint = _instance(WebhookEndpoint, row[sizes[0] : sizes[0] + sizes[1]])
        delivery.event = _instance(OutboundEvent, row[sizes[0] + sizes[1] :])
        claimed.append(delivery)
    return claimed


def _claim(delivery_id: int, now: datetime) -> WebhookDelivery | None:
    claimed = _claim_where("id = %s", [delivery_id], now)
    return claimed[0] if claimed else None


def _claim_for_endpoint(endpoint_id: int, now: datetime, limit: int) -> list[WebhookDelivery]:
    """The endpoint's oldest due deliveries, up to `limit`; rows another worker is claiming are skipped."""
    table = WebhookDelivery._meta.db_table
    # ARRAY(...) runs the pick once (an init plan); as `id IN (subquery)` PostgreSQL may re-run it
    # per row while updating, and each run skips the rows just claimed: more than `limit` claimed.
    picked = f"""id = ANY(ARRAY(
        SELECT id FROM {table}
        WHERE endpoint_id = %s AND status IN (%s, %s) AND (next_attempt_at IS NULL OR next_attempt_at <= %s)
        ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED
    ))"""  # noqa: S608 - table name from the model, values are parameters
    claimed = _claim_where(picked, [endpoint_id, DS.PENDING, DS.RETRYING, now, limit], now)
    # One endpoint object for the batch: a failure that disables it, or a success that ends its failure
    # streak, is seen by the deliveries after it.
    for delivery in claimed[1:]:
        delivery.endpoint = claimed[0].endpoint
    return claimed


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


_RECORDED = ("status", "last_status_code", "last_error", "delivered_at", "next_attempt_at", "updated_at")


def _record(attempt: WebhookAttempt, delivery: WebhookDelivery) -> None:
    """The attempt's log row and the delivery's new state, written by one statement (one round trip, atomic)."""
    delivery.updated_at = timezone.now()
    attempt_fields = [f for f in WebhookAttempt._meta.concrete_fields if not f.primary_key]
    attempt_values = [f.get_db_prep_save(f.pre_save(attempt, True), connection) for f in attempt_fields]
    delivery_fields = [WebhookDelivery._meta.get_field(name) for name in _RECORDED]
    delivery_values = [f.get_db_prep_save(getattr(delivery, f.attname), connection) for f in delivery_fields]
    sql = f"""
        WITH logged AS (
            INSERT INTO {WebhookAttempt._meta.db_table} ({", ".join(f'"{f.column}"' for f in attempt_fields)})
            VALUES ({", ".join(["%s"] * len(attempt_fields))})
        )
        UPDATE {WebhookDelivery._meta.db_table} SET {", ".join(f'"{f.column}" = %s' for f in delivery_fields)}
        WHERE id = %s
    """  # noqa: S608 - table and column names come from the models, values are parameters
    with connection.cursor() as cursor:
        cursor.execute(sql, [*attempt_values, *delivery_values, delivery.pk])


def delivery_send(*, delivery_id: int, now: datetime | None = None) -> WebhookDelivery | None:
    """One attempt of one delivery. None when another worker has it, or it is not due or done."""
    now = now or timezone.now()
    delivery = _claim(delivery_id, now)
    if delivery is None:
        return None
    return _send_claimed(delivery, now)


def endpoint_drain(*, endpoint_id: int, batch: int = DRAIN_BATCH, limit: int = DRAIN_LIMIT) -> tuple[int, bool]:
    """Send an endpoint's due deliveries oldest first, one claimed batch at a time, on one kept-alive connection.

    Returns (attempts made, more may be due). Stops after a batch with a failure (the receiver
    is struggling: the rest wait for the sweep's retries) or after `limit` attempts.
    """
    sent = 0
    while sent < limit:
        claimed = _claim_for_endpoint(endpoint_id, timezone.now(), min(batch, limit - sent))
        if not claimed:
            return sent, False
        results = [_send_claimed(delivery, timezone.now()) for delivery in claimed]
        sent += len(claimed)
        if any(result.status != DS.DELIVERED for result in results):
            return sent, False
    return sent, True


def _send_claimed(delivery: WebhookDelivery, now: datetime) -> WebhookDelivery:
    from voiceplatform.http import URLRefused

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
    delivery.last_status_code = attempt.status_code
    delivery.last_error = attempt.error
    if not attempt.error:
        delivery.status = DS.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
        _record(attempt, delivery)
        if endpoint.failure_streak:
            WebhookEndpoint.objects.filter(pk=endpoint.pk).update(failure_streak=0, failing_since=None)
            endpoint.failure_streak, endpoint.failing_since = 0, None
        return delivery
    delay = None if (permanent or gone) else retry_delay(delivery.attempts)
    if delay is None:
        delivery.status = DS.FAILED
        delivery.next_attempt_at = None
    else:
        delivery.status = DS.RETRYING
        delivery.next_attempt_at = now + timedelta(seconds=delay)
    _record(attempt, delivery)
    if delivery.event.type != catalogue.TEST_EVENT:
        _count_failure(endpoint, now=now, gone=gone)
    return delivery


def _count_failure(sending_to: WebhookEndpoint, *, now: datetime, gone: bool) -> None:
    """Count a failed attempt (disabling the endpoint when it keeps failing); `sending_to` is brought up to date."""
    with transaction.atomic():
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=sending_to.pk)
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
    for field in ("failure_streak", "failing_since", "is_enabled", "disabled_reason", "disabled_at"):
        setattr(sending_to, field, getattr(endpoint, field))


def _email_owners_disabled(endpoint: WebhookEndpoint) -> None:
    from notifications.alerts.preferences import staff_email_queue
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
