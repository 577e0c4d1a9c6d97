"""WebSocket routes. Apps append theirs here; anything else is refused at the handshake."""

from channels.generic.websocket import WebsocketConsumer
from django.urls import re_path

from calls.routing import websocket_urlpatterns as calls_websockets


class NoSuchSocket(WebsocketConsumer):
    """An unknown WebSocket path: refuse the handshake (403) instead of failing inside the router."""

    def connect(self):
        self.close()


websocket_urlpatterns: list = [*calls_websockets, re_path(r"", NoSuchSocket.as_asgi())]
