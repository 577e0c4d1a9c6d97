"""Billing lives in the public schema: every row that holds a tenant's data names its tenant.

The balance sits on the tenant's BillingAccount and changes only together with
one immutable LedgerEntry, under a row lock on the account (services.ledger).
The same lock hands out gapless invoice numbers.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import models
from django.db.models import Q

ZERO = Decimal("0.00")


def money_field(**kwargs):
    return models.DecimalField(max_digits=14, decimal_places=2, **kwargs)


def rate_field(**kwargs):
    return models.DecimalField(max_digits=12, decimal_places=4, **kwargs)


class GlobalRates(models.Model):
    """The platform owner's default rates (one row); a tenant's BillingAccount may override each."""

    singleton = models.BooleanField(default=True, unique=True, editable=False)
    per_minute = rate_field(default=Decimal("1.00"))
    per_sms = rate_field(default=Decimal("0.05"))
    per_email = rate_field(default=Decimal("0.01"))
    monthly_fee = money_field(default=ZERO)
    tax_rate = models.DecimalField(max_digits=6, decimal_places=4, default=Decimal("0.0000"), help_text="0.2 = 20%.")
    currency = models.CharField(max_length=3, default="USD")
    low_balance_threshold = money_field(default=Decimal("10.00"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "global rates"
        constraints = [models.CheckConstraint(condition=Q(singleton=True), name="billing_rates_singleton")]

    def __str__(self):
        return "Global rates"


class Plan(models.Model):
    """A subscription plan: its price and what it allows. A null limit means unlimited."""

    code = models.SlugField(max_length=30, unique=True)
    name = models.CharField(max_length=60)
    monthly_price = money_field()
    max_agents = models.PositiveIntegerField(null=True, blank=True)
    max_phone_numbers = models.PositiveIntegerField(null=True, blank=True)
    max_knowledge_pages = models.PositiveIntegerField(null=True, blank=True)
    max_chat_messages = models.PositiveIntegerField(null=True, blank=True, help_text="Per calendar month.")
    max_voice_minutes = models.PositiveIntegerField(null=True, blank=True, help_text="Per calendar month.")
    metered_overage = models.BooleanField(
        default=False, help_text="Past the voice minutes, calls go on and are billed through the Stripe meter."
    )
    overage_per_minute = rate_field(default=ZERO)
    trial_days = models.PositiveIntegerField(default=14)
    stripe_price_id = models.CharField(max_length=100, blank=True)
    stripe_overage_price_id = models.CharField(max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["sort_order", "monthly_price"]

    def __str__(self):
        return self.name


class BillingAccount(models.Model):
    """One per tenant: balance, plan, rate overrides, switches and the invoice counter (the lock row)."""

    class State(models.TextChoices):
        OK = "ok", "OK"
        LOW = "low", "Low"
        DEPLETED = "depleted", "Depleted"

    class Rounding(models.TextChoices):
        PER_SECOND = "per_second", "Per second"
        PER_STARTED_MINUTE = "per_started_minute", "Per started minute"

    tenant = models.OneToOneField("tenants.Tenant", on_delete=models.CASCADE, related_name="billing_account")
    balance = money_field(default=ZERO)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OK)
    plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.PROTECT, related_name="accounts")
    trial_ends_at = models.DateTimeField(null=True, blank=True)
    # Overrides of the global rates (blank = the global value).
    per_minute = rate_field(null=True, blank=True)
    per_sms = rate_field(null=True, blank=True)
    per_email = rate_field(null=True, blank=True)
    monthly_fee = money_field(null=True, blank=True)
    tax_rate = models.DecimalField(max_digits=6, decimal_places=4, null=True, blank=True)
    low_balance_threshold = money_field(null=True, blank=True)
    call_rounding = models.CharField(max_length=20, choices=Rounding.choices, default=Rounding.PER_SECOND)
    stop_outbound_at_zero = models.BooleanField(
        default=False, help_text="Refuse outbound calls while the balance is zero or less."
    )
    stripe_customer_id = models.CharField(max_length=100, blank=True)
    stripe_subscription_id = models.CharField(max_length=100, blank=True)
    subscription_status = models.CharField(max_length=30, blank=True)
    subscription_updated_at = models.DateTimeField(null=True, blank=True)
    next_invoice_number = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(state__in=["ok", "low", "depleted"]), name="billing_state_valid")
        ]

    def __str__(self):
        return f"Billing of {self.tenant}"


class Category(models.TextChoices):
    CALL = "call", "Call"
    SMS = "sms", "SMS"
    EMAIL = "email", "Email"
    SUBSCRIPTION = "subscription", "Subscription"
    TOP_UP = "top_up", "Top-up"
    ADJUSTMENT = "adjustment", "Adjustment"
    REFUND = "refund", "Refund"


class LedgerEntry(models.Model):
    """One immutable movement of a tenant's balance. A reference is charged at most once."""

    class Kind(models.TextChoices):
        CREDIT = "credit", "Credit"
        DEBIT = "debit", "Debit"

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="ledger_entries")
    kind = models.CharField(max_length=6, choices=Kind.choices)
    category = models.CharField(max_length=12, choices=Category.choices)
    amount = money_field(help_text="Always positive; the kind says which way it moves.")
    balance_after = money_field()
    reference_type = models.CharField(max_length=30, blank=True)
    reference_id = models.CharField(max_length=100, blank=True)
    description = models.CharField(max_length=300, blank=True)
    # Who posted it, by email only: a foreign key to the user would have to change the row when they leave.
    created_by_email = models.CharField(max_length=254, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "ledger entries"
        constraints = [
            models.UniqueConstraint(
                fields=["tenant", "reference_type", "reference_id"],
                condition=~Q(reference_id=""),
                name="ledger_reference_once",
            ),
            models.CheckConstraint(condition=Q(amount__gt=0), name="ledger_amount_positive"),
            models.CheckConstraint(condition=Q(kind__in=["credit", "debit"]), name="ledger_kind_valid"),
            models.CheckConstraint(condition=Q(category__in=Category.values), name="ledger_category_valid"),
        ]
        indexes = [models.Index(fields=["tenant", "created_at"], name="ledger_tenant_created")]

    def __str__(self):
        return f"{self.kind} {self.amount} ({self.category})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Ledger entries are immutable: post a correcting entry instead.")
        super().save(*args, **kwargs)

    @property
    def signed_amount(self) -> Decimal:
        return self.amount if self.kind == self.Kind.CREDIT else -self.amount


