"""Pages without login: the guest's self-service pages (signed link) and ICS feeds (secret URL)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views import View

from appointments import selectors, services
from appointments.ics import feed_ics
from appointments.links import appointment_for_token
from contacts.services import contact_timezone
from voiceplatform.errors import error_text

RESCHEDULE_DAYS = 14


def feed(request, token: str):
    ics_feed = selectors.feed_for_token(token)
    if ics_feed is None:
        raise Http404("No such calendar feed.")
    name = f"{request.tenant.name} · {ics_feed.resource.name}" if ics_feed.resource else request.tenant.name
    body = feed_ics(selectors.feed_appointments(ics_feed), tenant=request.tenant, name=name)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response


class GuestView(View):
    """The appointment as the guest sees it; actions are separate pages of the same token."""

    action = "manage"

    def _load(self, request, token):
        appointment = appointment_for_token(token, request.tenant)
        if appointment is None:
            return None, None
        zone = ZoneInfo(contact_timezone(appointment.contact, request.tenant))
        return appointment, zone

    def _context(self, request, appointment, zone, **extra):
        actionable = appointment.is_open and appointment.start_at > timezone.now()
        return {
            "appointment": appointment,
            "local_start": appointment.start_at.astimezone(zone),
            "zone": zone,
            "actionable": actionable,
            "action": self.action,
            "token": self.kwargs["token"],
            "tenant": request.tenant,
            **extra,
        }

    def _slots(self, appointment, zone):
        if appointment.appointment_type is None:
            return []
        now = timezone.now()
        slots = services.availability_slots(
            appointment_type=appointment.appointment_type,
            resource=appointment.resource,
            start=now,
            end=now + timedelta(days=RESCHEDULE_DAYS),
            exclude_appointment_id=appointment.pk,
        )
        days: dict = {}
        for slot in slots:
            local = slot.start_at.astimezone(zone)
            if slot.start_at == appointment.start_at:
                continue
            days.setdefault(local.date(), []).append({"value": slot.start_at.isoformat(), "label": f"{local:%H:%M}"})
        return [{"date": day, "slots": items} for day, items in days.items()]

    def _picker(self, request, appointment, zone) -> dict:
        """A date picker: the next weeks as a calendar (days with free times are links), the chosen day's slots."""
        days = self._slots(appointment, zone)
        by_date = {d["date"]: d["slots"] for d in days}
        today = timezone.now().astimezone(zone).date()
        try:
            chosen = date.fromisoformat(request.GET.get("day", ""))
        except ValueError:
            chosen = None
        if chosen not in by_date:
            own = appointment.start_at.astimezone(zone).date()
            chosen = own if own in by_date else (days[0]["date"] if days else None)
        first = today - timedelta(days=today.weekday())
        last = today + timedelta(days=RESCHEDULE_DAYS)
        grid = []
        current = first
        while current <= last or current.weekday() != 0:
            grid.append({"date": current, "free": current in by_date, "chosen": current == chosen})
            current += timedelta(days=1)
        return {"days": days, "grid": grid, "chosen": chosen, "chosen_slots": by_date.get(chosen, [])}

    def get(self, request, token, message="", error="", status=200):
        appointment, zone = self._load(request, token)
        if appointment is None:
            return render(request, "appointments/guest_invalid.html", status=404)
        extra = {"message": message, "error": error}
        if self.action == "reschedule" and appointment.is_open:
            extra.update(self._picker(request, appointment, zone))
        with timezone.override(zone):
            return render(
                request, "appointments/guest.html", self._context(request, appointment, zone, **extra), status=status
            )

    def post(self, request, token):
        appointment, _zone = self._load(request, token)
        if appointment is None:
            return render(request, "appointments/guest_invalid.html", status=404)
        if not (appointment.is_open and appointment.start_at > timezone.now()):
            return self.get(request, token, error="This appointment can no longer be changed online.", status=400)
        label = "guest"
        try:
            if self.action == "confirm":
                services.appointment_confirm(appointment=appointment, actor_label=label)
                message = "Thank you, your appointment is confirmed."
            elif self.action == "cancel":
                reason = request.POST.get("reason", "").strip()[:300] or "Cancelled by the guest"
                services.appointment_cancel(appointment=appointment, reason=reason, actor_label=label)
                message = "Your appointment is cancelled."
            elif self.action == "reschedule":
                try:
                    start_at = datetime.fromisoformat(request.POST.get("start_at", ""))
                except ValueError:
                    return self.get(request, token, error="Pick one of the times shown.", status=400)
                services.appointment_reschedule(appointment=appointment, start_at=start_at, actor_label=label)
                message = "Your appointment has moved. We have sent you the new details."
            else:
                raise Http404
        except services.SlotUnavailable:
            return self.get(request, token, error="That time was just taken. Please pick another.", status=409)
        except ValidationError as exc:
            return self.get(request, token, error=error_text(exc), status=400)
        return self.get(request, token, message=message)


class GuestConfirmView(GuestView):
    action = "confirm"


class GuestCancelView(GuestView):
    action = "cancel"


class GuestRescheduleView(GuestView):
    action = "reschedule"
