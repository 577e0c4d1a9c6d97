import factory

from notifications.models import (
    Alert,
    Notification,
    NotificationTemplate,
    OutboundEvent,
    WebhookDelivery,
    WebhookEndpoint,
)
from tests.appointments.factories import AppointmentFactory
from voiceplatform.crypto import encrypt


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


class AlertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alert

    type = "callback_requested"
    priority = "high"
    title = factory.Sequence(lambda n: f"Callback requested {n}")
    message = "The caller asked to be called back."


class WebhookEndpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WebhookEndpoint

    url = factory.Sequence(lambda n: f"https://hooks.example.com/{n}")
    events = factory.LazyFunction(lambda: ["contact.created"])
    secret_encrypted = factory.LazyFunction(lambda: encrypt("whsec_dGVzdC1zZWNyZXQtdGVzdC1zZWNyZXQtdGVzdC1zZWNy"))


class OutboundEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboundEvent

    event_id = factory.Sequence(lambda n: f"evt_{n:032d}")
    type = "contact.created"
    payload = factory.LazyAttribute(lambda o: {"id": o.event_id, "type": o.type, "data": {}})


class WebhookDeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WebhookDelivery

    endpoint = factory.SubFactory(WebhookEndpointFactory)
    event = factory.SubFactory(OutboundEventFactory)
    status = "failed"


TENANT_FACTORIES = {
    Notification: NotificationFactory,
    NotificationTemplate: NotificationTemplateFactory,
    Alert: AlertFactory,
    WebhookEndpoint: WebhookEndpointFactory,
    WebhookDelivery: WebhookDeliveryFactory,
}
