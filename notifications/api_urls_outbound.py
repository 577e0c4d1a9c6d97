"""API routes for webhooks, REST hooks, the event catalogue, staff alerts and reminder settings."""

from django.urls import path
from rest_framework.routers import SimpleRouter

from notifications.alerts import api as alerts_api
from notifications.outbound import api as outbound_api
from notifications.reminders import api as reminders_api

router = SimpleRouter(trailing_slash="/?")
router.register("webhooks", outbound_api.WebhookEndpointViewSet, basename="webhook")
router.register("webhook-deliveries", outbound_api.WebhookDeliveryViewSet, basename="webhook-delivery")
router.register("events", outbound_api.EventTypeViewSet, basename="event-type")
router.register("hooks/samples", outbound_api.HookSampleViewSet, basename="hook-sample")
router.register("alerts", alerts_api.AlertViewSet, basename="alert")

subscriptions = outbound_api.HookSubscriptionViewSet.as_view({"get": "list", "post": "create", "delete": "unsubscribe"})
subscription = outbound_api.HookSubscriptionViewSet.as_view({"delete": "destroy"})

urlpatterns = [
    path("hooks/subscriptions/", subscriptions, name="hook-subscriptions"),
    path("hooks/subscriptions/<int:pk>/", subscription, name="hook-subscription"),
    path("alert-preferences/me/", alerts_api.AlertPreferenceView.as_view(), name="alert-preferences"),
    path("alert-channels/", alerts_api.ChannelSettingsView.as_view(), name="alert-channels"),
    path(
        "message-reminder-settings/",
        reminders_api.MessageReminderSettingsView.as_view(),
        name="message-reminder-settings",
    ),
    *router.urls,
]
