"""Portal page for phone numbers and the voice provider connection."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from calls import selectors, services
from calls.api.agents import voice_settings_payload
from calls.models import Agent, PhoneNumber
from calls.providers.sandbox.caller import SCRIPTS
from calls.tasks import sandbox_socket_call
from calls.voice import VoiceProviderError, adapter_for
from contacts.phones import InvalidPhone
from contacts.services import phone_for_tenant
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_messages, field_errors
from voiceplatform.tasks import enqueue_on_commit


def _agent(value) -> Agent | None:
    return Agent.objects.filter(pk=value).first() if str(value or "").isdigit() else None


def _flash(request, exc: ValidationError) -> None:
    for message in error_messages(exc):
        messages.error(request, message)


class NumberListView(PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_INTEGRATIONS

    def get(self, request, errors=None, status=200):
        can_integrate = can(self.membership, Perm.MANAGE_INTEGRATIONS)
        return render(
            request,
            "calls/numbers.html",
            {
                "numbers": selectors.numbers_all(),
                "agents": Agent.objects.filter(published_version__isnull=False).order_by("name"),
                "errors": errors or {},
                "can_integrate": can_integrate,
                "can_bind": can(self.membership, Perm.MANAGE_AGENTS),
                "voice": voice_settings_payload(request.tenant) if can_integrate else None,
                "sandbox": settings.VOICE_PROVIDER == "sandbox",
            },
            status=status,
        )

    def post(self, request):
        try:
            phone = services.number_provision(
                tenant=request.tenant,
                area_code=request.POST.get("area_code", ""),
                number=request.POST.get("number", ""),
                termination_uri=request.POST.get("termination_uri", ""),
                nickname=request.POST.get("nickname", ""),
                inbound_agent=_agent(request.POST.get("inbound_agent")),
                outbound_agent=_agent(request.POST.get("outbound_agent")),
                actor=request.user,
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), status=400)
        messages.success(request, f"{phone.number} is yours.")
        return redirect("calls:numbers")


class NumberUpdateView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        phone = get_object_or_404(selectors.numbers_all(), pk=pk)
        try:
            services.number_update(
                tenant=request.tenant,
                phone_number=phone,
                inbound_agent=_agent(request.POST.get("inbound_agent")),
                outbound_agent=_agent(request.POST.get("outbound_agent")),
                nickname=request.POST.get("nickname") if "nickname" in request.POST else None,
                actor=request.user,
            )
        except ValidationError as exc:
            _flash(request, exc)
        else:
            messages.success(request, f"Updated {phone.number}.")
        return redirect("calls:numbers")


class NumberReleaseView(PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_INTEGRATIONS

    def post(self, request, pk):
        phone = get_object_or_404(selectors.numbers_all(), pk=pk)
        try:
            services.number_release(tenant=request.tenant, phone_number=phone, actor=request.user)
        except ValidationError as exc:
            _flash(request, exc)
        else:
            messages.success(request, f"Released {phone.number}.")
        return redirect("calls:numbers")


class NumberSimulateView(PortalPermissionMixin, View):
    """Sandbox only: pretend somebody rings this number, to try the receptionist end to end."""

    required_perm = Perm.MANAGE_AGENTS

    def post(self, request, pk):
        phone = get_object_or_404(selectors.numbers_all(), pk=pk, status=PhoneNumber.Status.ACTIVE)
        if settings.VOICE_PROVIDER != "sandbox":
            messages.error(request, "Simulated calls exist only in the sandbox.")
            return redirect("calls:numbers")
        script = request.POST.get("socket_script", "")
        if script and script not in SCRIPTS:
            messages.error(request, f"Choose one of the caller scripts: {', '.join(SCRIPTS)}.")
            return redirect("calls:numbers")
        try:
            caller = phone_for_tenant(request.POST.get("caller", ""), request.tenant)
            if script:
                # Through the custom-LLM socket (the voice process), played by the sandbox's inbound caller.
                enqueue_on_commit(sandbox_socket_call, phone.number, caller, script)
            else:
                adapter_for(request.tenant, account=phone.provider_account or None).simulate_inbound_call(
                    from_number=caller, to_number=phone.number
                )
        except InvalidPhone as exc:
            messages.error(request, f"Caller number: {exc}")
        except VoiceProviderError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"{caller} is calling {phone.number}; the call appears under Calls shortly.")
        return redirect("calls:numbers")


class VoiceKeyView(PortalPermissionMixin, View):
    """Use the tenant's own Retell account (key stored encrypted), or go back to the platform's."""

    required_perm = Perm.MANAGE_INTEGRATIONS

    def post(self, request):
        try:
            if request.POST.get("clear"):
                services.voice_key_clear(tenant=request.tenant, actor=request.user)
                messages.success(request, "Using the platform's voice account again. Publish agents to move them.")
            else:
                services.voice_key_set(
                    tenant=request.tenant, api_key=request.POST.get("api_key", ""), actor=request.user
                )
                messages.success(request, "Saved your Retell key. Publish agents to move them to your account.")
        except ValidationError as exc:
            _flash(request, exc)
        return redirect("calls:numbers")
