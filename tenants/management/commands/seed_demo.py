"""Demo data for `make run`: the platform admin and two tenants. Idempotent.

Each tenant app may add its own demo data with a `demo.py` module defining
`seed(tenant)`; it runs inside the tenant's schema and must be idempotent.
"""

import importlib
import importlib.util
import os

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django_tenants.utils import schema_context

from tenants.models import Membership, Tenant, User
from tenants.roles import DEFAULT_FLAGS, Role
from tenants.services import ensure_public_tenant, ensure_template_tenant, tenant_create

DEFAULT_DEMO_PASSWORD = "demo-password-123"

DEMO_TENANTS = [
    {
        "slug": "acme",
        "name": "Acme Dental",
        "vertical": Tenant.Vertical.DENTAL,
        "timezone_name": "Europe/London",
        "owner_email": "owner@acme.example",
        "extra_members": [("viewer@acme.example", Role.VIEWER)],
    },
    {
        "slug": "northside",
        "name": "Northside Plumbing",
        "vertical": Tenant.Vertical.HOME_SERVICES,
        "timezone_name": "America/Chicago",
        "owner_email": "owner@northside.example",
        "extra_members": [],
    },
]


class Command(BaseCommand):
    help = "Create (or refresh) the demo tenants and logins."

    def handle(self, *args, **options):
        password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
        ensure_public_tenant()
        ensure_template_tenant()
        admin = User.objects.filter(email="admin@example.com").first()
        if admin is None:
            User.objects.create_superuser(email="admin@example.com", password=password)
        for spec in DEMO_TENANTS:
            tenant = self._tenant(spec, password)
            with schema_context(tenant.schema_name):
                for app in settings.TENANT_APPS:
                    if importlib.util.find_spec(f"{app}.demo") is not None:
                        importlib.import_module(f"{app}.demo").seed(tenant)
        self.stdout.write("Demo data ready.")

    @transaction.atomic
    def _tenant(self, spec, password):
        tenant = Tenant.objects.filter(slug=spec["slug"]).first()
        if tenant is None:
            tenant = tenant_create(
                slug=spec["slug"],
                name=spec["name"],
                owner_email=spec["owner_email"],
                owner_password=password,
                vertical=spec["vertical"],
                timezone_name=spec["timezone_name"],
            )
        for email, role in spec["extra_members"]:
            user = User.objects.filter(email=email).first() or User.objects.create_user(email=email, password=password)
            Membership.objects.get_or_create(
                user=user,
                tenant=tenant,
                defaults={"role": role, "status": Membership.Status.ACTIVE, **DEFAULT_FLAGS[role]},
            )
        return tenant
