from django.urls import path

from knowledge import views, views_training

app_name = "knowledge"

urlpatterns = [
    path("", views.SourcesView.as_view(), name="sources"),
    path("sources/<int:pk>/", views.SourceView.as_view(), name="source"),
    path("sources/<int:pk>/<str:action>/", views.SourceActionView.as_view(), name="source_action"),
    path("faqs/", views.FAQsView.as_view(), name="faqs"),
    path("faqs/import/", views.FAQImportView.as_view(), name="faq_import"),
    path("faqs/<int:pk>/", views.FAQView.as_view(), name="faq"),
    path("gaps/", views.GapsView.as_view(), name="gaps"),
    path("gaps/<int:pk>/<str:action>/", views.GapActionView.as_view(), name="gap_action"),
    path("try/", views.TryView.as_view(), name="try"),
    path("flags/", views_training.FlagsView.as_view(), name="flags"),
    path("flags/new/", views_training.FlagNewView.as_view(), name="flag_new"),
    path("flags/<int:pk>/", views_training.FlagView.as_view(), name="flag"),
    path("agents/<int:pk>/training/", views_training.AgentTrainingView.as_view(), name="agent_training"),
    path(
        "agents/<int:pk>/training/publish/",
        views_training.AgentPublishFromTrainingView.as_view(),
        name="agent_training_publish",
    ),
]
