"""WebSocket routes of the calls app (served by the ASGI process, see voiceplatform/runtime.py)."""

from django.urls import re_path

from calls.consumers import RetellLLMConsumer
from calls.voice import LLM_WEBSOCKET_PATH

websocket_urlpatterns = [
    re_path(rf"^{LLM_WEBSOCKET_PATH}/(?P<call_id>[A-Za-z0-9_\-]{{1,100}})/?$", RetellLLMConsumer.as_asgi()),
]
