"""The calendar: week (time grid, drag to reschedule), month and list; booking and the appointment page."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View

from appointments import selectors, services
from appointments.models import AppointmentStatus, AppointmentType, AvailabilityRule, Resource
from appointments.services.availability import load_calendars
from appointments.slots import opening_ranges
from appointments.views.common import (
    CalendarFilters,
    anchor_date,
    parse_local,
)
from contacts.models import Contact
from contacts.phones import InvalidPhone
from contacts.services import contact_update, phone_for_tenant
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_text, field_errors
from voiceplatform.views import TenantZoneMixin

PX_PER_MINUTE = 1.2
CELL_MINUTES = 30
DEFAULT_HOURS = (8, 18)


def _can_manage(membership) -> bool:
    return can(membership, Perm.MANAGE_CALENDAR)


def _grid_hours(resource_ids: list[int]) -> tuple[int, int]:
    """First and last hour the week grid shows: the span of the resources' opening hours."""
    rules = AvailabilityRule.objects.filter(resource__is_active=True)
    if resource_ids:
        rules = rules.filter(resource_id__in=resource_ids)
    times = list(rules.values_list("start_time", "end_time"))
    if not times:
        return DEFAULT_HOURS
    first = min(start for start, _ in times).hour
    last_end = max(end for _, end in times)
    last = last_end.hour + (1 if last_end.minute else 0)
    return max(0, min(first, DEFAULT_HOURS[0])), min(24, max(last, DEFAULT_HOURS[1]))


def _lane_resources(resource_ids: list[int], appointments) -> list[Resource]:
    """The resources the week shows as columns: the active (or filtered) ones and any with an appointment shown."""
    shown = Resource.objects.filter(is_active=True, **({"pk__in": resource_ids} if resource_ids else {}))
    found = {r.pk: r for r in shown}
    for appointment in appointments:
        found.setdefault(appointment.resource_id, appointment.resource)
    return sorted(found.values(), key=lambda r: (r.name.lower(), r.pk))


def _open_ranges(resources: list[Resource], days, start: datetime, end: datetime) -> dict:
    """Per resource id, per day, the instants when that resource is open (weekly hours, overrides, blocked days)."""
    calendars = load_calendars(resources, start=start, end=end) if resources else {}
    return {pk: {d: opening_ranges(c, d) for d in days} for pk, c in calendars.items()}


def _cell(moment: datetime, ranges: list[tuple[int, int]]) -> dict:
    """One grid cell; `closed` when no shown resource is open at that moment (shaded in the grid)."""
    instant = int(moment.timestamp())
    return {"at": moment, "closed": not any(low <= instant < high for low, high in ranges)}


def _lay_out(items: list[dict]) -> None:
    """Side-by-side lanes for overlapping appointments in one day column."""
    lanes: list[datetime] = []
    for item in items:
        for index, lane_end in enumerate(lanes):
            if lane_end <= item["start"]:
                lanes[index] = item["end"]
                item["lane"] = index
                break
        else:
            lanes.append(item["end"])
            item["lane"] = len(lanes) - 1
    count = max(len(lanes), 1)
    for item in items:
        item["width"] = round(100 / count, 2)
        item["left"] = round(item["lane"] * 100 / count, 2)


