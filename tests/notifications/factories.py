import factory

from notifications.models import Notification, NotificationTemplate
from tests.appointments.factories import AppointmentFactory


class NotificationTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NotificationTemplate
        django_get_or_create = ("event", "channel")

    event = "booked"
    channel = "sms"
    body = "{company_name}: booked for {appointment_date} at {appointment_time}."


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    kind = "appointment.booked"
    channel = "sms"
    recipient = "+447912345123"
    appointment = factory.SubFactory(AppointmentFactory)
    body = "Booked."
    status = "sent"


TENANT_FACTORIES = {Notification: NotificationFactory, NotificationTemplate: NotificationTemplateFactory}
