"""Reads for the public site and the wizard."""

from __future__ import annotations

from billing.models import Plan
from onboarding.models import OnboardingProgress
from tenants.roles import Perm
from tenants.verticals import all_templates


def public_plans():
    return Plan.objects.filter(is_active=True).order_by("sort_order", "monthly_price")


def site_verticals() -> list:
    """The vertical templates in the order the site lists them, each with its URL slug."""
    return [{"slug": key.replace("_", "-"), "template": template} for key, template in all_templates().items()]


def vertical_by_slug(slug: str):
    return next((v for v in site_verticals() if v["slug"] == slug), None)


def progress_for(tenant) -> OnboardingProgress:
    progress, _ = OnboardingProgress.objects.get_or_create(tenant=tenant)
    return progress


def wizard_setup_item(tenant) -> list[dict]:
    """The home checklist's first line: the five-minute guide, until it is finished or skipped."""
    progress = OnboardingProgress.objects.filter(tenant=tenant).first()
    finished = progress is not None and progress.finished
    return [
        {
            "label": "Set up your receptionist (5-minute guide)",
            "done": finished,
            "detail": (
                "Finished."
                if progress is not None and progress.completed_at
                else "Skipped: open it again any time."
                if finished
                else "Your industry, your website, a test conversation, then go live."
            ),
            "url_name": "onboarding:wizard",
            "perm": Perm.MANAGE_SETTINGS,
        }
    ]
