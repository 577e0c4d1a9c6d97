"""Appointments: what can be booked (resources, types, availability) and what was.

Everything lives in the tenant's schema. Double booking is prevented by the
database: an exclusion constraint on (resource, [start, end)) for every
appointment that is not cancelled. It needs no btree_gist: the resource id
becomes a one-point int8range, so both columns are ranges and use gist's
built-in range operator class.
"""

import secrets
import zoneinfo

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import BigIntegerRangeField, DateTimeRangeField, RangeOperators
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Func, Q, Value

from contacts.models import Contact
from tenants.models import validate_timezone


class Int8Range(Func):
    function = "int8range"
    output_field = BigIntegerRangeField()


class TsTzRange(Func):
    function = "tstzrange"
    output_field = DateTimeRangeField()


class Resource(models.Model):
    """Who or what an appointment is with: the business itself, a person, a room."""

    class Kind(models.TextChoices):
        BUSINESS = "business", "The business"
        STAFF = "staff", "Staff member"
        ROOM = "room", "Room"
        EQUIPMENT = "equipment", "Equipment"

    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.STAFF)
    timezone = models.CharField(max_length=64, validators=[validate_timezone])
    email = models.EmailField(blank=True, help_text="Matches bookings from Cal.com or Calendly to this resource.")
    color = models.CharField(max_length=7, default="#3b5bdb")
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "name", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(color__regex=r"^#[0-9a-fA-F]{6}$"), name="resource_color_hex"),
            models.CheckConstraint(
                condition=Q(kind__in=["business", "staff", "room", "equipment"]), name="resource_kind_valid"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class AvailabilityRule(models.Model):
    """One weekly opening range of a resource; several rows make several ranges a day."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="rules")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    start_time = models.TimeField()
    end_time = models.TimeField()

    class Meta:
        ordering = ["resource", "weekday", "start_time"]
        constraints = [
            models.CheckConstraint(condition=Q(weekday__lte=6), name="rule_weekday_valid"),
            models.CheckConstraint(condition=Q(end_time__gt=F("start_time")), name="rule_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start_time:%H:%M}-{self.end_time:%H:%M}"


class DateOverride(models.Model):
    """Opening hours for one date that replace the weekly rules (rows for a date add up)."""

    resource = models.ForeignKey(Resource, on_delete=models.CASCADE, related_name="overrides")
    date = models.DateField()
    start_time = models.TimeField()
    end_time = models.TimeField()

    class Meta:
        ordering = ["resource", "date", "start_time"]
        constraints = [
            models.CheckConstraint(condition=Q(end_time__gt=F("start_time")), name="override_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.date} {self.start_time:%H:%M}-{self.end_time:%H:%M}"


class BlockedDate(models.Model):
    """Whole days nothing can be booked: holidays, time off. No resource means all of them."""

    resource = models.ForeignKey(Resource, null=True, blank=True, on_delete=models.CASCADE, related_name="blocked")
    start_date = models.DateField()
    end_date = models.DateField()
    reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["start_date", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end_date__gte=F("start_date")), name="blocked_end_not_before_start"),
        ]

    def __str__(self):
        return f"{self.start_date}–{self.end_date} {self.reason}".strip()


class AppointmentType(models.Model):
    """A kind of appointment: how long, with what buffers, how far ahead, and with whom."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, unique=True, help_text="Matches the Cal.com event-type slug.")
    duration_minutes = models.PositiveIntegerField(validators=[MinValueValidator(5)])
    buffer_before_minutes = models.PositiveIntegerField(default=0)
    buffer_after_minutes = models.PositiveIntegerField(default=0)
    min_notice_minutes = models.PositiveIntegerField(default=60)
    max_days_ahead = models.PositiveIntegerField(default=60)
    slot_interval_minutes = models.PositiveIntegerField(
        null=True, blank=True, help_text="Minutes between slot starts; empty means the duration."
    )
    price = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    notes = models.TextField(blank=True)
    color = models.CharField(max_length=7, default="#3b5bdb")
    resources = models.ManyToManyField(
        Resource, blank=True, related_name="appointment_types", help_text="Empty means every resource."
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=5, duration_minutes__lte=24 * 60), name="type_duration_range"
            ),
            models.CheckConstraint(condition=Q(max_days_ahead__gte=1, max_days_ahead__lte=730), name="type_days_ahead"),
            models.CheckConstraint(
                condition=Q(slot_interval_minutes__isnull=True) | Q(slot_interval_minutes__gte=5),
                name="type_interval_min",
            ),
            models.CheckConstraint(condition=Q(price__isnull=True) | Q(price__gte=0), name="type_price_not_negative"),
        ]

    def __str__(self):
        return self.name

    @property
    def interval_minutes(self) -> int:
        return self.slot_interval_minutes or self.duration_minutes


class AppointmentStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    CONFIRMED = "confirmed", "Confirmed"
    COMPLETED = "completed", "Completed"
    NO_SHOW = "no_show", "No-show"
    CANCELLED = "cancelled", "Cancelled"


class AppointmentSource(models.TextChoices):
    PORTAL = "portal", "Portal"
    API = "api", "API"
    CALL = "call", "Call"
    CHAT = "chat", "Chat"
    CALCOM = "calcom", "Cal.com"
    CALENDLY = "calendly", "Calendly"
    GUEST = "guest", "Guest self-service"


class Appointment(models.Model):
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="appointments")
    resource = models.ForeignKey(Resource, on_delete=models.PROTECT, related_name="appointments")
    appointment_type = models.ForeignKey(
        AppointmentType, null=True, blank=True, on_delete=models.PROTECT, related_name="appointments"
    )
    title = models.CharField(max_length=200, blank=True, help_text="Shown when there is no appointment type.")
    start_at = models.DateTimeField()
    end_at = models.DateTimeField()
    # Copied from the type when booked, so later edits of the type do not move existing buffers.
    buffer_before_minutes = models.PositiveIntegerField(default=0)
    buffer_after_minutes = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=AppointmentStatus.choices, default=AppointmentStatus.SCHEDULED)
    source = models.CharField(max_length=10, choices=AppointmentSource.choices, default=AppointmentSource.PORTAL)
    notes = models.TextField(blank=True)
    cancellation_reason = models.CharField(max_length=300, blank=True)
    idempotency_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    sequence = models.PositiveIntegerField(default=0, help_text="iCalendar SEQUENCE: bumped on every change.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start_at", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(end_at__gt=F("start_at")), name="appointment_ends_after_start"),
            models.CheckConstraint(condition=Q(status__in=AppointmentStatus.values), name="appointment_status_valid"),
            models.CheckConstraint(condition=Q(source__in=AppointmentSource.values), name="appointment_source_valid"),
            ExclusionConstraint(
                name="appointment_no_double_booking",
                index_type="gist",
                expressions=[
                    (Int8Range(F("resource_id"), F("resource_id"), Value("[]")), RangeOperators.OVERLAPS),
                    (TsTzRange(F("start_at"), F("end_at"), Value("[)")), RangeOperators.OVERLAPS),
                ],
                condition=~Q(status=AppointmentStatus.CANCELLED),
                violation_error_message="This time is already booked for this resource.",
            ),
        ]
        indexes = [
            models.Index(fields=["resource", "start_at"], name="appointment_resource_start"),
            models.Index(fields=["status", "start_at"], name="appointment_status_start"),
            # The list's order (Meta.ordering): a page reads 50 rows from it instead of joining and sorting all.
            models.Index(fields=["start_at", "id"], name="appointment_start_id"),
        ]

    def __str__(self):
        return f"{self.display_title} at {self.start_at:%Y-%m-%d %H:%M} UTC"

    @property
    def display_title(self) -> str:
        return self.appointment_type.name if self.appointment_type_id else (self.title or "Appointment")

    @property
    def is_open(self) -> bool:
        """Still ahead of us in the lifecycle: can be moved, cancelled or confirmed."""
        return self.status in (AppointmentStatus.SCHEDULED, AppointmentStatus.CONFIRMED)


