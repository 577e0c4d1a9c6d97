"""Provider callbacks for calendar sync, mounted on the platform host under /hooks/."""

from django.urls import path

from appointments import webhooks

urlpatterns = [
    path("calcom/<str:token>/", webhooks.calcom_webhook, name="calcom"),
    path("calendly/<str:token>/", webhooks.calendly_webhook, name="calendly"),
]
