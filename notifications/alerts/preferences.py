"""Members' alert preferences (types, channels, quiet hours) and staff email/SMS through the notifications outbox."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from notifications.alerts.models import AlertPreference
from notifications.models import Channel, Notification, NotificationStatus
from voiceplatform.events import ALERT_TYPES
from voiceplatform.tasks import current_tenant, enqueue_on_commit

MEMBER_CHANNELS = ("in_app", "email", "sms")
DEFAULT_CHANNELS = {"owner": ["in_app", "email"], "admin": ["in_app", "email"], "manager": ["in_app", "email"]}


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


def clean_time(value, name: str, errors: dict):
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
    start = clean_time(quiet_start, "quiet_start", errors) if quiet_start is not None else preference.quiet_start
    end = clean_time(quiet_end, "quiet_end", errors) if quiet_end is not None else preference.quiet_end
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
