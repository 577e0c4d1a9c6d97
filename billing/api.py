"""Billing API: balance, rates, transactions (CSV too), usage, top-ups, plans, invoices and their PDFs.

Only members whose role has MANAGE_BILLING (owners and admins) may use it.
"""

from __future__ import annotations

from decimal import Decimal

from django.http import Http404, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from billing import selectors
from billing.models import Invoice, InvoiceLine, LedgerEntry
from billing.services import checkout, usage
from billing.services.ledger import account_for, rates_for
from tenants.roles import Perm


class BillingPermission:
    read_perm = Perm.MANAGE_BILLING
    write_perm = Perm.MANAGE_BILLING


def _rate(value, places: str = "0.0001") -> str:
    return str(Decimal(value).quantize(Decimal(places)))


class RatesView(BillingPermission, APIView):
    @extend_schema(
        responses=inline_serializer(
            "BillingRates",
            {
                name: serializers.CharField()
                for name in ("per_minute", "per_sms", "per_email", "monthly_fee", "tax_rate", "currency")
            },
        )
    )
    def get(self, request):
        rates = rates_for(account_for(request.tenant))
        return Response(
            {
                "per_minute": _rate(rates.per_minute),
                "per_sms": _rate(rates.per_sms),
                "per_email": _rate(rates.per_email),
                "monthly_fee": _rate(rates.monthly_fee, "0.01"),
                "tax_rate": _rate(rates.tax_rate),
                "currency": rates.currency,
            }
        )


class BalanceView(BillingPermission, APIView):
    @extend_schema(
        responses=inline_serializer(
            "BillingBalance",
            {name: serializers.CharField() for name in ("balance", "currency", "low_balance_threshold", "state")},
        )
    )
    def get(self, request):
        account = account_for(request.tenant)
        rates = rates_for(account)
        return Response(
            {
                "balance": str(account.balance),
                "currency": rates.currency,
                "low_balance_threshold": str(rates.low_balance_threshold),
                "state": account.state,
            }
        )


class TransactionSerializer(serializers.ModelSerializer):
    class Meta:
        model = LedgerEntry
        fields = [
            "id",
            "kind",
            "category",
            "amount",
            "balance_after",
            "reference_type",
            "reference_id",
            "description",
            "created_by_email",
            "created_at",
        ]
        read_only_fields = fields


FILTERS = [
    OpenApiParameter("kind", str, enum=LedgerEntry.Kind.values),
    OpenApiParameter("category", str),
    OpenApiParameter("since", str, description="Date or date-time (inclusive)."),
    OpenApiParameter("until", str, description="Date or date-time (exclusive)."),
    OpenApiParameter("export", str, enum=["csv"], description="csv: the whole filtered list as a CSV file."),
]


class TransactionsView(BillingPermission, generics.ListAPIView):
    serializer_class = TransactionSerializer
    queryset = LedgerEntry.objects.none()
    filter_backends: list = []

    def get_queryset(self):
        params = self.request.query_params
        return selectors.transactions(
            self.request.tenant,
            kind=params.get("kind", ""),
            category=params.get("category", ""),
            since=params.get("since", ""),
            until=params.get("until", ""),
        )

    @extend_schema(
        parameters=FILTERS,
        responses={(200, "application/json"): TransactionSerializer(many=True), (200, "text/csv"): OpenApiTypes.STR},
    )
    def get(self, request, *args, **kwargs):
        if request.query_params.get("export") == "csv":
            response = HttpResponse(
                selectors.transactions_csv(self.get_queryset()), content_type="text/csv; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="transactions-{request.tenant.slug}.csv"'
            return response
        return super().get(request, *args, **kwargs)


class UsageView(BillingPermission, APIView):
    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request):
        rows = usage.usage_this_month(request.tenant)
        return Response(
            {
                "period_start": usage.limits.month_start().date().isoformat(),
                "categories": [{**row, "amount": str(row["amount"])} for row in rows],
            }
        )


