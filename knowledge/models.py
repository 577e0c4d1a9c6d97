"""Knowledge: what the business knows (sources, pages, chunks, FAQs) and what it was asked (conversations, gaps).

Lives in each tenant schema. Vectors are stored in a dimension-less pgvector
column together with the embedder that made them (`embedder`, `dims`); the
HNSW index is a partial expression index per dimension (`embedding::vector(N)
WHERE dims = N`), so switching embedders re-embeds row by row in the
background while retrieval keeps using the rows that match the current one.
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from pgvector.django import VectorField


class SourceKind(models.TextChoices):
    WEBSITE = "website", "Website"
    PAGE = "page", "Single page"
    FILE = "file", "File"
    TEXT = "text", "Pasted text"


class SourceStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    CRAWLING = "crawling", "Crawling"
    INDEXING = "indexing", "Indexing"
    READY = "ready", "Ready"
    FAILED = "failed", "Failed"


class SyncSchedule(models.TextChoices):
    NEVER = "never", "Never"
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"
    MONTHLY = "monthly", "Monthly"


class Source(models.Model):
    kind = models.CharField(max_length=10, choices=SourceKind.choices)
    name = models.CharField(max_length=200)
    url = models.URLField(max_length=2000, blank=True)
    max_pages = models.PositiveIntegerField(default=50)
    max_depth = models.PositiveIntegerField(default=3)
    include_patterns = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    exclude_patterns = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    # For `file` and `text` sources: the extracted text (files are not kept, only what they said).
    content = models.TextField(blank=True)
    file_name = models.CharField(max_length=255, blank=True)
    agents = models.ManyToManyField("calls.Agent", blank=True, related_name="knowledge_sources")
    schedule = models.CharField(max_length=10, choices=SyncSchedule.choices, default=SyncSchedule.NEVER)
    next_sync_at = models.DateTimeField(null=True, blank=True, db_index=True)
    status = models.CharField(max_length=10, choices=SourceStatus.choices, default=SourceStatus.QUEUED)
    error = models.CharField(max_length=500, blank=True)
    pages_found = models.PositiveIntegerField(default=0)
    pages_done = models.PositiveIntegerField(default=0)
    pages_indexed = models.PositiveIntegerField(default=0)
    pages_failed = models.PositiveIntegerField(default=0)
    chunk_count = models.PositiveIntegerField(default=0)
    sync_started_at = models.DateTimeField(null=True, blank=True)
    last_synced_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=SourceKind.values), name="knowledge_source_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=SourceStatus.values), name="knowledge_source_status_valid"),
            models.CheckConstraint(
                condition=Q(schedule__in=SyncSchedule.values), name="knowledge_source_schedule_valid"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def progress(self) -> int:
        """Percent of the known pages processed (100 once ready)."""
        if self.status == SourceStatus.READY:
            return 100
        if not self.pages_found:
            return 0
        return min(99, int(100 * self.pages_done / self.pages_found))

    @property
    def is_busy(self) -> bool:
        return self.status in (SourceStatus.QUEUED, SourceStatus.CRAWLING, SourceStatus.INDEXING)


class PageStatus(models.TextChoices):
    INDEXED = "indexed", "Indexed"
    UNCHANGED = "unchanged", "Unchanged"
    SKIPPED = "skipped", "Skipped"
    REFUSED = "refused", "Refused"
    FAILED = "failed", "Failed"


class Page(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="pages")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=PageStatus.choices)
    reason = models.CharField(max_length=500, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    depth = models.PositiveIntegerField(default=0)
    chunk_count = models.PositiveIntegerField(default=0)
    fetched_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["url"]
        constraints = [
            models.UniqueConstraint(fields=["source", "url"], name="knowledge_page_unique_url"),
            models.CheckConstraint(condition=Q(status__in=PageStatus.values), name="knowledge_page_status_valid"),
        ]

    def __str__(self):
        return self.url


class FAQ(models.Model):
    """A question and its answer, written by staff. `override` answers win over retrieval when asked near-exactly."""

    question = models.CharField(max_length=500)
    answer = models.TextField()
    override = models.BooleanField(
        default=False, help_text="Answer with exactly this text when the question is asked (near-)verbatim."
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["question"]
        verbose_name = "FAQ"

    def __str__(self):
        return self.question


class Chunk(models.Model):
    """A passage retrieval can return: text, where it came from, a vector and a full-text vector."""

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.CASCADE, related_name="chunks")
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.CASCADE, related_name="chunks")
    faq = models.ForeignKey(FAQ, null=True, blank=True, on_delete=models.CASCADE, related_name="chunks")
    url = models.CharField(max_length=2000, blank=True)
    title = models.CharField(max_length=500, blank=True)
    heading = models.CharField(max_length=500, blank=True)
    text = models.TextField()
    position = models.PositiveIntegerField(default=0)
    embedding = VectorField(null=True, blank=True)
    # The page title and heading breadcrumb alone: customers' words often match what a section is called.
    heading_embedding = VectorField(null=True, blank=True)
    dims = models.PositiveSmallIntegerField(default=0)
    embedder = models.CharField(max_length=120, blank=True)
    search = SearchVectorField(null=True)

    class Meta:
        ordering = ["page_id", "position"]
        indexes = [
            GinIndex(fields=["search"], name="knowledge_chunk_search"),
            models.Index(fields=["embedder"], name="knowledge_chunk_embedder"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(source__isnull=False) | Q(faq__isnull=False), name="knowledge_chunk_has_origin"
            ),
        ]

    def __str__(self):
        return f"{self.title} / {self.heading}"


class KnowledgeSettings(models.Model):
    """The tenant's own escalation phrases (on top of its vertical's) and answer threshold. One row."""

    escalation_phrases = ArrayField(models.CharField(max_length=100), default=list, blank=True)
    min_confidence = models.FloatField(default=0.25, help_text="Below this an answer counts as not known.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "knowledge settings"

    def __str__(self):
        return "Knowledge settings"


class Channel(models.TextChoices):
    CHAT = "chat", "Website chat"
    VOICE = "voice", "Voice"
    API = "api", "API"
    PORTAL = "portal", "Portal"


class ConversationStatus(models.TextChoices):
    OPEN = "open", "Open"
    URGENT = "urgent", "Urgent"
    WAITING = "waiting_for_human", "Waiting for a person"
    RESOLVED = "resolved", "Resolved"


def _user_fk(**kwargs):
    # Users live in the public schema: no database constraint across schemas.
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
        **kwargs,
    )


class Conversation(models.Model):
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.API)
    status = models.CharField(max_length=20, choices=ConversationStatus.choices, default=ConversationStatus.OPEN)
    agent = models.ForeignKey("calls.Agent", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    contact = models.ForeignKey(
        "contacts.Contact", null=True, blank=True, on_delete=models.SET_NULL, related_name="conversations"
    )
    subject = models.CharField(max_length=200, blank=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    escalation_reason = models.CharField(max_length=200, blank=True)
    message_count = models.PositiveIntegerField(default=0)
    last_message_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Website chat: the visitor's browser id (persisted in the widget), so a returning visitor sees their history.
    visitor_id = models.CharField(max_length=64, blank=True, db_index=True)
    visitor_name = models.CharField(max_length=200, blank=True)
    lead = models.JSONField(default=dict, blank=True, help_text="What the visitor typed into the lead form.")
    # Staff take-over: while set, the AI does not answer.
    handled_by = _user_fk(db_index=False)
    taken_over_at = models.DateTimeField(null=True, blank=True)
    human_requested_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    rating_comment = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-last_message_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5),
                name="knowledge_conversation_rating_1_5",
            ),
            models.CheckConstraint(
                condition=Q(channel__in=Channel.values), name="knowledge_conversation_channel_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ConversationStatus.values), name="knowledge_conversation_status_valid"
            ),
        ]

    def __str__(self):
        return self.subject or f"Conversation {self.pk}"


class MessageRole(models.TextChoices):
    USER = "user", "Customer"
    ASSISTANT = "assistant", "Assistant"
    STAFF = "staff", "Staff"
    SYSTEM = "system", "Notice"  # shown to the customer: "Sam joined the conversation"


class Message(models.Model):
    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="messages")
    role = models.CharField(max_length=10, choices=MessageRole.choices)
    text = models.TextField()
    citations = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    answered = models.BooleanField(null=True, blank=True)
    escalated = models.BooleanField(default=False)
    latency_ms = models.PositiveIntegerField(null=True, blank=True)
    prompt_tokens = models.PositiveIntegerField(default=0)
    completion_tokens = models.PositiveIntegerField(default=0)
    answerer = models.CharField(max_length=80, blank=True)
    author_name = models.CharField(max_length=150, blank=True, help_text="The staff member who wrote it.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["conversation", "created_at"], name="knowledge_message_conv")]
        constraints = [
            models.CheckConstraint(condition=Q(role__in=MessageRole.values), name="knowledge_message_role_valid"),
        ]

    def __str__(self):
        return f"{self.role}: {self.text[:60]}"


class GapStatus(models.TextChoices):
    OPEN = "open", "Open"
    ACCEPTED = "accepted", "Accepted"
    DISMISSED = "dismissed", "Dismissed"


class Gap(models.Model):
    """Questions the knowledge could not answer well, grouped by similarity: a suggested FAQ entry."""

    question = models.CharField(max_length=500)
    examples = ArrayField(models.CharField(max_length=500), default=list, blank=True)
    count = models.PositiveIntegerField(default=1)
    best_confidence = models.FloatField(default=0.0)
    embedding = VectorField(null=True, blank=True)
    embedder = models.CharField(max_length=120, blank=True)
    status = models.CharField(max_length=10, choices=GapStatus.choices, default=GapStatus.OPEN)
    faq = models.ForeignKey(FAQ, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    first_asked_at = models.DateTimeField(auto_now_add=True)
    last_asked_at = models.DateTimeField()

    class Meta:
        ordering = ["-count", "-last_asked_at"]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=GapStatus.values), name="knowledge_gap_status_valid"),
        ]

    def __str__(self):
        return self.question


# --- the training loop: "the bot made a mistake" ------------------------------------------------------


class FlagReason(models.TextChoices):
    INCORRECT = "incorrect", "Incorrect"
    INCOMPLETE = "incomplete", "Incomplete"
    OUTDATED = "outdated", "Outdated"
    INAPPROPRIATE = "inappropriate", "Inappropriate"
    OTHER = "other", "Other"


class FlagStatus(models.TextChoices):
    OPEN = "open", "Open"
    APPLIED = "applied", "Applied"
    DISMISSED = "dismissed", "Dismissed"


class FlagResolution(models.TextChoices):
    NONE = "", "None"
    CUSTOM_ANSWER = "custom_answer", "Custom answer"
    FAQ = "faq", "FAQ entry"
    SCRIPT_CHANGE = "script_change", "Script change"


class Flag(models.Model):
    """A mistake staff pointed at: a whole call, one turn of its transcript, or one answer in a conversation.

    Keeps what was asked and what the bot said at the time (transcripts can be
    erased later), the better answer, and what it became once applied.
    """

    call = models.ForeignKey("calls.Call", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    turn_index = models.PositiveIntegerField(null=True, blank=True, help_text="Index in the call's transcript turns.")
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="flags")
    agent = models.ForeignKey("calls.Agent", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(max_length=16, choices=FlagReason.choices)
    question = models.CharField(max_length=500, blank=True)
    bot_answer = models.TextField(blank=True)
    better_answer = models.TextField(blank=True)
    note = models.CharField(max_length=500, blank=True)
    status = models.CharField(max_length=10, choices=FlagStatus.choices, default=FlagStatus.OPEN)
    resolution = models.CharField(max_length=16, choices=FlagResolution.choices, blank=True, default="")
    faq = models.ForeignKey(FAQ, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by_id = models.BigIntegerField(null=True, blank=True)
    resolved_by_id = models.BigIntegerField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "-created_at"], name="knowledge_flag_status_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(Q(call__isnull=False) & Q(message__isnull=True))
                | (Q(call__isnull=True) & Q(message__isnull=False)),
                name="knowledge_flag_one_subject",
            ),
            models.CheckConstraint(condition=Q(reason__in=FlagReason.values), name="knowledge_flag_reason_valid"),
            models.CheckConstraint(condition=Q(status__in=FlagStatus.values), name="knowledge_flag_status_valid"),
            models.CheckConstraint(
                condition=Q(resolution__in=FlagResolution.values), name="knowledge_flag_resolution_valid"
            ),
            models.CheckConstraint(
                condition=Q(status="applied", resolution__gt="") | ~Q(status="applied"),
                name="knowledge_flag_applied_has_resolution",
            ),
        ]

    def __str__(self):
        subject = f"call {self.call_id}" if self.call_id else f"message {self.message_id}"
        return f"Flag {self.pk} ({self.get_reason_display().lower()}, {subject})"


class ScriptChangeStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPLIED = "applied", "Applied"
    DISMISSED = "dismissed", "Dismissed"


class ScriptChange(models.Model):
    """A proposed change to an agent's script, made from a flag; applied by whoever owns scripts.

    `calls.hooks.script_change_appliers` are asked in turn; one that takes it
    says how (`applied_by`); otherwise the text lands in the agent's draft prompt.
    """

    agent = models.ForeignKey("calls.Agent", on_delete=models.CASCADE, related_name="+")
    flag = models.ForeignKey(Flag, null=True, blank=True, on_delete=models.SET_NULL, related_name="script_changes")
    text = models.TextField()
    status = models.CharField(max_length=10, choices=ScriptChangeStatus.choices, default=ScriptChangeStatus.PENDING)
    applied_by = models.CharField(max_length=200, blank=True, help_text="What applied it, in words.")
    created_by_id = models.BigIntegerField(null=True, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=ScriptChangeStatus.values), name="knowledge_scriptchange_status_valid"
            ),
        ]

    def __str__(self):
        return f"Script change {self.pk} for agent {self.agent_id}"


class ConversationEvent(models.Model):
    """The audit trail of a conversation: who took it over, replied, resolved, escalated, and when."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=30)
    actor = _user_fk(db_index=False)
    actor_label = models.CharField(max_length=200, blank=True)
    detail = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.action} by {self.actor_label or 'system'}"


