"""Outbound webhooks: endpoints, the outbox of public events, deliveries and their attempt log.

An OutboundEvent and one WebhookDelivery per subscribed endpoint are written
in the transaction that made the change; a task sends each endpoint's due
deliveries after the commit and a beat sweep sends whatever is due (retries, or sends lost in a
crash). Everything lives in the tenant's schema.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q

__all__ = ["DeliveryStatus", "OutboundEvent", "WebhookAttempt", "WebhookDelivery", "WebhookEndpoint"]


class WebhookEndpoint(models.Model):
    """A URL of the tenant's that hears about the events it subscribed to."""

    class Kind(models.TextChoices):
        WEBHOOK = "webhook", "Webhook"
        REST_HOOK = "rest_hook", "REST hook subscription"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.WEBHOOK)
    url = models.URLField(max_length=1000)
    description = models.CharField(max_length=200, blank=True)
    events = models.JSONField(default=list, help_text="Event types, or ['*'] for every one.")
    secret_encrypted = models.TextField(help_text="whsec_ signing secret, encrypted at rest.")
    previous_secret_encrypted = models.TextField(blank=True)
    previous_secret_expires_at = models.DateTimeField(null=True, blank=True)
    is_enabled = models.BooleanField(default=True)
    disabled_reason = models.CharField(max_length=300, blank=True)
    disabled_at = models.DateTimeField(null=True, blank=True)
    failure_streak = models.PositiveIntegerField(default=0, help_text="Failed attempts since the last success.")
    failing_since = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=["webhook", "rest_hook"]), name="webhook_endpoint_kind_valid"),
        ]

    def __str__(self):
        return self.url

    def subscribes_to(self, event_type: str) -> bool:
        return "*" in self.events or event_type in self.events


class OutboundEvent(models.Model):
    """One public event (the envelope sent to every subscribed endpoint)."""

    event_id = models.CharField(max_length=40, unique=True)
    type = models.CharField(max_length=60, db_index=True)
    payload = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.type} {self.event_id}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    SENDING = "sending", "Sending"
    RETRYING = "retrying", "Retrying"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed"


class WebhookDelivery(models.Model):
    """One event to one endpoint: claimed, sent and retried until it succeeds or gives up."""

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(OutboundEvent, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["endpoint", "event"], name="webhook_delivery_once_per_endpoint"),
            models.CheckConstraint(condition=Q(status__in=DeliveryStatus.values), name="webhook_delivery_status_valid"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due_idx")]

    def __str__(self):
        return f"{self.event.type} to {self.endpoint.url} ({self.status})"


class WebhookAttempt(models.Model):
    """The delivery log: one HTTP request and what came back."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="log")
    number = models.PositiveSmallIntegerField()
    url = models.URLField(max_length=1000)
    request_headers = models.JSONField(default=dict)
    request_body = models.TextField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_excerpt = models.TextField(blank=True)
    error = models.CharField(max_length=500, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"attempt {self.number}: {self.status_code or self.error}"
