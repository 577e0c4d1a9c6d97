"""Roll-ups the dashboards read, cached insights, and the team's comments and assignments.

Roll-up rows are derived data: `analytics.rollups` recomputes any day from the
source rows, so they can be deleted and rebuilt at any time.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

from tenants.models import Tenant

# Every counter a CallRollup row holds, in the order the roll-up SQL writes them.
CALL_MEASURES = (
    "calls",
    "inbound",
    "answered",
    "voicemail",
    "no_answer",
    "busy",
    "failed",
    "transferred",
    "confirmed",
    "reschedule_requested",
    "cancelled",
    "qualified",
    "not_interested",
    "callback_requested",
    "booked",
    "talk_ms",
)


class CallRollup(models.Model):
    """Finished calls per day and hour (in the tenant's time zone), campaign and agent."""

    day = models.DateField()
    hour = models.PositiveSmallIntegerField()
    weekday = models.PositiveSmallIntegerField(help_text="0 = Monday.")
    campaign_id = models.BigIntegerField(default=0, help_text="0 = not from a campaign.")
    agent_id = models.BigIntegerField(default=0, help_text="0 = no agent.")
    calls = models.IntegerField(default=0)
    inbound = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)
    voicemail = models.IntegerField(default=0)
    no_answer = models.IntegerField(default=0)
    busy = models.IntegerField(default=0)
    failed = models.IntegerField(default=0)
    transferred = models.IntegerField(default=0)
    confirmed = models.IntegerField(default=0)
    reschedule_requested = models.IntegerField(default=0)
    cancelled = models.IntegerField(default=0)
    qualified = models.IntegerField(default=0)
    not_interested = models.IntegerField(default=0)
    callback_requested = models.IntegerField(default=0)
    booked = models.IntegerField(default=0, help_text="Calls during which an appointment was booked.")
    talk_ms = models.BigIntegerField(default=0, help_text="Duration of answered calls.")
    cost_cents = models.DecimalField(max_digits=16, decimal_places=4, default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "hour", "campaign_id", "agent_id"], name="callrollup_unique_bucket"),
            models.CheckConstraint(condition=Q(hour__lte=23) & Q(weekday__lte=6), name="callrollup_hour_weekday"),
        ]
        indexes = [
            # covers the heatmap: an index-only scan over the period
            models.Index(
                fields=["day", "campaign_id", "weekday", "hour"],
                include=["calls", "answered"],
                name="callrollup_heatmap_idx",
            ),
        ]

    def __str__(self):
        return f"Calls {self.day} {self.hour:02d}h campaign {self.campaign_id} agent {self.agent_id}"


class CallDayRollup(models.Model):
    """The same counters per day, campaign and agent (no hour): what totals and series read.

    Derived from CallRollup in the same transaction, about 24 times fewer rows.
    """

    day = models.DateField()
    campaign_id = models.BigIntegerField(default=0)
    agent_id = models.BigIntegerField(default=0)
    calls = models.IntegerField(default=0)
    inbound = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)
    voicemail = models.IntegerField(default=0)
    no_answer = models.IntegerField(default=0)
    busy = models.IntegerField(default=0)
    failed = models.IntegerField(default=0)
    transferred = models.IntegerField(default=0)
    confirmed = models.IntegerField(default=0)
    reschedule_requested = models.IntegerField(default=0)
    cancelled = models.IntegerField(default=0)
    qualified = models.IntegerField(default=0)
    not_interested = models.IntegerField(default=0)
    callback_requested = models.IntegerField(default=0)
    booked = models.IntegerField(default=0)
    talk_ms = models.BigIntegerField(default=0)
    cost_cents = models.DecimalField(max_digits=16, decimal_places=4, default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "campaign_id", "agent_id"], name="calldayrollup_unique_bucket"),
        ]
        indexes = [models.Index(fields=["day"], name="calldayrollup_day_idx")]

    def __str__(self):
        return f"Calls {self.day} campaign {self.campaign_id} agent {self.agent_id}"


class CallHourTotal(models.Model):
    """Calls and answered calls per day and hour over every campaign and agent.

    What the heatmap reads when no campaign is chosen: one row per hour, about
    15 times fewer rows than CallRollup for the same period. Derived from
    CallRollup in the same transaction.
    """

    day = models.DateField()
    hour = models.PositiveSmallIntegerField()
    weekday = models.PositiveSmallIntegerField(help_text="0 = Monday.")
    calls = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "hour"], name="callhourtotal_unique_bucket"),
        ]
        indexes = [
            # an index-only scan over the period
            models.Index(
                fields=["day"], include=["weekday", "hour", "calls", "answered"], name="callhourtotal_day_idx"
            ),
        ]

    def __str__(self):
        return f"Calls {self.day} {self.hour:02d}h"


class DailyMetric(models.Model):
    """One count per tenant-local day, metric and dimension (contacts, appointments, messages).

    Metrics: leads_added/qualified/converted by contact source, appointments by
    state (keyed by the appointment's start day), booked by appointment source,
    sms/email sent, and `status_snapshot` (contacts per lead status, as of that day).
    """

    day = models.DateField()
    metric = models.CharField(max_length=30)
    dimension = models.CharField(max_length=40, blank=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "metric", "dimension"], name="dailymetric_unique"),
        ]
        indexes = [models.Index(fields=["metric", "day"], name="dailymetric_metric_day_idx")]

    def __str__(self):
        return f"{self.day} {self.metric} {self.dimension}: {self.value}"


class InsightReport(models.Model):
    """Transcript insights for one period (and campaign), computed by a task and kept as a cache."""

    class Status(models.TextChoices):
        PENDING = "pending", "Computing"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    start = models.DateField()
    end = models.DateField()
    campaign_id = models.BigIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    provider = models.CharField(max_length=20, blank=True)
    payload = models.JSONField(default=dict, blank=True)
    error = models.CharField(max_length=500, blank=True)
    requested_at = models.DateTimeField(auto_now_add=True)
    computed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["start", "end", "campaign_id"], name="insightreport_unique_period"),
            models.CheckConstraint(condition=Q(start__lte=models.F("end")), name="insightreport_period_order"),
        ]

    def __str__(self):
        return f"Insights {self.start} to {self.end} ({self.status})"


class CallComment(models.Model):
    """A team member's note on a call; @mentions raise a review alert."""

    call = models.ForeignKey("calls.Call", on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )
    author_label = models.CharField(max_length=150)
    body = models.TextField()
    mentioned_user_ids = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"Comment by {self.author_label} on call {self.call_id}"


class Assignment(models.Model):
    """A call or a lead given to one member to follow up; `done_at` when they have."""

    class Kind(models.TextChoices):
        CALL = "call", "Call"
        CONTACT = "contact", "Lead"

    kind = models.CharField(max_length=8, choices=Kind.choices)
    object_id = models.BigIntegerField()
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )
    assigned_by_label = models.CharField(max_length=150, blank=True)
    contact_id = models.BigIntegerField(null=True, blank=True, help_text="The lead, also for call assignments.")
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="assignment_one_per_object"),
            models.CheckConstraint(condition=Q(kind__in=["call", "contact"]), name="assignment_kind_valid"),
        ]
        indexes = [models.Index(fields=["assignee", "done_at"], name="assignment_assignee_idx")]

    def __str__(self):
        return f"{self.kind} {self.object_id} -> user {self.assignee_id}"


class PlatformReport(Tenant):
    """The platform owner's cross-tenant reports in the admin (a proxy: no table of its own)."""

    class Meta:
        proxy = True
        verbose_name = "platform report"
        verbose_name_plural = "platform reports"
