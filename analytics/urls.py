from django.urls import path

from analytics import views

app_name = "analytics"

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("export/<slug:chart>.csv", views.ChartExportView.as_view(), name="export"),
    path("campaigns/", views.CampaignResultsView.as_view(), name="campaigns"),
    path("campaigns/<int:pk>/", views.CampaignResultsView.as_view(), name="campaign"),
    path("insights/", views.InsightsView.as_view(), name="insights"),
    path("compliance/", views.ComplianceView.as_view(), name="compliance"),
    path("team/", views.TeamView.as_view(), name="team"),
    path("calls/<int:pk>/review/", views.CallReviewView.as_view(), name="call_review"),
]
