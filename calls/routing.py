"""WebSocket routes of the calls app (served by the ASGI process, see voiceplatform/runtime.py)."""

from django.urls import re_path

from calls.consumers import RetellLLMConsumer

# Retell appends the call id to the URL it is given (calls.voice.llm_websocket_url).
LLM_WEBSOCKET_PATH = "voice/llm-websocket"

websocket_urlpatterns = [
    re_path(rf"^{LLM_WEBSOCKET_PATH}/(?P<call_id>[A-Za-z0-9_\-]{{1,100}})/?$", RetellLLMConsumer.as_asgi()),
]
