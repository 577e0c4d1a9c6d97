from django.urls import path

from billing import views

app_name = "billing"

urlpatterns = [
    path("", views.BillingView.as_view(), name="home"),
    path("transactions.csv", views.TransactionsCsvView.as_view(), name="transactions_csv"),
    path("invoices/<int:pk>/pdf/", views.InvoicePdfView.as_view(), name="invoice_pdf"),
]
