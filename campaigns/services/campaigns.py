"""Creating, editing and moving campaigns through their status machine.

    draft → scheduled → running ⇄ paused → completed | cancelled → archived

Starting freezes the audience into CampaignContact rows (one INSERT … SELECT,
so a large audience costs one statement); contacts can still be added while
the campaign is live. Every transition is recorded with who made it and why.
"""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from calls.models import Agent, PhoneNumber
from calls.tasks import enqueue_on_commit
from campaigns import scripting
from campaigns.audience import audience_queryset, clean_audience, has_source
from campaigns.models import (
    RETRY_OUTCOMES,
    CallAttempt,
    Campaign,
    CampaignAlert,
    CampaignContact,
    CampaignStatus,
    CampaignStatusChange,
    CampaignType,
    TargetState,
)
from contacts.models import LeadStatus
from tenants.services import validate_business_hours

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

# The outcomes a final status map can name: business outcomes first, then how the call ended.
FINAL_OUTCOMES = (
    "confirmed",
    "reschedule_requested",
    "cancelled",
    "qualified",
    "not_interested",
    "callback_requested",
    "completed",
    "transferred",
    "voicemail",
    "ivr",
    "no_answer",
    "busy",
    "failed",
)

# Fields that can change at any time, and those that only make sense before the audience is frozen.
LIVE_FIELDS = frozenset(
    {
        "name",
        "description",
        "agent",
        "variants",
        "from_number",
        "variables",
        "qualification",
        "ends_at",
        "schedule",
        "blocked_dates",
        "priority",
        "max_concurrent",
        "calls_per_minute",
        "max_attempts",
        "retry_gap_minutes",
        "retry_outcomes",
        "voicemail_message",
        "final_status_map",
    }
)
DRAFT_FIELDS = frozenset({"type", "audience", "starts_at"})
FIELDS = LIVE_FIELDS | DRAFT_FIELDS

RANGES = {
    "priority": (0, 100),
    "max_concurrent": (1, 500),
    "calls_per_minute": (1, 6000),
    "max_attempts": (1, 10),
    "retry_gap_minutes": (15, 10080),
}


# --- validation -----------------------------------------------------------------------------


def _int(errors: dict, field: str, value):
    low, high = RANGES[field]
    if isinstance(value, bool):
        value = None
    try:
        number = int(value)
    except (TypeError, ValueError):
        errors[field] = [f"Enter a whole number from {low} to {high}."]
        return None
    if not low <= number <= high:
        errors[field] = [f"Enter a whole number from {low} to {high}."]
        return None
    return number


def _moment(errors: dict, field: str, value) -> datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            errors[field] = ["Give a date and time like 2026-03-02T09:00:00+00:00."]
            return None
    if not isinstance(value, datetime) or timezone.is_naive(value):
        errors[field] = ["Give the time with its time zone, e.g. 2026-03-02T09:00:00+00:00."]
        return None
    return value


def _agent(errors: dict, field: str, value) -> Agent | None:
    if value in (None, ""):
        return None
    if isinstance(value, Agent):
        return value
    try:
        agent = Agent.objects.filter(pk=int(value)).first()
    except (TypeError, ValueError):
        agent = None
    if agent is None:
        errors[field] = ["Choose one of this workspace's agents."]
    return agent


def _variants(errors: dict, value) -> list[dict]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or len(value) > 5:
        errors["variants"] = ['Variants are a list of at most 5 {"agent": id, "weight": 1-100}.']
        return []
    cleaned, seen = [], set()
    for index, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            errors["variants"] = [f"Variant {index}: give an agent and a weight."]
            return []
        problems: dict = {}
        agent = _agent(problems, "agent", item.get("agent"))
        if agent is None:
            errors["variants"] = [f"Variant {index}: choose one of this workspace's agents."]
            return []
        weight = item.get("weight", 1)
        if isinstance(weight, bool) or not isinstance(weight, int | str) or not str(weight).isdigit():
            errors["variants"] = [f"Variant {index}: the weight is a whole number from 1 to 100."]
            return []
        weight = int(weight)
        if not 1 <= weight <= 100:
            errors["variants"] = [f"Variant {index}: the weight is a whole number from 1 to 100."]
            return []
        if agent.pk in seen:
            errors["variants"] = [f"Variant {index}: {agent.name} is already a variant."]
            return []
        seen.add(agent.pk)
        cleaned.append({"agent": agent.pk, "weight": weight})
    if len(cleaned) == 1:
        errors["variants"] = ["A/B testing needs at least two variants (or none)."]
        return []
    return cleaned


def _number(errors: dict, value) -> PhoneNumber | None:
    if value in (None, ""):
        return None
    if isinstance(value, PhoneNumber):
        return value
    try:
        number = PhoneNumber.objects.filter(pk=int(value), status=PhoneNumber.Status.ACTIVE).first()
    except (TypeError, ValueError):
        number = None
    if number is None:
        errors["from_number"] = ["Choose one of this workspace's active numbers."]
    return number


