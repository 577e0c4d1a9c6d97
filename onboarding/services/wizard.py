"""The onboarding wizard's steps: industry, website, scan, preview, go live. State in OnboardingProgress.

Each step is optional and can be revisited; the row remembers the furthest
step so the owner resumes there. Steps run on the workspace host, inside its
schema; the progress row itself lives in the public schema.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from calls.models import Agent, PhoneNumber
from calls.services.agents import agent_publish
from calls.services.numbers import number_provision
from knowledge.models import Channel, ChatWidget, Source, SourceKind
from knowledge.services import answers
from knowledge.services.sources import source_create
from knowledge.services.widget import widget_for
from onboarding.models import STEPS, OnboardingProgress
from onboarding.services.signup import email_verified
from tenants.services import apply_vertical_template

WEBSITE_MAX_PAGES = 50


def step_after(step: str) -> str:
    return STEPS[min(STEPS.index(step) + 1, len(STEPS) - 1)]


def _advance(progress: OnboardingProgress, done: str) -> OnboardingProgress:
    """Mark `done` finished and move the resume point past it (never backwards)."""
    if done not in progress.steps_done:
        progress.steps_done = [*progress.steps_done, done]
    following = step_after(done)
    if STEPS.index(following) > STEPS.index(progress.step):
        progress.step = following
    progress.save(update_fields=["steps_done", "step", "updated_at"])
    return progress


@transaction.atomic
def wizard_choose_industry(*, progress: OnboardingProgress, vertical: str) -> OnboardingProgress:
    apply_vertical_template(tenant=progress.tenant, vertical=vertical)
    return _advance(progress, "industry")


@transaction.atomic
def wizard_add_website(*, progress: OnboardingProgress, url: str) -> Source:
    """The website becomes a knowledge source and its first crawl is queued (once per address)."""
    url = (url or "").strip()
    if not url:
        raise ValidationError({"url": ["Paste your website's address, e.g. https://www.example.com/."]})
    if "://" not in url:
        url = "https://" + url
    existing = wizard_source(progress)
    if existing is not None and existing.url == url:
        source = existing
    else:
        source = source_create(kind=SourceKind.WEBSITE, url=url, max_pages=WEBSITE_MAX_PAGES)
    progress.website_url = source.url
    progress.source_id = source.pk
    progress.save(update_fields=["website_url", "source_id", "updated_at"])
    _advance(progress, "website")
    return source


def wizard_source(progress: OnboardingProgress) -> Source | None:
    return Source.objects.filter(pk=progress.source_id).first() if progress.source_id else None


def wizard_scan_seen(*, progress: OnboardingProgress) -> OnboardingProgress:
    return _advance(progress, "scan")


def wizard_ask(*, progress: OnboardingProgress, question: str):
    """Ask the receptionist as a visitor would; the answer carries its citations."""
    agent = receptionist()
    result = answers.answer_question(question=question, agent=agent, channel=Channel.PORTAL)
    _advance(progress, "preview")
    return result


def receptionist() -> Agent | None:
    return Agent.objects.filter(purpose=Agent.Purpose.RECEPTIONIST).order_by("pk").first()


def live_widget() -> ChatWidget | None:
    """The receptionist's chat widget (created with its defaults on first use), or None before the industry step."""
    agent = receptionist()
    return widget_for(agent) if agent is not None else None


def live_number() -> PhoneNumber | None:
    return PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE).order_by("pk").first()


@transaction.atomic
def wizard_claim_number(*, progress: OnboardingProgress, user, area_code: str = "") -> PhoneNumber:
    """Publish the receptionist and give it a phone number (the workspace's first one is reused)."""
    tenant = progress.tenant
    if not email_verified(user):
        raise ValidationError({"email": ["Confirm your email address first: we sent you a link when you signed up."]})
    agent = receptionist()
    if agent is None:
        raise ValidationError({"agent": ["Choose your industry first: it sets up your receptionist."]})
    if agent.published_version_id is None or agent.has_unpublished_changes:
        agent_publish(tenant=tenant, agent=agent, actor=user, note="Onboarding")
        agent.refresh_from_db()
    number = live_number()
    if number is None:
        number = number_provision(
            tenant=tenant, area_code=area_code, inbound_agent=agent, nickname="Main line", actor=user
        )
    return number


def wizard_finish(*, progress: OnboardingProgress) -> OnboardingProgress:
    if progress.completed_at is None:
        _advance(progress, "live")
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at", "updated_at"])
    return progress


def wizard_skip(*, progress: OnboardingProgress) -> OnboardingProgress:
    if progress.skipped_at is None and progress.completed_at is None:
        progress.skipped_at = timezone.now()
        progress.save(update_fields=["skipped_at", "updated_at"])
    return progress


def wizard_resume(*, progress: OnboardingProgress) -> OnboardingProgress:
    if progress.skipped_at is not None:
        progress.skipped_at = None
        progress.save(update_fields=["skipped_at", "updated_at"])
    return progress
