"""The staff alert inbox: raising alerts, who handles them, and delivering them on members' channels.

A StaffAlert becomes an Alert row in the publisher's transaction (a recorder),
with a `created` history entry, one email/SMS Notification per member who
wants that type on that channel (held until their quiet hours end unless the
alert is urgent), and one AlertDelivery per configured Slack/Discord webhook.
All of it is sent after the commit; Slack/Discord retries are due rows the
beat sweep picks up.
"""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import httpx
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from notifications.alerts.models import (
    Alert,
    AlertChannelSettings,
    AlertDelivery,
    AlertHistory,
    AlertPreference,
    AlertStatus,
)
from notifications.crypto import decrypt, encrypt
from notifications.models import Channel, Notification, NotificationStatus
from voiceplatform.events import ALERT_TYPES, StaffAlert
from voiceplatform.tasks import current_tenant, enqueue_on_commit

logger = logging.getLogger(__name__)

MEMBER_CHANNELS = ("in_app", "email", "sms")
DEFAULT_CHANNELS = {"owner": ["in_app", "email"], "admin": ["in_app", "email"], "manager": ["in_app", "email"]}
RETRY_DELAYS = (10, 60, 300, 1800, 3600)
TRANSITIONS = {
    AlertStatus.PENDING: {AlertStatus.IN_PROGRESS, AlertStatus.RESOLVED},
    AlertStatus.IN_PROGRESS: {AlertStatus.PENDING, AlertStatus.RESOLVED},
    AlertStatus.RESOLVED: {AlertStatus.PENDING},
}


def _label(actor) -> str:
    return getattr(actor, "email", "") or "system"


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


def portal_url(path: str) -> str:
    tenant = current_tenant()
    port = f":{settings.PUBLIC_PORT}" if settings.PUBLIC_PORT else ""
    host = f"{tenant.slug}.{settings.BASE_HOST}" if tenant else settings.BASE_HOST
    return f"{settings.PUBLIC_SCHEME}://{host}{port}{path}"


# --- staff email and SMS through the notifications outbox -------------------------------------


def _queue(
    *,
    channel: str,
    recipient: str,
    kind: str,
    subject: str,
    body: str,
    dedupe_key: str | None,
    not_before: datetime | None = None,
) -> Notification | None:
    from notifications.tasks import deliver_email, deliver_sms

    if dedupe_key and Notification.objects.filter(dedupe_key=dedupe_key[:200]).exists():
        return None
    notification = Notification.objects.create(
        kind=kind[:40],
        channel=channel,
        recipient=recipient,
        subject=subject[:200],
        body=body,
        status=NotificationStatus.PENDING,
        next_attempt_at=not_before,
        dedupe_key=dedupe_key[:200] if dedupe_key else None,
    )
    if not_before is None or not_before <= timezone.now():
        enqueue_on_commit(deliver_sms if channel == Channel.SMS else deliver_email, notification.pk)
    return notification


def staff_email_queue(
    *,
    recipient: str,
    kind: str,
    subject: str,
    body: str,
    dedupe_key: str | None = None,
    not_before: datetime | None = None,
) -> Notification | None:
    """An email to a team member, logged and retried like every message (held until `not_before`)."""
    return _queue(
        channel=Channel.EMAIL,
        recipient=recipient,
        kind=kind,
        subject=subject,
        body=body,
        dedupe_key=dedupe_key,
        not_before=not_before,
    )


def staff_sms_queue(
    *, recipient: str, kind: str, body: str, dedupe_key: str | None = None, not_before: datetime | None = None
) -> Notification | None:
    return _queue(
        channel=Channel.SMS,
        recipient=recipient,
        kind=kind,
        subject="",
        body=body,
        dedupe_key=dedupe_key,
        not_before=not_before,
    )


# --- preferences ------------------------------------------------------------------------------


def preference_for(user_id: int, role: str = "") -> AlertPreference:
    """The member's preferences, or the defaults for their role (not saved)."""
    found = AlertPreference.objects.filter(user_id=user_id).first()
    return found or AlertPreference(user_id=user_id, channels=DEFAULT_CHANNELS.get(role, ["in_app"]))


def _clean_time(value, name: str, errors: dict):
    if value in (None, ""):
        return None
    if isinstance(value, time):
        return value
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        errors[name] = ["Use HH:MM."]
        return None


