"""Creating, editing and moving campaigns through their status machine.

    draft → scheduled → running ⇄ paused → completed | cancelled → archived

Starting freezes the audience into CampaignContact rows (one INSERT … SELECT,
so a large audience costs one statement); contacts can still be added while
the campaign is live. Every transition is recorded with who made it and why.
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from calls.models import Agent, PhoneNumber
from campaigns.audience import audience_queryset, clean_audience, has_source
from campaigns.events import CampaignStatusChanged
from campaigns.models import (
    CallAttempt,
    Campaign,
    CampaignAlert,
    CampaignContact,
    CampaignStatus,
    CampaignStatusChange,
    CampaignType,
    TargetState,
)
from campaigns.validation import DRAFT_FIELDS, clean_campaign
from voiceplatform import events

S = CampaignStatus

TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.SCHEDULED, S.CANCELLED, S.ARCHIVED}),
    S.SCHEDULED: frozenset({S.RUNNING, S.CANCELLED}),
    S.RUNNING: frozenset({S.PAUSED, S.COMPLETED, S.CANCELLED}),
    S.PAUSED: frozenset({S.RUNNING, S.COMPLETED, S.CANCELLED}),
    S.COMPLETED: frozenset({S.ARCHIVED}),
    S.CANCELLED: frozenset({S.ARCHIVED}),
    S.ARCHIVED: frozenset(),
}


# Which agents may make a campaign's calls: an agent says what its purpose lets it say ("calling to confirm
# your appointment"), so a list campaign never runs on a reminder agent, nor a reminder on a lead qualifier.
LIST_PURPOSES = frozenset({Agent.Purpose.QUALIFIER, Agent.Purpose.CUSTOM})
PURPOSES_FOR_TYPE = {
    CampaignType.OUTBOUND: LIST_PURPOSES,
    CampaignType.FOLLOW_UP: LIST_PURPOSES,
    CampaignType.RE_ENGAGEMENT: LIST_PURPOSES,
    CampaignType.REMINDER: frozenset({Agent.Purpose.REMINDER, Agent.Purpose.CUSTOM}),
}


def agent_fit_problem(campaign_type: str, agent: Agent | None) -> str:
    """Why this agent cannot make this type of campaign's calls ("" when it can)."""
    if agent is None or agent.purpose in PURPOSES_FOR_TYPE.get(campaign_type, LIST_PURPOSES):
        return ""
    wanted = "an appointment-reminder" if campaign_type == CampaignType.REMINDER else "a lead-qualification (or custom)"
    return (
        f"{agent.name} is {agent.get_purpose_display().lower()} agent: it would speak of the wrong thing. "
        f"Choose {wanted} agent for this campaign."
    )


def default_list_agent() -> Agent | None:
    """The agent a list campaign gets when none is chosen: the first published lead qualifier."""
    return (
        Agent.objects.filter(
            purpose=Agent.Purpose.QUALIFIER, status=Agent.Status.ACTIVE, published_version__isnull=False
        )
        .order_by("id")
        .first()
    )


def _check_whole(campaign: Campaign, *, now: datetime | None = None, changed: frozenset = frozenset()) -> None:
    """Rules across fields, checked on every save (not only at Start)."""
    now = now or timezone.now()
    errors = {}
    if campaign.starts_at and campaign.ends_at and campaign.ends_at <= campaign.starts_at:
        errors["ends_at"] = ["The end must be after the start."]
    if "starts_at" in changed and campaign.starts_at and campaign.starts_at < now:
        errors["starts_at"] = [
            "This start time has already passed: choose a later one, or leave it empty to start now."
        ]
    if "ends_at" in changed and campaign.ends_at and campaign.ends_at <= now:
        errors["ends_at"] = ["This end time has already passed."]
    if "audience" in changed and campaign.status == S.DRAFT and not has_source(campaign.audience or {}):
        errors["audience"] = ["Choose who to call: a group, tags, a saved view, filters or contacts."]
    if not campaign.is_automation and "type" in changed and campaign.type == CampaignType.REMINDER:
        errors["type"] = [
            "Reminder calls are made only for real appointments: switch on appointment reminders "
            "(Campaigns → Reminders & calling rules) and every booking gets its reminder."
        ]
    agents = [campaign.agent, *Agent.objects.filter(pk__in=[v["agent"] for v in campaign.variants or []])]
    for agent in filter(None, agents):
        problem = agent_fit_problem(campaign.type, agent)
        if problem:
            errors["variants" if agent is not campaign.agent else "agent"] = [problem]
    if errors:
        raise ValidationError(errors)


