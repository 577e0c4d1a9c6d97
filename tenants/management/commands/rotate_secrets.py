"""Re-encrypt every stored provider secret, in every tenant schema, under the current first key."""

from django.core.management.base import BaseCommand
from django_tenants.utils import schema_context

from tenants.models import Tenant
from voiceplatform.crypto import rotate_stored_secrets


class Command(BaseCommand):
    help = "Re-encrypt stored provider secrets under the first ENCRYPTION_KEYS key (or the current SECRET_KEY)."

    def handle(self, *args, **options):
        total = 0
        for schema_name in Tenant.objects.businesses().values_list("schema_name", flat=True):
            with schema_context(schema_name):
                total += rotate_stored_secrets()
        self.stdout.write(f"Re-encrypted {total} secret(s).")
