"""The public site on the platform host."""

from django.urls import path

from onboarding import views_public

app_name = "site"

urlpatterns = [
    path("", views_public.landing, name="home"),
    path("pricing/", views_public.pricing, name="pricing"),
    path("for/<slug:slug>/", views_public.vertical_page, name="vertical"),
    path("missed-call-calculator/", views_public.calculator, name="calculator"),
    path("signup/", views_public.SignupView.as_view(), name="signup"),
    path("sign-in/", views_public.sign_in, name="sign_in"),
]
