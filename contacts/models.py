"""Contacts: the people a tenant calls, texts and books. Lives in each tenant schema.

References to users (public schema) use DO_NOTHING without a database
constraint: deleting a user must not make Django look for contacts in the
public schema, and a dangling id simply reads as "nobody".
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models.expressions import RawSQL
from django.db.models.functions import Lower, Reverse

from contacts.search import search_vector_sql


def _user_fk(**kwargs):
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
        **kwargs,
    )


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
    # E.164, unique per tenant (the schema is the tenant; see Meta). Null when unknown.
    phone = models.CharField(max_length=20, null=True, blank=True)
    alternate_phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    company = models.CharField(max_length=150, blank=True)
    timezone = models.CharField(max_length=64, blank=True, help_text="Explicit zone; empty means inferred.")
    language = models.CharField(max_length=16, blank=True)
    address = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    tags = ArrayField(models.CharField(max_length=50), default=list, blank=True)
    groups = models.ManyToManyField("Group", related_name="contacts", blank=True)
    custom_fields = models.JSONField(default=dict, blank=True)
    source = models.CharField(max_length=10, choices=ContactSource.choices, default=ContactSource.MANUAL)
    owner = _user_fk(db_index=False)  # indexed below, only where set
    status = models.CharField(max_length=20, choices=LeadStatus.choices, default=LeadStatus.NEW)
    priority = models.PositiveSmallIntegerField(default=0)
    lead_score = models.PositiveSmallIntegerField(default=0)
    callback_at = models.DateTimeField(null=True, blank=True)
    qualification = models.JSONField(default=dict, blank=True)
    do_not_call = models.BooleanField(default=False, help_text="Mirrors the tenant DNC list for this number.")
    erased_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    # No database constraint: it would cost a trigger per imported row; the ORM still sets it to NULL.
    created_by_import = models.ForeignKey(
        "ContactImport",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Computed by PostgreSQL, so every write path (ORM, COPY, bulk SQL) stays searchable.
    search_vector = models.GeneratedField(
        expression=RawSQL(search_vector_sql(), []),  # noqa: S611 - a constant built from literals
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # A constraint rather than unique=True: no extra pattern-ops index (prefixes use a range scan).
            models.UniqueConstraint(fields=["phone"], name="contacts_contact_phone_key"),
            models.CheckConstraint(condition=models.Q(lead_score__lte=100), name="contact_lead_score_0_100"),
            models.CheckConstraint(condition=models.Q(priority__lte=100), name="contact_priority_0_100"),
            models.CheckConstraint(condition=models.Q(status__in=LeadStatus.values), name="contact_status_valid"),
        ]
        indexes = [
            models.Index(fields=["status"], name="contact_status_idx"),
            models.Index(fields=["-created_at", "-id"], name="contact_created_idx"),
            models.Index(fields=["owner"], name="contact_owner_idx", condition=models.Q(owner__isnull=False)),
            # text_pattern_ops serves both `=` and `LIKE 'prefix%'` whatever the collation.
            models.Index(OpClass(Lower("email"), name="text_pattern_ops"), name="contact_email_prefix_idx"),
            # Numbers typed as their last digits ("345678") match the reversed number's prefix.
            models.Index(OpClass(Reverse("phone"), name="text_pattern_ops"), name="contact_phone_suffix_idx"),
            models.Index(
                fields=["alternate_phone"], name="contact_alt_phone_idx", condition=~models.Q(alternate_phone="")
            ),
            GinIndex(fields=["search_vector"], name="contact_search_idx"),
            GinIndex(fields=["tags"], name="contact_tags_idx"),
            GinIndex(OpClass("custom_fields", name="jsonb_path_ops"), name="contact_custom_fields_idx"),
        ]

    def __str__(self):
        return self.full_name or self.phone or self.email or f"Contact {self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None


class NameKey(models.Model):
    """A distinct name word and its phonetic key: the vocabulary fuzzy search expands into."""

    word = models.CharField(max_length=100, unique=True)
    key = models.CharField(max_length=4, db_index=True)

    def __str__(self):
        return f"{self.word} ({self.key})"


class Group(models.Model):
    """A static list of contacts (a campaign audience, a segment someone curated)."""

    name = models.CharField(max_length=100)
    description = models.CharField(max_length=300, blank=True)
    created_by = _user_fk()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="group_name_ci_unique")]

    def __str__(self):
        return self.name


class Tag(models.Model):
    """The tenant's tag catalogue; contacts carry tag names in `Contact.tags`."""

    name = models.CharField(max_length=50)
    color = models.CharField(max_length=7, blank=True, help_text="#rrggbb")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="tag_name_ci_unique")]

    def __str__(self):
        return self.name


class CustomFieldDefinition(models.Model):
    """A tenant-defined field stored in `Contact.custom_fields[key]`."""

    class FieldType(models.TextChoices):
        TEXT = "text", "Text"
        NUMBER = "number", "Number"
        BOOLEAN = "boolean", "Yes/no"
        DATE = "date", "Date"
        CHOICE = "choice", "Choice"

    key = models.SlugField(max_length=40, unique=True)
    label = models.CharField(max_length=80)
    field_type = models.CharField(max_length=10, choices=FieldType.choices, default=FieldType.TEXT)
    choices = ArrayField(models.CharField(max_length=80), default=list, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "key"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(field_type__in=["text", "number", "boolean", "date", "choice"]),
                name="custom_field_type_valid",
            )
        ]

    def __str__(self):
        return self.label


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
    actor = _user_fk()
    actor_label = models.CharField(max_length=100, blank=True, help_text="A person's email or a system name.")
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.from_status or '-'} → {self.to_status}"


