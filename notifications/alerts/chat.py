"""Alerts posted to the tenant's Slack and Discord incoming webhooks: settings, payloads, sending with retries.

The URLs are secrets (anyone holding one can post): encrypted at rest, never
shown back. Posts go through the guarded HTTP client; transient failures come
back as due rows the beat sweep picks up.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import httpx
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from notifications.alerts.models import Alert, AlertChannelSettings, AlertDelivery
from voiceplatform.crypto import decrypt, encrypt
from voiceplatform.events import ALERT_TYPES

RETRY_DELAYS = (10, 60, 300, 1800, 3600)


def portal_url(path: str) -> str:
    """An absolute link into the current tenant's portal."""
    from voiceplatform.tasks import current_tenant

    tenant = current_tenant()
    port = f":{settings.PUBLIC_PORT}" if settings.PUBLIC_PORT else ""
    host = f"{tenant.slug}.{settings.BASE_HOST}" if tenant else settings.BASE_HOST
    return f"{settings.PUBLIC_SCHEME}://{host}{port}{path}"


# --- channels for the tenant ------------------------------------------------------------------


def channel_settings_get() -> AlertChannelSettings:
    row, _ = AlertChannelSettings.objects.get_or_create(singleton=True)
    return row


def channel_url(row: AlertChannelSettings, channel: str) -> str:
    value = row.slack_url_encrypted if channel == AlertDelivery.Channel.SLACK else row.discord_url_encrypted
    return decrypt(value) if value else ""


@transaction.atomic
def channel_settings_update(*, slack_url=None, discord_url=None, types=None) -> AlertChannelSettings:
    from django.core.validators import URLValidator

    row = AlertChannelSettings.objects.select_for_update().get(pk=channel_settings_get().pk)
    errors = {}
    for name, value in (("slack_url", slack_url), ("discord_url", discord_url)):
        if value is None:
            continue
        value = value.strip()
        if value:
            try:
                URLValidator(schemes=["https", "http"])(value)
            except ValidationError:
                errors[name] = ["Enter the incoming webhook's URL (https://...)."]
                continue
        setattr(row, name.replace("_url", "_url_encrypted"), encrypt(value) if value else "")
    if types is not None:
        if not isinstance(types, list) or set(types) - set(ALERT_TYPES):
            errors["types"] = [f"Choose from: {', '.join(ALERT_TYPES)}."]
        else:
            row.types = sorted(set(types))
    if errors:
        raise ValidationError(errors)
    row.save()
    return row


# --- Slack and Discord ------------------------------------------------------------------------

_COLOURS = {"low": 0x9CA3AF, "normal": 0x2563EB, "high": 0xF59E0B, "urgent": 0xDC2626}


def slack_payload(alert: Alert) -> dict:
    url = portal_url(f"/alerts/{alert.pk}/")
    text = f"*{alert.title}* ({alert.get_priority_display()}, {alert.get_type_display().lower()})"
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
    if alert.message:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": alert.message[:2900]}})
    if alert.required_action:
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"What to do: {alert.required_action}"}]}
        )
    blocks.append(
        {
            "type": "actions",
            "elements": [{"type": "button", "text": {"type": "plain_text", "text": "Open in the portal"}, "url": url}],
        }
    )
    return {"text": f"{alert.title}: {url}", "blocks": blocks}


def discord_payload(alert: Alert) -> dict:
    url = portal_url(f"/alerts/{alert.pk}/")
    embed = {
        "title": alert.title[:256],
        "description": (alert.message or "")[:4000],
        "url": url,
        "color": _COLOURS.get(alert.priority, _COLOURS["normal"]),
        "fields": [
            {"name": "Type", "value": alert.get_type_display(), "inline": True},
            {"name": "Priority", "value": alert.get_priority_display(), "inline": True},
        ],
    }
    if alert.required_action:
        embed["fields"].append({"name": "What to do", "value": alert.required_action[:1024]})
    return {"content": f"New alert: {alert.title}"[:2000], "embeds": [embed], "allowed_mentions": {"parse": []}}


def alert_delivery_send(*, delivery_id: int, now: datetime | None = None) -> AlertDelivery | None:
    """Post one alert to Slack or Discord; transient failures come back as due rows."""
    from voiceplatform.http import URLRefused, guarded_request

    now = now or timezone.now()
    claimed = AlertDelivery.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        pk=delivery_id,
        status__in=["pending", "retrying"],
    ).update(status="sending", attempts=F("attempts") + 1, updated_at=now)
    if not claimed:
        return None
    delivery = AlertDelivery.objects.select_related("alert").get(pk=delivery_id)
    url = channel_url(channel_settings_get(), delivery.channel)
    payload = slack_payload(delivery.alert) if delivery.channel == "slack" else discord_payload(delivery.alert)
    error, permanent = "", False
    if not url:
        error, permanent = "The webhook URL was removed.", True
    else:
        try:
            response = guarded_request(
                "POST",
                url,
                allowed_origins=tuple(settings.WEBHOOK_ALLOWED_ORIGINS),
                headers={"content-type": "application/json"},
                content=json.dumps(payload).encode(),
                timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
                max_redirects=0,
            )
        except URLRefused as exc:
            error, permanent = f"Refused: {exc.reason}", True
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        else:
            delivery.last_status_code = response.status_code
            if not 200 <= response.status_code < 300:
                error = f"HTTP {response.status_code}"
                permanent = response.status_code in (400, 401, 403, 404, 410)
    delivery.last_error = error[:500]
    if not error:
        delivery.status, delivery.sent_at, delivery.next_attempt_at = "sent", now, None
    elif permanent or delivery.attempts > len(RETRY_DELAYS):
        delivery.status, delivery.next_attempt_at = "failed", None
    else:
        delivery.status = "retrying"
        delivery.next_attempt_at = now + timedelta(seconds=RETRY_DELAYS[delivery.attempts - 1])
    delivery.save()
    return delivery


def alert_deliveries_due(*, now: datetime | None = None) -> list[int]:
    now = now or timezone.now()
    AlertDelivery.objects.filter(status="sending", updated_at__lt=now - timedelta(minutes=5)).update(
        status="retrying", next_attempt_at=now, updated_at=now
    )
    return list(
        AlertDelivery.objects.filter(status__in=["pending", "retrying"], next_attempt_at__lte=now).values_list(
            "pk", flat=True
        )[:500]
    )


def chat_urls_rotate(rotate) -> int:
    """voiceplatform.crypto.secret_rotators: re-encrypt this schema's Slack and Discord URLs under the current key."""
    changed = 0
    for row in AlertChannelSettings.objects.exclude(slack_url_encrypted="", discord_url_encrypted=""):
        for field in ("slack_url_encrypted", "discord_url_encrypted"):
            if getattr(row, field):
                setattr(row, field, rotate(getattr(row, field)))
        row.save(update_fields=["slack_url_encrypted", "discord_url_encrypted"])
        changed += 1
    return changed
