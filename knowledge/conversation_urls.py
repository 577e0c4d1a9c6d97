"""The conversations inbox in the portal (included at /conversations/ in voiceplatform/urls_tenant.py)."""

from django.urls import path

from knowledge import views_conversations as views

app_name = "conversations"

urlpatterns = [
    path("", views.ConversationsView.as_view(), name="list"),
    path("<int:pk>/", views.ConversationView.as_view(), name="detail"),
    path("<int:pk>/<str:action>/", views.ConversationActionView.as_view(), name="action"),
]
