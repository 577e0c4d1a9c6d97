"""Availability settings: resources, their weekly hours, date overrides, blocked dates; appointment types."""

from __future__ import annotations

import zoneinfo
from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views import View

from appointments import services
from appointments.models import AppointmentType, AvailabilityRule, BlockedDate, DateOverride, Resource
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm
from voiceplatform.errors import error_text, field_errors
from voiceplatform.views import TenantZoneMixin

RANGES_PER_DAY = 3


class ResourcesView(TenantZoneMixin, PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, errors=None, values=None, status=200):
        today = timezone.now().astimezone(request.tenant.zone).date()
        return render(
            request,
            "appointments/resources.html",
            {
                "resources": Resource.objects.all(),
                "kinds": Resource.Kind.choices,
                "timezones": sorted(zoneinfo.available_timezones()),
                "errors": errors or {},
                "values": values or {"timezone": request.tenant.timezone, "kind": Resource.Kind.STAFF},
                "blocked": BlockedDate.objects.filter(resource__isnull=True, end_date__gte=today),
            },
            status=status,
        )

    def post(self, request):
        try:
            resource = services.resource_create(
                name=request.POST.get("name", ""),
                timezone_name=request.POST.get("timezone", ""),
                kind=request.POST.get("kind", ""),
                email=request.POST.get("email", ""),
                color=request.POST.get("color", "#3b5bdb"),
            )
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), values=request.POST, status=400)
        messages.success(request, f"Added {resource.name}. Set their hours below.")
        return redirect("appointments:resource", pk=resource.pk)


def _weekly_rows(resource: Resource, posted=None) -> list[dict]:
    rows = []
    for weekday, label in AvailabilityRule.Weekday.choices:
        if posted is not None:
            ranges = [
                (posted.get(f"d{weekday}_start_{i}", ""), posted.get(f"d{weekday}_end_{i}", ""))
                for i in range(RANGES_PER_DAY)
            ]
        else:
            existing = [
                (rule.start_time.strftime("%H:%M"), rule.end_time.strftime("%H:%M"))
                for rule in resource.rules.all()
                if rule.weekday == weekday
            ]
            ranges = (existing + [("", "")] * RANGES_PER_DAY)[:RANGES_PER_DAY]
        rows.append(
            {
                "weekday": weekday,
                "label": label,
                "ranges": [{"index": i, "start": s, "end": e} for i, (s, e) in enumerate(ranges)],
            }
        )
    return rows


class ResourceView(TenantZoneMixin, PortalPermissionMixin, View):
    """One resource: details, weekly hours, date overrides, blocked dates."""

    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, pk, errors=None, posted=None, status=200):
        resource = get_object_or_404(Resource, pk=pk)
        today = timezone.now().astimezone(resource.zone).date()
        return render(
            request,
            "appointments/resource.html",
            {
                "resource": resource,
                "weekly": _weekly_rows(resource, posted if posted is not None and "weekly" in posted else None),
                "overrides": resource.overrides.filter(date__gte=today - timedelta(days=1)),
                "blocked": resource.blocked.filter(end_date__gte=today),
                "kinds": Resource.Kind.choices,
                "timezones": sorted(zoneinfo.available_timezones()),
                "errors": errors or {},
                "today": today,
            },
            status=status,
        )

    def post(self, request, pk):
        resource = get_object_or_404(Resource, pk=pk)
        section = request.POST.get("section", "")
        try:
            if section == "details":
                services.resource_update(
                    resource=resource,
                    name=request.POST.get("name", ""),
                    kind=request.POST.get("kind", ""),
                    timezone=request.POST.get("timezone", ""),
                    email=request.POST.get("email", ""),
                    color=request.POST.get("color", resource.color),
                    is_active=bool(request.POST.get("is_active")),
                )
                messages.success(request, "Details saved.")
            elif section == "weekly":
                weekly = {}
                for weekday in range(7):
                    weekly[weekday] = [
                        (request.POST.get(f"d{weekday}_start_{i}", ""), request.POST.get(f"d{weekday}_end_{i}", ""))
                        for i in range(RANGES_PER_DAY)
                        if request.POST.get(f"d{weekday}_start_{i}") or request.POST.get(f"d{weekday}_end_{i}")
                    ]
                services.rules_replace(resource=resource, weekly=weekly)
                messages.success(request, "Weekly hours saved.")
            elif section == "override":
                services.override_create(
                    resource=resource,
                    day=request.POST.get("date", ""),
                    start_time=request.POST.get("start_time", ""),
                    end_time=request.POST.get("end_time", ""),
                )
                messages.success(request, "Special hours added.")
            elif section == "blocked":
                services.blocked_date_create(
                    resource=resource,
                    start_date=request.POST.get("start_date", ""),
                    end_date=request.POST.get("end_date", ""),
                    reason=request.POST.get("reason", ""),
                )
                messages.success(request, "Days blocked.")
            else:
                messages.error(request, "Unknown form.")
        except ValidationError as exc:
            posted = request.POST.copy()
            posted[section] = "1"
            return self.get(request, pk, errors={section: field_errors(exc)}, posted=posted, status=400)
        return redirect("appointments:resource", pk=pk)


