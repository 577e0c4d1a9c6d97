from django.urls import path

from tenants import export_views, views

urlpatterns = [
    path("", views.DashboardView.as_view(), name="dashboard"),
    path("settings/", views.SettingsView.as_view(), name="settings"),
    path("settings/export/", export_views.DataExportView.as_view(), name="data_export"),
    path(
        "settings/export/<int:pk>/download/", export_views.DataExportDownloadView.as_view(), name="data_export_download"
    ),
    path("team/", views.TeamView.as_view(), name="team"),
    path("team/<int:pk>/", views.TeamMemberView.as_view(), name="team_member"),
    path("team/<int:pk>/remove/", views.TeamMemberRemoveView.as_view(), name="team_member_remove"),
    path("api-keys/", views.ApiKeysView.as_view(), name="api_keys"),
    path("api-keys/<int:pk>/revoke/", views.ApiKeyRevokeView.as_view(), name="api_key_revoke"),
    path("invite/<str:token>/", views.InvitationAcceptView.as_view(), name="invitation_accept"),
    path("impersonate/start/<str:token>/", views.impersonation_start_view, name="impersonation_start"),
    path("impersonate/stop/", views.impersonation_stop_view, name="impersonation_stop"),
]
