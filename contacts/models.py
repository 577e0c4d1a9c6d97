"""Contacts: the people a tenant calls, texts and books. Lives in each tenant schema.

References to users (public schema) use DO_NOTHING without a database
constraint: deleting a user must not make Django look for contacts in the
public schema, and a dangling id simply reads as "nobody".
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models.functions import Lower


class LeadStatus(models.TextChoices):
    NEW = "new", "New"
    TO_CALL = "to_call", "To call"
    CALLING = "calling", "Calling"
    IN_CALL = "in_call", "In call"
    QUALIFIED = "qualified", "Qualified"
    NOT_INTERESTED = "not_interested", "Not interested"
    FOLLOW_UP = "follow_up", "Follow up"
    CALLBACK_REQUESTED = "callback_requested", "Callback requested"
    UNRESPONSIVE = "unresponsive", "Unresponsive"
    HUMAN_INPUT_NEEDED = "human_input_needed", "Human input needed"
    HUMAN_FOLLOW_UP = "human_follow_up", "Human follow-up"
    CALL_FAILED = "call_failed", "Call failed"
    CONVERTED = "converted", "Converted"
    LOST = "lost", "Lost"


class ContactSource(models.TextChoices):
    MANUAL = "manual", "Manual"
    CSV = "csv", "CSV import"
    API = "api", "API"
    CHAT = "chat", "Chat"
    CALL = "call", "Call"
    CALENDAR = "calendar", "Calendar"


class Contact(models.Model):
    first_name = models.CharField(max_length=100, blank=True)
    last_name = models.CharField(max_length=100, blank=True)
    # E.164, unique per tenant (the schema is the tenant). Null when unknown.
    phone = models.CharField(max_length=20, null=True, blank=True, unique=True)
    alternate_phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    company = models.CharField(max_length=150, blank=True)
    timezone = models.CharField(max_length=64, blank=True, help_text="Explicit zone; empty means inferred.")
    language = models.CharField(max_length=16, blank=True)
    address = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    tags = ArrayField(models.CharField(max_length=50), default=list, blank=True)
    custom_fields = models.JSONField(default=dict, blank=True)
    source = models.CharField(max_length=10, choices=ContactSource.choices, default=ContactSource.MANUAL)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    status = models.CharField(max_length=20, choices=LeadStatus.choices, default=LeadStatus.NEW)
    priority = models.PositiveSmallIntegerField(default=0)
    lead_score = models.PositiveSmallIntegerField(default=0)
    callback_at = models.DateTimeField(null=True, blank=True)
    qualification = models.JSONField(default=dict, blank=True)
    do_not_call = models.BooleanField(default=False, help_text="Mirrors the tenant DNC list for this number.")
    erased_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(lead_score__lte=100), name="contact_lead_score_0_100"),
            models.CheckConstraint(condition=models.Q(status__in=LeadStatus.values), name="contact_status_valid"),
        ]
        indexes = [
            models.Index(fields=["status"], name="contact_status_idx"),
            models.Index(Lower("email"), name="contact_email_ci_idx"),
        ]

    def __str__(self):
        return self.full_name or self.phone or self.email or f"Contact {self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class DncEntry(models.Model):
    """A number the tenant must never call or text."""

    phone = models.CharField(max_length=20, unique=True)
    reason = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=30, blank=True, help_text="manual, csv, sms_stop, api, call ...")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "do-not-call entry"
        verbose_name_plural = "do-not-call entries"

    def __str__(self):
        return self.phone


class ConsentRecord(models.Model):
    """Evidence that a contact agreed (or stopped agreeing) to be contacted on a channel."""

    class Channel(models.TextChoices):
        CALL = "call", "Call"
        SMS = "sms", "SMS"
        EMAIL = "email", "Email"

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="consents")
    channel = models.CharField(max_length=5, choices=Channel.choices)
    granted = models.BooleanField(help_text="False records an opt-out.")
    source = models.CharField(max_length=50, blank=True)
    evidence = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["contact", "channel", "-created_at"], name="consent_latest_idx")]

    def __str__(self):
        return f"{self.channel} {'granted' if self.granted else 'withdrawn'} for {self.contact}"


class StatusChange(models.Model):
    """History of a contact's lead status: who or what changed it, when and why."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="status_history")
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    actor_label = models.CharField(max_length=100, blank=True, help_text="A person's email or a system name.")
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.from_status or '-'} → {self.to_status}"
