from django.urls import path

from billing import api

urlpatterns = [
    path("billing/rates/", api.RatesView.as_view(), name="billing-rates"),
    path("billing/balance/", api.BalanceView.as_view(), name="billing-balance"),
    path("billing/transactions/", api.TransactionsView.as_view(), name="billing-transactions"),
    path("billing/usage/", api.UsageView.as_view(), name="billing-usage"),
    path("billing/top-ups/", api.TopUpView.as_view(), name="billing-top-ups"),
    path("billing/subscription/", api.SubscriptionCheckoutView.as_view(), name="billing-subscription"),
    path("billing/portal-session/", api.PortalSessionView.as_view(), name="billing-portal-session"),
    path("billing/invoices/", api.InvoiceListView.as_view(), name="billing-invoices"),
    path("billing/invoices/<int:pk>/", api.InvoiceDetailView.as_view(), name="billing-invoice"),
    path("billing/invoices/<int:pk>/pdf/", api.InvoicePdfView.as_view(), name="billing-invoice-pdf"),
]
