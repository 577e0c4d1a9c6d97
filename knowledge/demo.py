"""Demo knowledge for `seed_demo`: the tenant's bundled demo website as a source, and a few FAQs. Idempotent."""

from __future__ import annotations

from django.conf import settings

from knowledge.models import FAQ, Source
from knowledge.services import faqs, sources

FAQS = {
    "dental": [
        ("Do you have parking?", "There is no car park at the practice; pay-and-display parking is on Chapel Road.")
    ],
    "home_services": [
        ("Do you charge for estimates?", "Estimates for replacements are free; repairs have a $79 diagnosis fee.")
    ],
}


def seed(tenant) -> None:
    origin = settings.DEMO_SITE_ORIGINS.get(tenant.vertical)
    if origin and not Source.objects.filter(url__startswith=origin).exists():
        sources.source_create(kind="website", name=f"{tenant.name} website (demo)", url=origin + "/", max_pages=30)
    if not FAQ.objects.exists():
        for question, answer in FAQS.get(tenant.vertical, []):
            faqs.faq_create(question=question, answer=answer)