class TopUpView(BillingPermission, APIView):
    @extend_schema(
        request=inline_serializer("TopUpRequest", {"amount": serializers.CharField()}),
        responses={
            201: inline_serializer(
                "TopUpCheckout",
                {
                    n: serializers.CharField()
                    for n in ("checkout_url", "checkout_session_id", "client_reference_id", "currency")
                },
            )
        },
    )
    def post(self, request):
        data = request.data if isinstance(request.data, dict) else {}
        session = checkout.top_up_checkout(tenant=request.tenant, amount=data.get("amount"), actor=request.user)
        return Response(
            {
                "checkout_url": session.url,
                "checkout_session_id": session.session_id,
                "client_reference_id": session.client_reference_id,
                "currency": session.currency,
            },
            status=201,
        )


class SubscriptionCheckoutView(BillingPermission, APIView):
    @extend_schema(
        request=inline_serializer("SubscriptionRequest", {"plan": serializers.CharField()}),
        responses={
            201: inline_serializer(
                "SubscriptionCheckout",
                {"checkout_url": serializers.CharField(), "checkout_session_id": serializers.CharField()},
            )
        },
    )
    def post(self, request):
        session = checkout.subscription_checkout(
            tenant=request.tenant,
            plan_code=str(request.data.get("plan", "") if isinstance(request.data, dict) else ""),
            actor=request.user,
        )
        return Response({"checkout_url": session.url, "checkout_session_id": session.session_id}, status=201)


class PortalSessionView(BillingPermission, APIView):
    @extend_schema(request=None, responses={201: inline_serializer("PortalSession", {"url": serializers.CharField()})})
    def post(self, request):
        return Response({"url": checkout.portal_session_url(tenant=request.tenant)}, status=201)


class InvoiceLineSerializer(serializers.ModelSerializer):
    class Meta:
        model = InvoiceLine
        fields = ["category", "description", "quantity", "unit_price", "amount"]
        read_only_fields = fields


class InvoiceSerializer(serializers.ModelSerializer):
    number = serializers.CharField(source="display_number", read_only=True)
    lines = InvoiceLineSerializer(many=True, read_only=True)
    corrects = serializers.SerializerMethodField()

    class Meta:
        model = Invoice
        fields = [
            "id",
            "number",
            "kind",
            "status",
            "period_start",
            "period_end",
            "currency",
            "subtotal",
            "tax_rate",
            "tax",
            "total",
            "corrects",
            "note",
            "issued_at",
            "due_at",
            "paid_at",
            "lines",
        ]
        read_only_fields = fields

    def get_corrects(self, invoice) -> str | None:
        return invoice.corrects.display_number if invoice.corrects_id else None


class InvoiceQueryset(BillingPermission):
    serializer_class = InvoiceSerializer
    queryset = Invoice.objects.all()
    filter_backends: list = []

    def get_queryset(self):
        return selectors.invoices(self.request.tenant).select_related("corrects")


class InvoiceListView(InvoiceQueryset, generics.ListAPIView):
    pass


class InvoiceDetailView(InvoiceQueryset, generics.RetrieveAPIView):
    pass


class InvoicePdfView(BillingPermission, generics.GenericAPIView):
    queryset = Invoice.objects.all()

    @extend_schema(responses={(200, "application/pdf"): OpenApiTypes.BINARY})
    def get(self, request, pk: int):
        invoice = Invoice.objects.filter(tenant=request.tenant, pk=pk).select_related("tenant").first()
        if invoice is None:
            raise Http404
        return invoice_pdf_response(invoice)


def invoice_pdf_response(invoice) -> HttpResponse:
    """The stored PDF, rendered now if the task has not run yet."""
    content = invoice.pdf
    if not content:
        from billing.services.invoices import invoice_render

        content = invoice_render(invoice_id=invoice.pk).pdf
    response = HttpResponse(bytes(content), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{invoice.display_number}.pdf"'
    return response
