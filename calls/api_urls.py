from django.urls import re_path
from rest_framework.routers import SimpleRouter

from calls.api import agents as api_agents
from calls.api import calls as api
from calls.scripts import api as api_scripts

router = SimpleRouter(trailing_slash="/?")
router.register("calls", api.CallViewSet, basename="call")
router.register("agents", api_agents.AgentViewSet, basename="agent")
router.register("phone-numbers", api_agents.PhoneNumberViewSet, basename="phone-number")
router.register("call-scripts", api_scripts.CallScriptViewSet, basename="call-script")
router.register("agent-scripts", api_scripts.AgentScriptViewSet, basename="agent-script")

urlpatterns = [
    re_path(r"^voice-settings/?$", api_agents.VoiceSettingsView.as_view(), name="voice-settings"),
    re_path(r"^script-templates/?$", api_scripts.ScriptTemplateListView.as_view(), name="script-templates"),
    re_path(r"^persona-presets/?$", api_scripts.PersonaListView.as_view(), name="persona-presets"),
    *router.urls,
]
