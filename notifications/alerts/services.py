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
from datetime import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from notifications.alerts.chat import portal_url
from notifications.alerts.models import (
    Alert,
    AlertChannelSettings,
    AlertDelivery,
    AlertHistory,
    AlertStatus,
)
from notifications.alerts.preferences import preference_for, quiet_until, staff_email_queue, staff_sms_queue
from tenants.roles import Perm, can
from voiceplatform.events import StaffAlert
from voiceplatform.tasks import current_tenant, enqueue_on_commit

logger = logging.getLogger(__name__)

# Alert types whose source app already emails the owners itself (campaigns' auto-pause email):
# the inbox, SMS and Slack/Discord still get them, a second email does not.
EMAILED_BY_SOURCE = frozenset({"campaign_paused"})
TRANSITIONS = {
    AlertStatus.PENDING: {AlertStatus.IN_PROGRESS, AlertStatus.RESOLVED},
    AlertStatus.IN_PROGRESS: {AlertStatus.PENDING, AlertStatus.RESOLVED},
    AlertStatus.RESOLVED: {AlertStatus.PENDING},
}


def _label(actor) -> str:
    return getattr(actor, "email", "") or "system"


def _user(actor):
    return actor if getattr(actor, "is_authenticated", False) else None


# --- raising alerts ---------------------------------------------------------------------------


def _members():
    from tenants.models import Membership

    return Membership.objects.filter(tenant=current_tenant(), status=Membership.Status.ACTIVE).select_related("user")


def _existing_links(event: StaffAlert) -> dict:
    """The linked rows that exist: a stale id must not fail the publisher's commit (foreign keys are deferred)."""
    links = {}
    for name in ("contact_id", "call_id", "campaign_id"):
        value = getattr(event, name)
        model = Alert._meta.get_field(name.removesuffix("_id")).related_model
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


# Alert types only members with the permission hear about (money is for owners and admins).
PERMISSION_FOR_TYPE = {"billing": Perm.MANAGE_BILLING}


def _fan_out(alert: Alert) -> None:
    tenant = current_tenant()
    zone = ZoneInfo(tenant.timezone)
    now = timezone.now()
    subject = f"[{alert.get_priority_display()}] {alert.title}"
    for membership in _members():
        preference = preference_for(membership.user_id, membership.role)
        if preference.types and alert.type not in preference.types:
            continue
        if alert.type in PERMISSION_FOR_TYPE and not can(membership, PERMISSION_FOR_TYPE[alert.type]):
            continue
        held = (
            None
            if alert.priority == "urgent"
            else quiet_until(preference.quiet_start, preference.quiet_end, now=now, zone=zone)
        )
        channels = preference.channels or []
        if "email" in channels and alert.type not in EMAILED_BY_SOURCE:
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
