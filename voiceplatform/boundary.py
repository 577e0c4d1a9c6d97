"""The input boundary of the API: one place that decides what a request body may be.

Every API body passes one of the parsers below (JSON everywhere; multipart
only on the upload endpoints that declare it). They bound size and depth,
refuse text PostgreSQL cannot store (NUL, lone surrogates), accept only a
JSON object, and refuse fields the operation does not document, so a typo
never looks like success. `voiceplatform.middleware.RequestBoundaryMiddleware`
does the byte-level part before any view runs (size, query strings, portal
form posts); provider hooks parse their JSON with `load_json`.

This module must not import rest_framework.views: DRF reads the parser
classes named in settings while that module loads.
"""

import json
import threading

from django.conf import settings
from rest_framework import exceptions, parsers, status

MAX_JSON_DEPTH = 32


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "The request body is too large."
    default_code = "too_large"


class UnknownFields(exceptions.ValidationError):
    """Fields the operation does not document; the message names them as Stripe does."""

    def __init__(self, names):
        names = sorted(names)
        super().__init__({name: ["Unknown field."] for name in names})
        self.message = f"Received unknown parameter(s): {', '.join(names)}."


def refused_text(value: str) -> str | None:
    """Why PostgreSQL could not store `value` (None when it can)."""
    if "\x00" in value:
        return "Text may not contain NUL characters."
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "Text must be valid Unicode (no lone surrogates)."
    return None


def check_structure(data, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Raise ValueError when `data` nests deeper than `max_depth` or holds text that cannot be stored."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            reason = refused_text(value)
            if reason:
                raise ValueError(reason)
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > max_depth:
            raise ValueError(f"The JSON nests deeper than {max_depth} levels.")
        if isinstance(value, dict):
            stack.extend((key, depth) for key in value)
            stack.extend((item, depth + 1) for item in value.values())
        else:
            stack.extend((item, depth + 1) for item in value)


def _no_constant(name):
    raise ValueError(f"{name} is not valid JSON.")


def load_json(raw: bytes | str, max_depth: int = MAX_JSON_DEPTH):
    """Parse JSON from a client or a provider: ValueError (never RecursionError) for anything unsafe."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError as exc:
        raise ValueError(f"The JSON nests deeper than {max_depth} levels.") from exc
    except UnicodeDecodeError as exc:
        raise ValueError("The body is not UTF-8.") from exc
    except ValueError as exc:
        raise ValueError(f"The body is not valid JSON: {exc}") from exc
    check_structure(data, max_depth)
    return data


class JSONParser(parsers.JSONParser):
    """JSON objects only, bounded in size and depth, storable text, documented fields only."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raw = stream.read(limit + 1) if stream is not None else b""
        if limit is not None and len(raw) > limit:
            raise RequestTooLarge(f"The JSON body is larger than {limit} bytes.")
        try:
            data = load_json(raw)
        except ValueError as exc:
            raise exceptions.ParseError(str(exc)) from exc
        if not isinstance(data, dict):
            raise exceptions.ParseError("The body must be a JSON object.")
        refuse_unknown_fields(data.keys(), parser_context)
        return data


class MultiPartParser(parsers.MultiPartParser):
    """File uploads: the same text and documented-field rules for the form fields beside the file."""

    def parse(self, stream, media_type=None, parser_context=None):
        parsed = super().parse(stream, media_type, parser_context)
        for key, values in parsed.data.lists():
            for text in (key, *values):
                reason = refused_text(text)
                if reason:
                    raise exceptions.ValidationError({key: [reason]})
        refuse_unknown_fields([*parsed.data.keys(), *parsed.files.keys()], parser_context)
        return parsed


def refuse_unknown_fields(names, parser_context) -> None:
    view = (parser_context or {}).get("view")
    request = (parser_context or {}).get("request")
    if view is None or request is None:
        return
    allowed = schema_catalogue.body_fields(view, request.method)
    if allowed is None:
        return
    unknown = set(names) - allowed
    if unknown:
        raise UnknownFields(unknown)


class SchemaCatalogue:
    """Body fields each operation documents in the OpenAPI schema, read once per process.

    The schema is the contract, so the fields it documents are the fields a
    write accepts; a new endpoint is covered as soon as it is in the schema.
    """

    def __init__(self):
        self._fields: dict | None = None
        self._lock = threading.Lock()

    def body_fields(self, view, method: str) -> frozenset | None:
        """Documented body fields of this view's operation; None when free-form or not in the schema."""
        if self._fields is None:
            with self._lock:
                if self._fields is None:
                    self._fields = self._build()
        return self._fields.get((type(view), getattr(view, "action", None), method.upper()))

    @staticmethod
    def _build() -> dict:
        # Imported here: drf-spectacular reads the REST_FRAMEWORK settings, which name this module.
        from drf_spectacular.generators import SchemaGenerator

        class EndpointRecorder(SchemaGenerator):
            """The schema generator, remembering which view instance produced each operation."""

            def _get_paths_and_endpoints(self):
                self.recorded = super()._get_paths_and_endpoints()
                return self.recorded

        generator = EndpointRecorder()
        schema = generator.get_schema(request=None, public=True)
        components = schema.get("components", {}).get("schemas", {})
        fields = {}
        for path, _regex, method, view in generator.recorded:
            operation = schema["paths"].get(path if path.startswith("/") else "/" + path, {}).get(method.lower())
            if operation is None:
                continue
            key = (type(view), getattr(view, "action", None), method.upper())
            accepted = _documented_names(operation.get("requestBody"), components)
            if accepted is not None:
                accepted |= _response_names(operation, components)
            fields[key] = accepted
        return fields


def _resolve(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema


def _documented_names(body: dict | None, components: dict) -> frozenset | None:
    """Property names of the request body (None when it is free-form)."""
    if not body:
        return frozenset()
    names: set[str] = set()
    for content in body.get("content", {}).values():
        schema = _resolve(content.get("schema", {}), components)
        if "properties" not in schema or schema.get("additionalProperties"):
            return None
        names.update(schema["properties"])
    return frozenset(names)


def _response_names(operation: dict, components: dict) -> frozenset:
    """Read-only fields of the resource the operation answers with: a client may send back what it read."""
    names: set[str] = set()
    for code, response in operation.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        for content in response.get("content", {}).values():
            names.update(_resolve(content.get("schema", {}), components).get("properties", {}))
    return frozenset(names)


schema_catalogue = SchemaCatalogue()
