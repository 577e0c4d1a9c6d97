from django.urls import path

from notifications.alerts import views

app_name = "alerts"

urlpatterns = [
    path("", views.InboxView.as_view(), name="inbox"),
    path("resolve/", views.BulkResolveView.as_view(), name="bulk_resolve"),
    path("preferences/", views.PreferencesView.as_view(), name="preferences"),
    path("channels/", views.ChannelsView.as_view(), name="channels"),
    path("<int:pk>/", views.AlertDetailView.as_view(), name="detail"),
]
