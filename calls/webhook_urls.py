"""Provider callbacks on the platform host (included under /hooks/ in voiceplatform/urls_public.py)."""

from django.urls import path

from calls import webhooks

app_name = "calls_hooks"

urlpatterns = [
    path("retell/<str:token>/", webhooks.retell_webhook, name="retell_webhook"),
    path("retell/<str:token>/inbound/", webhooks.retell_inbound, name="retell_inbound"),
    path("retell/<str:token>/functions/<str:name>/", webhooks.retell_function, name="retell_function"),
    path("voice-sandbox/recordings/<str:call_id>.wav", webhooks.sandbox_recording, name="sandbox_recording"),
]
