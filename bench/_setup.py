"""Shared start-up for benchmarks: Django on the (embedded) database, migrated."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "voiceplatform.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate_schemas", interactive=False, verbosity=0)
    from tenants.services import ensure_public_tenant, ensure_template_tenant

    ensure_public_tenant()
    ensure_template_tenant()
