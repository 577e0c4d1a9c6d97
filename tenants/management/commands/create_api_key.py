from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tenants.models import ApiKey, Tenant, User
from tenants.services import api_key_create


class Command(BaseCommand):
    help = "Create an API key for a member of a tenant. Prints only the key."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("--email", required=True, help="The member the key acts as.")
        parser.add_argument("--scope", default=ApiKey.Scope.READ, choices=ApiKey.Scope.values)
        parser.add_argument("--name", default="Command-line key")

    def handle(self, *args, **options):
        tenant = Tenant.objects.businesses().filter(slug=options["slug"]).first()
        if tenant is None:
            raise CommandError(f"No tenant {options['slug']!r}.")
        user = User.objects.filter(email__iexact=options["email"]).first()
        if user is None:
            raise CommandError(f"No user {options['email']!r}.")
        try:
            issued = api_key_create(tenant=tenant, user=user, name=options["name"], scope=options["scope"])
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        self.stdout.write(issued.secret)
