from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from billing.services.invoices import invoice_issue, invoice_render, parse_period, previous_period
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Issue every tenant's invoice for a month (default: last month). Running it again changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--period", help="YYYY-MM")
        parser.add_argument("--tenant", help="Only this tenant (slug).")

    def handle(self, period=None, tenant=None, **options):
        try:
            start = parse_period(period) if period else previous_period()
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        tenants = Tenant.objects.businesses().order_by("pk")
        if tenant:
            tenants = tenants.filter(slug=tenant)
        created = existing = 0
        for each in tenants.iterator():
            invoice, made = invoice_issue(tenant=each, period_start=start)
            if made or invoice.pdf_rendered_at is None:
                invoice_render(invoice_id=invoice.pk)
            created += made
            existing += not made
        self.stdout.write(f"{start:%Y-%m}: {created} invoices issued, {existing} already issued.")
