from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tenants.backups import BackupError, tenant_backup
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Back up one tenant (schema, shared rows, files) into one compressed, checksummed file. Prints its path."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--dir", help="Folder to write to (default: TENANT_BACKUP_DIR).")

    def handle(self, *args, **options):
        tenant = Tenant.objects.businesses().filter(slug=options["slug"]).first()
        if tenant is None:
            raise CommandError(f"No tenant {options['slug']!r}.")
        try:
            path = tenant_backup(tenant=tenant, directory=Path(options["dir"]) if options["dir"] else None)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(path))
