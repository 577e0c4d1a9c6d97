"""Reminder rows (due_at, swept by beat) and the record of daily summaries sent."""

from django.db import models
from django.db.models import Q

__all__ = ["DailySummary", "ReminderSettings", "ScheduledReminder"]


def default_offsets():
    return [1440, 60]


class ReminderSettings(models.Model):
    """When guests get reminder messages, and the quiet hours (in the guest's zone) they never arrive in."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    enabled = models.BooleanField(default=True)
    offsets_minutes = models.JSONField(
        default=default_offsets, help_text="Minutes before the start; whole days keep the local time of day."
    )
    quiet_start = models.TimeField(null=True, blank=True, default="21:00")
    quiet_end = models.TimeField(null=True, blank=True, default="08:00")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "reminder settings"
        constraints = [models.CheckConstraint(condition=Q(singleton=True), name="reminder_settings_singleton")]

    def __str__(self):
        return "Reminder settings"


class ScheduledReminder(models.Model):
    """One reminder of one appointment version, due at `due_at`."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        SKIPPED = "skipped", "Skipped"
        CANCELLED = "cancelled", "Cancelled"

    appointment = models.ForeignKey("appointments.Appointment", on_delete=models.CASCADE, related_name="+")
    offset_minutes = models.PositiveIntegerField()
    sequence = models.PositiveIntegerField(help_text="The appointment's sequence it was scheduled for.")
    due_at = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.CharField(max_length=300, blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["appointment", "offset_minutes", "sequence"], name="scheduled_reminder_once"
            ),
        ]
        indexes = [models.Index(fields=["status", "due_at"], name="scheduled_reminder_due_idx")]

    def __str__(self):
        return f"reminder {self.offset_minutes} min before appointment {self.appointment_id}"


class DailySummary(models.Model):
    """The daily summary of one local date: claimed once, so it is sent once."""

    date = models.DateField(unique=True)
    stats = models.JSONField(default=dict)
    recipients = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date"]

    def __str__(self):
        return f"Daily summary {self.date}"
