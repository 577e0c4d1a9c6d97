"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os

from channels.routing import ProtocolTypeRouter, URLRouter
from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
django_asgi_app = get_asgi_application()

from voiceplatform.routing import websocket_urlpatterns  # noqa: E402  (needs Django set up)

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": URLRouter(websocket_urlpatterns),
    }
)
