"""Scripts, their versions, and which script version and persona an agent uses (tenant schema).

Imported by calls.models so Django registers them with the calls app.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q


class CallScript(models.Model):
    """A named script; its content lives in versions, the newest being the current one."""

    name = models.CharField(max_length=120)
    description = models.CharField(max_length=300, blank=True)
    template_key = models.CharField(max_length=40, blank=True, help_text="The library template it started from.")
    current_version = models.ForeignKey(
        "CallScriptVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        return self.name


class CallScriptVersion(models.Model):
    """An immutable snapshot of a script's steps; edits and rollbacks add versions."""

    script = models.ForeignKey(CallScript, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField(help_text="{steps: [{key, title, line, expected, branches, next, objections, actions}]}")
    note = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["script", "-number"]
        constraints = [models.UniqueConstraint(fields=["script", "number"], name="callscriptversion_unique_number")]

    def __str__(self):
        return f"{self.script} v{self.number}"


class AgentScriptSetup(models.Model):
    """The script version and persona an agent's draft is compiled from (one row per agent)."""

    agent = models.OneToOneField("calls.Agent", on_delete=models.CASCADE, related_name="script_setup")
    script_version = models.ForeignKey(
        CallScriptVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="agent_setups"
    )
    persona_key = models.CharField(max_length=40, blank=True)
    persona_overrides = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(script_version__isnull=False) | ~Q(persona_key=""), name="agentscriptsetup_not_empty"
            )
        ]

    def __str__(self):
        return f"Script set-up of {self.agent}"
