from django.urls import path

from notifications.outbound import views

app_name = "webhooks"

urlpatterns = [
    path("", views.EndpointListView.as_view(), name="list"),
    path("events/", views.EventCatalogueView.as_view(), name="events"),
    path("<int:pk>/", views.EndpointDetailView.as_view(), name="detail"),
]
