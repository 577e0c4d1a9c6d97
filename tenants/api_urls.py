from django.urls import re_path
from rest_framework.routers import SimpleRouter

from tenants import api, api_exports

router = SimpleRouter(trailing_slash="/?")
router.register("team", api.TeamViewSet, basename="team")
router.register("api-keys", api.ApiKeyViewSet, basename="api-key")
router.register("exports", api_exports.DataExportViewSet, basename="data-export")

urlpatterns = [
    re_path(r"^me/?$", api.MeView.as_view(), name="me"),
    re_path(r"^settings/?$", api.SettingsView.as_view(), name="settings"),
    *router.urls,
]