@transaction.atomic
def preference_update(
    *, user, types=None, channels=None, quiet_start=None, quiet_end=None, phone=None, daily_summary=None
) -> AlertPreference:
    from contacts.phones import InvalidPhone, normalize_phone

    errors: dict = {}
    preference = AlertPreference.objects.select_for_update().filter(user_id=user.pk).first()
    if preference is None:
        from tenants.models import Membership

        role = Membership.objects.filter(user=user, tenant=current_tenant()).values_list("role", flat=True).first()
        preference = preference_for(user.pk, role or "")
    if types is not None:
        if not isinstance(types, list) or set(types) - set(ALERT_TYPES):
            errors["types"] = [f"Choose from: {', '.join(ALERT_TYPES)}."]
        else:
            preference.types = sorted(set(types))
    if channels is not None:
        if not isinstance(channels, list) or set(channels) - set(MEMBER_CHANNELS):
            errors["channels"] = [f"Choose from: {', '.join(MEMBER_CHANNELS)}."]
        else:
            preference.channels = sorted(set(channels))
    start = _clean_time(quiet_start, "quiet_start", errors) if quiet_start is not None else preference.quiet_start
    end = _clean_time(quiet_end, "quiet_end", errors) if quiet_end is not None else preference.quiet_end
    if (start is None) != (end is None):
        errors["quiet_end"] = ["Give both the start and the end of quiet hours, or neither."]
    preference.quiet_start, preference.quiet_end = start, end
    if phone is not None:
        try:
            preference.phone = normalize_phone(phone) if phone else ""
        except InvalidPhone as exc:
            errors["phone"] = [str(exc)]
    if daily_summary is not None:
        preference.daily_summary = bool(daily_summary)
    if "sms" in (preference.channels or []) and not preference.phone and "channels" not in errors:
        errors["phone"] = ["Give a mobile number to get alerts by SMS."]
    if errors:
        raise ValidationError(errors)
    preference.save()
    return preference


def quiet_until(start: time | None, end: time | None, *, now: datetime, zone: ZoneInfo) -> datetime | None:
    """When the quiet period that `now` falls in ends (None when `now` is not quiet)."""
    if start is None or end is None or start == end:
        return None
    local = now.astimezone(zone)
    t = local.time()
    quiet = (start <= t < end) if start < end else (t >= start or t < end)
    if not quiet:
        return None
    day = local.date() if t < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=zone).astimezone(ZoneInfo("UTC"))


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


# --- raising alerts ---------------------------------------------------------------------------


def _members():
    from tenants.models import Membership

    return Membership.objects.filter(tenant=current_tenant(), status=Membership.Status.ACTIVE).select_related("user")


def _existing_links(event: StaffAlert) -> dict:
    """The linked rows that exist: a stale id must not fail the publisher's commit (foreign keys are deferred)."""
    from calls.models import Call
    from campaigns.models import Campaign
    from contacts.models import Contact

    links = {}
    for name, model, value in (
        ("contact_id", Contact, event.contact_id),
        ("call_id", Call, event.call_id),
        ("campaign_id", Campaign, event.campaign_id),
    ):
        links[name] = value if value is not None and model.objects.filter(pk=value).exists() else None
    return links


def alert_raise(event: StaffAlert) -> Alert | None:
    """The alert for a StaffAlert, with its deliveries (None when its dedupe key was seen before)."""
    dedupe_key = event.dedupe_key[:200] or None
    if dedupe_key and Alert.objects.filter(dedupe_key=dedupe_key).exists():
        return None
    links = _existing_links(event)
    try:
        with transaction.atomic():
            alert = Alert.objects.create(
                type=event.type,
                priority=event.priority,
                title=event.title[:200],
                message=event.message,
                required_action=event.required_action[:300],
                **links,
                conversation_id=event.conversation_id,
                link=event.link[:500],
                dedupe_key=dedupe_key,
            )
    except IntegrityError:
        return None
    AlertHistory.objects.create(alert=alert, action="created", to_status=alert.status, actor_label="system")
    _fan_out(alert)
    return alert


def _text(alert: Alert) -> str:
    lines = [alert.message] if alert.message else []
    if alert.required_action:
        lines.append(f"What to do: {alert.required_action}")
    lines.append(f"Open: {portal_url(f'/alerts/{alert.pk}/')}")
    return "\n\n".join(lines)


def _fan_out(alert: Alert) -> None:
    tenant = current_tenant()
    zone = ZoneInfo(tenant.timezone)
    now = timezone.now()
    subject = f"[{alert.get_priority_display()}] {alert.title}"
    for membership in _members():
        preference = preference_for(membership.user_id, membership.role)
        if preference.types and alert.type not in preference.types:
            continue
        held = (
            None
            if alert.priority == "urgent"
            else quiet_until(preference.quiet_start, preference.quiet_end, now=now, zone=zone)
        )
        channels = preference.channels or []
        if "email" in channels:
            staff_email_queue(
                recipient=membership.user.email,
                kind=f"alert.{alert.type}",
                subject=f"{tenant.name}: {subject}",
                body=_text(alert),
                dedupe_key=f"alert:{alert.pk}:{membership.user_id}:email",
                not_before=held,
            )
        if "sms" in channels and preference.phone:
            staff_sms_queue(
                recipient=preference.phone,
                kind=f"alert.{alert.type}",
                body=f"{tenant.name}: {alert.title}. {portal_url(f'/alerts/{alert.pk}/')}"[:320],
                dedupe_key=f"alert:{alert.pk}:{membership.user_id}:sms",
                not_before=held,
            )
    row = AlertChannelSettings.objects.filter(singleton=True).first()
    if row is None or (row.types and alert.type not in row.types):
        return
    from notifications.alerts.tasks import deliver_alert

    for channel, encrypted in (
        (AlertDelivery.Channel.SLACK, row.slack_url_encrypted),
        (AlertDelivery.Channel.DISCORD, row.discord_url_encrypted),
    ):
        if encrypted:
            delivery = AlertDelivery.objects.create(alert=alert, channel=channel, next_attempt_at=now)
            enqueue_on_commit(deliver_alert, delivery.pk)


