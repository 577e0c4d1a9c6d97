"""Voice agents, phone numbers and calls. Lives in each tenant schema.

References to users (public schema) are plain ids without a database
constraint, as in contacts: a deleted user simply reads as "nobody".
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q

# Fields of an agent that make up its configuration; a published version is a snapshot of them.
AGENT_CONFIG_FIELDS = (
    "name",
    "purpose",
    "tone",
    "formality",
    "accent",
    "language",
    "voice_id",
    "speaking_speed",
    "greeting",
    "system_prompt",
    "transfer_number",
    "escalation_keywords",
    "end_call_rules",
    "max_call_seconds",
    "analysis_fields",
    "custom_vocabulary",
)


# What a version published before a config field existed is read as having.
AGENT_CONFIG_DEFAULTS = {"custom_vocabulary": []}


class ProviderAccount(models.TextChoices):
    PLATFORM = "platform", "Platform account"
    TENANT = "tenant", "Tenant's own account"


class Agent(models.Model):
    """A voice agent: persona, script and rules. Edited as a draft, published as versions."""

    class Purpose(models.TextChoices):
        RECEPTIONIST = "receptionist", "Receptionist"
        REMINDER = "reminder", "Appointment reminder"
        QUALIFIER = "qualifier", "Lead qualifier"
        CUSTOM = "custom", "Custom"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"

    class Tone(models.TextChoices):
        FRIENDLY = "friendly", "Friendly"
        PROFESSIONAL = "professional", "Professional"
        WARM = "warm", "Warm"
        CALM = "calm", "Calm"
        ENERGETIC = "energetic", "Energetic"

    class Formality(models.TextChoices):
        CASUAL = "casual", "Casual"
        NEUTRAL = "neutral", "Neutral"
        FORMAL = "formal", "Formal"

    name = models.CharField(max_length=120)
    purpose = models.CharField(max_length=20, choices=Purpose.choices, default=Purpose.RECEPTIONIST)
    tone = models.CharField(max_length=20, choices=Tone.choices, default=Tone.FRIENDLY)
    formality = models.CharField(max_length=10, choices=Formality.choices, default=Formality.NEUTRAL)
    accent = models.CharField(max_length=40, blank=True, help_text="Region or accent, e.g. British, Southern US.")
    language = models.CharField(max_length=16, default="en-US")
    voice_id = models.CharField(max_length=80, default="11labs-Adrian")
    speaking_speed = models.FloatField(default=1.0)
    greeting = models.TextField(blank=True, help_text="The first thing the agent says; may use {{variables}}.")
    system_prompt = models.TextField(blank=True, help_text="Instructions for the agent; may use {{variables}}.")
    transfer_number = models.CharField(max_length=20, blank=True, help_text="E.164 number for a human hand-off.")
    escalation_keywords = ArrayField(models.CharField(max_length=50), default=list, blank=True)
    end_call_rules = models.TextField(blank=True, help_text="When the agent should end the call.")
    max_call_seconds = models.PositiveIntegerField(default=600)
    analysis_fields = models.JSONField(
        default=list, blank=True, help_text="Post-call fields to extract: [{name, type, description, choices}]."
    )
    custom_vocabulary = ArrayField(
        models.CharField(max_length=50),
        default=list,
        blank=True,
        help_text="Names and terms the speech recogniser should expect (sent as the provider's boosted keywords).",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    provider_agent_id = models.CharField(max_length=100, blank=True, db_index=True)
    provider_llm_id = models.CharField(max_length=100, blank=True)
    provider_account = models.CharField(max_length=10, choices=ProviderAccount.choices, blank=True)
    published_version = models.ForeignKey(
        "AgentVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(speaking_speed__gte=0.5) & Q(speaking_speed__lte=2.0), name="agent_speed_range"
            ),
            models.CheckConstraint(condition=Q(status__in=["draft", "active", "paused"]), name="agent_status_valid"),
            models.CheckConstraint(
                condition=Q(max_call_seconds__gte=30) & Q(max_call_seconds__lte=7200), name="agent_max_call_range"
            ),
        ]

    def __str__(self):
        return self.name

    def config(self) -> dict:
        return {field: getattr(self, field) for field in AGENT_CONFIG_FIELDS}

    @property
    def has_unpublished_changes(self) -> bool:
        if self.published_version is None:
            return True
        return self.published_version.full_config != self.config()


class AgentVersion(models.Model):
    """An immutable snapshot of an agent's configuration as it was published."""

    agent = models.ForeignKey(Agent, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    config = models.JSONField()
    provider_version = models.IntegerField(null=True, blank=True)
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
        ordering = ["agent", "-number"]
        constraints = [models.UniqueConstraint(fields=["agent", "number"], name="agentversion_unique_number")]

    def __str__(self):
        return f"{self.agent} v{self.number}"

    @property
    def full_config(self) -> dict:
        """The published configuration, with the default of every field added since it was published."""
        return {**AGENT_CONFIG_DEFAULTS, **self.config}


class PhoneNumber(models.Model):
    """A number the tenant calls from and is called on, bound to agents."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        RELEASED = "released", "Released"

    number = models.CharField(max_length=20, help_text="E.164")
    nickname = models.CharField(max_length=80, blank=True)
    provider_id = models.CharField(max_length=100, blank=True)
    provider_account = models.CharField(max_length=10, choices=ProviderAccount.choices, blank=True)
    area_code = models.CharField(max_length=6, blank=True)
    inbound_agent = models.ForeignKey(
        Agent, null=True, blank=True, on_delete=models.SET_NULL, related_name="inbound_numbers"
    )
    outbound_agent = models.ForeignKey(
        Agent, null=True, blank=True, on_delete=models.SET_NULL, related_name="outbound_numbers"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    created_at = models.DateTimeField(auto_now_add=True)
    released_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["number", "id"]
        constraints = [
            models.UniqueConstraint(fields=["number"], condition=Q(status="active"), name="phonenumber_active_unique"),
            models.CheckConstraint(condition=Q(status__in=["active", "released"]), name="phonenumber_status_valid"),
        ]

    def __str__(self):
        return self.nickname or self.number


class CallStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RINGING = "ringing", "Ringing"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"
    TRANSFERRED = "transferred", "Transferred"
    VOICEMAIL = "voicemail", "Voicemail"
    IVR = "ivr", "Reached a phone menu"
    NO_ANSWER = "no_answer", "No answer"
    BUSY = "busy", "Busy"
    FAILED = "failed", "Failed"
    NOT_ATTEMPTED = "not_attempted", "Not attempted"


LIVE_CALL_STATUSES = (CallStatus.QUEUED, CallStatus.RINGING, CallStatus.IN_PROGRESS)


class CallOutcome(models.TextChoices):
    NONE = "", "None"
    CONFIRMED = "confirmed", "Confirmed"
    RESCHEDULE_REQUESTED = "reschedule_requested", "Reschedule requested"
    CANCELLED = "cancelled", "Cancelled"
    QUALIFIED = "qualified", "Qualified"
    NOT_INTERESTED = "not_interested", "Not interested"
    CALLBACK_REQUESTED = "callback_requested", "Callback requested"


class Call(models.Model):
    """One phone or web call, as placed by us and reported by the provider."""

    class Direction(models.TextChoices):
        INBOUND = "inbound", "Inbound"
        OUTBOUND = "outbound", "Outbound"

    class CallType(models.TextChoices):
        PHONE = "phone_call", "Phone call"
        WEB = "web_call", "Web call"

    class Stage(models.IntegerChoices):
        PLACED = 0, "Placed"
        STARTED = 1, "Started"
        ENDED = 2, "Ended"
        ANALYZED = 3, "Analyzed"

    provider_call_id = models.CharField(max_length=100, null=True, blank=True, unique=True)
    direction = models.CharField(max_length=10, choices=Direction.choices, default=Direction.OUTBOUND)
    call_type = models.CharField(max_length=12, choices=CallType.choices, default=CallType.PHONE)
    from_number = models.CharField(max_length=32, blank=True)
    to_number = models.CharField(max_length=32, blank=True)
    contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="calls"
    )
    agent = models.ForeignKey(Agent, null=True, blank=True, on_delete=models.SET_NULL, related_name="calls")
    agent_version = models.ForeignKey(
        AgentVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="calls"
    )
    phone_number = models.ForeignKey(
        PhoneNumber, null=True, blank=True, on_delete=models.SET_NULL, related_name="calls"
    )
    metadata = models.JSONField(default=dict, blank=True)
    dynamic_variables = models.JSONField(default=dict, blank=True)
    campaign_id = models.BigIntegerField(null=True, blank=True)
    campaign_attempt_id = models.BigIntegerField(null=True, blank=True)
    # The knowledge app's voice conversation for this call (the inbox's record of what was said).
    conversation_id = models.BigIntegerField(null=True, blank=True)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )

    status = models.CharField(max_length=16, choices=CallStatus.choices, default=CallStatus.QUEUED)
    outcome = models.CharField(max_length=24, choices=CallOutcome.choices, blank=True, default="")
    retryable = models.BooleanField(default=False)
    provider_status = models.CharField(max_length=20, blank=True)
    disconnection_reason = models.CharField(max_length=60, blank=True)
    transfer_destination = models.CharField(max_length=40, blank=True)
    transfer_requested = models.BooleanField(default=False)
    note = models.CharField(max_length=300, blank=True)

    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    transcript = models.TextField(blank=True)
    transcript_turns = models.JSONField(default=list, blank=True)
    summary = models.TextField(blank=True)
    sentiment = models.CharField(max_length=10, blank=True)
    successful = models.BooleanField(null=True, blank=True)
    in_voicemail = models.BooleanField(null=True, blank=True)
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text="0-100, from the analysis.")
    analysis = models.JSONField(default=dict, blank=True, help_text="The agent's custom post-call fields.")
    recording_url = models.URLField(max_length=1000, blank=True)
    recording_multi_channel_url = models.URLField(max_length=1000, blank=True)
    provider_cost_cents = models.DecimalField(max_digits=12, decimal_places=4, null=True, blank=True)
    provider_data = models.JSONField(default=dict, blank=True, help_text="Merged provider call object.")

    stage = models.PositiveSmallIntegerField(choices=Stage.choices, default=Stage.PLACED)
    last_event_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True, help_text="When call_finished was emitted.")
    lead_status_note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    search_vector = models.GeneratedField(
        expression=SearchVector("transcript", "summary", config="english"),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=CallStatus.values), name="call_status_valid"),
            models.CheckConstraint(condition=Q(outcome__in=CallOutcome.values), name="call_outcome_valid"),
            models.CheckConstraint(condition=Q(score__isnull=True) | Q(score__lte=100), name="call_score_0_100"),
        ]
        indexes = [
            models.Index(fields=["-created_at"], name="call_created_idx"),
            models.Index(fields=["status"], name="call_status_idx"),
            models.Index(fields=["contact", "status"], name="call_contact_status_idx"),
            models.Index(fields=["campaign_id"], name="call_campaign_idx"),
            models.Index(fields=["stage", "finished_at"], name="call_stage_finished_idx"),
            GinIndex(fields=["search_vector"], name="call_search_idx"),
        ]

    def __str__(self):
        return f"Call {self.pk} ({self.get_direction_display().lower()}, {self.get_status_display().lower()})"

    @property
    def duration_seconds(self) -> int:
        return round(self.duration_ms / 1000)

    @property
    def is_live(self) -> bool:
        return self.status in LIVE_CALL_STATUSES

    @property
    def counterpart_number(self) -> str:
        return self.to_number if self.direction == self.Direction.OUTBOUND else self.from_number


class WebhookEvent(models.Model):
    """A provider event exactly as received; one row per (call, event) however often it arrives."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PROCESSED = "processed", "Processed"
        FAILED = "failed", "Failed"

    provider = models.CharField(max_length=20, default="retell")
    event = models.CharField(max_length=40)
    call_id = models.CharField(max_length=100)
    body = models.TextField()
    deliveries = models.PositiveIntegerField(default=1)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Sweeper retries after a failure.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    received_at = models.DateTimeField()
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["call_id", "event"], name="webhookevent_call_event_unique")]
        indexes = [models.Index(fields=["status", "received_at"], name="webhookevent_status_idx")]

    def __str__(self):
        return f"{self.event} for {self.call_id}"


