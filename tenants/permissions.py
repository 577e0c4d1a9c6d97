"""Permission checks for the API and the portal, both backed by tenants.roles."""

from django.contrib.auth.mixins import AccessMixin
from django.core.exceptions import ImproperlyConfigured
from django.shortcuts import render
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.permissions import SAFE_METHODS, BasePermission

from tenants.models import ApiKey
from tenants.roles import Perm, can


def request_membership(request):
    """The membership of the request's user in the request's tenant (or None)."""
    return getattr(getattr(request, "_request", request), "membership", None)


def api_key_scope(request) -> str | None:
    auth = getattr(request, "auth", None)
    return auth.scope if isinstance(auth, ApiKey) else None


def required_perm(view, request) -> Perm:
    """A view declares `action_perms` ({action: Perm}) and/or `write_perm`."""
    action = getattr(view, "action", None)
    action_perms = getattr(view, "action_perms", {})
    if action in action_perms:
        return action_perms[action]
    if request.method in SAFE_METHODS:
        return getattr(view, "read_perm", Perm.VIEW)
    perm = getattr(view, "write_perm", None)
    if perm is None:
        raise ImproperlyConfigured(f"{type(view).__name__} must declare write_perm or action_perms")
    return perm


class HasTenantPermission(BasePermission):
    """Member of this tenant, with a role (and key scope) that allows the action."""

    message = "Your role does not allow this."

    def has_permission(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return False
        membership = request_membership(request)
        if membership is None or not membership.is_active:
            self.message = "You are not a member of this tenant."
            return False
        method = request.method.lower()
        if method not in view.http_method_names or not hasattr(view, method):
            raise MethodNotAllowed(request.method)
        perm = required_perm(view, request)
        scope = api_key_scope(request)
        if scope == ApiKey.Scope.READ and request.method not in SAFE_METHODS:
            self.message = "This API key is read-only."
            return False
        return can(membership, perm, scope=scope)


class PortalPermissionMixin(AccessMixin):
    """Portal views: signed in, a member of this tenant, and allowed `required_perm`.

    Unsafe methods use `write_perm` when the view sets one.
    """

    required_perm: Perm = Perm.VIEW
    write_perm: Perm | None = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        membership = request_membership(request)
        if membership is None or not membership.is_active:
            return render(request, "portal/no_access.html", {"reason": "not_member"}, status=403)
        perm = self.required_perm
        if request.method not in ("GET", "HEAD", "OPTIONS") and self.write_perm is not None:
            perm = self.write_perm
        if not can(membership, perm):
            return render(request, "portal/no_access.html", {"reason": "role"}, status=403)
        self.membership = membership
        return super().dispatch(request, *args, **kwargs)
