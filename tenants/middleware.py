"""Per-request tenant access: suspension, membership, impersonation expiry, MFA."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from tenants import impersonation
from tenants.models import Tenant, TenantSettings
from tenants.roles import Role
from tenants.selectors import membership_for
from tenants.templatetags.portal_format import display_country
from voiceplatform.zones import region_for_timezone

ALWAYS_ALLOWED_PREFIXES = ("/static/", "/healthz")
MFA_EXEMPT_PREFIXES = ("/accounts/", "/static/", "/impersonate/", "/invite/")


class TenantAccessMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        tenant = getattr(request, "tenant", None)
        request.membership = None
        request.impersonation = None
        if tenant is None or tenant.schema_name == settings.PUBLIC_SCHEMA_NAME:
            return self.get_response(request)

        if request.path.startswith(ALWAYS_ALLOWED_PREFIXES):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            return self._portal(request, tenant)  # the API speaks UTC ISO 8601

        # One time policy: every page renders times in the business's zone and its country's format.
        timezone.activate(tenant.zone)
        token = display_country.set(region_for_timezone(tenant.timezone))
        try:
            response = self._portal(request, tenant)
            if settings.DEBUG and response.status_code == 404 and getattr(request, "resolver_match", None) is None:
                # An unknown path: the project's own 404 page, not Django's debug list of every URL pattern.
                response = render(request, "404.html", status=404)
            return response
        finally:
            display_country.reset(token)
            timezone.deactivate()

    def _portal(self, request, tenant):
        if tenant.status == Tenant.Status.SUSPENDED:
            return self._suspended(request, tenant)

        info = impersonation.current_impersonation(request)
        if info:
            if impersonation.impersonation_expired(info):
                impersonation.impersonation_stop(request, reason="expired")
                messages.info(request, "The impersonation session has ended.")
                return redirect(settings.LOGIN_URL)
            request.impersonation = info

        request.membership = membership_for(user=request.user, tenant=tenant)
        if self._mfa_setup_required(request, tenant):
            messages.warning(
                request, "Your workspace requires two-factor authentication. Set up an authenticator app to continue."
            )
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    @staticmethod
    def _suspended(request, tenant):
        if request.path.startswith("/api/"):
            return JsonResponse(
                {
                    "error": {
                        "code": "tenant_suspended",
                        "message": "This workspace is suspended. Contact support to reactivate it.",
                        "fields": {},
                    }
                },
                status=403,
            )
        return render(request, "portal/suspended.html", {"tenant": tenant}, status=403)

    @staticmethod
    def _mfa_setup_required(request, tenant) -> bool:
        membership = request.membership
        if membership is None or membership.role not in (Role.OWNER, Role.ADMIN):
            return False
        if request.impersonation or request.path.startswith(MFA_EXEMPT_PREFIXES) or request.path.startswith("/api/"):
            return False
        if not TenantSettings.objects.filter(tenant=tenant, require_mfa=True).exists():
            return False
        return not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
