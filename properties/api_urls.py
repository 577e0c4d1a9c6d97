from django.urls import re_path
from rest_framework.routers import SimpleRouter

from properties import api


class Router(SimpleRouter):
    def __init__(self):
        super().__init__()
        self.trailing_slash = "/?"


router = Router()
router.register("properties", api.PropertyViewSet, basename="property")

urlpatterns = [
    re_path(r"^contacts/(?P<pk>[0-9]+)/matches/?$", api.MatchesView.as_view(), name="contact-matches"),
    re_path(r"^contacts/(?P<pk>[0-9]+)/matches/send/?$", api.MatchesSendView.as_view(), name="contact-matches-send"),
    *router.urls,
]
