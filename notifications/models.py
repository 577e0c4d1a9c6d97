"""Messages to a tenant's customers: templates, the delivery log, the SMS sandbox and inbound SMS.

Everything lives in the tenant's schema. A Notification row is written before
anything is sent and updated after, so the log shows every attempt.
"""

from django.db import models
from django.db.models import Q


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    SMS = "sms", "SMS"


class TemplateEvent(models.TextChoices):
    BOOKED = "booked", "Appointment booked"
    RESCHEDULED = "rescheduled", "Appointment rescheduled"
    CANCELLED = "cancelled", "Appointment cancelled"
    REMINDER = "reminder", "Appointment reminder"


class NotificationTemplate(models.Model):
    """The text sent for one event on one channel, with {variables}."""

    event = models.CharField(max_length=12, choices=TemplateEvent.choices)
    channel = models.CharField(max_length=5, choices=Channel.choices)
    subject = models.CharField(max_length=200, blank=True, help_text="Email only.")
    body = models.TextField()
    is_active = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["event", "channel"]
        constraints = [
            models.UniqueConstraint(fields=["event", "channel"], name="template_event_channel_unique"),
            models.CheckConstraint(condition=Q(event__in=TemplateEvent.values), name="template_event_valid"),
            models.CheckConstraint(condition=Q(channel__in=Channel.values), name="template_channel_valid"),
        ]

    def __str__(self):
        return f"{self.get_event_display()} ({self.get_channel_display()})"


class NotificationSettings(models.Model):
    """Per-tenant messaging switches. One row per schema (singleton)."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    email_enabled = models.BooleanField(default=True)
    sms_enabled = models.BooleanField(default=True)
    sms_help_text = models.CharField(
        max_length=300,
        default="{company_name}: appointment messages. Call {company_phone} for help. Reply STOP to opt out.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "notification settings"
        constraints = [models.CheckConstraint(condition=Q(singleton=True), name="notification_settings_singleton")]

    def __str__(self):
        return "Notification settings"


class NotificationStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SENDING = "sending", "Sending"
    RETRYING = "retrying", "Retrying"
    SENT = "sent", "Sent"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"
    SKIPPED = "skipped", "Skipped"


class Notification(models.Model):
    """One message to one recipient on one channel: the log row, written before sending."""

    kind = models.CharField(max_length=40, help_text="What it is about, e.g. appointment.booked.")
    channel = models.CharField(max_length=5, choices=Channel.choices)
    recipient = models.CharField(max_length=254)
    contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    appointment = models.ForeignKey(
        "appointments.Appointment", null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    template = models.ForeignKey(
        NotificationTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=NotificationStatus.choices, default=NotificationStatus.PENDING)
    provider = models.CharField(max_length=20, blank=True, help_text="sandbox, twilio or the email backend.")
    provider_id = models.CharField(max_length=64, blank=True, db_index=True)
    provider_status = models.CharField(max_length=20, blank=True)
    error_code = models.CharField(max_length=20, blank=True)
    error_message = models.CharField(max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # Cost inputs: what the provider charges by (segments for SMS) and what it reported.
    segments = models.PositiveSmallIntegerField(default=0)
    price = models.DecimalField(max_digits=10, decimal_places=4, null=True, blank=True)
    price_unit = models.CharField(max_length=3, blank=True)
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=NotificationStatus.values), name="notification_status_valid"),
            models.CheckConstraint(condition=Q(channel__in=Channel.values), name="notification_channel_valid"),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="notification_due_idx"),
        ]

    def __str__(self):
        return f"{self.kind} {self.channel} to {self.recipient} ({self.status})"


class SandboxMessage(models.Model):
    """What the sandbox SMS provider 'sent' or 'received', so the portal can show it."""

    class Direction(models.TextChoices):
        OUTBOUND = "outbound", "Outbound"
        INBOUND = "inbound", "Inbound"

    direction = models.CharField(max_length=8, choices=Direction.choices, default=Direction.OUTBOUND)
    sid = models.CharField(max_length=64, unique=True)
    to = models.CharField(max_length=32)
    from_number = models.CharField(max_length=32, blank=True)
    body = models.TextField()
    status = models.CharField(max_length=20, default="delivered")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.direction} {self.to}: {self.body[:40]}"


class InboundMessage(models.Model):
    """An SMS a customer sent to the tenant's number, and what we did about it."""

    class Action(models.TextChoices):
        NONE = "none", "No action"
        OPT_OUT = "opt_out", "Opted out"
        OPT_IN = "opt_in", "Opted back in"
        HELP = "help", "Help sent"

    message_sid = models.CharField(max_length=64, unique=True)
    from_number = models.CharField(max_length=32)
    to_number = models.CharField(max_length=32, blank=True)
    body = models.TextField(blank=True)
    opt_out_type = models.CharField(max_length=10, blank=True)
    action = models.CharField(max_length=8, choices=Action.choices, default=Action.NONE)
    contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="inbound_messages"
    )
    processed_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_at", "-id"]

    def __str__(self):
        return f"{self.from_number}: {self.body[:40]}"


# Alerts, outbound webhooks and reminders keep their models in their own modules.
from notifications.alerts.models import *  # noqa: E402, F403
from notifications.outbound.models import *  # noqa: E402, F403
from notifications.reminders.models import *  # noqa: E402, F403