def _dates(errors: dict, value) -> list[date]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or len(value) > 366:
        errors["blocked_dates"] = ["Blocked dates are a list of dates like 2026-12-25."]
        return []
    out = set()
    for item in value:
        try:
            out.add(item if isinstance(item, date) else date.fromisoformat(str(item)))
        except ValueError:
            errors["blocked_dates"] = [f"{item!r} is not a date like 2026-12-25."]
            return []
    return sorted(out)


def _status_map(errors: dict, value) -> dict:
    if value in (None, ""):
        return {}
    if not isinstance(value, dict):
        errors["final_status_map"] = ['Map outcomes to lead statuses, e.g. {"no_answer": "unresponsive"}.']
        return {}
    unknown = sorted(set(value) - set(FINAL_OUTCOMES))
    if unknown:
        errors["final_status_map"] = [f"Unknown outcome(s): {', '.join(unknown)}. Use {', '.join(FINAL_OUTCOMES)}."]
        return {}
    bad = sorted({str(v) for v in value.values()} - set(LeadStatus.values))
    if bad:
        errors["final_status_map"] = [f"Unknown lead status(es): {', '.join(bad)}."]
        return {}
    return {str(k): str(v) for k, v in value.items()}


def clean_campaign(data: dict) -> dict:
    """Check every field given; return model-ready values or raise ValidationError with field messages."""
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ValidationError({field: ["Unknown field."] for field in unknown})
    errors: dict[str, list[str]] = {}
    cleaned: dict = {}
    for field, value in data.items():
        if field == "name":
            name = (value or "").strip() if isinstance(value, str) else ""
            if not name:
                errors["name"] = ["Give the campaign a name."]
            elif len(name) > 120:
                errors["name"] = ["At most 120 characters."]
            cleaned["name"] = name
        elif field == "description":
            cleaned["description"] = str(value or "")[:5000]
        elif field == "type":
            if value not in CampaignType.values:
                errors["type"] = [f"Choose one of: {', '.join(CampaignType.values)}."]
            cleaned["type"] = value
        elif field == "agent":
            cleaned["agent"] = _agent(errors, "agent", value)
        elif field == "variants":
            cleaned["variants"] = _variants(errors, value)
        elif field == "from_number":
            cleaned["from_number"] = _number(errors, value)
        elif field == "audience":
            try:
                cleaned["audience"] = clean_audience(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field == "variables":
            try:
                cleaned["variables"] = scripting.clean_variables(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field == "qualification":
            try:
                cleaned["qualification"] = scripting.clean_qualification(value)
            except ValidationError as exc:
                errors.update(exc.message_dict)
        elif field in ("starts_at", "ends_at"):
            cleaned[field] = _moment(errors, field, value)
        elif field == "schedule":
            try:
                schedule = validate_business_hours(value or {})
                cleaned["schedule"] = schedule if any(schedule.values()) else {}
            except ValidationError as exc:
                errors["schedule"] = exc.messages
        elif field == "blocked_dates":
            cleaned["blocked_dates"] = _dates(errors, value)
        elif field in RANGES:
            cleaned[field] = _int(errors, field, value)
        elif field == "retry_outcomes":
            outcomes = value if isinstance(value, list) else None
            if outcomes is None or not all(isinstance(o, str) for o in outcomes):
                errors["retry_outcomes"] = [f"Choose from: {', '.join(RETRY_OUTCOMES)}."]
            elif set(outcomes) - set(RETRY_OUTCOMES):
                bad = ", ".join(sorted(set(outcomes) - set(RETRY_OUTCOMES)))
                errors["retry_outcomes"] = [f"Unknown outcome(s): {bad}. Choose from: {', '.join(RETRY_OUTCOMES)}."]
            else:
                cleaned["retry_outcomes"] = [o for o in RETRY_OUTCOMES if o in outcomes]
        elif field == "voicemail_message":
            message = str(value or "").strip()
            if len(message) > 1000:
                errors["voicemail_message"] = ["At most 1000 characters."]
            cleaned["voicemail_message"] = message
        elif field == "final_status_map":
            cleaned["final_status_map"] = _status_map(errors, value)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _check_whole(campaign: Campaign) -> None:
    errors = {}
    if campaign.starts_at and campaign.ends_at and campaign.ends_at <= campaign.starts_at:
        errors["ends_at"] = ["The end must be after the start."]
    if errors:
        raise ValidationError(errors)


# --- create, edit, delete --------------------------------------------------------------------


@transaction.atomic
def campaign_create(*, data: dict, actor=None) -> Campaign:
    if "name" not in data:
        data = {**data, "name": ""}
    cleaned = clean_campaign(data)
    campaign = Campaign(created_by=actor if getattr(actor, "is_authenticated", False) else None, **cleaned)
    _check_whole(campaign)
    campaign.save()
    _record(campaign, "", S.DRAFT, actor=actor, reason="Created")
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
    _check_whole(campaign)
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


def _record(campaign: Campaign, from_status: str, to_status: str, *, actor=None, actor_label: str = "", reason=""):
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
    _record(campaign, previous, to_status, actor=actor, actor_label=actor_label, reason=reason)
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
        from campaigns.tasks import send_alert_email

        enqueue_on_commit(send_alert_email, alert.pk)
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
    _record(campaign, campaign.status, campaign.status, actor=actor, reason=f"{added} contact(s) added")
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
