from django.urls import path

from notifications import views

app_name = "notifications"

urlpatterns = [
    path("", views.LogView.as_view(), name="log"),
    path("<int:pk>/", views.NotificationDetailView.as_view(), name="detail"),
    path("sandbox/", views.SandboxView.as_view(), name="sandbox"),
    path("text/<int:contact_pk>/", views.ContactTextView.as_view(), name="contact_text"),
    path("templates/", views.TemplatesView.as_view(), name="templates"),
    path("templates/<int:pk>/", views.TemplateView.as_view(), name="template"),
    path("templates/<int:pk>/preview/", views.TemplatePreviewView.as_view(), name="template_preview"),
]
