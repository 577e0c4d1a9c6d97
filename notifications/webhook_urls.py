"""Twilio callbacks, mounted on the platform host under /hooks/twilio/."""

from django.urls import path

from notifications import webhooks

urlpatterns = [
    path("<str:token>/status/", webhooks.status_callback, name="twilio_status"),
    path("<str:token>/inbound/", webhooks.inbound, name="twilio_inbound"),
]
