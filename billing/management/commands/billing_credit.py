from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from billing.services.adjustments import adjustment_post
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Credit a tenant's balance (audited): billing_credit <slug> <amount> --note TEXT"

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("amount")
        parser.add_argument("--note", required=True)

    def handle(self, slug, amount, note, **options):
        tenant = Tenant.objects.businesses().filter(slug=slug).first()
        if tenant is None:
            raise CommandError(f"No tenant {slug!r}.")
        try:
            entry = adjustment_post(tenant=tenant, amount=amount, note=note, direction="credit")
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        self.stdout.write(f"Credited {entry.amount} to {slug}; balance {entry.balance_after}.")
