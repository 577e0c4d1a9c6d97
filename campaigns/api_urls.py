from django.urls import re_path
from rest_framework.routers import SimpleRouter

from campaigns import api

router = SimpleRouter(trailing_slash="/?")
router.register("campaigns", api.CampaignViewSet, basename="campaign")

urlpatterns = [
    re_path(r"^reminders/settings/?$", api.ReminderSettingsView.as_view(), name="reminder-settings"),
    re_path(r"^campaigns/(?P<pk>[0-9]+)/results\.csv$", api.CampaignResultsView.as_view(), name="campaign-results"),
    *router.urls,
]
