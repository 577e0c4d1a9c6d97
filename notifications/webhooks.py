"""Twilio callbacks on the platform host: message status and inbound SMS.

Both are verified with the SDK's RequestValidator against the exact public
URL Twilio called. That URL is rebuilt from PUBLIC_SCHEME / BASE_HOST /
PUBLIC_PORT (what we gave Twilio), so it is right behind a proxy; the
request's own absolute URL is accepted as well.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_tenants.utils import schema_context
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from notifications.models import InboundMessage
from notifications.services import help_reply, inbound_store, notification_status_update
from tenants.models import Tenant
from tenants.selectors import tenant_for_hook_token
from voiceplatform.errors import json_error
from voiceplatform.links import platform_url

PURPOSE = "twilio"


def public_url(request) -> str:
    return platform_url(request.get_full_path())


def signature_valid(request) -> bool:
    signature = request.headers.get("X-Twilio-Signature", "")
    if not settings.TWILIO_AUTH_TOKEN or not signature:
        return False
    validator = RequestValidator(settings.TWILIO_AUTH_TOKEN)
    candidates = {public_url(request), request.build_absolute_uri()}
    return any(validator.validate(url, request.POST, signature) for url in candidates)


def _tenant_or_error(request, token):
    tenant = tenant_for_hook_token(token=token, purpose=PURPOSE)
    if tenant is None:
        return None, json_error("not_found", "Unknown webhook URL.", 404)
    if tenant.status == Tenant.Status.SUSPENDED:
        return None, json_error("tenant_suspended", "This workspace is suspended.", 403)
    if not signature_valid(request):
        return None, json_error("bad_signature", "The X-Twilio-Signature is missing or wrong.", 403)
    return tenant, None


@csrf_exempt
@require_POST
def status_callback(request, token: str):
    tenant, error = _tenant_or_error(request, token)
    if error:
        return error
    with schema_context(tenant.schema_name):
        notification_status_update(
            message_sid=request.POST.get("MessageSid", ""),
            message_status=request.POST.get("MessageStatus", ""),
            error_code=request.POST.get("ErrorCode", ""),
            tenant=tenant,
        )
    return HttpResponse(status=204)


@csrf_exempt
@require_POST
def inbound(request, token: str):
    from notifications.tasks import process_inbound

    tenant, error = _tenant_or_error(request, token)
    if error:
        return error
    message_sid = request.POST.get("MessageSid", "")
    from_number = request.POST.get("From", "")
    if not message_sid or not from_number:
        return json_error("invalid_payload", "MessageSid and From are required.", 400)
    reply = MessagingResponse()
    with schema_context(tenant.schema_name):
        message, created = inbound_store(
            message_sid=message_sid,
            from_number=from_number,
            to_number=request.POST.get("To", ""),
            body=request.POST.get("Body", ""),
            opt_out_type=request.POST.get("OptOutType", ""),
        )
        if created:
            process_inbound.delay(message.pk)
        # With Advanced Opt-Out Twilio answers HELP itself; otherwise we do.
        if created and message.action == InboundMessage.Action.HELP and message.opt_out_type.upper() != "HELP":
            reply.message(help_reply(tenant=tenant))
    return HttpResponse(str(reply), content_type="text/xml")
