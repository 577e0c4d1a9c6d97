"""Provider-facing endpoints on the platform host: call events, in-call functions, inbound calls.

Each one resolves the tenant from the unguessable token in its path, checks
`X-Retell-Signature` against the raw body with the key of the account that
owns the agent (rejecting unsigned, forged and stale requests with 401
before touching anything), and only then works inside the tenant's schema.
Call events are stored raw and acknowledged at once; a task applies them.
"""

from __future__ import annotations

import re
import time

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST
from django_tenants.utils import schema_context

from calls import functions, signatures
from calls.services.ingest import STORED_EVENTS, webhook_event_store
from calls.voice import FUNCTION_NAMES, HOOK_PURPOSE, signing_keys_for_agent
from tenants.selectors import tenant_for_hook_token
from voiceplatform.boundary import load_json
from voiceplatform.errors import json_error

SIGNATURE = re.compile(r"^v=\d+,d=[0-9a-f]{64}$")
CALL_ID = re.compile(r"^[A-Za-z0-9_\-]{1,100}$")


def _unauthorized() -> JsonResponse:
    return json_error("invalid_signature", "Missing, forged or stale X-Retell-Signature.", 401)


class _Rejected(Exception):
    def __init__(self, response):
        self.response = response


def _authenticate(request, agent_of, cursor=None) -> tuple:
    """(raw body, parsed JSON) of a correctly signed request, else raise _Rejected.

    Runs inside the tenant's schema (the signing key may be the tenant's own);
    pass the request's cursor so verifying and storing share one round trip
    for the search path.
    """
    signature = request.headers.get("X-Retell-Signature", "")
    if not SIGNATURE.match(signature):
        raise _Rejected(_unauthorized())
    try:
        body = request.body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Rejected(json_error("invalid_body", "The body is not UTF-8.", 400)) from exc
    try:
        payload = load_json(body)
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        payload = None
    keys = signing_keys_for_agent(agent_of(payload) if payload else None, cursor)
    if not any(signatures.verify(body, key, signature) for key in keys):
        raise _Rejected(_unauthorized())
    if payload is None:
        raise _Rejected(json_error("invalid_body", "The body is not a JSON object.", 400))
    return body, payload


# token -> (expiry, tenant or None). Providers post many events a second; a
# rotated token or a suspension takes effect within TOKEN_CACHE_SECONDS.
TOKEN_CACHE_SECONDS = 5.0
_TOKENS: dict[str, tuple[float, object]] = {}


def _tenant(token: str):
    now = time.monotonic()
    hit = _TOKENS.get(token)
    if hit is not None and hit[0] > now:
        tenant = hit[1]
    else:
        tenant = tenant_for_hook_token(token=token, purpose=HOOK_PURPOSE)
        if len(_TOKENS) > 10_000:
            _TOKENS.clear()
        _TOKENS[token] = (now + TOKEN_CACHE_SECONDS, tenant)
    if tenant is None:
        raise _Rejected(json_error("not_found", "Unknown hook.", 404))
    return tenant


def _call_agent(payload: dict) -> str | None:
    call = payload.get("call")
    return call.get("agent_id") if isinstance(call, dict) and isinstance(call.get("agent_id"), str) else None


@csrf_exempt
@require_POST
def retell_webhook(request, token):
    """Call events: verify, store raw once per (call, event), acknowledge, process in a task."""
    try:
        tenant = _tenant(token)
        with schema_context(tenant.schema_name):
            return _webhook(request, tenant)
    except _Rejected as rejected:
        return rejected.response


def _webhook(request, tenant):
    with connection.cursor() as cursor:
        return _webhook_with(request, tenant, cursor)


def _webhook_with(request, tenant, cursor):
    body, payload = _authenticate(request, _call_agent, cursor)
    if tenant.status == "suspended":
        return json_error("tenant_suspended", "This workspace is suspended.", 403)
    event = payload.get("event")
    call = payload.get("call")
    if not isinstance(event, str) or not isinstance(call, dict) or not CALL_ID.match(str(call.get("call_id", ""))):
        return json_error("invalid_body", "Expected {event, call: {call_id, ...}}.", 400)
    if event not in STORED_EVENTS:
        return JsonResponse({"ignored": event[:40]}, status=202)
    _event_id, first = webhook_event_store(event=event, call_id=call["call_id"], body=body, cursor=cursor)
    if first:
        from calls.tasks import request_drain

        request_drain()
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def retell_function(request, token, name):
    """An in-call function: answer quickly with JSON the agent can read out."""
    if name not in FUNCTION_NAMES:
        return JsonResponse({"ok": False, "error": "unknown_function", "message": "I can't do that."}, status=404)
    try:
        tenant = _tenant(token)
        with schema_context(tenant.schema_name):
            _body, payload = _authenticate(request, _call_agent)
            if tenant.status == "suspended":
                return JsonResponse(
                    {"ok": False, "error": "unavailable", "message": "Sorry, I can't help with that right now."}
                )
            return JsonResponse(functions.function_invoke(tenant=tenant, name=name, payload=payload))
    except _Rejected as rejected:
        return rejected.response


def _inbound_agent(payload: dict) -> str | None:
    inbound = payload.get("call_inbound")
    return inbound.get("agent_id") if isinstance(inbound, dict) and isinstance(inbound.get("agent_id"), str) else None


@csrf_exempt
@require_POST
def retell_inbound(request, token):
    """Before an inbound call is answered: greet known callers by name."""
    try:
        tenant = _tenant(token)
        with schema_context(tenant.schema_name):
            _body, payload = _authenticate(request, _inbound_agent)
            inbound = payload.get("call_inbound")
            if payload.get("event") != "call_inbound" or not isinstance(inbound, dict):
                return json_error("invalid_body", "Expected {event: call_inbound, call_inbound: {...}}.", 400)
            if tenant.status == "suspended":
                return json_error("tenant_suspended", "This workspace is suspended.", 403)
            answer = functions.inbound_answer(tenant=tenant, from_number=str(inbound.get("from_number") or ""))
            return JsonResponse({"call_inbound": answer})
    except _Rejected as rejected:
        return rejected.response


@require_GET
def sandbox_recording(request, call_id):
    """What the sandbox serves as a call recording: a short synthetic WAV.

    Only the signed URLs the sandbox hands out are served (the audio costs CPU
    to make), for a bounded length, and each is made once then cached.
    """
    if settings.VOICE_PROVIDER != "sandbox" or not CALL_ID.match(call_id):
        raise Http404
    from calls.providers.sandbox import media as sandbox_media

    raw_ms = request.GET.get("ms", "")
    if not sandbox_media.recording_token_valid(call_id, raw_ms, request.GET.get("token", "")):
        return json_error("invalid_token", "This recording link is not valid.", 403)
    duration_ms = int(raw_ms) if raw_ms.isascii() and raw_ms.isdigit() else -1
    if not 1000 <= duration_ms <= sandbox_media.MAX_MS:
        return json_error("invalid_length", f"ms must be between 1000 and {sandbox_media.MAX_MS}.", 400)
    response = HttpResponse(sandbox_media.recording_wav_cached(call_id, duration_ms), content_type="audio/wav")
    response["Cache-Control"] = "private, max-age=3600"
    return response
