"""Campaigns: who to call, when, how fast, and what happened. Lives in each tenant schema.

A Campaign's audience is frozen into CampaignContact rows (one per person to
call, or per reminder) when it starts. The dialer claims due rows, writes a
CallAttempt before placing each call, and the call-finished hook settles the
attempt, schedules a retry (a row with a due time) or closes the contact.
References to users (public schema) are plain ids without a constraint, as
in contacts and calls.
"""

from datetime import time

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q

from calls.models import CallStatus


def _user_fk():
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )


class Singleton(models.Model):
    """One row per tenant schema, created on first use."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)

    class Meta:
        abstract = True

    @classmethod
    def load(cls):
        row = cls.objects.filter(singleton=True).first()
        if row is None:
            row, _ = cls.objects.get_or_create(singleton=True)
        return row


class CallingSettings(Singleton):
    """The tenant's own calling rules. The platform owner's ceilings live in tenants.TenantSettings."""

    per_15_minutes = models.PositiveIntegerField(
        null=True, blank=True, help_text="Calls per 15 minutes; empty means the platform's ceiling."
    )
    per_day = models.PositiveIntegerField(
        null=True, blank=True, help_text="Calls per 24 hours; empty means the platform's ceiling."
    )
    number_per_minute = models.PositiveIntegerField(default=10, help_text="Calls per minute from any one number.")
    number_per_day = models.PositiveIntegerField(default=500, help_text="Calls per 24 hours from any one number.")
    quiet_start = models.TimeField(default=time(8, 0), help_text="Calls may start from this local time.")
    quiet_end = models.TimeField(default=time(20, 0), help_text="No call starts at or after this local time.")
    minimum_gap_minutes = models.PositiveIntegerField(
        default=480, help_text="Campaign calls to the same number are at least this far apart."
    )
    require_consent = models.BooleanField(
        default=False, help_text="Only call contacts whose latest call consent is a yes."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "calling settings"
        verbose_name_plural = "calling settings"
        constraints = [
            models.CheckConstraint(condition=Q(singleton=True), name="callingsettings_singleton"),
            models.CheckConstraint(condition=Q(quiet_end__gt=F("quiet_start")), name="callingsettings_window_order"),
        ]

    def __str__(self):
        return "Calling settings"


class ReminderSettings(Singleton):
    """When appointment reminder calls happen; the automation campaign that makes them."""

    enabled = models.BooleanField(default=True)
    hours_before = models.PositiveSmallIntegerField(default=24)
    second_enabled = models.BooleanField(default=False)
    second_hours_before = models.PositiveSmallIntegerField(default=2)
    sms_fallback = models.BooleanField(
        default=True, help_text="Text the reminder when the contact cannot be reached by phone."
    )
    agent = models.ForeignKey(
        "calls.Agent",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty means the calling number's outbound agent.",
    )
    campaign = models.ForeignKey(
        "Campaign",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The reminder campaign the automation adds calls to.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "reminder settings"
        verbose_name_plural = "reminder settings"
        constraints = [
            models.CheckConstraint(condition=Q(singleton=True), name="remindersettings_singleton"),
            models.CheckConstraint(
                condition=Q(hours_before__gte=1, hours_before__lte=168), name="remindersettings_hours_range"
            ),
            models.CheckConstraint(
                condition=Q(second_hours_before__gte=1, second_hours_before__lte=168),
                name="remindersettings_second_hours_range",
            ),
        ]

    def __str__(self):
        return "Reminder settings"


class CampaignType(models.TextChoices):
    OUTBOUND = "outbound", "Outbound list calling"
    REMINDER = "reminder", "Appointment reminders"
    FOLLOW_UP = "follow_up", "Follow-up"
    RE_ENGAGEMENT = "re_engagement", "Re-engagement"


class CampaignStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SCHEDULED = "scheduled", "Scheduled"
    RUNNING = "running", "Running"
    PAUSED = "paused", "Paused"
    COMPLETED = "completed", "Completed"
    CANCELLED = "cancelled", "Cancelled"
    ARCHIVED = "archived", "Archived"


RETRY_OUTCOMES = ("no_answer", "voicemail", "busy", "failed")


def default_retry_outcomes() -> list[str]:
    return list(RETRY_OUTCOMES)


class Campaign(models.Model):
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    type = models.CharField(max_length=16, choices=CampaignType.choices, default=CampaignType.OUTBOUND)
    status = models.CharField(max_length=10, choices=CampaignStatus.choices, default=CampaignStatus.DRAFT)
    agent = models.ForeignKey(
        "calls.Agent",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns",
        help_text="Empty means the calling number's outbound agent.",
    )
    variants = models.JSONField(
        default=list, blank=True, help_text='A/B agents with a traffic split: [{"agent": id, "weight": 50}, ...].'
    )
    from_number = models.ForeignKey(
        "calls.PhoneNumber", null=True, blank=True, on_delete=models.SET_NULL, related_name="campaigns"
    )
    audience = models.JSONField(default=dict, blank=True, help_text="Who to call; frozen when the campaign starts.")
    variables = models.JSONField(
        default=dict, blank=True, help_text="Extra script variables; values may use {{first_name}}, {{custom.key}}."
    )
    qualification = models.JSONField(
        default=dict, blank=True, help_text='Which analysis values mean qualified: {"match": "all", "rules": [...]}.'
    )
    qualification_criteria = models.JSONField(
        default=dict,
        blank=True,
        help_text="What the agent must find out (budget, timeline, property type, location, financing, "
        "decision maker, custom questions); written into each call's context. See campaigns.criteria.",
    )
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    schedule = models.JSONField(default=dict, blank=True, help_text="Calling windows per weekday, recipient's time.")
    blocked_dates = ArrayField(models.DateField(), default=list, blank=True)
    priority = models.PositiveSmallIntegerField(default=50)
    max_concurrent = models.PositiveSmallIntegerField(default=5)
    calls_per_minute = models.PositiveSmallIntegerField(default=10)
    max_attempts = models.PositiveSmallIntegerField(default=2)
    retry_gap_minutes = models.PositiveIntegerField(default=480)
    retry_outcomes = ArrayField(models.CharField(max_length=16), default=default_retry_outcomes, blank=True)
    voicemail_message = models.TextField(blank=True)
    final_status_map = models.JSONField(
        default=dict,
        blank=True,
        help_text='Final outcome -> the contact\'s lead status, e.g. {"no_answer": "unresponsive"}.',
    )
    is_automation = models.BooleanField(
        default=False, editable=False, help_text="The tenant's appointment-reminder campaign, fed by bookings."
    )
    paused_reason = models.CharField(max_length=300, blank=True)
    window_started_at = models.DateTimeField(
        null=True, blank=True, help_text="Auto-pause looks only at attempts made since this."
    )
    created_by = _user_fk()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=CampaignStatus.values), name="campaign_status_valid"),
            models.CheckConstraint(condition=Q(type__in=CampaignType.values), name="campaign_type_valid"),
            models.CheckConstraint(condition=Q(priority__lte=100), name="campaign_priority_0_100"),
            models.CheckConstraint(
                condition=Q(max_concurrent__gte=1, max_concurrent__lte=500), name="campaign_concurrency_range"
            ),
            models.CheckConstraint(
                condition=Q(calls_per_minute__gte=1, calls_per_minute__lte=6000), name="campaign_rate_range"
            ),
            models.CheckConstraint(
                condition=Q(max_attempts__gte=1, max_attempts__lte=10), name="campaign_attempts_range"
            ),
            models.CheckConstraint(condition=Q(retry_gap_minutes__gte=15), name="campaign_retry_gap_min"),
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(starts_at__isnull=True) | Q(ends_at__gt=F("starts_at")),
                name="campaign_ends_after_start",
            ),
            models.UniqueConstraint(
                fields=["is_automation"], condition=Q(is_automation=True), name="campaign_one_automation"
            ),
        ]
        indexes = [models.Index(fields=["status", "-priority"], name="campaign_status_priority_idx")]

    def __str__(self):
        return self.name

    @property
    def is_live(self) -> bool:
        return self.status in (CampaignStatus.RUNNING, CampaignStatus.PAUSED, CampaignStatus.SCHEDULED)


class CampaignStatusChange(models.Model):
    """Every move through the status machine, with who or what made it and why."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="status_history")
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10)
    actor = _user_fk()
    actor_label = models.CharField(max_length=100, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.from_status or '-'} → {self.to_status}"