class ContactNote(models.Model):
    """A dated note on a contact's timeline (the free-text `Contact.notes` is the summary)."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="timeline_notes")
    body = models.TextField()
    author = _user_fk()
    author_label = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.body[:60]


class SavedView(models.Model):
    """A named set of list filters (search, status, tag, group, ordering ...)."""

    name = models.CharField(max_length=80)
    filters = models.JSONField(default=dict, blank=True)
    shared = models.BooleanField(default=False, help_text="Visible to the whole team.")
    created_by = _user_fk()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint("created_by", Lower("name"), name="saved_view_name_unique")]

    def __str__(self):
        return self.name


class MappingTemplate(models.Model):
    """A saved CSV column mapping: normalised header -> contact field."""

    name = models.CharField(max_length=80)
    mapping = models.JSONField(default=dict)
    created_by = _user_fk()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="mapping_template_name_unique")]

    def __str__(self):
        return self.name


class ContactSettings(models.Model):
    """The tenant's contact rules. One row per schema (`ContactSettings.load()`)."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    require_consent_for_calls = models.BooleanField(
        default=False, help_text="Only call contacts whose latest call consent is a yes."
    )
    default_region = models.CharField(
        max_length=2, blank=True, help_text="ISO country for national numbers; empty = the tenant time zone's country."
    )
    retention_months = models.PositiveSmallIntegerField(
        default=0, help_text="Erase contacts inactive for this many months; 0 keeps them."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "contact settings"
        verbose_name_plural = "contact settings"
        constraints = [models.CheckConstraint(condition=models.Q(singleton=True), name="contact_settings_singleton")]

    def __str__(self):
        return "Contact settings"

    @classmethod
    def load(cls) -> "ContactSettings":
        obj = cls.objects.filter(singleton=True).first()
        if obj is None:
            obj, _ = cls.objects.get_or_create(singleton=True)
        return obj


class DuplicatePolicy(models.TextChoices):
    SKIP = "skip", "Skip rows that match a contact"
    UPDATE = "update", "Overwrite the contact with the row's values"
    MERGE = "merge", "Fill in only what the contact is missing"


class ContactImport(models.Model):
    """One CSV upload and its journey: mapping, validation, import."""

    class Status(models.TextChoices):
        UPLOADED = "uploaded", "Uploaded"
        VALIDATING = "validating", "Validating"
        VALIDATED = "validated", "Validated"
        IMPORTING = "importing", "Importing"
        COMPLETED = "completed", "Completed"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled"

    status = models.CharField(max_length=12, choices=Status.choices, default=Status.UPLOADED)
    file_name = models.CharField(max_length=255)
    file_size = models.PositiveIntegerField(default=0)
    # The upload itself, kept in the database so any worker can read it; cleared once imported.
    content = models.BinaryField(default=b"", editable=False)
    delimiter = models.CharField(max_length=1, default=",")
    headers = models.JSONField(default=list)
    preview = models.JSONField(default=list)
    total_rows = models.PositiveIntegerField(default=0)
    mapping = models.JSONField(default=list, blank=True, help_text="Target field per column index; null = ignored.")
    on_duplicate = models.CharField(max_length=6, choices=DuplicatePolicy.choices, default=DuplicatePolicy.SKIP)
    options = models.JSONField(default=dict, blank=True)
    # Distinct tags, group names and name words of the valid rows, collected while cleaning.
    vocabulary = models.JSONField(default=dict, blank=True, editable=False)
    valid_count = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)
    rejected_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0, help_text="Valid rows matching an existing contact.")
    error = models.TextField(blank=True)
    created_by = _user_fk()
    created_at = models.DateTimeField(auto_now_add=True)
    validated_at = models.DateTimeField(null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Import {self.pk} ({self.file_name})"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.COMPLETED, self.Status.FAILED, self.Status.CANCELLED)


class ImportRow(models.Model):
    """A staged CSV row: what the file said, what it cleaned to, and its fate.

    The table is UNLOGGED (see the migration): staging skips the write-ahead log.
    """

    class Outcome(models.TextChoices):
        VALID = "valid", "Valid"
        REJECTED = "rejected", "Rejected"
        CREATED = "created", "Created"
        UPDATED = "updated", "Updated"
        SKIPPED = "skipped", "Skipped"

    contact_import = models.ForeignKey(ContactImport, on_delete=models.CASCADE, related_name="rows", db_index=False)
    row_number = models.PositiveIntegerField(help_text="Line in the file's data, 1 = first row after the header.")
    raw = models.JSONField(default=list)
    data = models.JSONField(default=dict)
    phone = models.CharField(max_length=20, null=True, blank=True)
    email_key = models.CharField(max_length=254, blank=True)
    outcome = models.CharField(max_length=8, choices=Outcome.choices, default=Outcome.VALID)
    errors = models.JSONField(default=list, blank=True)
    contact_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["contact_import", "row_number"]
        constraints = [
            models.UniqueConstraint(fields=["contact_import", "row_number"], name="import_row_unique"),
        ]

    def __str__(self):
        return f"row {self.row_number}"