class WeekView(TenantZoneMixin, PortalPermissionMixin, View):
    """Seven days as a time grid in the tenant's zone. Managers drag appointments to move them."""

    def get(self, request):
        zone = request.tenant.zone
        filters = CalendarFilters.from_request(request)
        day = anchor_date(request, zone)
        monday = day - timedelta(days=day.weekday())
        days = [monday + timedelta(days=i) for i in range(7)]
        first_hour, last_hour = _grid_hours(filters.resource_ids)
        week_start = datetime.combine(monday, time(0), tzinfo=zone)
        week_end = datetime.combine(monday + timedelta(days=7), time(0), tzinfo=zone)
        appointments = selectors.appointments_between(
            start=week_start,
            end=week_end,
            resource_ids=filters.resource_ids,
            type_ids=filters.type_ids,
            statuses=filters.statuses,
        )
        resources = _lane_resources(filters.resource_ids, appointments)
        # One column per resource inside each day when there is more than one; else one column for all.
        by_resource = len(resources) > 1
        lane_keys = [r.pk for r in resources] if by_resource else [None]
        by_lane: dict = {(d, key): [] for d in days for key in lane_keys}
        grid_minutes = (last_hour - first_hour) * 60
        # Bookings a provider confirmed that clash with ours sit on the grid too, marked as conflicts
        # (in the first column: the provider's booking names no resource of ours).
        conflicts = selectors.calendar_conflicts_between(start=week_start, end=week_end)
        placed = [(a.start_at, a.end_at, a.resource_id if by_resource else None, {"obj": a}) for a in appointments]
        placed += [(c["start"], c["end"], lane_keys[0], {"conflict": c}) for c in conflicts]
        for start_at, end_at, key, item in placed:
            local_start = start_at.astimezone(zone)
            local_end = end_at.astimezone(zone)
            if (local_start.date(), key) not in by_lane:
                continue
            offset = (local_start.hour - first_hour) * 60 + local_start.minute
            length = max(int((end_at - start_at).total_seconds() // 60), 15)
            offset = max(0, min(offset, grid_minutes - 15))
            length = min(length, grid_minutes - offset)
            item.update(
                {
                    "start": start_at,
                    "end": end_at,
                    "local_start": local_start,
                    "local_end": local_end,
                    "top": round(offset * PX_PER_MINUTE, 1),
                    "height": round(length * PX_PER_MINUTE, 1),
                }
            )
            by_lane[(local_start.date(), key)].append(item)
        for items in by_lane.values():
            items.sort(key=lambda entry: entry["start"])
            _lay_out(items)

        walls = [time(m // 60, m % 60) for m in range(first_hour * 60, last_hour * 60, CELL_MINUTES)]
        open_ranges = _open_ranges(resources, days, week_start, week_end)

        def lane_ranges(d, key) -> list[tuple[int, int]]:
            if key is not None:
                return open_ranges.get(key, {}).get(d, [])
            return [r for per_day in open_ranges.values() for r in per_day[d]]

        names = {r.pk: r for r in resources}
        today = datetime.now(zone).date()
        context = {
            "view": "week",
            "days": [
                {
                    "date": d,
                    "is_today": d == today,
                    "lanes": [
                        {
                            "resource": names.get(key),
                            "items": by_lane[(d, key)],
                            "cells": [
                                _cell(datetime.combine(d, wall, tzinfo=zone), lane_ranges(d, key)) for wall in walls
                            ],
                        }
                        for key in lane_keys
                    ],
                }
                for d in days
            ],
            "by_resource": by_resource,
            "lane_count": len(lane_keys),
            "rows": [wall.strftime("%H:%M") if wall.minute == 0 else "" for wall in walls],
            "grid_height": round(grid_minutes * PX_PER_MINUTE, 1),
            "cell_height": round(CELL_MINUTES * PX_PER_MINUTE, 1),
            "anchor": day,
            "previous": monday - timedelta(days=7),
            "next": monday + timedelta(days=7),
            "today": today,
            "zone": zone,
            "can_manage": _can_manage(self.membership),
            "has_types": AppointmentType.objects.filter(is_active=True).exists(),
            "empty": not appointments and not conflicts,
            "conflicts": conflicts,
            **filters.context(),
        }
        template = "appointments/week.html#calendar-body" if request.htmx else "appointments/week.html"
        return render(request, template, context)


class MonthView(TenantZoneMixin, PortalPermissionMixin, View):
    MAX_PER_DAY = 4

    def get(self, request):
        zone = request.tenant.zone
        filters = CalendarFilters.from_request(request)
        day = anchor_date(request, zone)
        first = day.replace(day=1)
        grid_start = first - timedelta(days=first.weekday())
        weeks = []
        span_start = datetime.combine(grid_start, time(0), tzinfo=zone)
        span_end = datetime.combine(grid_start + timedelta(days=42), time(0), tzinfo=zone)
        appointments = selectors.appointments_between(
            start=span_start,
            end=span_end,
            resource_ids=filters.resource_ids,
            type_ids=filters.type_ids,
            statuses=filters.statuses,
        )
        by_day: dict = {}
        for appointment in appointments:
            local = appointment.start_at.astimezone(zone)
            by_day.setdefault(local.date(), []).append({"obj": appointment, "local_start": local})
        today = datetime.now(zone).date()
        for week in range(6):
            cells = []
            for offset in range(7):
                current = grid_start + timedelta(days=week * 7 + offset)
                items = by_day.get(current, [])
                cells.append(
                    {
                        "date": current,
                        "in_month": current.month == first.month,
                        "is_today": current == today,
                        "items": items[: self.MAX_PER_DAY],
                        "more": max(0, len(items) - self.MAX_PER_DAY),
                    }
                )
            weeks.append(cells)
        previous_month = (first - timedelta(days=1)).replace(day=1)
        next_month = (first + timedelta(days=32)).replace(day=1)
        context = {
            "view": "month",
            "weeks": weeks,
            "month": first,
            "anchor": day,
            "previous": previous_month,
            "next": next_month,
            "today": today,
            "zone": zone,
            "can_manage": _can_manage(self.membership),
            "empty": not appointments,
            **filters.context(),
        }
        template = "appointments/month.html#calendar-body" if request.htmx else "appointments/month.html"
        return render(request, template, context)


class ListView(TenantZoneMixin, PortalPermissionMixin, View):
    PAGE_SIZE = 50

    def get(self, request):
        zone = request.tenant.zone
        filters = CalendarFilters.from_request(request)
        day = anchor_date(request, zone)
        start = datetime.combine(day, time(0), tzinfo=zone)
        until = request.GET.get("until", "")
        try:
            end = datetime.combine(datetime.fromisoformat(until).date() + timedelta(days=1), time(0), tzinfo=zone)
        except ValueError:
            end = start + timedelta(days=90)
        appointments = selectors.appointments_between(
            start=start,
            end=end,
            resource_ids=filters.resource_ids,
            type_ids=filters.type_ids,
            statuses=filters.statuses,
        )
        query = request.GET.get("q", "").strip()
        if query:
            from django.db.models import Q

            appointments = appointments.filter(
                Q(contact__first_name__icontains=query)
                | Q(contact__last_name__icontains=query)
                | Q(contact__phone__icontains=query)
                | Q(contact__email__icontains=query)
            )
        page = Paginator(appointments, self.PAGE_SIZE).get_page(request.GET.get("page"))
        context = {
            "view": "list",
            "page": page,
            "anchor": day,
            "until": (end - timedelta(days=1)).date(),
            "q": query,
            "zone": zone,
            "can_manage": _can_manage(self.membership),
            **filters.context(),
        }
        template = "appointments/list.html#calendar-body" if request.htmx else "appointments/list.html"
        return render(request, template, context)


class AppointmentCreateView(TenantZoneMixin, PortalPermissionMixin, View):
    """Book from the portal: prefilled from a clicked week-grid cell; enforces availability unless overridden."""

    required_perm = Perm.MANAGE_CALENDAR

    def get(self, request, errors=None, values=None, status=200, match=None):
        zone = request.tenant.zone
        values = values or {}
        if not values:
            start = parse_local(request.GET.get("start", ""), zone)
            values = {
                "start_at": start.astimezone(zone).strftime("%Y-%m-%dT%H:%M") if start else "",
                "resource": request.GET.get("resource", ""),
                "appointment_type": request.GET.get("type", ""),
            }
            contact = Contact.objects.filter(pk=_int(request.GET.get("contact")), erased_at__isnull=True).first()
            if contact is not None:  # "Book" from a contact's page
                values.update(
                    first_name=contact.first_name,
                    last_name=contact.last_name,
                    phone=contact.phone or "",
                    email=contact.email,
                )
        types = list(AppointmentType.objects.filter(is_active=True))
        if not values.get("appointment_type") and types:
            values["appointment_type"] = str(types[0].pk)
        return render(
            request,
            "appointments/appointment_form.html",
            {
                "types": types,
                "resources": Resource.objects.filter(is_active=True),
                "values": values,
                "errors": errors or {},
                "zone": zone,
                "match": match,
            },
            status=status,
        )

    def post(self, request):
        zone = request.tenant.zone
        data = request.POST
        errors: dict[str, list[str]] = {}
        appointment_type = AppointmentType.objects.filter(pk=_int(data.get("appointment_type"))).first()
        if appointment_type is None:
            errors["appointment_type"] = ["Choose an appointment type."]
        resource = None
        if data.get("resource"):
            resource = Resource.objects.filter(pk=_int(data.get("resource"))).first()
            if resource is None:
                errors["resource"] = ["Choose a resource."]
        start_at = parse_local(data.get("start_at", ""), zone)
        if start_at is None:
            errors["start_at"] = ["Enter the date and time."]
        if errors:
            return self.get(request, errors=errors, values=data, status=400)
        # A phone that belongs to a contact under another name: show the match and let the person choose.
        match = _phone_match(request.tenant, data)
        choice = data.get("contact_choice", "")
        if match is not None and choice not in ("existing", "rename"):
            return self.get(request, values=data, match=match)
        if match is not None and choice == "rename":
            try:
                contact_update(
                    contact=match,
                    data={"first_name": data.get("first_name", ""), "last_name": data.get("last_name", "")},
                    actor=request.user,
                    tenant=request.tenant,
                )
            except ValidationError as exc:
                return self.get(request, errors=field_errors(exc), values=data, status=400)
        try:
            appointment = services.appointment_book(
                tenant=request.tenant,
                appointment_type=appointment_type,
                start_at=start_at,
                resource=resource,
                contact=match,
                phone=data.get("phone", ""),
                email=data.get("email", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
                notes=data.get("notes", ""),
                actor=request.user,
                enforce_availability=not data.get("ignore_availability"),
                notify=not data.get("no_notify"),
            )
        except services.SlotUnavailable as exc:
            return self.get(request, errors=field_errors(exc), values=data, status=409)
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), values=data, status=400)
        local = appointment.start_at.astimezone(zone)
        messages.success(
            request, f"Booked {appointment.display_title} for {appointment.contact} on {local:%a %d %b at %H:%M}."
        )
        return redirect(f"{reverse('appointments:calendar')}?date={local.date().isoformat()}")


def _phone_match(tenant, data):
    """The existing contact whose number was typed, when the typed name is not theirs (None otherwise)."""
    raw = (data.get("phone") or "").strip()
    if not raw:
        return None
    try:
        phone = phone_for_tenant(raw, tenant)
    except (InvalidPhone, ValidationError):
        return None
    contact = Contact.objects.filter(phone=phone, erased_at__isnull=True).first()
    if contact is None:
        return None
    if data.get("contact_choice"):
        return contact
    typed = (data.get("first_name", "").strip().lower(), data.get("last_name", "").strip().lower())
    if typed == ("", "") or typed == (contact.first_name.lower(), contact.last_name.lower()):
        return None
    return contact


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class AppointmentDetailView(TenantZoneMixin, PortalPermissionMixin, View):
    def get(self, request, pk):
        appointment = get_object_or_404(selectors.appointments_list(), pk=pk)
        zone = request.tenant.zone
        return render(
            request,
            "appointments/appointment_detail.html",
            {
                "appointment": appointment,
                "local_start": appointment.start_at.astimezone(zone),
                "local_end": appointment.end_at.astimezone(zone),
                "history": appointment.history.all(),
                "notifications": appointment.notifications.order_by("-created_at")[:20],
                "resources": Resource.objects.filter(is_active=True),
                "can_manage": _can_manage(self.membership),
                "zone": zone,
                "is_open": appointment.is_open,
                "started": appointment.start_at <= timezone.now(),
                "transitions": services.STATUS_TRANSITIONS[appointment.status],
            },
        )


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


class AppointmentRescheduleView(TenantZoneMixin, PortalPermissionMixin, View):
    """Move an appointment: the form on its page, or a drop on the week grid (JSON)."""

    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        appointment = get_object_or_404(selectors.appointments_list(), pk=pk)
        zone = request.tenant.zone
        start_at = parse_local(request.POST.get("start_at", ""), zone)
        resource = None
        if request.POST.get("resource"):
            resource = Resource.objects.filter(pk=_int(request.POST.get("resource")), is_active=True).first()
        status, message = 200, ""
        if start_at is None:
            status, message = 400, "Enter the new date and time."
        else:
            try:
                appointment = services.appointment_reschedule(
                    appointment=appointment,
                    start_at=start_at,
                    resource=resource,
                    actor=request.user,
                    reason=request.POST.get("reason", ""),
                    enforce_availability=not request.POST.get("ignore_availability"),
                )
                local = appointment.start_at.astimezone(zone)
                message = f"Moved to {local:%a %d %b at %H:%M}."
            except services.SlotUnavailable as exc:
                status, message = 409, error_text(exc)
            except ValidationError as exc:
                status, message = 400, error_text(exc)
        if _wants_json(request):
            return JsonResponse({"ok": status == 200, "message": message}, status=status)
        (messages.success if status == 200 else messages.error)(request, message)
        return redirect("appointments:detail", pk=appointment.pk)


class AppointmentCancelView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        appointment = get_object_or_404(selectors.appointments_list(), pk=pk)
        reason = request.POST.get("reason", "").strip()
        if not reason:
            messages.error(request, "Give a reason for the cancellation.")
            return redirect("appointments:detail", pk=pk)
        try:
            services.appointment_cancel(
                appointment=appointment, reason=reason, actor=request.user, notify=not request.POST.get("no_notify")
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, "Appointment cancelled.")
        return redirect("appointments:detail", pk=pk)


class AppointmentStatusView(TenantZoneMixin, PortalPermissionMixin, View):
    """Confirm, mark completed or mark no-show."""

    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        appointment = get_object_or_404(selectors.appointments_list(), pk=pk)
        status = request.POST.get("status", "")
        try:
            services.appointment_set_status(appointment=appointment, status=status, actor=request.user)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, f"Marked {AppointmentStatus(status).label.lower()}.")
        return redirect("appointments:detail", pk=pk)


class AppointmentResendView(TenantZoneMixin, PortalPermissionMixin, View):
    """Send the guest's booking confirmation again (email and SMS, as the templates allow)."""

    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        appointment = get_object_or_404(selectors.appointments_list(), pk=pk)
        try:
            channels = services.appointment_confirmation_resend(
                tenant=request.tenant, appointment=appointment, actor=request.user
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect("appointments:detail", pk=pk)
        if channels:
            messages.success(request, "Confirmation sent again: " + ", ".join(channels))
        else:
            messages.error(request, "Nothing was sent: the guest has no usable email or phone, or messages are off.")
        return redirect("appointments:detail", pk=pk)