class TargetState(models.TextChoices):
    QUEUED = "queued", "Queued"
    DIALING = "dialing", "Calling"
    DONE = "done", "Done"
    SKIPPED = "skipped", "Skipped"
    CANCELLED = "cancelled", "Cancelled"


class CampaignContact(models.Model):
    """One person (or one reminder) a campaign will call, with why it has or has not been called yet."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="targets")
    contact = models.ForeignKey("contacts.Contact", on_delete=models.CASCADE, related_name="campaign_targets")
    key = models.CharField(
        max_length=80, help_text="Unique within the campaign: the contact, or appointment + reminder."
    )
    state = models.CharField(max_length=10, choices=TargetState.choices, default=TargetState.QUEUED)
    eligible_at = models.DateTimeField(help_text="Not tried before this time.")
    expires_at = models.DateTimeField(null=True, blank=True, help_text="Not tried after this time.")
    attempts = models.PositiveSmallIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=300, blank=True, help_text="Why it is waiting, skipped or done.")
    reason_code = models.CharField(max_length=30, blank=True)
    final_outcome = models.CharField(max_length=24, blank=True)
    qualified = models.BooleanField(null=True, blank=True)
    variables = models.JSONField(default=dict, blank=True)
    agent = models.ForeignKey("calls.Agent", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    appointment = models.ForeignKey(
        "appointments.Appointment", null=True, blank=True, on_delete=models.SET_NULL, related_name="reminder_targets"
    )
    reminder_number = models.PositiveSmallIntegerField(null=True, blank=True)
    last_call = models.ForeignKey("calls.Call", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "key"], name="campaigncontact_unique_key"),
            models.CheckConstraint(condition=Q(state__in=TargetState.values), name="campaigncontact_state_valid"),
        ]
        indexes = [
            # The dialer's batch: due rows of one campaign, oldest first.
            models.Index(
                fields=["campaign", "eligible_at", "id"],
                condition=Q(state="queued"),
                name="campaigncontact_due_idx",
            ),
            models.Index(fields=["campaign", "state"], name="campaigncontact_state_idx"),
            models.Index(fields=["contact", "state"], name="campaigncontact_contact_idx"),
            models.Index(
                fields=["appointment"], name="campaigncontact_appt_idx", condition=Q(appointment__isnull=False)
            ),
        ]

    def __str__(self):
        return f"{self.contact} in {self.campaign} ({self.state})"


class AttemptState(models.TextChoices):
    DIALING = "dialing", "Dialing"
    PLACED = "placed", "Placed"
    FINISHED = "finished", "Finished"
    NOT_PLACED = "not_placed", "Not placed"


LIVE_ATTEMPT_STATES = (AttemptState.DIALING, AttemptState.PLACED)


class CallAttempt(models.Model):
    """One try at calling a campaign contact. Written before the call is placed, settled after it ends."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="attempts")
    target = models.ForeignKey(CampaignContact, on_delete=models.CASCADE, related_name="call_attempts")
    contact = models.ForeignKey("contacts.Contact", on_delete=models.CASCADE, related_name="call_attempts")
    number = models.PositiveSmallIntegerField(help_text="1 for the first try, 2 for the first retry ...")
    state = models.CharField(max_length=10, choices=AttemptState.choices, default=AttemptState.DIALING)
    agent = models.ForeignKey("calls.Agent", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    from_number = models.ForeignKey(
        "calls.PhoneNumber", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    call = models.ForeignKey("calls.Call", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    provider_call_id = models.CharField(max_length=100, blank=True)
    reservation = models.CharField(max_length=40, help_text="The rate-limit reservation this attempt holds.")
    reserved_at = models.DateTimeField()
    call_status = models.CharField(max_length=16, blank=True)
    outcome = models.CharField(max_length=24, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    cost_cents = models.DecimalField(max_digits=12, decimal_places=4, null=True, blank=True)
    qualified = models.BooleanField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    placed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["target", "number"], name="callattempt_unique_number"),
            models.CheckConstraint(condition=Q(state__in=AttemptState.values), name="callattempt_state_valid"),
            models.CheckConstraint(
                condition=Q(call_status="") | Q(call_status__in=CallStatus.values), name="callattempt_call_status_valid"
            ),
        ]
        indexes = [
            models.Index(
                fields=["state", "created_at"],
                condition=Q(state__in=["dialing", "placed"]),
                name="callattempt_live_idx",
            ),
            models.Index(fields=["campaign", "-finished_at"], name="callattempt_campaign_finished"),
            models.Index(fields=["campaign", "-created_at"], name="callattempt_campaign_created"),
        ]

    def __str__(self):
        return f"Attempt {self.number} for {self.contact} ({self.state})"


class CampaignAlert(models.Model):
    """Something about a campaign a person should look at (an automatic pause, a setup problem)."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="alerts")
    kind = models.CharField(max_length=30)
    message = models.CharField(max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.message
