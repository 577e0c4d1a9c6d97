"""Middleware of the platform: tenant by host (any letter case), the request boundary, CSP."""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django_tenants.middleware.main import TenantMainMiddleware

from voiceplatform.boundary import refused_text
from voiceplatform.errors import json_error

# Paths answered to programs: errors are the JSON envelope, never an HTML page.
MACHINE_PREFIXES = ("/api/", "/hooks/")
# Most bytes read and thrown away from a refused body, so the client gets the 413 instead of a reset.
DRAIN_LIMIT = 64 * 1024 * 1024
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
ERROR_PAGES = {
    400: ("invalid_request", "The request is malformed."),
    403: ("permission_denied", "You do not have permission to do this."),
    404: ("not_found", "There is no such resource."),
    405: ("method_not_allowed", "This method is not allowed here."),
    500: ("server_error", "The server failed; the error has been logged."),
}


class TenantMiddleware(TenantMainMiddleware):
    """django-tenants' host lookup, with hosts compared in lower case (`ACME.localhost` is acme's),
    answered from a short per-process cache (`tenants.host_cache`) instead of a query per request."""

    @staticmethod
    def hostname_from_request(request):
        return TenantMainMiddleware.hostname_from_request(request).lower()

    def get_tenant(self, domain_model, hostname):
        from tenants.host_cache import tenant_for_host

        return tenant_for_host(hostname)


class RequestBoundaryMiddleware:
    """What no view should have to check: body size, query strings and form posts PostgreSQL cannot store.

    Bodies over the limit answer 413 (JSON envelope on the API and hooks, a
    page on the portal) after the body is drained, so clients read the answer
    instead of a dropped connection. API answers are never cached.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        machine = request.path.startswith(MACHINE_PREFIXES)
        try:
            response = self._refusal(request, machine) or self.get_response(request)
        except RequestDataTooBig:
            response = self._refuse(request, machine, 413, "too_large", "The request body is too large.")
        except TooManyFieldsSent:
            response = self._refuse(request, machine, 400, "invalid_request", "The form has too many fields.")
        if request.path.startswith("/api/"):
            response = self._as_envelope(response)
            patch_cache_control(response, no_store=True)
        return response

    @staticmethod
    def _as_envelope(response):
        """Django's own error pages (no such route, bad request) become the API's JSON envelope."""
        if response.status_code < 400 or response.get("Content-Type", "").startswith("application/json"):
            return response
        code, message = ERROR_PAGES.get(response.status_code, ("error", "The request failed."))
        return json_error(code, message, response.status_code)

    def _refusal(self, request, machine):
        length_header = request.META.get("CONTENT_LENGTH") or "0"
        try:
            length = int(length_header)
        except ValueError:
            return self._refuse(request, machine, 400, "invalid_request", "Content-Length is not a number.")
        content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        upload = content_type == "multipart/form-data"
        limit = settings.MAX_UPLOAD_BYTES if upload else settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if length > limit:
            self._drain(request, length)
            message = f"The request body is larger than {limit} bytes."
            return self._refuse(request, machine, 413, "too_large", message)
        reason = self._query_refusal(request)
        if reason:
            return self._refuse(request, machine, 400, "invalid_request", reason)
        if length and request.path.startswith("/api/") and request.method in WRITE_METHODS and not content_type:
            return self._refuse(request, machine, 415, "unsupported_media_type", "Send the body as application/json.")
        form = content_type in ("application/x-www-form-urlencoded", "multipart/form-data")
        if request.method == "POST" and form and not request.path.startswith("/api/"):
            for key, values in request.POST.lists():
                reason = next(filter(None, (refused_text(text) for text in (key, *values))), None)
                if reason:
                    return self._refuse(request, machine, 400, "invalid_request", f"{key}: {reason}")
        return None

    @staticmethod
    def _query_refusal(request) -> str | None:
        for name, raw in (("path", request.META.get("PATH_INFO", "")), ("query", request.META.get("QUERY_STRING", ""))):
            if "\x00" in raw:
                return f"The {name} may not contain NUL characters."
        raw_query = unquote_to_bytes(request.META.get("QUERY_STRING", "").replace("+", " "))
        if b"\x00" in raw_query:
            return "The query may not contain NUL characters."
        try:
            raw_query.decode("utf-8")
        except UnicodeDecodeError:
            return "The query is not valid UTF-8."
        return None

    @staticmethod
    def _drain(request, length: int) -> None:
        stream = request.META.get("wsgi.input")
        remaining = min(length, DRAIN_LIMIT)
        try:
            while remaining > 0 and stream is not None:
                chunk = stream.read(min(remaining, 256 * 1024))
                if not chunk:
                    break
                remaining -= len(chunk)
        except (OSError, SuspiciousOperation):
            return

    @staticmethod
    def _refuse(request, machine: bool, status: int, code: str, message: str, **headers):
        if machine:
            return json_error(code, message, status, **headers)
        response = render(request, "bad_request.html", {"message": message, "status": status}, status=status)
        for name, value in headers.items():
            response[name] = value
        return response


class ContentSecurityPolicyMiddleware:
    """Content-Security-Policy header on every response (Django 5.2 has none built in)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response
