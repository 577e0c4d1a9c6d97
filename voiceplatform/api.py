"""API conventions shared by every app: the input boundary, pagination, one error shape, the viewset base.

Every error answers `{"error": {"code": ..., "message": ..., "fields": {...}}}`
so integrators write one handler. Django ValidationErrors raised by services
become 400s with field messages.
"""

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions, serializers, status
from rest_framework.fields import SkipField
from rest_framework.pagination import PageNumberPagination
from rest_framework.relations import PKOnlyObject, PrimaryKeyRelatedField, RelatedField
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


class DirectColumnsMixin:
    """For read-only model serializers used in lists: plain columns are read straight from the row.

    DRF resolves every field of every row through `Field.get_attribute` (a walk
    of the source path with callable checks and exception handling); on a page
    of 50 rows of 20-30 fields that was most of the serialisation. A field whose
    source is one concrete column of the model is `getattr(row, column)` (a
    foreign key shown as its id: the `_id` column), decided once per serializer.
    Values still go through each field's `to_representation` and every other
    field through DRF's own path, so the output is exactly DRF's.
    """

    def _columns(self) -> list:
        plan = getattr(self, "_column_plan", None)
        if plan is None:
            plan = self._column_plan = [(field, _column_for(self.Meta.model, field)) for field in self._readable_fields]
        return plan

    def to_representation(self, instance):
        ret = {}
        for field, column in self._columns():
            if column is None:  # DRF's path (serializers.Serializer.to_representation)
                try:
                    attribute = field.get_attribute(instance)
                except SkipField:
                    continue
                check_for_none = attribute.pk if isinstance(attribute, PKOnlyObject) else attribute
                ret[field.field_name] = None if check_for_none is None else field.to_representation(attribute)
                continue
            attname, is_key = column
            value = getattr(instance, attname)
            if value is None or is_key:
                ret[field.field_name] = value
            else:
                ret[field.field_name] = field.to_representation(value)
        return ret


def own_columns(serializer_class, through: str = "") -> list[str]:
    """The serializer's fields that are columns of its model, for `.only()`, so a list reads no other column
    (what its computed fields read is named beside it); `through` prefixes them for a related model."""
    model = serializer_class.Meta.model
    prefix = f"{through}__" if through else ""
    names = []
    for name in serializer_class.Meta.fields:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.concrete and not field.many_to_many:
            names.append(prefix + name)
    return names


def _column_for(model, field) -> tuple[str, bool] | None:
    """(column attribute, is a foreign key id) when `field` shows one concrete column of `model` as DRF would."""
    if len(field.source_attrs) != 1 or isinstance(
        field, (serializers.BaseSerializer, serializers.SerializerMethodField)
    ):
        return None
    try:
        model_field = model._meta.get_field(field.source_attrs[0])
    except FieldDoesNotExist:
        return None
    if not model_field.concrete or model_field.many_to_many:
        return None
    if model_field.is_relation:
        plain_id = (
            isinstance(field, PrimaryKeyRelatedField) and field.pk_field is None and field.use_pk_only_optimization()
        )
        return (model_field.attname, True) if plain_id else None
    if isinstance(field, RelatedField):
        return None
    return (model_field.attname, False)


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
