"""Turning a Django ValidationError into what a form or a machine reads, in one way for every app.

Portal views show `field_errors(exc)` beside the fields (messages about the
whole form under "form", since templates cannot read `__all__`), or
`error_text(exc)` in a banner. Provider hooks and other plain-Django JSON
endpoints answer with `json_error`, the same envelope as the API.
"""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import JsonResponse

FORM = "form"


class Conflict(Exception):
    """A use case cannot proceed because of the current state (answered 409 by the API)."""


def field_errors(exc: ValidationError) -> dict[str, list[str]]:
    """Field name -> messages; errors about the whole form under "form"."""
    if not hasattr(exc, "error_dict"):
        return {FORM: list(exc.messages)}
    errors = {field: list(messages) for field, messages in exc.message_dict.items()}
    if NON_FIELD_ERRORS in errors:
        errors[FORM] = errors.pop(NON_FIELD_ERRORS) + errors.get(FORM, [])
    return errors


def error_messages(exc: ValidationError) -> list[str]:
    """Every message, fields first in their order, for one banner each."""
    return [message for messages in field_errors(exc).values() for message in messages]


def error_text(exc: ValidationError) -> str:
    """Every message in one line, for a banner or a log."""
    return " ".join(error_messages(exc))


def json_error(code: str, message: str, status: int, fields: dict | None = None, **headers) -> JsonResponse:
    """`{"error": {"code", "message", "fields"}}` from a plain Django view (hooks, middleware)."""
    response = JsonResponse({"error": {"code": code, "message": message, "fields": fields or {}}}, status=status)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response
