from django.urls import path

from campaigns import views

app_name = "campaigns"

urlpatterns = [
    path("", views.CampaignListView.as_view(), name="list"),
    path("new/", views.CampaignFormView.as_view(), name="create"),
    path("settings/", views.CampaignSettingsView.as_view(), name="settings"),
    path("audience-preview/", views.AudiencePreviewView.as_view(), name="audience_preview"),
    path("<int:pk>/", views.CampaignDetailView.as_view(), name="detail"),
    path("<int:pk>/edit/", views.CampaignFormView.as_view(), name="edit"),
    path("<int:pk>/delete/", views.CampaignDeleteView.as_view(), name="delete"),
    path("<int:pk>/contacts/", views.CampaignContactsView.as_view(), name="contacts"),
    path("<int:pk>/results.csv", views.CampaignResultsView.as_view(), name="results"),
    path("<int:pk>/<str:action>/", views.CampaignActionView.as_view(), name="action"),
]