class FunctionCall(models.Model):
    """An in-call function the agent used, with what it asked and what it was told."""

    provider_call_id = models.CharField(max_length=100, db_index=True)
    name = models.CharField(max_length=40)
    args = models.JSONField(default=dict, blank=True)
    response = models.JSONField(default=dict, blank=True)
    ok = models.BooleanField(default=True)
    duration_ms = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.name} during {self.provider_call_id}"


class CallBooking(models.Model):
    """A slot booked during a call while no calendar backend is connected.

    The business-hours scheduler keeps its bookings here; with the
    appointments app as the scheduler, bookings live there instead.
    """

    class Status(models.TextChoices):
        BOOKED = "booked", "Booked"
        CANCELLED = "cancelled", "Cancelled"

    contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="call_bookings"
    )
    provider_call_id = models.CharField(max_length=100, blank=True, db_index=True)
    start = models.DateTimeField()
    end = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.BOOKED)
    idempotency_key = models.CharField(max_length=200, unique=True)
    name = models.CharField(max_length=150, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="callbooking_end_after_start"),
        ]
        indexes = [models.Index(fields=["status", "start"], name="callbooking_status_start_idx")]

    def __str__(self):
        return f"Booking {self.start:%Y-%m-%d %H:%M} ({self.status})"


class VoiceSettings(models.Model):
    """The tenant's voice-provider settings (one row): its own Retell key, encrypted."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1, editable=False)
    retell_api_key_encrypted = models.TextField(blank=True)
    retell_api_key_last4 = models.CharField(max_length=4, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "voice settings"
        constraints = [models.CheckConstraint(condition=Q(id=1), name="voicesettings_singleton")]

    def __str__(self):
        return "Voice settings"

    @property
    def has_own_key(self) -> bool:
        return bool(self.retell_api_key_encrypted)


# Scripts and persona set-ups live in their own module; importing them here registers them with the app.
from calls.scripts.models import AgentScriptSetup, CallScript, CallScriptVersion  # noqa: E402, F401
