"""API conventions shared by every app: the input boundary, pagination, one error shape, the viewset base.

Every error answers `{"error": {"code": ..., "message": ..., "fields": {...}}}`
so integrators write one handler. Django ValidationErrors raised by services
become 400s with field messages.
"""

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param
from rest_framework.views import exception_handler as drf_exception_handler

from voiceplatform.errors import FORM, Conflict, field_errors
from voiceplatform.links import request_url


class Pagination(PageNumberPagination):
    """Page links point where the platform is served (PUBLIC_SCHEME/PUBLIC_PORT), not at the Host header."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 200

    def get_next_link(self):
        if not self.page.has_next():
            return None
        return replace_query_param(request_url(self.request), self.page_query_param, self.page.next_page_number())

    def get_previous_link(self):
        if not self.page.has_previous():
            return None
        url = request_url(self.request)
        number = self.page.previous_page_number()
        if number == 1:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, number)


class ConflictError(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The request conflicts with the current state."
    default_code = "conflict"


def _fields_from(detail) -> dict:
    if isinstance(detail, dict):
        return {
            key: [str(item) for item in (value if isinstance(value, list) else [value])]
            if not isinstance(value, dict)
            else _fields_from(value)
            for key, value in detail.items()
        }
    return {}


def _message_from(detail, default: str) -> str:
    if isinstance(detail, list) and detail:
        return str(detail[0])
    if isinstance(detail, str):
        return detail
    if isinstance(detail, dict):
        return "Some fields are invalid."
    return default


def error_response(code: str, message: str, http_status: int, fields: dict | None = None) -> Response:
    return Response({"error": {"code": code, "message": message, "fields": fields or {}}}, status=http_status)


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        detail = field_errors(exc)
        detail["non_field_errors"] = detail.pop(FORM, None)
        exc = exceptions.ValidationError({key: value for key, value in detail.items() if value})
    elif isinstance(exc, Conflict):
        exc = ConflictError(str(exc))
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = exc.detail if isinstance(exc, exceptions.APIException) else None
    if isinstance(exc, exceptions.ValidationError):
        fields = _fields_from(detail)
        message = getattr(exc, "message", None) or _message_from(detail, "Invalid input.")
        if isinstance(detail, list):
            fields = {"non_field_errors": [str(d) for d in detail]}
        code = "invalid"
    else:
        fields = {}
        message = _message_from(detail, "Request failed.")
        code = getattr(exc, "default_code", "error")
        if isinstance(detail, exceptions.ErrorDetail):
            code = detail.code or code
    if response.status_code == status.HTTP_401_UNAUTHORIZED:
        code = "not_authenticated" if code in ("not_authenticated", "error") else "authentication_failed"
    response.data = {"error": {"code": code, "message": message, "fields": fields}}
    return response