class WidgetPosition(models.TextChoices):
    RIGHT = "right", "Bottom right"
    LEFT = "left", "Bottom left"


def new_widget_key() -> str:
    import secrets

    return "wk_" + secrets.token_urlsafe(24)


class ChatWidget(models.Model):
    """The website chat widget of one agent: its public key, where it may run, and how it looks.

    The public key is the only thing a website holds; it is looked up in the
    schema of the tenant whose host serves the widget.
    """

    agent = models.OneToOneField("calls.Agent", on_delete=models.CASCADE, related_name="chat_widget")
    public_key = models.CharField(max_length=64, unique=True, default=new_widget_key)
    enabled = models.BooleanField(default=True)
    allowed_domains = ArrayField(
        models.CharField(max_length=253),
        default=list,
        blank=True,
        help_text="Sites that may show the widget: example.com, *.example.com or http://127.0.0.1:8765.",
    )
    title = models.CharField(max_length=80, default="Chat with us")
    welcome_message = models.TextField(blank=True, default="Hi! How can we help you today?")
    quick_prompts = ArrayField(models.CharField(max_length=120), default=list, blank=True)
    lead_fields = models.JSONField(default=list, blank=True)
    primary_color = models.CharField(max_length=7, default="#2563eb")
    position = models.CharField(max_length=5, choices=WidgetPosition.choices, default=WidgetPosition.RIGHT)
    avatar_url = models.URLField(max_length=500, blank=True)
    dark_mode = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(position__in=WidgetPosition.values), name="knowledge_widget_position"),
            models.CheckConstraint(
                condition=Q(primary_color__regex=r"^#[0-9a-fA-F]{6}$"), name="knowledge_widget_color_hex"
            ),
        ]

    def __str__(self):
        return f"Chat widget of {self.agent}"
