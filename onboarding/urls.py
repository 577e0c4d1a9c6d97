"""The onboarding wizard on the workspace host."""

from django.urls import path

from onboarding import views

app_name = "onboarding"

urlpatterns = [
    path("", views.WizardStartView.as_view(), name="wizard"),
    path("industry/", views.IndustryStepView.as_view(), name="industry"),
    path("website/", views.WebsiteStepView.as_view(), name="website"),
    path("scan/", views.ScanStepView.as_view(), name="scan"),
    path("preview/", views.PreviewStepView.as_view(), name="preview"),
    path("live/", views.LiveStepView.as_view(), name="live"),
    path("skip/", views.SkipView.as_view(), name="skip"),
    path("verify-email/", views.ResendVerificationView.as_view(), name="resend_verification"),
    path("welcome/<str:token>/", views.handoff, name="signup_handoff"),
]