# --- handling alerts --------------------------------------------------------------------------


def _history(alert, action, *, actor, from_status="", to_status="", detail=""):
    AlertHistory.objects.create(
        alert=alert,
        action=action,
        from_status=from_status,
        to_status=to_status,
        actor=_user(actor),
        actor_label=_label(actor),
        detail=detail[:300],
    )


def _move(alert: Alert, status: str, *, actor, now: datetime) -> None:
    previous = alert.status
    alert.status = status
    if status == AlertStatus.RESOLVED:
        alert.resolved_at = now
        alert.resolved_by = _user(actor)
    else:
        alert.resolved_at = None
        alert.resolved_by = None
    _history(alert, "status", actor=actor, from_status=previous, to_status=status)


@transaction.atomic
def alert_set_status(*, alert: Alert, status: str, actor=None, note: str = "") -> Alert:
    if status not in AlertStatus.values:
        raise ValidationError({"status": [f"Choose one of: {', '.join(AlertStatus.values)}."]})
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    if alert.status == status:
        return alert
    if status not in TRANSITIONS[alert.status]:
        raise ValidationError({"status": [f"A {alert.get_status_display().lower()} alert cannot become {status}."]})
    _move(alert, status, actor=actor, now=timezone.now())
    alert.save()
    return alert


def _check_assignee(user_id) -> object | None:
    from tenants.models import Membership

    if user_id in (None, ""):
        return None
    membership = _members().filter(user_id=user_id).first() if str(user_id).isdigit() else None
    if membership is None:
        raise ValidationError({"assignee": ["Choose an active member of this team."]})
    return membership.user if isinstance(membership, Membership) else None


@transaction.atomic
def alert_assign(*, alert: Alert, assignee_id, actor=None) -> Alert:
    """Give the alert to a team member (or nobody); a pending alert is then in progress."""
    user = _check_assignee(assignee_id)
    alert = Alert.objects.select_for_update().get(pk=alert.pk)
    if (alert.assignee_id or None) == (user.pk if user else None):
        return alert
    alert.assignee = user
    _history(alert, "assigned", actor=actor, detail=f"to {user.email}" if user else "unassigned")
    if user is not None and alert.status == AlertStatus.PENDING:
        _move(alert, AlertStatus.IN_PROGRESS, actor=actor, now=timezone.now())
    alert.save()
    return alert


@transaction.atomic
def alerts_bulk_resolve(*, alert_ids, actor=None) -> int:
    if not isinstance(alert_ids, list) or not alert_ids or not all(str(i).isdigit() for i in alert_ids):
        raise ValidationError({"ids": ["Choose at least one alert."]})
    now = timezone.now()
    count = 0
    for alert in (
        Alert.objects.select_for_update()
        .filter(pk__in=[int(i) for i in alert_ids])
        .exclude(status=AlertStatus.RESOLVED)
    ):
        _move(alert, AlertStatus.RESOLVED, actor=actor, now=now)
        alert.save()
        count += 1
    return count


@transaction.atomic
def alert_mark_qualified(*, alert: Alert, actor=None) -> Alert:
    """Quick action: the linked contact becomes a qualified lead and the alert is resolved."""
    from contacts.models import Contact
    from contacts.services import InvalidTransition, contact_set_status

    if alert.contact_id is None:
        raise ValidationError({"contact": ["This alert is not about a contact."]})
    contact = Contact.objects.get(pk=alert.contact_id)
    try:
        contact_set_status(contact=contact, status="qualified", actor=actor, reason=f"From alert #{alert.pk}")
    except InvalidTransition as exc:
        raise ValidationError({"contact": [str(exc)]}) from exc
    return alert_set_status(alert=alert, status=AlertStatus.RESOLVED, actor=actor)


@transaction.atomic
def alert_call_back(*, alert: Alert, actor) -> Alert:
    """Quick action: the member takes the callback (assigned to them, in progress)."""
    if alert.contact_id is None:
        raise ValidationError({"contact": ["This alert is not about a contact."]})
    return alert_assign(alert=alert, assignee_id=actor.pk, actor=actor)


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
    import json

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
