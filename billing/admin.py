"""The platform owner's billing: rates, plans, accounts (overrides), credits and adjustments, reports."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path

from billing import selectors
from billing.models import BillingAccount, GlobalRates, Invoice, LedgerEntry, Plan, StripeEvent
from billing.services.adjustments import adjustment_post
from billing.services.invoices import credit_note_issue


@admin.register(GlobalRates)
class GlobalRatesAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "per_minute",
        "per_sms",
        "per_email",
        "monthly_fee",
        "tax_rate",
        "currency",
        "low_balance_threshold",
    ]

    def has_add_permission(self, request):
        return not GlobalRates.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "code",
        "monthly_price",
        "max_agents",
        "max_phone_numbers",
        "max_knowledge_pages",
        "max_chat_messages",
        "max_voice_minutes",
        "metered_overage",
        "is_active",
    ]


class AdjustmentForm(forms.Form):
    direction = forms.ChoiceField(
        choices=[("credit", "Credit (add to balance)"), ("debit", "Debit (take from balance)")]
    )
    amount = forms.DecimalField(max_digits=12, decimal_places=2, min_value=Decimal("0.01"))
    note = forms.CharField(max_length=250)


@admin.register(BillingAccount)
class BillingAccountAdmin(admin.ModelAdmin):
    list_display = ["tenant", "balance", "state", "plan", "subscription_status", "trial_ends_at"]
    list_filter = ["state", "plan"]
    search_fields = ["tenant__slug", "tenant__name"]
    readonly_fields = [
        "tenant",
        "balance",
        "state",
        "next_invoice_number",
        "stripe_customer_id",
        "stripe_subscription_id",
        "subscription_status",
        "subscription_updated_at",
        "created_at",
    ]
    fieldsets = [
        (None, {"fields": ["tenant", "balance", "state", "plan", "trial_ends_at"]}),
        (
            "Rate overrides (blank = global rate)",
            {"fields": ["per_minute", "per_sms", "per_email", "monthly_fee", "tax_rate", "low_balance_threshold"]},
        ),
        ("Switches", {"fields": ["call_rounding", "stop_outbound_at_zero"]}),
        (
            "Stripe",
            {
                "fields": [
                    "stripe_customer_id",
                    "stripe_subscription_id",
                    "subscription_status",
                    "subscription_updated_at",
                    "next_invoice_number",
                    "created_at",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<int:pk>/adjust/", view(self.adjust_view), name="billing_account_adjust"),
            path("reports/revenue.csv", view(self.revenue_csv), name="billing_revenue_csv"),
            path("reports/usage.csv", view(self.usage_csv), name="billing_usage_csv"),
            *super().get_urls(),
        ]

    def adjust_view(self, request, pk: int):
        account = BillingAccount.objects.select_related("tenant").get(pk=pk)
        form = AdjustmentForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                adjustment_post(
                    tenant=account.tenant,
                    amount=form.cleaned_data["amount"],
                    note=form.cleaned_data["note"],
                    direction=form.cleaned_data["direction"],
                    actor=request.user,
                )
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            else:
                messages.success(request, "Adjustment posted.")
                return redirect("admin:billing_billingaccount_change", pk)
        return render(
            request,
            "billing/admin_adjust.html",
            {
                **self.admin_site.each_context(request),
                "account": account,
                "form": form,
                "title": f"Credit or adjust {account.tenant}",
            },
        )

    def _csv(self, content: str, name: str) -> HttpResponse:
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def revenue_csv(self, request):
        return self._csv(
            selectors.report_csv(
                selectors.revenue_by_tenant_month(), ["tenant__slug", "month", "charged", "topped_up", "refunded"]
            ),
            "billing-revenue.csv",
        )

    def usage_csv(self, request):
        return self._csv(
            selectors.report_csv(
                selectors.usage_by_tenant_month(), ["tenant__slug", "month", "kind", "quantity", "amount", "events"]
            ),
            "billing-usage.csv",
        )


@admin.register(LedgerEntry)
class LedgerEntryAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "tenant",
        "kind",
        "category",
        "amount",
        "balance_after",
        "reference_type",
        "reference_id",
        "created_by_email",
    ]
    list_filter = ["kind", "category"]
    search_fields = ["tenant__slug", "reference_id", "description"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class CreditNoteForm(forms.Form):
    amount = forms.DecimalField(max_digits=12, decimal_places=2, min_value=Decimal("0.01"))
    reason = forms.CharField(max_length=250)


@admin.register(Invoice)
class InvoiceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "tenant", "kind", "period_start", "total", "status", "issued_at"]
    list_filter = ["status", "kind"]
    search_fields = ["tenant__slug"]
    exclude = ["pdf"]
    readonly_fields = [f.name for f in Invoice._meta.fields if f.name != "pdf"]

    def has_add_permission(self, request):
        return False

    def get_urls(self):
        view = self.admin_site.admin_view(self.credit_note_view)
        return [path("<int:pk>/credit-note/", view, name="billing_invoice_credit_note"), *super().get_urls()]

    def credit_note_view(self, request, pk: int):
        invoice = Invoice.objects.select_related("tenant").get(pk=pk)
        form = CreditNoteForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            try:
                note = credit_note_issue(
                    invoice=invoice,
                    amount=form.cleaned_data["amount"],
                    reason=form.cleaned_data["reason"],
                    actor=request.user,
                )
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            else:
                messages.success(request, f"{note.display_number} issued.")
                return redirect("admin:billing_invoice_change", note.pk)
        return render(
            request,
            "billing/admin_adjust.html",
            {**self.admin_site.each_context(request), "form": form, "title": f"Credit note for {invoice}"},
        )


@admin.register(StripeEvent)
class StripeEventAdmin(admin.ModelAdmin):
    list_display = ["event_id", "type", "tenant", "received_at", "processed_at"]
    list_filter = ["type"]
    readonly_fields = ["event_id", "type", "payload", "tenant", "received_at", "processed_at", "error"]

    def has_add_permission(self, request):
        return False
