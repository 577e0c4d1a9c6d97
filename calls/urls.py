from django.urls import path

from calls.scripts import views as scripts
from calls.views import agents, numbers, records

app_name = "calls"

urlpatterns = [
    path("", records.CallListView.as_view(), name="list"),
    path("place/", records.CallPlaceView.as_view(), name="place"),
    path("<int:pk>/", records.CallDetailView.as_view(), name="detail"),
    path("<int:pk>/again/", records.CallAgainView.as_view(), name="again"),
    path("recordings/<str:token>/", records.recording_stream, name="recording_stream"),
    path("agents/", agents.AgentListView.as_view(), name="agents"),
    path("agents/demo/", agents.DemoSetupView.as_view(), name="demo_setup"),
    path("agents/<int:pk>/", agents.AgentEditView.as_view(), name="agent"),
    path("agents/<int:pk>/publish/", agents.AgentPublishView.as_view(), name="agent_publish"),
    path("agents/<int:pk>/rollback/", agents.AgentRollbackView.as_view(), name="agent_rollback"),
    path("agents/<int:pk>/status/", agents.AgentStatusView.as_view(), name="agent_status"),
    path("agents/<int:pk>/test/", agents.AgentTestView.as_view(), name="agent_test"),
    path("scripts/", scripts.ScriptListView.as_view(), name="scripts"),
    path("scripts/<int:pk>/", scripts.ScriptEditView.as_view(), name="script"),
    path("scripts/<int:pk>/preview/", scripts.ScriptPreviewView.as_view(), name="script_preview"),
    path("scripts/<int:pk>/rollback/", scripts.ScriptRollbackView.as_view(), name="script_rollback"),
    path("scripts/<int:pk>/apply/", scripts.ScriptApplyView.as_view(), name="script_apply"),
    path("scripts/<int:pk>/test/", scripts.ScriptTestView.as_view(), name="script_test"),
    path("scripts/<int:pk>/publish/", scripts.ScriptPublishView.as_view(), name="script_publish"),
    path("numbers/", numbers.NumberListView.as_view(), name="numbers"),
    path("numbers/<int:pk>/", numbers.NumberUpdateView.as_view(), name="number_update"),
    path("numbers/<int:pk>/release/", numbers.NumberReleaseView.as_view(), name="number_release"),
    path("numbers/<int:pk>/simulate/", numbers.NumberSimulateView.as_view(), name="number_simulate"),
    path("provider-key/", numbers.VoiceKeyView.as_view(), name="voice_key"),
]