# --- create, edit, delete --------------------------------------------------------------------


@transaction.atomic
def campaign_create(*, data: dict, actor=None) -> Campaign:
    if "name" not in data:
        data = {**data, "name": ""}
    cleaned = clean_campaign(data)
    if cleaned.get("agent") is None and cleaned.get("type", CampaignType.OUTBOUND) != CampaignType.REMINDER:
        cleaned["agent"] = default_list_agent()
    campaign = Campaign(created_by=actor if getattr(actor, "is_authenticated", False) else None, **cleaned)
    _check_whole(campaign, changed=frozenset(cleaned) | {"type", "audience"})
    campaign.save()
    status_record(campaign, "", S.DRAFT, actor=actor, reason="Created")
    return campaign


@transaction.atomic
def campaign_update(*, campaign: Campaign, data: dict, actor=None) -> Campaign:
    """Edit a campaign; the audience, type and start time only while it is a draft."""
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if campaign.status in (S.COMPLETED, S.CANCELLED, S.ARCHIVED):
        raise ValidationError({"status": [f"A {campaign.get_status_display().lower()} campaign cannot be edited."]})
    if campaign.is_automation and set(data) & {"type", "audience", "starts_at", "ends_at"}:
        raise ValidationError({"type": ["The reminder automation's type, audience and dates are managed for you."]})
    late = sorted(set(data) & DRAFT_FIELDS) if campaign.status != S.DRAFT else []
    if late:
        raise ValidationError(
            {field: ["Only a draft's audience, type and start can change; add contacts instead."] for field in late}
        )
    cleaned = clean_campaign(data)
    for field, value in cleaned.items():
        setattr(campaign, field, value)
    _check_whole(campaign, changed=frozenset(cleaned))
    campaign.save()
    return campaign


@transaction.atomic
def campaign_delete(*, campaign: Campaign, actor=None) -> None:
    """Only drafts are deleted; anything that called someone is kept (cancel or archive it)."""
    campaign = Campaign.objects.select_for_update().get(pk=campaign.pk)
    if campaign.status != S.DRAFT or CallAttempt.objects.filter(campaign=campaign).exists():
        raise ValidationError({"status": ["Only a draft that never called anyone can be deleted; archive it instead."]})
    if campaign.is_automation:
        raise ValidationError({"status": ["The reminder automation cannot be deleted; switch reminders off instead."]})
    campaign.delete()


# --- the status machine ------------------------------------------------------------------------


def status_record(
    campaign: Campaign, from_status: str, to_status: str, *, actor=None, actor_label: str = "", reason=""
):
    CampaignStatusChange.objects.create(
        campaign=campaign,
        from_status=from_status,
        to_status=to_status,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        actor_label=actor_label or getattr(actor, "email", "") or "system",
        reason=str(reason)[:300],
    )


def _transition(campaign: Campaign, to_status: str, *, actor=None, actor_label: str = "", reason: str = ""):
    if to_status not in TRANSITIONS[campaign.status]:
        raise ValidationError(
            {
                "status": [
                    f"A {campaign.get_status_display().lower()} campaign cannot become {S(to_status).label.lower()}."
                ]
            }
        )
    previous = campaign.status
    campaign.status = to_status
    now = timezone.now()
    fields = ["status", "updated_at"]
    if to_status == S.RUNNING:
        campaign.paused_reason = ""
        campaign.window_started_at = now
        fields += ["paused_reason", "window_started_at"]
        if campaign.started_at is None:
            campaign.started_at = now
            fields.append("started_at")
    if to_status in (S.COMPLETED, S.CANCELLED):
        campaign.finished_at = now
        fields.append("finished_at")
    campaign.save(update_fields=fields)
    status_record(campaign, previous, to_status, actor=actor, actor_label=actor_label, reason=reason)
    events.publish(
        CampaignStatusChanged(
            campaign_id=campaign.pk,
            name=campaign.name,
            from_status=previous,
            to_status=to_status,
            reason=str(reason)[:300],
            actor_label=actor_label or getattr(actor, "email", "") or "system",
            automatic=actor_label == "auto-pause",
        )
    )
    return campaign


def _lock(campaign: Campaign) -> Campaign:
    return Campaign.objects.select_for_update().get(pk=campaign.pk)


