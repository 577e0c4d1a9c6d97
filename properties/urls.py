from django.urls import path

from properties import views

app_name = "properties"

urlpatterns = [
    path("", views.PropertyListView.as_view(), name="list"),
    path("new/", views.PropertyFormView.as_view(), name="create"),
    path("import/", views.PropertyImportView.as_view(), name="import"),
    path("<int:pk>/edit/", views.PropertyFormView.as_view(), name="edit"),
    path("<int:pk>/delete/", views.PropertyDeleteView.as_view(), name="delete"),
    path("contacts/<int:pk>/send-matches/", views.MatchesSendView.as_view(), name="send_matches"),
]
