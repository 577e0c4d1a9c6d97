"""Portal pages for call records: the list with filters and search, the detail, placing calls, recordings."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View

from calls import recordings, selectors, services
from calls.models import Agent, Call, CallOutcome, CallStatus, PhoneNumber
from calls.services.placing import CallBlocked
from calls.voice import VoiceProviderError
from contacts.models import Contact, ContactSource
from contacts.phones import InvalidPhone
from contacts.services import contact_find_or_create
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can, has_flag
from voiceplatform.errors import error_messages

PAGE_SIZE = 25
FILTER_FIELDS = ("q", "status", "direction", "outcome", "agent", "date_from", "date_to", "min_duration", "contact")


def filtered_calls(request, membership):
    """The list's queryset from its GET filters (bad values are ignored, the form shows what applied)."""
    from calls.api.calls import CallFilter

    params = request.GET.copy()
    search = params.pop("q", [""])[-1]
    calls = selectors.calls_visible_to(membership=membership)
    filterset = CallFilter(data=params, queryset=calls, request=request)
    calls = filterset.qs if filterset.is_valid() else calls
    return selectors.calls_matching(calls, search).order_by("-created_at", "-id"), filterset


class CallListView(PortalPermissionMixin, View):
    def get(self, request):
        calls, filterset = filtered_calls(request, self.membership)
        page = Paginator(calls, PAGE_SIZE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context = {
            "page": page,
            "filters": {name: request.GET.get(name, "") for name in FILTER_FIELDS},
            "filter_errors": filterset.errors if filterset.is_bound and not filterset.is_valid() else {},
            "querystring": query.urlencode(),
            "statuses": CallStatus.choices,
            "outcomes": [c for c in CallOutcome.choices if c[0]],
            "directions": Call.Direction.choices,
            "agents": selectors.agents_all(),
            "any_filter": any(request.GET.get(name) for name in FILTER_FIELDS),
            "can_place": can(self.membership, Perm.PLACE_CALLS),
            "sees_all": has_flag(self.membership, "can_view_all_calls"),
            "campaign_names": selectors.campaign_names({call.campaign_id for call in page.object_list}),
        }
        if not context["sees_all"]:
            # Say that calls are hidden, and how many, rather than "no calls yet".
            visible = selectors.calls_visible_to(membership=self.membership).count()
            context["hidden_calls"] = Call.objects.count() - visible
        if context["can_place"] and not request.htmx:
            context["place"] = place_form_context()
            contact_id = request.GET.get("contact", "")
            if contact_id.isdigit():  # "Call" from a contact's page
                context["place"]["selected"] = Contact.objects.filter(
                    pk=int(contact_id), phone__isnull=False, erased_at__isnull=True
                ).first()
        template = "calls/call_list.html#results" if request.htmx else "calls/call_list.html"
        return render(request, template, context)


def place_form_context() -> dict:
    return {
        "contacts": Contact.objects.filter(phone__isnull=False, erased_at__isnull=True).order_by("-updated_at")[:200],
        "agents": Agent.objects.filter(status=Agent.Status.ACTIVE, published_version__isnull=False),
        "numbers": PhoneNumber.objects.filter(status=PhoneNumber.Status.ACTIVE),
    }


class CallPlaceView(PortalPermissionMixin, View):
    """Place one call now, to a chosen contact or to a typed number (found or added as a contact)."""

    required_perm = Perm.PLACE_CALLS

    def post(self, request):
        try:
            contact = self._contact(request)
            agent = Agent.objects.filter(pk=request.POST.get("agent") or 0).first()
            number = PhoneNumber.objects.filter(pk=request.POST.get("from_number") or 0).first()
            call = services.call_place(
                tenant=request.tenant, contact=contact, agent=agent, from_number=number, actor=request.user
            )
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
            return redirect("calls:list")
        except VoiceProviderError as exc:
            messages.error(request, f"The voice provider could not be reached: {exc}")
            return redirect("calls:list")
        messages.success(request, f"Calling {call.to_number}…")
        return redirect("calls:detail", pk=call.pk)

    @staticmethod
    def _contact(request) -> Contact:
        contact_id = request.POST.get("contact")
        if contact_id:
            contact = Contact.objects.filter(pk=contact_id).first() if contact_id.isdigit() else None
            if contact is None:
                raise ValidationError({"contact": ["Choose a contact."]})
            return contact
        phone = request.POST.get("phone", "").strip()
        if not phone:
            raise ValidationError({"contact": ["Choose a contact or type a number."]})
        try:
            contact, _ = contact_find_or_create(
                tenant=request.tenant,
                phone=phone,
                first_name=request.POST.get("first_name", "").strip()[:100],
                source=ContactSource.MANUAL,
            )
        except InvalidPhone as exc:
            raise ValidationError({"phone": [str(exc)]}) from exc
        return contact


class CallDetailView(PortalPermissionMixin, View):
    def get(self, request, pk):
        call = get_object_or_404(selectors.calls_visible_to(membership=self.membership), pk=pk)
        may_download = has_flag(self.membership, "can_download_recordings")
        context = {
            "call": call,
            "functions": selectors.call_functions(call),
            "bookings": selectors.call_bookings(call),
            "play_url": (
                recordings.signed_path(call_id=call.pk, user_id=request.user.pk, download=False)
                if call.recording_url
                else ""
            ),
            "download_url": (
                recordings.signed_path(call_id=call.pk, user_id=request.user.pk, download=True)
                if call.recording_url and may_download
                else ""
            ),
            "can_place": can(self.membership, Perm.PLACE_CALLS),
            "can_flag": can(self.membership, Perm.MANAGE_AGENTS) and not call.is_live,
            "contact_url": _contact_url(call.contact_id),
        }
        template = "calls/call_detail.html#live" if request.htmx else "calls/call_detail.html"
        return render(request, template, context)


def _contact_url(contact_id) -> str:
    if not contact_id:
        return ""
    from django.urls import NoReverseMatch

    try:
        return reverse("contacts:detail", kwargs={"pk": contact_id})
    except NoReverseMatch:
        return ""


class CallAgainView(PortalPermissionMixin, View):
    """ "Call again": the same contact, agent and number, through the same checks."""

    required_perm = Perm.PLACE_CALLS

    def post(self, request, pk):
        previous = get_object_or_404(selectors.calls_visible_to(membership=self.membership), pk=pk)
        if previous.contact is None:
            messages.error(request, "This call has no contact to call back.")
            return redirect("calls:detail", pk=pk)
        agent = previous.agent if previous.agent and previous.agent.status == Agent.Status.ACTIVE else None
        number = previous.phone_number if previous.direction == Call.Direction.OUTBOUND else None
        try:
            call = services.call_place(
                tenant=request.tenant,
                contact=previous.contact,
                agent=agent,
                from_number=number if number and number.status == PhoneNumber.Status.ACTIVE else None,
                metadata={"call_again_of": previous.pk},
                actor=request.user,
            )
        except CallBlocked as exc:
            messages.error(request, f"Not calling: {exc.decision.reason}")
            return redirect("calls:detail", pk=pk)
        except ValidationError as exc:
            for message in error_messages(exc):
                messages.error(request, message)
            return redirect("calls:detail", pk=pk)
        except VoiceProviderError as exc:
            messages.error(request, f"The voice provider could not be reached: {exc}")
            return redirect("calls:detail", pk=pk)
        messages.success(request, f"Calling {call.to_number} again…")
        return redirect("calls:detail", pk=call.pk)


def recording_stream(request, token):
    """The target of a signed recording URL: streams the audio, inline or as a download."""
    grant = recordings.read_grant(token)
    if grant is None:
        raise Http404("This recording link is invalid or has expired.")
    call = Call.objects.filter(pk=grant.call_id).exclude(recording_url="").first()
    if call is None:
        raise Http404("No recording.")
    try:
        content_type, chunks, close = recordings.open_recording(call.recording_url)
    except OSError as exc:
        return JsonResponse({"error": {"code": "recording_unavailable", "message": str(exc), "fields": {}}}, status=502)

    def stream():
        try:
            yield from chunks
        finally:
            close()

    response = StreamingHttpResponse(stream(), content_type=content_type)
    extension = "wav" if "wav" in content_type else "mp3"
    disposition = "attachment" if grant.download else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="call-{call.pk}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    return response