class ResourceDeleteView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        resource = get_object_or_404(Resource, pk=pk)
        services.resource_delete(resource=resource)
        messages.success(request, f"{resource.name} removed (kept as inactive if it has appointments).")
        return redirect("appointments:resources")


class OverrideDeleteView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        override = get_object_or_404(DateOverride, pk=pk)
        services.override_delete(override=override)
        messages.success(request, "Special hours removed.")
        return redirect("appointments:resource", pk=override.resource_id)


class BlockedDateView(TenantZoneMixin, PortalPermissionMixin, View):
    """Add (POST) a tenant-wide blocked period from the resources page."""

    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request):
        try:
            services.blocked_date_create(
                start_date=request.POST.get("start_date", ""),
                end_date=request.POST.get("end_date", ""),
                reason=request.POST.get("reason", ""),
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, "Days blocked for everyone.")
        return redirect("appointments:resources")


class BlockedDateDeleteView(TenantZoneMixin, PortalPermissionMixin, View):
    required_perm = Perm.MANAGE_CALENDAR

    def post(self, request, pk):
        blocked = get_object_or_404(BlockedDate, pk=pk)
        services.blocked_date_delete(blocked=blocked)
        messages.success(request, "Blocked days removed.")
        if blocked.resource_id:
            return redirect("appointments:resource", pk=blocked.resource_id)
        return redirect("appointments:resources")


TYPE_FIELDS = (
    "name",
    "slug",
    "duration_minutes",
    "buffer_before_minutes",
    "buffer_after_minutes",
    "min_notice_minutes",
    "max_days_ahead",
    "slot_interval_minutes",
    "price",
    "notes",
    "color",
)


def _type_values(post) -> dict:
    values = {field: post.get(field, "") for field in TYPE_FIELDS if field in post}
    if values.get("slug") == "":
        values.pop("slug")
    values["is_active"] = bool(post.get("is_active"))
    return values


class AppointmentTypesView(TenantZoneMixin, PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, errors=None, values=None, status=200):
        return render(
            request,
            "appointments/types.html",
            {
                "types": AppointmentType.objects.prefetch_related("resources"),
                "resources": Resource.objects.filter(is_active=True),
                "errors": errors or {},
                "values": values
                or {
                    "duration_minutes": 30,
                    "buffer_before_minutes": 0,
                    "buffer_after_minutes": 0,
                    "min_notice_minutes": 60,
                    "max_days_ahead": 60,
                    "color": "#3b5bdb",
                },
            },
            status=status,
        )

    def post(self, request):
        resources = list(Resource.objects.filter(pk__in=_ids(request.POST.getlist("resources"))))
        try:
            appointment_type = services.appointment_type_create(resources=resources, **_type_values(request.POST))
        except ValidationError as exc:
            return self.get(request, errors=field_errors(exc), values=request.POST, status=400)
        messages.success(request, f"Added {appointment_type.name}.")
        return redirect("appointments:types")


def _ids(values) -> list[int]:
    ids = []
    for value in values:
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            continue
    return ids


class AppointmentTypeView(TenantZoneMixin, PortalPermissionMixin, View):
    write_perm = Perm.MANAGE_CALENDAR

    def get(self, request, pk, errors=None, values=None, status=200):
        appointment_type = get_object_or_404(AppointmentType, pk=pk)
        selected = set(appointment_type.resources.values_list("pk", flat=True))
        return render(
            request,
            "appointments/type.html",
            {
                "type": appointment_type,
                "values": values or {field: getattr(appointment_type, field) for field in TYPE_FIELDS},
                "is_active": appointment_type.is_active if values is None else bool(values.get("is_active")),
                "resources": Resource.objects.filter(is_active=True),
                "selected": selected if values is None else set(_ids(values.getlist("resources"))),
                "errors": errors or {},
            },
            status=status,
        )

    def post(self, request, pk):
        appointment_type = get_object_or_404(AppointmentType, pk=pk)
        if request.POST.get("delete"):
            services.appointment_type_delete(appointment_type=appointment_type)
            messages.success(request, f"{appointment_type.name} removed (kept as inactive if it was booked).")
            return redirect("appointments:types")
        resources = list(Resource.objects.filter(pk__in=_ids(request.POST.getlist("resources"))))
        try:
            services.appointment_type_update(
                appointment_type=appointment_type, resources=resources, **_type_values(request.POST)
            )
        except ValidationError as exc:
            return self.get(request, pk, errors=field_errors(exc), values=request.POST, status=400)
        messages.success(request, "Saved.")
        return redirect("appointments:types")