class UsageRecord(models.Model):
    """What a tenant used (seconds of calls, messages sent, chat messages), once per source event."""

    class Kind(models.TextChoices):
        CALL = "call", "Call"
        SMS = "sms", "SMS"
        EMAIL = "email", "Email"
        CHAT = "chat", "Chat message"

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="usage_records")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    reference = models.CharField(max_length=100)
    quantity = models.PositiveIntegerField(help_text="Seconds for calls, messages (segments for SMS) otherwise.")
    billed_quantity = models.PositiveIntegerField(default=0, help_text="Seconds charged to the balance (calls).")
    overage_quantity = models.PositiveIntegerField(default=0, help_text="Seconds billed through the Stripe meter.")
    amount = money_field(default=ZERO)
    occurred_at = models.DateTimeField(db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["tenant", "kind", "reference"], name="usage_reference_once"),
        ]
        indexes = [models.Index(fields=["tenant", "kind", "occurred_at"], name="usage_tenant_kind_time")]

    def __str__(self):
        return f"{self.kind} {self.reference}: {self.quantity}"


class MeterReport(models.Model):
    """Voice overage reported to Stripe's Billing Meter; written before sending, the identifier dedupes."""

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="meter_reports")
    identifier = models.CharField(max_length=100, unique=True)
    value = models.PositiveIntegerField(help_text="Seconds of overage.")
    occurred_at = models.DateTimeField()
    reported_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    def __str__(self):
        return self.identifier


class InvoiceStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SENT = "sent", "Sent"
    PAID = "paid", "Paid"
    OVERDUE = "overdue", "Overdue"


class Invoice(models.Model):
    """A monthly invoice or a credit note, numbered without gaps per tenant."""

    class Kind(models.TextChoices):
        INVOICE = "invoice", "Invoice"
        CREDIT_NOTE = "credit_note", "Credit note"

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="invoices")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.INVOICE)
    period_start = models.DateField()
    period_end = models.DateField()
    corrects = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="credit_notes")
    status = models.CharField(max_length=8, choices=InvoiceStatus.choices, default=InvoiceStatus.DRAFT)
    currency = models.CharField(max_length=3)
    subtotal = money_field(default=ZERO)
    tax_rate = models.DecimalField(max_digits=6, decimal_places=4, default=Decimal("0"))
    tax = money_field(default=ZERO)
    total = money_field(default=ZERO)
    note = models.CharField(max_length=300, blank=True)
    issued_at = models.DateTimeField()
    due_at = models.DateTimeField()
    paid_at = models.DateTimeField(null=True, blank=True)
    pdf = models.BinaryField(null=True, blank=True, editable=False)
    pdf_rendered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "number"], name="invoice_number_once"),
            models.UniqueConstraint(
                fields=["tenant", "period_start"], condition=Q(kind="invoice"), name="invoice_once_per_period"
            ),
            models.CheckConstraint(condition=Q(status__in=InvoiceStatus.values), name="invoice_status_valid"),
        ]

    def __str__(self):
        return self.display_number

    @property
    def display_number(self) -> str:
        prefix = "CN" if self.kind == self.Kind.CREDIT_NOTE else "INV"
        return f"{prefix}-{self.number:06d}"


class InvoiceLine(models.Model):
    class Category(models.TextChoices):
        SUBSCRIPTION = "subscription", "Subscription"
        CALLS = "calls", "Calls"
        SMS = "sms", "SMS"
        EMAIL = "email", "Email"
        OVERAGE = "overage", "Voice overage"
        CORRECTION = "correction", "Correction"

    invoice = models.ForeignKey(Invoice, on_delete=models.CASCADE, related_name="lines")
    category = models.CharField(max_length=12, choices=Category.choices)
    description = models.CharField(max_length=200)
    quantity = models.DecimalField(max_digits=14, decimal_places=2)
    unit_price = rate_field()
    amount = money_field()

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.description


class CheckoutSession(models.Model):
    """A Stripe Checkout session we opened (top-up or subscription); the sandbox serves its page."""

    class Mode(models.TextChoices):
        TOP_UP = "top_up", "Top-up"
        SUBSCRIPTION = "subscription", "Subscription"

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="checkout_sessions")
    session_id = models.CharField(max_length=100, unique=True)
    client_reference_id = models.CharField(max_length=100, unique=True)
    mode = models.CharField(max_length=12, choices=Mode.choices)
    amount = money_field(null=True, blank=True)
    currency = models.CharField(max_length=3)
    plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    url = models.URLField(max_length=500)
    success_url = models.URLField(max_length=500)
    provider = models.CharField(max_length=10)
    completed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.session_id


class StripeEvent(models.Model):
    """A verified Stripe webhook, stored raw and processed by a task; the event id arrives once."""

    event_id = models.CharField(max_length=100, unique=True)
    type = models.CharField(max_length=80)
    payload = models.TextField()
    tenant = models.ForeignKey("tenants.Tenant", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    received_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-received_at"]

    def __str__(self):
        return f"{self.type} {self.event_id}"
