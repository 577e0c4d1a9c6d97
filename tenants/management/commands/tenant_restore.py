from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tenants.backup_restore import tenant_restore
from tenants.backups import BackupError, read_manifest
from tenants.models import Tenant


class Command(BaseCommand):
    help = (
        "Restore a tenant backup: into a new tenant with --as <slug>, or over the tenant it was taken from "
        "(asks first; --yes to skip the question)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--as", dest="as_slug", help="Restore into a new tenant with this slug.")
        parser.add_argument("--yes", action="store_true", help="Replace the existing tenant's data without asking.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            manifest = read_manifest(path)
            confirm = options["yes"]
            slug = manifest["tenant"]["slug"]
            if not options["as_slug"] and not confirm and Tenant.objects.filter(slug=slug).exists():
                if not options.get("interactive", True) or not self.stdin_isatty():
                    raise CommandError(f"Tenant {slug!r} exists: pass --yes to replace its data, or --as <new slug>.")
                question = f"Replace all data of tenant {slug!r} with the backup of {manifest['created_at']}? [y/N] "
                answer = input(question)
                confirm = answer.strip().lower() in {"y", "yes"}
                if not confirm:
                    raise CommandError("Nothing restored.")
            result = tenant_restore(path=path, as_slug=options["as_slug"], confirm_overwrite=confirm)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        what = "replaced" if result.replaced else "created"
        self.stdout.write(f"Tenant {result.tenant.slug} {what} from {path.name}: {result.rows} rows.")
        for name, count in result.skipped.items():
            if count:
                self.stdout.write(f"Not copied to the new tenant: {count} {name.replace('_', ' ')} (credentials).")

    @staticmethod
    def stdin_isatty() -> bool:
        import sys

        return sys.stdin.isatty()
