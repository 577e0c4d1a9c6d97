from django.urls import re_path
from rest_framework.routers import SimpleRouter

from knowledge import api, api_training

router = SimpleRouter(trailing_slash="/?")
router.register("knowledge/sources", api.SourceViewSet, basename="knowledge-source")
router.register("knowledge/faqs", api.FAQViewSet, basename="knowledge-faq")
router.register("knowledge/gaps", api.GapViewSet, basename="knowledge-gap")
router.register("training/flags", api_training.FlagViewSet, basename="training-flag")
router.register("training/script-changes", api_training.ScriptChangeViewSet, basename="training-script-change")

urlpatterns = [
    re_path(r"^knowledge/search/?$", api.SearchView.as_view(), name="knowledge-search"),
    re_path(r"^knowledge/answer/?$", api.AnswerView.as_view(), name="knowledge-answer"),
    re_path(r"^agents/(?P<pk>\d+)/test-turns/?$", api_training.AgentTestTurnView.as_view(), name="agent-test-turn"),
    re_path(r"^agents/(?P<pk>\d+)/compare/?$", api_training.AgentCompareView.as_view(), name="agent-compare"),
    *router.urls,
]
