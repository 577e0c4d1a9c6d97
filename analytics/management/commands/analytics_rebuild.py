"""Recompute every tenant's analytics roll-ups from the source rows (or one tenant's with --schema)."""

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import schema_context

from analytics import rollups
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Rebuild the analytics roll-ups (daily call and metric aggregates) from calls, contacts and appointments."

    def add_arguments(self, parser):
        parser.add_argument("--schema", help="Only this tenant's schema.")

    def handle(self, *args, schema=None, **options):
        tenants = Tenant.objects.businesses()
        if schema:
            tenants = tenants.filter(schema_name=schema)
            if not tenants.exists():
                raise CommandError(f"No tenant with schema {schema!r}.")
        for tenant in tenants.order_by("schema_name"):
            with schema_context(tenant.schema_name):
                counts = rollups.rebuild_all()
            self.stdout.write(f"{tenant.schema_name}: {counts['call_rows']} call rows, {counts['metric_rows']} metrics")
