from django.urls import re_path
from rest_framework.routers import SimpleRouter

from appointments.api import bookings, integrations, setup

router = SimpleRouter(trailing_slash="/?")
router.register("appointments", bookings.AppointmentViewSet, basename="appointment")
router.register("resources", setup.ResourceViewSet, basename="resource")
router.register("appointment-types", setup.AppointmentTypeViewSet, basename="appointment-type")
router.register("availability-rules", setup.AvailabilityRuleViewSet, basename="availability-rule")
router.register("date-overrides", setup.DateOverrideViewSet, basename="date-override")
router.register("blocked-dates", setup.BlockedDateViewSet, basename="blocked-date")

urlpatterns = [
    re_path(r"^availability/?$", bookings.AvailabilityView.as_view(), name="availability"),
    re_path(r"^integrations/calcom/?$", integrations.CalcomIntegrationView.as_view(), name="integration-calcom"),
    re_path(r"^integrations/calendly/?$", integrations.CalendlyIntegrationView.as_view(), name="integration-calendly"),
    *router.urls,
]