def freeze_audience(*, campaign: Campaign, now: datetime) -> int:
    """Copy the audience into CampaignContact rows (existing ones are kept); returns how many were added."""
    contacts = audience_queryset(campaign.audience).order_by("-priority", "id").values("id")
    sql, params = contacts.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO campaigns_campaigncontact
                (campaign_id, contact_id, key, state, eligible_at, attempts, reason, reason_code,
                 final_outcome, variables, created_at, updated_at)
            SELECT %s, selected.id, 'contact:' || selected.id, 'queued', %s, 0, '', '', '', '{{}}'::jsonb, %s, %s
            FROM ({sql}) AS selected
            ON CONFLICT (campaign_id, key) DO NOTHING
            """,  # noqa: S608 - the subquery is the ORM's own SQL, its values are parameters
            [campaign.pk, now, now, now, *params],
        )
        return cursor.rowcount


@transaction.atomic
def campaign_start(*, campaign: Campaign, actor=None, now: datetime | None = None) -> Campaign:
    """Freeze the audience and schedule the campaign; it runs at once when its start time has come."""
    now = now or timezone.now()
    campaign = _lock(campaign)
    if campaign.status != S.DRAFT:
        raise ValidationError(
            {"status": [f"Only a draft can be started; this one is {campaign.get_status_display().lower()}."]}
        )
    errors = {}
    if not has_source(campaign.audience):
        errors["audience"] = ["Choose who to call before starting."]
    if campaign.ends_at and campaign.ends_at <= now:
        errors["ends_at"] = ["The end has already passed."]
    agents = [campaign.agent, *Agent.objects.filter(pk__in=[v["agent"] for v in campaign.variants])]
    for agent in filter(None, agents):
        if agent.status != Agent.Status.ACTIVE or agent.published_version_id is None:
            errors["agent"] = [f"{agent.name} is not active: publish or resume it first."]
    if campaign.agent is None and not campaign.variants:
        from campaigns.services.dialer import dialing_number

        number = dialing_number(campaign)
        problem = agent_fit_problem(campaign.type, number.outbound_agent if number else None)
        if problem:
            errors["agent"] = [f"No agent is chosen, and the calling number's agent does not fit. {problem}"]
    if not PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).exists():
        errors["from_number"] = ["Get a phone number before starting a campaign."]
    if errors:
        raise ValidationError(errors)
    added = freeze_audience(campaign=campaign, now=max(now, campaign.starts_at or now))
    if not added and not CampaignContact.objects.filter(campaign=campaign).exists():
        raise ValidationError({"audience": ["Nobody matches this audience."]})
    _transition(campaign, S.SCHEDULED, actor=actor, reason=f"{added} contact{'s' if added != 1 else ''} frozen")
    if campaign.starts_at is None or campaign.starts_at <= now:
        _transition(campaign, S.RUNNING, actor=actor, reason="Start time reached")
    return campaign


@transaction.atomic
def campaign_pause(*, campaign: Campaign, actor=None, reason: str = "", automatic: bool = False) -> Campaign:
    campaign = _lock(campaign)
    if campaign.status == S.PAUSED:
        return campaign
    _transition(campaign, S.PAUSED, actor=actor, actor_label="auto-pause" if automatic else "", reason=reason)
    campaign.paused_reason = reason[:300]
    campaign.save(update_fields=["paused_reason", "updated_at"])
    if automatic:
        alert = CampaignAlert.objects.create(campaign=campaign, kind="auto_pause", message=reason[:300])
        _alert_staff(alert)
    return campaign


@transaction.atomic
def campaign_resume(*, campaign: Campaign, actor=None) -> Campaign:
    campaign = _lock(campaign)
    if campaign.status == S.RUNNING:
        return campaign
    if campaign.status != S.PAUSED:
        raise ValidationError(
            {"status": [f"Only a paused campaign can be resumed; this one is {campaign.get_status_display().lower()}."]}
        )
    _transition(campaign, S.RUNNING, actor=actor, reason="Resumed")
    CampaignAlert.objects.filter(campaign=campaign, resolved_at__isnull=True).update(resolved_at=timezone.now())
    return campaign


@transaction.atomic
def campaign_cancel(*, campaign: Campaign, actor=None, reason: str = "") -> Campaign:
    """Stop for good: nobody still queued is called. Calls already under way finish normally."""
    campaign = _lock(campaign)
    if campaign.status == S.CANCELLED:
        return campaign
    if campaign.is_automation:
        raise ValidationError(
            {"status": ["The reminder automation cannot be cancelled; switch reminders off instead."]}
        )
    _transition(campaign, S.CANCELLED, actor=actor, reason=reason or "Cancelled")
    CampaignContact.objects.filter(campaign=campaign, state=TargetState.QUEUED).update(
        state=TargetState.CANCELLED,
        reason="The campaign was cancelled",
        reason_code="cancelled",
        updated_at=timezone.now(),
    )
    return campaign


@transaction.atomic
def campaign_archive(*, campaign: Campaign, actor=None) -> Campaign:
    campaign = _lock(campaign)
    if campaign.status == S.ARCHIVED:
        return campaign
    _transition(campaign, S.ARCHIVED, actor=actor, reason="Archived")
    return campaign


@transaction.atomic
def campaign_add_contacts(*, campaign: Campaign, audience: dict, actor=None, now: datetime | None = None) -> int:
    """Late additions: add more people to a campaign that has started (already present ones are kept)."""
    now = now or timezone.now()
    campaign = _lock(campaign)
    if campaign.status not in (S.SCHEDULED, S.RUNNING, S.PAUSED):
        raise ValidationError({"status": ["Contacts can be added only to a scheduled, running or paused campaign."]})
    if campaign.is_automation:
        raise ValidationError({"audience": ["Reminders are added by bookings, not by hand."]})
    extra = clean_audience(audience)
    if not has_source(extra):
        raise ValidationError({"audience": ["Choose who to add."]})
    snapshot = campaign.audience
    campaign.audience = extra
    added = freeze_audience(campaign=campaign, now=now)
    campaign.audience = snapshot
    status_record(campaign, campaign.status, campaign.status, actor=actor, reason=f"{added} contact(s) added")
    return added


def _has_work(campaign: Campaign) -> bool:
    return CampaignContact.objects.filter(
        campaign=campaign, state__in=[TargetState.QUEUED, TargetState.DIALING]
    ).exists()


def campaigns_advance(*, now: datetime | None = None) -> dict:
    """Start scheduled campaigns whose time came; finish those past their end or with nobody left to call."""
    now = now or timezone.now()
    counts = {"started": 0, "completed": 0}
    for campaign_id in Campaign.objects.filter(status=S.SCHEDULED, starts_at__lte=now).values_list("pk", flat=True):
        with transaction.atomic():
            campaign = (
                Campaign.objects.select_for_update(skip_locked=True).filter(pk=campaign_id, status=S.SCHEDULED).first()
            )
            if campaign is not None:
                _transition(campaign, S.RUNNING, reason="Start time reached")
                counts["started"] += 1
    live = Campaign.objects.filter(status__in=[S.RUNNING, S.PAUSED], is_automation=False)
    for campaign_id in live.values_list("pk", flat=True):
        counts["completed"] += int(campaign_complete_if_done(campaign_id=campaign_id, now=now))
    return counts


def campaign_complete_if_done(*, campaign_id: int, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    with transaction.atomic():
        campaign = (
            Campaign.objects.select_for_update(skip_locked=True)
            .filter(pk=campaign_id, status__in=[S.RUNNING, S.PAUSED], is_automation=False)
            .first()
        )
        if campaign is None:
            return False
        if campaign.ends_at and campaign.ends_at <= now:
            CampaignContact.objects.filter(campaign=campaign, state=TargetState.QUEUED).update(
                state=TargetState.SKIPPED,
                reason="The campaign ended before this contact could be called",
                reason_code="campaign_ended",
                updated_at=now,
            )
            _transition(campaign, S.COMPLETED, reason="End time reached")
            return True
        if campaign.status == S.RUNNING and not _has_work(campaign):
            _transition(campaign, S.COMPLETED, reason="Everyone has been called")
            return True
    return False


def _alert_staff(alert: CampaignAlert) -> None:
    """Email the tenant's owners and admins that a campaign stopped itself (through the outbox)."""
    from notifications.services import staff_email_queue
    from tenants.services import tenant_url
    from voiceplatform.tasks import current_tenant

    tenant = current_tenant()
    link = tenant_url(tenant, f"/campaigns/{alert.campaign_id}/")
    staff_email_queue(
        tenant=tenant,
        kind="campaign.paused",
        subject=f"Campaign paused: {alert.campaign.name}",
        body=f"{alert.message}\n\nOpen the campaign: {link}\n",
        dedupe_key=f"campaign_alert:{alert.pk}",
    )
