from django.urls import re_path
from rest_framework.routers import SimpleRouter

from appointments import api

router = SimpleRouter(trailing_slash="/?")
router.register("appointments", api.AppointmentViewSet, basename="appointment")
router.register("resources", api.ResourceViewSet, basename="resource")
router.register("appointment-types", api.AppointmentTypeViewSet, basename="appointment-type")
router.register("availability-rules", api.AvailabilityRuleViewSet, basename="availability-rule")
router.register("date-overrides", api.DateOverrideViewSet, basename="date-override")
router.register("blocked-dates", api.BlockedDateViewSet, basename="blocked-date")

urlpatterns = [
    re_path(r"^availability/?$", api.AvailabilityView.as_view(), name="availability"),
    re_path(r"^integrations/calcom/?$", api.CalcomIntegrationView.as_view(), name="integration-calcom"),
    re_path(r"^integrations/calendly/?$", api.CalendlyIntegrationView.as_view(), name="integration-calendly"),
    *router.urls,
]
