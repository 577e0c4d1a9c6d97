"""The chat widget's public endpoints on the tenant's host, outside the API: keyed by the widget's public key.

- `/widget/<key>.js`: the loader a website includes. Small, cacheable (ETag,
  an hour fresh, a day stale-while-revalidate); it injects a launcher and an
  iframe whose URL carries a version hash, and talks to it with postMessage
  pinned to this host's origin.
- `/widget/<key>/frame/?origin=<site>`: the chat inside the iframe; refused
  unless the site is one of the widget's allowed domains, and only framable
  by that site (CSP frame-ancestors).
- `/widget/<key>/session|messages|lead|human|rating`: JSON. Browsers must send
  an `Origin` that is either an allowed site (CORS) or this host itself, in
  which case the iframe names its parent site in `X-Widget-Origin`, which
  must be allowed too.
- `/widget/assets/<name>.<hash>.<ext>`: the iframe's script and styles,
  cached for a year (the hash changes with the content).
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt

from billing.limits import LimitExceeded
from knowledge.models import ChatWidget
from knowledge.services import widget as widgets
from tenants.request_utils import client_ip
from voiceplatform.boundary import load_json
from voiceplatform.errors import field_errors, json_error

ASSET_DIR = Path(settings.BASE_DIR) / "static" / "widget"
ASSET_TYPES = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8"}
LOADER_MAX_AGE = 3600
YEAR = 31536000


@functools.cache
def _asset(name: str) -> tuple[str, str]:
    """(content, short content hash) of a widget asset, read once per process."""
    text = (ASSET_DIR / name).read_text()
    return text, hashlib.sha256(text.encode()).hexdigest()[:12]


def asset_url(name: str) -> str:
    stem, ext = name.rsplit(".", 1)
    return f"/widget/assets/{stem}.{_asset(name)[1]}.{ext}"


def own_origin(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _widget(key: str) -> ChatWidget:
    widget = widgets.widget_by_key(key)
    if widget is None:
        raise Http404("No such widget.")
    return widget


def _parent_allowed(request, widget: ChatWidget, parent: str) -> bool:
    return parent == own_origin(request) or widgets.origin_allowed(widget, parent)


def _origin_refusal(request, widget: ChatWidget) -> JsonResponse | None:
    """Why this browser request may not use the widget (None when it may)."""
    origin = request.headers.get("Origin", "")
    if origin and origin == own_origin(request):
        parent = request.headers.get("X-Widget-Origin", "")
        if not _parent_allowed(request, widget, parent):
            return json_error("origin_not_allowed", "This site is not allowed to use this chat widget.", 403)
        return None
    if origin:
        if not widgets.origin_allowed(widget, origin):
            return json_error("origin_not_allowed", "This site is not allowed to use this chat widget.", 403)
        return None
    # No Origin: only a same-origin GET from the widget's own frame (browsers always send Origin on POST).
    if request.method != "GET" or request.headers.get("Sec-Fetch-Site", "same-origin") != "same-origin":
        return json_error("origin_required", "Requests must come from a browser page that sends Origin.", 403)
    if not _parent_allowed(request, widget, request.headers.get("X-Widget-Origin", "")):
        return json_error("origin_not_allowed", "This site is not allowed to use this chat widget.", 403)
    return None


def _cors(response, request, widget: ChatWidget):
    origin = request.headers.get("Origin", "")
    if origin and origin != own_origin(request) and widgets.origin_allowed(widget, origin):
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Content-Type, X-Widget-Origin"
        response["Access-Control-Max-Age"] = "600"
    response["Vary"] = "Origin"
    response["Cache-Control"] = "no-store"
    return response


def _body(request, allowed: set[str]) -> dict:
    try:
        data = load_json(request.body or b"{}")
    except ValueError as exc:
        raise ValidationError({"body": str(exc)}) from exc
    if not isinstance(data, dict):
        raise ValidationError({"body": "Send a JSON object."})
    unknown = set(data) - allowed
    if unknown:
        raise ValidationError(dict.fromkeys(sorted(unknown), "Unknown field."))
    return data


def widget_endpoint(allowed_fields: set[str], methods: tuple[str, ...] = ("POST",)):
    """Key lookup, preflight, origin check, JSON body, errors as the JSON envelope, CORS on every answer."""

    def decorate(handler):
        @csrf_exempt
        @functools.wraps(handler)
        def view(request, key):
            widget = widgets.widget_by_key(key)
            if widget is None:
                return json_error("not_found", "There is no such chat widget.", 404)
            if request.method == "OPTIONS":  # a CORS preflight: only allowed sites get an answer
                if not widgets.origin_allowed(widget, request.headers.get("Origin", "")):
                    return json_error("origin_not_allowed", "This site is not allowed to use this chat widget.", 403)
                return _cors(HttpResponse(status=204), request, widget)
            if request.method not in methods:
                return _cors(json_error("method_not_allowed", "This method is not allowed here.", 405), request, widget)
            refusal = _origin_refusal(request, widget)
            if refusal is not None:
                return refusal
            try:
                data = _body(request, allowed_fields) if request.method == "POST" else {}
                response = handler(request, widget, data)
            except widgets.RateLimited as exc:
                response = json_error("rate_limited", exc.message, 429, **{"Retry-After": str(exc.retry_after)})
            except LimitExceeded:
                response = json_error("unavailable", "Chat is not available right now. Please call us instead.", 403)
            except ValidationError as exc:
                response = json_error("invalid", "Please check what you sent.", 400, fields=field_errors(exc))
            return _cors(response, request, widget)

        return view

    return decorate


def _ip(request) -> str:
    return client_ip(request) or "unknown"


@widget_endpoint({"visitor_id"})
def session(request, widget, data):
    """Start or resume: a returning visitor (known id) gets their conversation back."""
    visitor_id = data.get("visitor_id") or ""
    if not isinstance(visitor_id, str) or not widgets.VISITOR_ID.match(visitor_id):
        visitor_id = widgets.new_visitor_id()
    conversation = widgets.visitor_conversation(widget, visitor_id)
    return JsonResponse(
        {
            "visitor_id": visitor_id,
            "config": widgets.public_config(widget),
            "conversation": widgets.conversation_payload(conversation),
        }
    )


@widget_endpoint({"visitor_id", "text"}, methods=("GET", "POST"))
def messages(request, widget, data):
    if request.method == "GET":
        visitor_id = widgets.visitor_id_clean(request.GET.get("visitor_id"))
        try:
            after = max(0, int(request.GET.get("after") or 0))
        except ValueError as exc:
            raise ValidationError({"after": "Give a message id."}) from exc
        conversation = widgets.visitor_conversation(widget, visitor_id)
        return JsonResponse({"conversation": widgets.conversation_payload(conversation, after=after)})
    conversation, added = widgets.visitor_message(
        widget=widget, visitor_id=data.get("visitor_id"), text=data.get("text"), ip=_ip(request)
    )
    payload = widgets.conversation_payload(conversation)
    payload["messages"] = [widgets.message_payload(m) for m in added]
    return JsonResponse({"conversation": payload})


@widget_endpoint({"visitor_id", "fields", "consent"})
def lead(request, widget, data):
    consent = data.get("consent", False)
    if not isinstance(consent, bool):
        raise ValidationError({"consent": "Yes or no."})
    result = widgets.visitor_lead(
        widget=widget,
        visitor_id=data.get("visitor_id"),
        fields=data.get("fields") or {},
        consent=consent,
        ip=_ip(request),
    )
    return JsonResponse({"saved": True, "created": result.created}, status=201 if result.created else 200)


@widget_endpoint({"visitor_id"})
def human(request, widget, data):
    conversation = widgets.visitor_request_human(widget=widget, visitor_id=data.get("visitor_id"), ip=_ip(request))
    return JsonResponse({"conversation": widgets.conversation_payload(conversation)})


@widget_endpoint({"visitor_id", "rating", "comment"})
def rating(request, widget, data):
    widgets.visitor_rate(
        widget=widget, visitor_id=data.get("visitor_id"), rating=data.get("rating"), comment=data.get("comment", "")
    )
    return JsonResponse({"rated": True})


def loader_source(request, widget: ChatWidget) -> str:
    template, _ = _asset("loader.js")
    frame_version = widgets.config_version(widget, _asset("frame.js")[1], _asset("frame.css")[1])
    config = {
        "k": widget.public_key,
        "o": own_origin(request),
        "f": f"{own_origin(request)}/widget/{widget.public_key}/frame/?v={frame_version}",
        "p": widget.position,
        "c": widget.primary_color,
        "t": widget.title,
    }
    return template.replace("__CONFIG__", json.dumps(config, separators=(",", ":")).replace("<", "\\u003c"))


def loader(request, key):
    widget = _widget(key)
    source = loader_source(request, widget)
    etag = '"' + hashlib.sha256(source.encode()).hexdigest()[:16] + '"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(source, content_type="text/javascript; charset=utf-8")
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={LOADER_MAX_AGE}, stale-while-revalidate=86400"
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def asset(request, name, version, ext):
    filename = f"{name}.{ext}"
    if ext not in ASSET_TYPES or filename not in ("frame.js", "frame.css"):
        raise Http404("No such asset.")
    content, digest = _asset(filename)
    if version != digest:
        raise Http404("No such version.")
    response = HttpResponse(content, content_type=ASSET_TYPES[ext])
    response["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    return response


def _frame_csp(parent: str, widget: ChatWidget) -> str:
    images = "'self' data:"
    if widget.avatar_url:
        images += f" https://{urlsplit(widget.avatar_url).netloc}"
    return (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {images}; connect-src 'self'; frame-ancestors {parent}; base-uri 'none'; form-action 'none'"
    )


@xframe_options_exempt
def frame(request, key):
    widget = _widget(key)
    parent = request.GET.get("origin", "").strip()
    if not parent or not _parent_allowed(request, widget, parent):
        response = render(
            request,
            "knowledge/widget_refused.html",
            {"message": "This chat is not enabled for this website."},
            status=403,
        )
        response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *"
        return response
    context = {
        "widget": widget,
        "config": widgets.public_config(widget) | {"key": widget.public_key, "parent": parent},
        "script": asset_url("frame.js"),
        "styles": asset_url("frame.css"),
    }
    response = render(request, "knowledge/widget_frame.html", context)
    response["Content-Security-Policy"] = _frame_csp(parent, widget)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
