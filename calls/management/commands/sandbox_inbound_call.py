"""Ring a workspace's number in the voice sandbox and let its agent answer through the custom-LLM socket."""

from django.core.management.base import BaseCommand, CommandError
from django_tenants.utils import tenant_context

from calls.providers.sandbox.caller import DEFAULT_CALLER, SCRIPTS, CallerError, inbound_call, script
from tenants.models import Tenant


class Command(BaseCommand):
    help = "Place a sandbox inbound call that talks to the voice ASGI process (VOICE_WS_HOST:VOICE_WS_PORT)."

    def add_arguments(self, parser):
        parser.add_argument("tenant", help="The workspace's slug, e.g. acme.")
        parser.add_argument("--script", default="full", choices=sorted(SCRIPTS), help="What the caller says.")
        parser.add_argument("--say", action="append", default=[], help="A caller line (repeat); replaces --script.")
        parser.add_argument("--to", default="", help="The number rung (default: the first with an inbound agent).")
        parser.add_argument("--from", dest="from_number", default=DEFAULT_CALLER, help="The caller's number.")

    def handle(self, *args, **options):
        tenant = Tenant.objects.filter(slug=options["tenant"]).first()
        if tenant is None:
            raise CommandError(f"No workspace {options['tenant']!r}.")
        with tenant_context(tenant):
            try:
                report = inbound_call(
                    tenant=tenant,
                    lines=options["say"] or script(options["script"]),
                    to_number=options["to"],
                    from_number=options["from_number"],
                )
            except CallerError as exc:
                raise CommandError(str(exc)) from exc
        for turn in report.turns:
            self.stdout.write(f"{'Agent' if turn['role'] == 'agent' else 'Caller'}: {turn['content']}")
        ending = (
            f"transferred to {report.transfer_number}"
            if report.transfer_number
            else ("the agent hung up" if report.end_call else "the caller hung up")
        )
        self.stdout.write(self.style.SUCCESS(f"Call {report.call_id}: {ending}."))
