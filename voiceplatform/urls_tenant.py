"""URLs on a tenant's host (<slug>.<BASE_HOST>): the portal and the API."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

api_v1 = [
    path("", include(("tenants.api_urls", "tenants"), namespace="tenants")),
    path("", include(("appointments.api_urls", "appointments"), namespace="appointments")),
    path("", include(("notifications.api_urls", "notifications"), namespace="notifications")),
    path("", include(("notifications.api_urls_outbound", "outbound"), namespace="outbound")),
    path("", include(("contacts.api_urls", "contacts"), namespace="contacts")),
    path("", include(("calls.api_urls", "calls"), namespace="calls")),
    path("", include(("campaigns.api_urls", "campaigns"), namespace="campaigns")),
    path("", include(("knowledge.api_urls", "knowledge"), namespace="knowledge")),
    path("", include(("analytics.api_urls", "analytics"), namespace="analytics")),
    path("", include(("billing.api_urls", "billing"), namespace="billing")),
    path("", include(("properties.api_urls", "properties"), namespace="properties")),
]

urlpatterns = [
    path("accounts/", include("allauth.urls")),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path("calendar/", include("appointments.urls")),
    path("messages/", include("notifications.urls")),
    path("alerts/", include("notifications.alerts.urls")),
    path("webhooks/", include("notifications.outbound.urls")),
    path("contacts/", include("contacts.urls")),
    path("calls/", include("calls.urls")),
    path("campaigns/", include("campaigns.urls")),
    path("knowledge/", include("knowledge.urls")),
    path("conversations/", include("knowledge.conversation_urls")),
    path("widget/", include("knowledge.widget_urls")),
    path("analytics/", include("analytics.urls")),
    path("billing/", include("billing.urls")),
    path("properties/", include("properties.urls")),
    path("setup/", include("onboarding.urls")),
    path("", include("tenants.urls")),
]
