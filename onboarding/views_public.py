"""The public site on the platform host: landing, pricing, vertical pages, the calculator, signup, sign-in."""

from __future__ import annotations

import zoneinfo

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views import View

from onboarding import roi, selectors
from onboarding.services import signup as signup_service
from tenants.models import Tenant
from tenants.request_utils import client_ip
from tenants.services import tenant_url
from voiceplatform.errors import field_errors

TIMEZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})


def _render(request, template, context, status=200):
    """Every site page lists the industry pages in its footer."""
    return render(request, template, {"verticals": selectors.site_verticals(), **context}, status=status)


def _calculator(data) -> dict:
    values, errors = roi.parse(data)
    shown = {field: data.get(field) or roi.DEFAULTS[field] for field in roi.DEFAULTS}
    result = None if errors else roi.estimate(**values)
    return {"roi_values": shown, "roi_errors": errors, "roi": result}


def landing(request):
    return _render(request, "onboarding/landing.html", _calculator(request.GET))


def pricing(request):
    return _render(request, "onboarding/pricing.html", {"plans": selectors.public_plans()})


def vertical_page(request, slug: str):
    vertical = selectors.vertical_by_slug(slug)
    if vertical is None:
        raise Http404("No such industry page.")
    return _render(request, "onboarding/vertical.html", {"vertical": vertical, **_calculator(request.GET)})


def calculator(request):
    """The calculator alone: the full page without JavaScript, its result fragment for HTMX."""
    context = _calculator(request.GET)
    status = 400 if context["roi_errors"] else 200
    template = "onboarding/calculator_form.html#roi-result" if request.htmx else "onboarding/calculator.html"
    return _render(request, template, context, status=status)


def sign_in(request):
    """Workspaces sign in on their own address: find it by name and go there."""
    workspace = (request.GET.get("workspace") or "").strip().lower()
    error = ""
    if workspace:
        tenant = Tenant.objects.businesses().filter(slug=workspace).first()
        if tenant is not None:
            return HttpResponseRedirect(tenant_url(tenant, reverse("account_login")))
        error = "No workspace has that address. Check the name in your welcome email."
    return _render(
        request, "onboarding/sign_in.html", {"workspace": workspace, "error": error}, status=404 if error else 200
    )


class SignupView(View):
    def get(self, request):
        vertical = request.GET.get("vertical", "")
        return self.page(request, {"vertical": vertical if vertical in Tenant.Vertical.values else ""})

    def post(self, request):
        data = {
            "email": request.POST.get("email", ""),
            "business_name": request.POST.get("business_name", ""),
            "vertical": request.POST.get("vertical", ""),
            "timezone": request.POST.get("timezone", ""),
        }
        try:
            result = signup_service.signup(
                email=data["email"],
                password=request.POST.get("password", ""),
                business_name=data["business_name"],
                vertical=data["vertical"],
                timezone_name=data["timezone"],
                ip=client_ip(request),
                request=request,
            )
        except signup_service.SignupRefused as exc:
            return self.page(request, data, refused=str(exc), status=429)
        except ValidationError as exc:
            return self.page(request, data, errors=field_errors(exc), status=400)
        # A page, not a redirect: the CSP's form-action 'self' stops a form's redirect to another host.
        return _render(
            request, "onboarding/signup_done.html", {"tenant": result.tenant, "next_url": result.handoff_url}
        )

    def page(self, request, data, errors=None, refused="", status=200):
        context = {
            "data": data,
            "errors": errors or {},
            "refused": refused,
            "vertical_choices": Tenant.Vertical.choices,
            "timezones": TIMEZONES,
        }
        return _render(request, "onboarding/signup.html", context, status=status)
