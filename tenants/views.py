"""Portal pages for the workspace itself: dashboard, settings, team, API keys,
invitations and impersonation."""

import zoneinfo

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View
from django.views.decorators.http import require_POST

from tenants import impersonation, selectors, services
from tenants.hooks import home_pages
from tenants.invitations import membership_for_token
from tenants.models import ApiKey
from tenants.permissions import PortalPermissionMixin
from tenants.request_utils import client_ip
from tenants.roles import FLAGS, Perm, Role, assignable_roles, can
from tenants.services import WEEKDAYS
from voiceplatform.errors import error_messages, field_errors
from voiceplatform.links import platform_url

WEEKDAY_LABELS = dict(
    zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), strict=True)
)


class DashboardView(PortalPermissionMixin, View):
    def get(self, request):
        checklist = selectors.setup_checklist(tenant=request.tenant)
        for item in checklist:
            item["linkable"] = can(self.membership, item["perm"])
        if "setup" not in request.GET:
            remaining = [item for item in checklist if not item["done"]]
            for page in home_pages:
                response = page(request, self.membership, remaining)
                if response is not None:
                    return response
        return render(
            request,
            "portal/dashboard.html",
            {
                "checklist": checklist,
                "remaining": [item for item in checklist if not item["done"]],
            },
        )


class SettingsView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_SETTINGS

    def get(self, request, errors=None, hours=None, status=200):
        payload = services.workspace_settings_payload(request.tenant)
        hours = hours if hours is not None else payload["business_hours"]
        days = [
            {
                "key": day,
                "label": WEEKDAY_LABELS[day],
                "open": bool(hours.get(day)),
                "start": hours.get(day, [["09:00", "17:00"]])[0][0] if hours.get(day) else "09:00",
                "end": hours.get(day, [["09:00", "17:00"]])[0][1] if hours.get(day) else "17:00",
                "extra": hours.get(day, [])[1:],
            }
            for day in WEEKDAYS
        ]
        return render(
            request,
            "portal/settings.html",
            {
                "payload": payload,
                "days": days,
                "errors": errors or {},
                "timezones": sorted(zoneinfo.available_timezones()),
            },
            status=status,
        )

    def post(self, request):
        hours = {}
        for day in WEEKDAYS:
            if request.POST.get(f"{day}_open"):
                ranges = [[request.POST.get(f"{day}_start", ""), request.POST.get(f"{day}_end", "")]]
                extra_starts = request.POST.getlist(f"{day}_extra_start")
                extra_ends = request.POST.getlist(f"{day}_extra_end")
                ranges += [[s, e] for s, e in zip(extra_starts, extra_ends, strict=False) if s and e]
                hours[day] = ranges
            else:
                hours[day] = []
        try:
            services.tenant_update_settings(
                tenant=request.tenant,
                actor=request.user,
                ip_address=client_ip(request),
                name=request.POST.get("name", ""),
                timezone=request.POST.get("timezone", ""),
                business_hours=hours,
                require_mfa=bool(request.POST.get("require_mfa")),
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), hours=hours, status=400)
        messages.success(request, "Settings saved.")
        return redirect("settings")


