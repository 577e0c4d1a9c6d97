"""Where a new workspace is in the onboarding wizard (public schema, one row per tenant)."""

from django.db import models
from django.db.models import Q

STEPS = ("industry", "website", "scan", "preview", "live")


class OnboardingProgress(models.Model):
    """The wizard's state, so it resumes where the owner left it, on any device."""

    tenant = models.OneToOneField("tenants.Tenant", on_delete=models.CASCADE, related_name="onboarding")
    step = models.CharField(max_length=10, default="industry")
    steps_done = models.JSONField(default=list, blank=True)
    website_url = models.URLField(max_length=2000, blank=True)
    source_id = models.BigIntegerField(null=True, blank=True, help_text="The knowledge source in the tenant schema.")
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    skipped_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "onboarding progress"
        constraints = [models.CheckConstraint(condition=Q(step__in=STEPS), name="onboarding_step_valid")]

    def __str__(self):
        return f"Onboarding of {self.tenant_id} at {self.step}"

    @property
    def finished(self) -> bool:
        return self.completed_at is not None or self.skipped_at is not None
