"""The property inventory: what an estate agency sells or lets. Lives in each tenant schema.

Its own app because none of the fixed apps owns it: contacts are people,
calls and campaigns are conversations, knowledge is text the agent reads.
An inventory is structured stock (prices, availability, specifications)
that the agent talks about and that leads are matched against; only
businesses that sell places have one, and the other apps never import it
(it plugs into the contact page through `contacts.hooks`).
"""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q

from properties.currencies import CURRENCIES


class PropertyType(models.TextChoices):
    APARTMENT = "apartment", "Apartment"
    HOUSE = "house", "House"
    VILLA = "villa", "Villa"
    TOWNHOUSE = "townhouse", "Townhouse"
    PLOT = "plot", "Plot"
    COMMERCIAL = "commercial", "Commercial"
    OFFICE = "office", "Office"
    OTHER = "other", "Other"


class Availability(models.TextChoices):
    AVAILABLE = "available", "Available"
    RESERVED = "reserved", "Reserved"
    SOLD = "sold", "Sold"


class Property(models.Model):
    name = models.CharField(max_length=200)
    type = models.CharField(max_length=16, choices=PropertyType.choices, default=PropertyType.APARTMENT)
    location = models.CharField(max_length=200, help_text="Area and city, e.g. “Bandra West, Mumbai”.")
    price_min = models.DecimalField(max_digits=14, decimal_places=2)
    price_max = models.DecimalField(max_digits=14, decimal_places=2)
    currency = models.CharField(max_length=3, default="USD")
    amenities = ArrayField(models.CharField(max_length=60), default=list, blank=True)
    specifications = models.JSONField(
        default=dict, blank=True, help_text='Key/values such as {"bedrooms": 3, "area_sqft": 1250}.'
    )
    availability = models.CharField(max_length=10, choices=Availability.choices, default=Availability.AVAILABLE)
    reference = models.CharField(max_length=60, blank=True, help_text="The agency's own code; unique when given.")
    description = models.TextField(blank=True)
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
        ordering = ["-updated_at", "-id"]
        verbose_name_plural = "properties"
        constraints = [
            models.CheckConstraint(condition=Q(price_min__gte=0), name="property_price_not_negative"),
            models.CheckConstraint(condition=Q(price_min__lte=F("price_max")), name="property_price_min_le_max"),
            models.CheckConstraint(condition=Q(currency__in=CURRENCIES), name="property_currency_valid"),
            models.CheckConstraint(
                condition=Q(availability__in=Availability.values), name="property_availability_valid"
            ),
            models.CheckConstraint(condition=Q(type__in=PropertyType.values), name="property_type_valid"),
            models.UniqueConstraint(fields=["reference"], condition=~Q(reference=""), name="property_reference_unique"),
        ]
        indexes = [
            models.Index(fields=["availability", "type"], name="property_avail_type_idx"),
            models.Index(fields=["price_min"], name="property_price_idx"),
        ]

    def __str__(self):
        return self.name

    @property
    def bedrooms(self) -> int | None:
        value = (self.specifications or {}).get("bedrooms")
        try:
            return int(str(value).strip())
        except (TypeError, ValueError):
            return None
