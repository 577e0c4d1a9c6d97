"""The onboarding wizard on the workspace host, and the signup login handoff that leads to it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views import View

from knowledge.services.widget import snippet_for
from onboarding import selectors
from onboarding.models import STEPS
from onboarding.services import signup as signup_service
from onboarding.services import wizard
from tenants.models import Tenant
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm
from tenants.verticals import all_templates
from voiceplatform.errors import Conflict, field_errors

STEP_LABELS = {
    "industry": "Your industry",
    "website": "Your website",
    "scan": "Reading it",
    "preview": "Try it",
    "live": "Go live",
}


def handoff(request, token: str):
    """Signup's single-use link: signs the new owner in here and opens the wizard."""
    membership = signup_service.handoff_redeem(request, token)
    if membership is None:
        return render(request, "onboarding/handoff_invalid.html", status=400)
    return redirect("onboarding:wizard")


class WizardView(PortalPermissionMixin, View):
    """Base of every step: the owner or an admin, with the progress row loaded."""

    required_perm = Perm.MANAGE_SETTINGS
    step = ""
    template = ""

    def dispatch(self, request, *args, **kwargs):
        self.progress = None
        return super().dispatch(request, *args, **kwargs)

    def load(self):
        if self.progress is None:
            self.progress = selectors.progress_for(self.request.tenant)
        return self.progress

    def context(self, **extra) -> dict:
        progress = self.load()
        steps = [
            {"key": key, "label": STEP_LABELS[key], "done": key in progress.steps_done, "current": key == self.step}
            for key in STEPS
        ]
        return {
            "progress": progress,
            "steps": steps,
            "step": self.step,
            "next_step": wizard.step_after(self.step),
            "verified": signup_service.email_verified(self.request.user),
            **extra,
        }

    def show(self, status=200, template=None, **extra):
        return render(self.request, template or self.template, self.context(**extra), status=status)


class WizardStartView(WizardView):
    def get(self, request):
        progress = wizard.wizard_resume(progress=self.load())
        return redirect(f"onboarding:{progress.step}")


class IndustryStepView(WizardView):
    step = "industry"
    template = "onboarding/wizard/industry.html"

    def get(self, request):
        return self.show(choices=self.choices())

    def post(self, request):
        try:
            wizard.wizard_choose_industry(progress=self.load(), vertical=request.POST.get("vertical", ""))
        except ValidationError as exc:
            return self.show(status=400, choices=self.choices(), errors=field_errors(exc))
        return redirect("onboarding:website")

    def choices(self):
        templates = all_templates()
        return [
            {"value": value, "label": label, "summary": templates[value].summary if value in templates else ""}
            for value, label in Tenant.Vertical.choices
        ]


class WebsiteStepView(WizardView):
    step = "website"
    template = "onboarding/wizard/website.html"

    def get(self, request):
        return self.show()

    def post(self, request):
        try:
            wizard.wizard_add_website(progress=self.load(), url=request.POST.get("url", ""))
        except ValidationError as exc:
            return self.show(status=400, errors=field_errors(exc), url=request.POST.get("url", ""))
        return redirect("onboarding:scan")


class ScanStepView(WizardView):
    """Live progress of the first crawl: the page polls its own `#scan` fragment."""

    step = "scan"
    template = "onboarding/wizard/scan.html"

    def get(self, request):
        source = wizard.wizard_source(self.load())
        if source is not None and not source.is_busy:
            wizard.wizard_scan_seen(progress=self.progress)
        template = f"{self.template}#scan" if request.htmx else self.template
        return self.show(template=template, source=source)


class PreviewStepView(WizardView):
    step = "preview"
    template = "onboarding/wizard/preview.html"

    def get(self, request):
        return self.show()

    def post(self, request):
        question = request.POST.get("question", "")
        status, extra = 200, {"question": question}
        try:
            extra["result"] = wizard.wizard_ask(progress=self.load(), question=question)
        except ValidationError as exc:
            status, extra["errors"] = 400, field_errors(exc)
        template = f"{self.template}#answer" if request.htmx else self.template
        return self.show(status=status, template=template, **extra)


class LiveStepView(WizardView):
    """Go live: the widget snippet (filled by the chat widget's `go_live_widget`), a number, forwarding."""

    step = "live"
    template = "onboarding/wizard/live.html"

    def get(self, request):
        return self.show(number=wizard.live_number())

    def context(self, **extra) -> dict:
        widget = wizard.live_widget()
        if widget is not None:
            extra.setdefault("widget", widget)
            extra.setdefault("go_live_widget", snippet_for(widget, self.request))
        return super().context(**extra)

    def post(self, request):
        action = request.POST.get("action", "")
        if action == "finish":
            wizard.wizard_finish(progress=self.load())
            messages.success(request, "Your receptionist is set up. Welcome aboard!")
            return redirect(reverse("dashboard") + "?setup=1")
        try:
            number = wizard.wizard_claim_number(
                progress=self.load(), user=request.user, area_code=request.POST.get("area_code", "")
            )
        except ValidationError as exc:
            return self.show(status=400, number=wizard.live_number(), errors=field_errors(exc))
        except Conflict as exc:
            return self.show(status=409, number=wizard.live_number(), errors={"area_code": [str(exc)]})
        return self.show(number=number)


class SkipView(WizardView):
    def post(self, request):
        wizard.wizard_skip(progress=self.load())
        messages.info(request, "Setup skipped. You can pick it up from the checklist at any time.")
        return redirect(reverse("dashboard") + "?setup=1")


class ResendVerificationView(WizardView):
    def post(self, request):
        if signup_service.verification_resend(request, request.user):
            messages.success(request, f"We sent a new confirmation link to {request.user.email}.")
        step = request.POST.get("step")
        return redirect(f"onboarding:{step if step in STEPS else 'live'}")