class TeamView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_TEAM

    def get(self, request, errors=None, status=200):
        return render(
            request,
            "portal/team.html",
            {
                "members": selectors.team_for(tenant=request.tenant),
                "roles": [
                    (value, label) for value, label in Role.choices if value in assignable_roles(self.membership)
                ],
                "all_roles": Role.choices,
                "flags": FLAGS,
                "errors": errors or {},
                "form_values": request.POST if errors else {},
            },
            status=status,
        )

    def post(self, request):
        try:
            membership = services.member_invite(
                tenant=request.tenant,
                email=request.POST.get("email", ""),
                role=request.POST.get("role", ""),
                actor_membership=self.membership,
                flags={flag: bool(request.POST.get(flag)) for flag in FLAGS if flag in request.POST},
                ip_address=client_ip(request),
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        messages.success(request, f"Invitation sent to {membership.user.email}.")
        return redirect("team")


class TeamMemberView(PortalPermissionMixin, View):
    """Change a member's role and flags (POST), answered as a row for HTMX."""

    required_perm = Perm.MANAGE_TEAM

    def post(self, request, pk):
        member = get_object_or_404(selectors.team_for(tenant=request.tenant), pk=pk)
        error = None
        try:
            member = services.member_update(
                membership=member,
                actor_membership=self.membership,
                role=request.POST.get("role") or None,
                flags={flag: bool(request.POST.get(flag)) for flag in FLAGS},
                ip_address=client_ip(request),
            )
        except ValidationError as exc:
            error = "; ".join(error_messages(exc))
            member.refresh_from_db()
        if request.htmx:
            return render(
                request,
                "portal/team.html#member-row",
                {
                    "m": member,
                    "flags": FLAGS,
                    "all_roles": Role.choices,
                    "can_manage_team": True,
                    "row_error": error,
                    "row_saved": error is None,
                },
                status=400 if error else 200,
            )
        if error:
            messages.error(request, error)
        else:
            messages.success(request, f"Updated {member.user.email}.")
        return redirect("team")


class TeamMemberRemoveView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_TEAM

    def post(self, request, pk):
        member = get_object_or_404(selectors.team_for(tenant=request.tenant), pk=pk)
        try:
            services.member_remove(membership=member, actor_membership=self.membership, ip_address=client_ip(request))
        except ValidationError as exc:
            messages.error(request, "; ".join(error_messages(exc)))
        else:
            messages.success(request, f"Removed {member.user.email} from the team.")
        return redirect("team")


class ApiKeysView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_API_KEYS

    def get(self, request, errors=None, new_key=None, status=200):
        return render(
            request,
            "portal/api_keys.html",
            {
                "keys": selectors.api_keys_for(tenant=request.tenant),
                "scopes": ApiKey.Scope.choices,
                "errors": errors or {},
                "new_key": new_key,
            },
            status=status,
        )

    def post(self, request):
        try:
            issued = services.api_key_create(
                tenant=request.tenant,
                user=request.user,
                name=request.POST.get("name", ""),
                scope=request.POST.get("scope", ""),
                ip_address=client_ip(request),
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        return self.get(request, new_key=issued.secret)


class ApiKeyRevokeView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_API_KEYS

    def post(self, request, pk):
        api_key = get_object_or_404(selectors.api_keys_for(tenant=request.tenant), pk=pk)
        services.api_key_revoke(api_key=api_key, actor=request.user, ip_address=client_ip(request))
        messages.success(request, f"Revoked key {api_key.name}.")
        return redirect("api_keys")


class InvitationAcceptView(View):
    """Public: the link from the invitation email. New users choose a password here."""

    def _membership(self, request, token):
        return membership_for_token(token, request.tenant)

    def get(self, request, token, errors=None, status=200):
        membership = self._membership(request, token)
        if membership is None:
            return render(request, "portal/invitation_invalid.html", status=404)
        if membership.is_active and membership.user.has_usable_password():
            messages.info(request, "You have already joined. Sign in to continue.")
            return redirect("account_login")
        return render(
            request,
            "portal/invitation_accept.html",
            {
                "membership": membership,
                "needs_password": not membership.user.has_usable_password(),
                "errors": errors or [],
            },
            status=status,
        )

    def post(self, request, token):
        membership = self._membership(request, token)
        if membership is None:
            return render(request, "portal/invitation_invalid.html", status=404)
        password = None
        if not membership.user.has_usable_password():
            password = request.POST.get("password1", "")
            if password != request.POST.get("password2", ""):
                return self.get(request, token, errors=["The two passwords differ."], status=400)
            try:
                validate_password(password, membership.user)
            except ValidationError as exc:
                return self.get(request, token, errors=exc.messages, status=400)
        elif not (request.user.is_authenticated and request.user.pk == membership.user_id):
            services.invitation_accept(membership=membership, password=None)
            messages.success(request, f"You joined {membership.tenant.name}. Sign in with your existing password.")
            return redirect("account_login")
        membership = services.invitation_accept(membership=membership, password=password)
        login(request, membership.user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, f"Welcome to {membership.tenant.name}.")
        return redirect("dashboard")


def impersonation_start_view(request, token):
    try:
        impersonation.impersonation_start(request, token)
    except impersonation.ImpersonationError as exc:
        return render(request, "portal/no_access.html", {"reason": "impersonation", "message": str(exc)}, status=403)
    return redirect("dashboard")


@require_POST
def impersonation_stop_view(request):
    impersonation.impersonation_stop(request, reason="stopped")
    return HttpResponseRedirect(platform_url(reverse("admin:index", urlconf=settings.PUBLIC_SCHEMA_URLCONF)))
