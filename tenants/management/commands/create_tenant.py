from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.models import Tenant
from tenants.services import tenant_create, tenant_url


class Command(BaseCommand):
    help = "Create a tenant with its schema, domain and owner."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--name", required=True)
        parser.add_argument("--owner-email", required=True)
        parser.add_argument("--owner-password", default=None)
        parser.add_argument("--vertical", default=Tenant.Vertical.OTHER, choices=Tenant.Vertical.values)
        parser.add_argument("--timezone", default="UTC")

    def handle(self, *args, **options):
        try:
            tenant = tenant_create(
                slug=options["slug"],
                name=options["name"],
                owner_email=options["owner_email"],
                owner_password=options["owner_password"],
                vertical=options["vertical"],
                timezone_name=options["timezone"],
            )
        except ValidationError as exc:
            details = "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
            raise CommandError(details) from exc
        self.stdout.write(f"Created {tenant.name} at {tenant_url(tenant)}")