class AppointmentEvent(models.Model):
    """History of an appointment: every booking, move, confirmation and cancellation."""

    class Action(models.TextChoices):
        CREATED = "created", "Booked"
        RESCHEDULED = "rescheduled", "Rescheduled"
        CONFIRMED = "confirmed", "Confirmed"
        CANCELLED = "cancelled", "Cancelled"
        COMPLETED = "completed", "Completed"
        NO_SHOW = "no_show", "No-show"
        UPDATED = "updated", "Updated"
        NOTIFIED = "notified", "Confirmation resent"

    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE, related_name="history")
    action = models.CharField(max_length=12, choices=Action.choices)
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10, blank=True)
    from_start_at = models.DateTimeField(null=True, blank=True)
    from_end_at = models.DateTimeField(null=True, blank=True)
    to_start_at = models.DateTimeField(null=True, blank=True)
    to_end_at = models.DateTimeField(null=True, blank=True)
    from_resource_id = models.BigIntegerField(null=True, blank=True)
    to_resource_id = models.BigIntegerField(null=True, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        related_name="+",
        db_constraint=False,
    )
    actor_label = models.CharField(max_length=100, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_action_display()} by {self.actor_label or 'system'}"


class CalendarProvider(models.TextChoices):
    CALCOM = "calcom", "Cal.com"
    CALENDLY = "calendly", "Calendly"


class CalendarIntegration(models.Model):
    """A tenant's connection to Cal.com or Calendly. At most one is active."""

    provider = models.CharField(max_length=10, choices=CalendarProvider.choices, unique=True)
    signing_secret_encrypted = models.TextField(blank=True)
    is_active = models.BooleanField(default=False)
    default_resource = models.ForeignKey(Resource, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    last_event_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["provider"]
        constraints = [
            models.UniqueConstraint(fields=["is_active"], condition=Q(is_active=True), name="one_active_calendar_sync"),
            models.CheckConstraint(condition=Q(provider__in=["calcom", "calendly"]), name="calendar_provider_valid"),
        ]

    def __str__(self):
        return f"{self.get_provider_display()} ({'active' if self.is_active else 'inactive'})"

    @property
    def has_secret(self) -> bool:
        return bool(self.signing_secret_encrypted)


class CalendarWebhookEvent(models.Model):
    """A verified provider webhook, stored before it is processed; the dedupe key makes replays no-ops."""

    class Status(models.TextChoices):
        RECEIVED = "received", "Received"
        PROCESSED = "processed", "Processed"
        IGNORED = "ignored", "Ignored"
        FAILED = "failed", "Failed"
        CONFLICT = "conflict", "Conflict"

    provider = models.CharField(max_length=10, choices=CalendarProvider.choices)
    event_type = models.CharField(max_length=60)
    dedupe_key = models.CharField(max_length=300, unique=True)
    payload = models.JSONField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RECEIVED)
    error = models.TextField(blank=True)
    appointment = models.ForeignKey(
        Appointment, null=True, blank=True, on_delete=models.SET_NULL, related_name="webhook_events"
    )
    # A booking the provider confirmed that clashes with one of ours: its time, shown on the calendar.
    start_at = models.DateTimeField(null=True, blank=True)
    end_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        indexes = [models.Index(fields=["status", "start_at"], name="calendar_event_conflict_idx")]

    def __str__(self):
        return f"{self.provider} {self.event_type} ({self.status})"


class ExternalBooking(models.Model):
    """A provider's id for an appointment. A reschedule adds the new id to the same appointment."""

    provider = models.CharField(max_length=10, choices=CalendarProvider.choices)
    external_id = models.CharField(max_length=300)
    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE, related_name="external_ids")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["provider", "external_id"], name="external_booking_unique"),
        ]

    def __str__(self):
        return f"{self.provider}:{self.external_id}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class IcsFeed(models.Model):
    """A private calendar subscription URL for one resource, or the whole tenant when resource is empty."""

    resource = models.ForeignKey(Resource, null=True, blank=True, on_delete=models.CASCADE, related_name="feeds")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["resource__name", "-created_at"]

    def __str__(self):
        return f"Feed for {self.resource or 'all resources'}"
