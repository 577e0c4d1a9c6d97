"""Staff alerts: the inbox item, its history, members' preferences and the Slack/Discord outbox."""

from django.conf import settings
from django.db import models
from django.db.models import Q

__all__ = [
    "ALERT_PRIORITY_CHOICES",
    "ALERT_TYPE_CHOICES",
    "Alert",
    "AlertChannelSettings",
    "AlertDelivery",
    "AlertHistory",
    "AlertPreference",
    "AlertStatus",
]

from voiceplatform.events import ALERT_PRIORITIES, ALERT_TYPES


def _user_fk(related_name="+"):
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name=related_name,
        db_constraint=False,
    )


class AlertStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    IN_PROGRESS = "in_progress", "In progress"
    RESOLVED = "resolved", "Resolved"


ALERT_TYPE_CHOICES = [(t, t.replace("_", " ").capitalize()) for t in ALERT_TYPES]
ALERT_PRIORITY_CHOICES = [(p, p.capitalize()) for p in ALERT_PRIORITIES]


class Alert(models.Model):
    """Something staff must see and act on."""

    type = models.CharField(max_length=24, choices=ALERT_TYPE_CHOICES)
    priority = models.CharField(max_length=8, choices=ALERT_PRIORITY_CHOICES, default="normal")
    title = models.CharField(max_length=200)
    message = models.TextField(blank=True)
    required_action = models.CharField(max_length=300, blank=True)
    contact = models.ForeignKey("contacts.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    call = models.ForeignKey("calls.Call", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    campaign = models.ForeignKey(
        "campaigns.Campaign", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    conversation_id = models.BigIntegerField(null=True, blank=True)
    link = models.CharField(max_length=500, blank=True)
    status = models.CharField(max_length=12, choices=AlertStatus.choices, default=AlertStatus.PENDING)
    assignee = _user_fk()
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = _user_fk()
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(type__in=list(ALERT_TYPES)), name="alert_type_valid"),
            models.CheckConstraint(condition=Q(priority__in=list(ALERT_PRIORITIES)), name="alert_priority_valid"),
            models.CheckConstraint(condition=Q(status__in=AlertStatus.values), name="alert_status_valid"),
        ]
        indexes = [models.Index(fields=["status", "-created_at"], name="alert_status_idx")]

    def __str__(self):
        return self.title


class AlertHistory(models.Model):
    """Who did what to an alert, and when."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="history")
    action = models.CharField(max_length=12, help_text="created, assigned or status")
    from_status = models.CharField(max_length=12, blank=True)
    to_status = models.CharField(max_length=12, blank=True)
    actor = _user_fk()
    actor_label = models.CharField(max_length=254, blank=True)
    detail = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.action} by {self.actor_label}"


class AlertPreference(models.Model):
    """A member's choice of alert types, channels and quiet hours (in the tenant's zone)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.DO_NOTHING, related_name="+", db_constraint=False
    )
    types = models.JSONField(default=list, help_text="Alert types to hear about; empty means all.")
    channels = models.JSONField(default=list, help_text="in_app, email, sms.")
    quiet_start = models.TimeField(null=True, blank=True)
    quiet_end = models.TimeField(null=True, blank=True)
    phone = models.CharField(max_length=32, blank=True, help_text="E.164, for SMS alerts.")
    daily_summary = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Alert preferences of user {self.user_id}"


class AlertChannelSettings(models.Model):
    """The tenant's Slack and Discord incoming webhooks (one row per schema); URLs encrypted at rest."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    slack_url_encrypted = models.TextField(blank=True)
    discord_url_encrypted = models.TextField(blank=True)
    types = models.JSONField(default=list, help_text="Alert types posted to Slack/Discord; empty means all.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "alert channel settings"
        constraints = [models.CheckConstraint(condition=Q(singleton=True), name="alert_channel_settings_singleton")]

    def __str__(self):
        return "Alert channels"


class AlertDelivery(models.Model):
    """One alert posted to Slack or Discord: written with the alert, sent after commit, retried when due."""

    class Channel(models.TextChoices):
        SLACK = "slack", "Slack"
        DISCORD = "discord", "Discord"

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    channel = models.CharField(max_length=8, choices=Channel.choices)
    status = models.CharField(max_length=10, default="pending")
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["alert", "channel"], name="alert_delivery_once_per_channel")]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="alert_delivery_due_idx")]

    def __str__(self):
        return f"{self.channel}: {self.status}"
