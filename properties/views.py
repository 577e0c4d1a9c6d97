"""Portal pages for the property inventory (thin: read the form, call a service, render)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from contacts.selectors import contacts_base
from properties import imports, selectors, sending, services
from properties.models import Availability, Property, PropertyType
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_text, field_errors

PAGE_SIZE = 25
MAX_UPLOAD_BYTES = 2_000_000  # the preview posts the file back as a form field (limit 2.5 MB)


def nav_shown(request) -> bool:
    """Properties appear in the navigation for estate agencies, and for anyone who has added one."""
    tenant = getattr(request, "tenant", None)
    return getattr(tenant, "vertical", "") == "real_estate" or selectors.has_properties()


def _choices() -> dict:
    return {"types": PropertyType.choices, "availabilities": Availability.choices}


class PropertyListView(PortalPermissionMixin, View):
    def get(self, request):
        queryset, filters = selectors.properties_filtered(request.GET)
        page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context = {
            "page": page,
            "properties": page.object_list,
            "filters": filters,
            "filtered": any(filters.values()),
            "query": query.urlencode(),
            "can_edit": can(self.membership, Perm.EDIT_CONTACTS),
            "can_import": can(self.membership, Perm.IMPORT_CONTACTS),
            **_choices(),
        }
        template = "properties/list.html#table" if request.htmx else "properties/list.html"
        return render(request, template, context)


def _form_data(post) -> dict:
    specifications = {}
    for line in (post.get("specifications") or "").splitlines():
        key, sep, value = line.partition("=") if "=" in line else line.partition(":")
        if key.strip():
            specifications[key.strip()] = value.strip() if sep else ""
    return {
        "name": post.get("name", ""),
        "type": post.get("type", ""),
        "location": post.get("location", ""),
        "price_min": post.get("price_min", ""),
        "price_max": post.get("price_max", ""),
        "currency": post.get("currency", ""),
        "amenities": post.get("amenities", "").replace(",", ";"),
        "specifications": specifications,
        "availability": post.get("availability", "available"),
        "reference": post.get("reference", ""),
        "description": post.get("description", ""),
    }


def _values(prop: Property | None) -> dict:
    if prop is None:
        return {"currency": "USD", "availability": "available", "type": "apartment"}
    return {
        "name": prop.name,
        "type": prop.type,
        "location": prop.location,
        "price_min": f"{prop.price_min:f}",
        "price_max": f"{prop.price_max:f}",
        "currency": prop.currency,
        "amenities": ", ".join(prop.amenities),
        "specifications": "\n".join(f"{k} = {v}" for k, v in (prop.specifications or {}).items()),
        "availability": prop.availability,
        "reference": prop.reference,
        "description": prop.description,
    }


class PropertyFormView(PortalPermissionMixin, View):
    """Create (no pk) or edit a property."""

    required_perm = Perm.EDIT_CONTACTS

    def _render(self, request, prop, values, errors=None, status=200):
        context = {"prop": prop, "values": values, "errors": errors or {}, **_choices()}
        return render(request, "properties/form.html", context, status=status)

    def get(self, request, pk=None):
        prop = get_object_or_404(Property, pk=pk) if pk else None
        return self._render(request, prop, _values(prop))

    def post(self, request, pk=None):
        prop = get_object_or_404(Property, pk=pk) if pk else None
        data = _form_data(request.POST)
        try:
            if prop is None:
                prop = services.property_create(data=data, actor=request.user)
            else:
                prop = services.property_update(prop=prop, data=data, actor=request.user)
        except ValidationError as exc:
            values = {key: request.POST.get(key, "") for key in data}
            return self._render(request, prop, values, field_errors(exc), status=400)
        messages.success(request, f"Saved {prop.name}.")
        return redirect("properties:list")


class PropertyDeleteView(PortalPermissionMixin, View):
    required_perm = Perm.DELETE_CONTACTS

    def post(self, request, pk):
        prop = get_object_or_404(Property, pk=pk)
        services.property_delete(prop=prop, actor=request.user)
        messages.success(request, f"Deleted {prop.name}.")
        return redirect("properties:list")


class PropertyImportView(PortalPermissionMixin, View):
    """Upload a CSV and see, row by row, what would be imported; then import the same file."""

    required_perm = Perm.IMPORT_CONTACTS

    def get(self, request):
        return render(request, "properties/import.html", {})

    def post(self, request):
        commit = request.POST.get("commit") == "1"
        if commit:
            content = (request.POST.get("content") or "").encode()
        else:
            upload = request.FILES.get("file")
            if upload is None:
                return render(request, "properties/import.html", {"error": "Choose a CSV file."}, status=400)
            if upload.size > MAX_UPLOAD_BYTES:
                return render(
                    request,
                    "properties/import.html",
                    {"error": "The file is larger than 2 MB; split it into smaller files."},
                    status=400,
                )
            content = upload.read()
        try:
            report = imports.property_import(content=content, commit=commit, actor=request.user)
        except ValidationError as exc:
            return render(request, "properties/import.html", {"error": error_text(exc)}, status=400)
        if commit:
            counts = report["counts"]
            messages.success(
                request,
                f"Imported: {counts['create']} added, {counts['update']} updated, {counts['rejected']} rows left out.",
            )
            return redirect("properties:list")
        context = {"report": report, "content": content.decode("utf-8-sig")}
        return render(request, "properties/import.html", context)


class MatchesSendView(PortalPermissionMixin, View):
    """The contact page's “Send by SMS / email” buttons."""

    required_perm = Perm.EDIT_CONTACTS

    def post(self, request, pk):
        contact = get_object_or_404(contacts_base(), pk=pk)
        channel = request.POST.get("channel", "")
        try:
            sending.matches_send(tenant=request.tenant, contact=contact, channel=channel, actor=request.user)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, f"Matching properties queued by {'SMS' if channel == 'sms' else 'email'}.")
        return redirect("contacts:detail", pk=contact.pk)
