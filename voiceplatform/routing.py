"""WebSocket routes. Apps append theirs here."""

websocket_urlpatterns: list = []
