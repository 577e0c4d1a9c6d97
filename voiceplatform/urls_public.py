"""URLs on the platform host: the public site and signup, the owner's admin, sign-in, provider callbacks."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("hooks/", include(("appointments.webhook_urls", "appointments_hooks"))),
    path("hooks/twilio/", include(("notifications.webhook_urls", "notifications_hooks"))),
    path("hooks/", include("calls.webhook_urls")),
    path("", include(("billing.urls_public", "billing_sandbox"))),
    path("", include("onboarding.urls_public")),
]
