"""Cal.com and Calendly webhooks on the platform host: resolve the tenant from the path
token, verify the signature, store the event once, process it in a task."""

from __future__ import annotations

import logging

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_tenants.utils import schema_context

from appointments.models import CalendarIntegration, CalendarProvider, CalendarWebhookEvent
from appointments.providers import PayloadError, calcom, calendly
from appointments.services import calendar_event_store, calendar_integration_secret
from tenants.models import Tenant
from tenants.selectors import tenant_for_hook_token
from voiceplatform.boundary import load_json
from voiceplatform.errors import json_error

logger = logging.getLogger(__name__)

ADAPTERS = {
    CalendarProvider.CALCOM: (calcom, calcom.SIGNATURE_HEADER),
    CalendarProvider.CALENDLY: (calendly, calendly.SIGNATURE_HEADER),
}


def _receive(request, provider: str, token: str) -> JsonResponse:
    from appointments.tasks import process_calendar_event

    tenant = tenant_for_hook_token(token=token, purpose=provider)
    if tenant is None:
        return json_error("not_found", "Unknown webhook URL.", 404)
    if tenant.status == Tenant.Status.SUSPENDED:
        return json_error("tenant_suspended", "This workspace is suspended.", 403)
    module, header = ADAPTERS[provider]
    body = request.body
    with schema_context(tenant.schema_name):
        integration = CalendarIntegration.objects.filter(provider=provider, is_active=True).first()
        if integration is None or not integration.has_secret:
            return json_error("not_configured", "This calendar sync is not switched on.", 404)
        if not module.verify(body, request.headers.get(header), calendar_integration_secret(integration)):
            return json_error("bad_signature", "The signature is missing, wrong or stale.", 401)
        try:
            event = module.parse(body)
        except PayloadError as exc:
            return json_error("invalid_payload", f"Not the documented payload: {exc}.", 400)
        stored, created = calendar_event_store(provider=provider, event=event, payload=load_json(body))
        if created and stored.status == CalendarWebhookEvent.Status.RECEIVED:
            process_calendar_event.delay(stored.pk)
    status = "accepted" if created else "duplicate"
    return JsonResponse({"status": status, "event": stored.event_type})


@csrf_exempt
@require_POST
def calcom_webhook(request, token: str):
    return _receive(request, CalendarProvider.CALCOM, token)


@csrf_exempt
@require_POST
def calendly_webhook(request, token: str):
    return _receive(request, CalendarProvider.CALENDLY, token)
