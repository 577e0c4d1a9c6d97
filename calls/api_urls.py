from django.urls import re_path
from rest_framework.routers import SimpleRouter

from calls.api import agents as api_agents
from calls.api import calls as api

router = SimpleRouter(trailing_slash="/?")
router.register("calls", api.CallViewSet, basename="call")
router.register("agents", api_agents.AgentViewSet, basename="agent")
router.register("phone-numbers", api_agents.PhoneNumberViewSet, basename="phone-number")

urlpatterns = [
    re_path(r"^voice-settings/?$", api_agents.VoiceSettingsView.as_view(), name="voice-settings"),
    *router.urls,
]
