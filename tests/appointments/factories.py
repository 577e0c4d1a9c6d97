from datetime import time, timedelta

import factory
from django.utils import timezone

from appointments.models import (
    Appointment,
    AppointmentType,
    AvailabilityRule,
    BlockedDate,
    DateOverride,
    Resource,
)
from tests.contacts.factories import ContactFactory


class ResourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Resource

    name = factory.Sequence(lambda n: f"Chair {n}")
    kind = Resource.Kind.STAFF
    timezone = "Europe/London"


class AppointmentTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AppointmentType

    name = factory.Sequence(lambda n: f"Check-up {n}")
    slug = factory.Sequence(lambda n: f"check-up-{n}")
    duration_minutes = 30
    min_notice_minutes = 0


class AvailabilityRuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AvailabilityRule

    resource = factory.SubFactory(ResourceFactory)
    weekday = 0
    start_time = time(9)
    end_time = time(17)


class DateOverrideFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DateOverride

    resource = factory.SubFactory(ResourceFactory)
    date = factory.LazyFunction(lambda: timezone.now().date() + timedelta(days=3))
    start_time = time(10)
    end_time = time(12)


class BlockedDateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BlockedDate

    resource = factory.SubFactory(ResourceFactory)
    start_date = factory.LazyFunction(lambda: timezone.now().date() + timedelta(days=5))
    end_date = factory.LazyAttribute(lambda o: o.start_date)
    reason = "Holiday"


class AppointmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Appointment

    contact = factory.SubFactory(ContactFactory)
    resource = factory.SubFactory(ResourceFactory)
    appointment_type = factory.SubFactory(AppointmentTypeFactory)
    start_at = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=2))
    end_at = factory.LazyAttribute(lambda o: o.start_at + timedelta(minutes=30))


TENANT_FACTORIES = {
    Resource: ResourceFactory,
    AppointmentType: AppointmentTypeFactory,
    AvailabilityRule: AvailabilityRuleFactory,
    DateOverride: DateOverrideFactory,
    BlockedDate: BlockedDateFactory,
    Appointment: AppointmentFactory,
}
