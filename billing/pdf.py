"""Invoice PDFs with WeasyPrint: plain block layout and tables (nested flexbox is slow to lay out)."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string


def invoice_html(invoice) -> str:
    return render_to_string(
        "billing/invoice_pdf.html",
        {
            "invoice": invoice,
            "tenant": invoice.tenant,
            "lines": list(invoice.lines.all()),
            "payment_instructions": settings.BILLING_PAYMENT_INSTRUCTIONS,
            "issuer": settings.BILLING_ISSUER_NAME,
        },
    )


def invoice_pdf(invoice) -> bytes:
    from weasyprint import HTML

    return HTML(string=invoice_html(invoice), base_url=str(settings.BASE_DIR)).write_pdf()
