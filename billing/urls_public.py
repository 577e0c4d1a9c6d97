"""Billing on the platform host: Stripe's webhook and the sandbox checkout pages."""

from django.urls import path

from billing import views

urlpatterns = [
    path("hooks/stripe/", views.stripe_webhook, name="stripe_webhook"),
    path("billing-sandbox/checkout/<str:session_id>/", views.SandboxCheckoutView.as_view(), name="checkout"),
]
