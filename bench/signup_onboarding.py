"""Server time of the five-minute onboarding path, with the sandbox providers and the bundled demo website.

For 3 new businesses: signup (tenant cloned from the template, dental template
applied), the website step with the whole crawl and indexing of the demo dental
site (run inline, as the worker would), one cited preview answer, and a sandbox
phone number. Prints the median of each step; the rest of the five minutes is
the person reading and typing. Everything it creates is dropped afterwards.

    .venv/bin/python bench/signup_onboarding.py
"""

import functools
import secrets
import statistics
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

from _setup import setup_django

RUNS = 3


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main() -> None:
    setup_django()
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django_tenants.utils import schema_context

    from knowledge.demo_sites.serve import HERE
    from knowledge.services.sources import source_sync
    from onboarding.services import signup, wizard
    from tenants.models import Tenant, User
    from voiceplatform.celery import app

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(HERE / "dental")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    settings.CRAWLER_ALLOWED_ORIGINS = [origin]
    settings.CRAWLER_DELAY_SECONDS = 0.0
    settings.SIGNUP_ATTEMPTS_PER_HOUR = 1000
    app.conf.task_always_eager = False  # the crawl is timed inline below, not sent to a worker

    steps: dict[str, list[float]] = {"signup": [], "website crawl + index": [], "preview answer": [], "number": []}
    pages = []
    created = []
    try:
        for _ in range(RUNS):
            email = f"owner-{secrets.token_hex(4)}@bench-dental.example"
            started = time.perf_counter()
            result = signup.signup(
                email=email,
                password="Bench-smiles-2026!",
                business_name=f"Bench Dental {secrets.token_hex(2)}",
                vertical="dental",
                timezone_name="Europe/London",
                ip="127.0.0.1",
            )
            steps["signup"].append(time.perf_counter() - started)
            created.append((result.tenant, result.user))
            progress = result.tenant.onboarding
            with schema_context(result.tenant.schema_name):
                started = time.perf_counter()
                source = wizard.wizard_add_website(progress=progress, url=origin + "/")
                source = source_sync(source_id=source.pk)
                steps["website crawl + index"].append(time.perf_counter() - started)
                pages.append(source.pages_indexed)
                started = time.perf_counter()
                answer = wizard.wizard_ask(progress=progress, question="is there somewhere to park near the practice?")
                steps["preview answer"].append(time.perf_counter() - started)
                assert answer.citations, "the preview answer must be cited"
                EmailAddress.objects.filter(user=result.user).update(verified=True)
                started = time.perf_counter()
                wizard.wizard_claim_number(progress=progress, user=result.user)
                steps["number"].append(time.perf_counter() - started)
    finally:
        for tenant, user in created:
            Tenant.objects.get(pk=tenant.pk).delete(force_drop=True)
            User.objects.filter(pk=user.pk).delete()
        server.shutdown()

    total = sum(statistics.median(v) for v in steps.values())
    for name, values in steps.items():
        low, high = min(values) * 1000, max(values) * 1000
        print(f"{name}: median {statistics.median(values) * 1000:.0f} ms (min {low:.0f}, max {high:.0f})")
    print(f"pages indexed per run: {pages}")
    print(f"server time for the whole path (sum of medians): {total:.1f} s of the 5-minute budget")


if __name__ == "__main__":
    main()
