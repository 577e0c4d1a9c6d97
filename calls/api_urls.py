from django.urls import re_path
from rest_framework.routers import SimpleRouter

from calls import api

router = SimpleRouter(trailing_slash="/?")
router.register("calls", api.CallViewSet, basename="call")
router.register("agents", api.AgentViewSet, basename="agent")
router.register("phone-numbers", api.PhoneNumberViewSet, basename="phone-number")

urlpatterns = [
    re_path(r"^voice-settings/?$", api.VoiceSettingsView.as_view(), name="voice-settings"),
    *router.urls,
]
