"""The contact list (search, filters, bulk actions), detail page and create/edit forms."""

import json
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views import View

from contacts import hooks, services
from contacts.api.contacts import export_response
from contacts.filters import ContactFilter, bulk_targets, contacts_list_page, filtered_contacts
from contacts.models import ConsentRecord, ContactSource, DncEntry, LeadStatus, SavedView
from contacts.selectors import contact_timeline, contacts_base
from contacts.services.bulk import BULK_ACTIONS, bulk_action_permission
from contacts.services.core import STATUS_TRANSITIONS, contact_timezone
from contacts.views.common import PAGE_SIZE, choices_context, page_number
from contacts.views.forms import form_context, form_data, posted_values
from tenants.permissions import PortalPermissionMixin
from tenants.request_utils import client_ip
from tenants.roles import Perm, can
from tenants.selectors import member_emails
from voiceplatform.errors import error_text, field_errors

ORDERING_CHOICES = (
    ("", "Newest first"),
    ("created_at", "Oldest first"),
    ("last_name", "Last name A–Z"),
    ("-last_name", "Last name Z–A"),
    ("-lead_score", "Highest lead score"),
    ("-priority", "Highest priority"),
    ("-updated_at", "Recently changed"),
    ("callback_at", "Callback soonest"),
)
BULK_LABELS = {
    "tag": "Add tags",
    "untag": "Remove tags",
    "add_to_group": "Add to group",
    "remove_from_group": "Remove from group",
    "set_status": "Change status",
    "assign_owner": "Assign owner",
    "add_to_dnc": "Add to do-not-call list",
    "delete": "Delete",
    "export": "Export CSV",
}


def _view_query(view: SavedView) -> str:
    return urlencode({k: ",".join(v) if isinstance(v, list) else v for k, v in view.filters.items()})


def _list_query(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


class ContactListView(PortalPermissionMixin, View):
    """Search, filter, sort and act on contacts. The results table is an HTMX partial."""

    def get(self, request):
        number = page_number(request)
        page = contacts_list_page(request.GET, request, queryset=contacts_base(), number=number, size=PAGE_SIZE)
        saved = SavedView.objects.filter(created_by=request.user) | SavedView.objects.filter(shared=True)
        context = {
            **choices_context(request.tenant),
            "contacts": page["rows"],
            "count": page["count"],
            "count_exact": page["exact"],
            "fuzzy": page["fuzzy"],
            "page": number,
            "has_next": page["has_next"],
            "has_previous": number > 1,
            "query": _list_query(request),
            "params": request.GET,
            "filter_errors": page["errors"],
            "filtered": any(v for k, v in request.GET.items() if k not in ("page", "ordering")),
            "saved_views": [(view, _view_query(view)) for view in saved.distinct().order_by("name")],
            "bulk_actions": [
                (name, BULK_LABELS[name]) for name, perm in BULK_ACTIONS.items() if can(self.membership, perm)
            ],
            "ordering_choices": ORDERING_CHOICES,
            "can_edit": can(self.membership, Perm.EDIT_CONTACTS),
            "can_import": can(self.membership, Perm.IMPORT_CONTACTS),
            "can_export": can(self.membership, Perm.EXPORT_DATA),
        }
        template = "contacts/list.html#results" if request.htmx else "contacts/list.html"
        return render(request, template, context)


class ContactBulkView(PortalPermissionMixin, View):
    required_perm = Perm.EDIT_CONTACTS

    def post(self, request):
        action = request.POST.get("action", "")
        query = request.POST.get("filter_query", "")
        back = reverse("contacts:list") + (f"?{query}" if query else "")
        try:
            perm = bulk_action_permission(action)
        except ValidationError:
            messages.error(request, "Choose an action.")
            return redirect(back)
        if not can(self.membership, perm):
            raise PermissionDenied
        if request.POST.get("scope") == "filter":
            queryset, problems = bulk_targets(request=request, params=QueryDict(query))
        else:
            ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
            if not ids:
                messages.error(request, "Select at least one contact.")
                return redirect(back)
            queryset, problems = bulk_targets(request=request, ids=ids)
        if problems:
            messages.error(request, "The filter is not valid.")
            return redirect(back)
        if action == "export":
            return export_response(queryset, request, "csv")
        params = {
            "tags": request.POST.get("tags", ""),
            "group": request.POST.get("group"),
            "status": request.POST.get("status", ""),
            "reason": request.POST.get("reason", ""),
            "owner": request.POST.get("owner") or None,
        }
        try:
            result = services.contacts_bulk_action(
                tenant=request.tenant,
                queryset=queryset,
                action=action,
                params=params,
                actor=request.user,
                ip_address=client_ip(request),
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
            return redirect(back)
        summary = f"{BULK_LABELS[action]}: {result.get('changed', result.get('marked', 0))} contact(s) changed."
        if result.get("not_allowed"):
            summary += f" {result['not_allowed']} could not move to that status."
        messages.success(request, summary)
        return redirect(back)


class ContactExportView(PortalPermissionMixin, View):
    required_perm = Perm.EXPORT_DATA

    def get(self, request):
        queryset, _ = filtered_contacts(contacts_base(), request.GET, request)
        return export_response(queryset, request, "csv")


class ContactCreateView(PortalPermissionMixin, View):
    required_perm = Perm.EDIT_CONTACTS

    def get(self, request):
        return render(request, "contacts/form.html", form_context(request, None))

    def post(self, request):
        from contacts.models import CustomFieldDefinition

        data = form_data(request, CustomFieldDefinition.objects.all(), None)
        try:
            contact, _ = services.contact_create(
                tenant=request.tenant, data=data, actor=request.user, source=ContactSource.MANUAL
            )
        except ValidationError as exc:
            context = form_context(request, None, errors=field_errors(exc), values=posted_values(request))
            return render(request, "contacts/form.html", context, status=400)
        messages.success(request, f"Added {contact}.")
        return redirect("contacts:detail", pk=contact.pk)


class ContactEditView(PortalPermissionMixin, View):
    required_perm = Perm.EDIT_CONTACTS

    def get(self, request, pk):
        contact = get_object_or_404(contacts_base(), pk=pk)
        return render(request, "contacts/form.html", form_context(request, contact))

    def post(self, request, pk):
        from contacts.models import CustomFieldDefinition

        contact = get_object_or_404(contacts_base(), pk=pk)
        data = form_data(request, CustomFieldDefinition.objects.all(), contact)
        try:
            contact = services.contact_update(contact=contact, data=data, actor=request.user, tenant=request.tenant)
        except ValidationError as exc:
            context = form_context(request, contact, errors=field_errors(exc), values=posted_values(request))
            return render(request, "contacts/form.html", context, status=400)
        messages.success(request, f"Saved {contact}.")
        return redirect("contacts:detail", pk=contact.pk)


class ContactDetailView(PortalPermissionMixin, View):
    def get(self, request, pk):
        from contacts.models import CustomFieldDefinition

        contact = get_object_or_404(contacts_base().prefetch_related("groups"), pk=pk)
        definitions = {d.key: d for d in CustomFieldDefinition.objects.all()}
        allowed = STATUS_TRANSITIONS.get(contact.status, frozenset())
        owner = dict(member_emails(tenant=request.tenant)).get(contact.owner_id)
        return render(
            request,
            "contacts/detail.html",
            {
                "contact": contact,
                "timeline": contact_timeline(contact),
                "panels": hooks.panels_for(contact),
                "custom_values": [
                    (definitions[key].label if key in definitions else key, value)
                    for key, value in sorted(contact.custom_fields.items())
                ],
                "qualification": sorted(contact.qualification.items()),
                "next_statuses": [(v, label) for v, label in LeadStatus.choices if v in allowed],
                "owner_email": owner,
                "zone": contact_timezone(contact, request.tenant),
                "call_block": services.contact_block_reason(contact, "call"),
                "sms_block": services.contact_block_reason(contact, "sms"),
                "dnc_entry": DncEntry.objects.filter(phone=contact.phone).first() if contact.phone else None,
                "channels": ConsentRecord.Channel.choices,
                "can_edit": can(self.membership, Perm.EDIT_CONTACTS) and not contact.is_erased,
                "can_delete": can(self.membership, Perm.DELETE_CONTACTS),
                "can_export": can(self.membership, Perm.EXPORT_DATA),
                "can_call": can(self.membership, Perm.PLACE_CALLS) and not contact.is_erased,
                "can_book": can(self.membership, Perm.MANAGE_CALENDAR) and not contact.is_erased,
                "can_text": can(self.membership, Perm.EDIT_CONTACTS) and not contact.is_erased,
            },
        )


class ContactActionView(PortalPermissionMixin, View):
    """POST-only actions on one contact, back to its page with a message."""

    required_perm = Perm.EDIT_CONTACTS

    def post(self, request, pk):
        contact = get_object_or_404(contacts_base(), pk=pk)
        try:
            message = self.act(request, contact)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        except services.InvalidTransition as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, message)
        return redirect(self.success_url(contact))

    def success_url(self, contact):
        return reverse("contacts:detail", args=[contact.pk])

    def act(self, request, contact) -> str:
        raise PermissionDenied


class ContactStatusView(ContactActionView):
    def act(self, request, contact):
        contact = services.contact_set_status(
            contact=contact,
            status=request.POST.get("status", ""),
            reason=request.POST.get("reason", ""),
            actor=request.user,
        )
        return f"Status is now {contact.get_status_display()}."


class ContactNoteView(ContactActionView):
    def act(self, request, contact):
        services.contact_note_add(contact=contact, body=request.POST.get("body", ""), actor=request.user)
        return "Note added."


class ContactConsentView(ContactActionView):
    def act(self, request, contact):
        services.consent_add(
            contact=contact,
            channel=request.POST.get("channel", ""),
            granted=request.POST.get("granted") == "yes",
            source=request.POST.get("source", ""),
            evidence=request.POST.get("evidence", ""),
            actor=request.user,
        )
        return "Consent recorded."


class ContactEraseView(ContactActionView):
    required_perm = Perm.DELETE_CONTACTS

    def act(self, request, contact):
        services.contact_erase(
            contact=contact,
            tenant=request.tenant,
            actor=request.user,
            reason=request.POST.get("reason", ""),
            ip_address=client_ip(request),
        )
        return "Personal data erased. The history stays, without it."


class ContactDeleteView(ContactActionView):
    required_perm = Perm.DELETE_CONTACTS

    def act(self, request, contact):
        services.contact_delete(contact=contact, actor=request.user)
        return "Contact deleted."

    def success_url(self, contact):
        return reverse("contacts:list")


class ContactGdprExportView(PortalPermissionMixin, View):
    required_perm = Perm.EXPORT_DATA

    def get(self, request, pk):
        contact = get_object_or_404(contacts_base(), pk=pk)
        data = services.contact_gdpr_export(
            contact=contact, tenant=request.tenant, actor=request.user, ip_address=client_ip(request)
        )
        response = HttpResponse(json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json")
        stamp = timezone.now().strftime("%Y%m%d")
        response["Content-Disposition"] = f'attachment; filename="contact-{contact.pk}-{stamp}.json"'
        return response


class SavedViewCreateView(PortalPermissionMixin, View):
    def post(self, request):
        query = QueryDict(request.POST.get("filter_query", ""))
        filters = {key: value for key, value in query.items() if key in ContactFilter.base_filters and value}
        try:
            view = services.saved_view_create(
                name=request.POST.get("name", ""),
                filters=filters,
                shared=bool(request.POST.get("shared")),
                actor=request.user,
            )
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, f"Saved the view {view.name}.")
        return redirect(reverse("contacts:list") + (f"?{query.urlencode()}" if query else ""))


class SavedViewDeleteView(PortalPermissionMixin, View):
    def post(self, request, pk):
        visible = SavedView.objects.filter(Q(created_by=request.user) | Q(shared=True))
        view = get_object_or_404(visible, pk=pk)
        if view.created_by_id != request.user.pk and not can(self.membership, Perm.MANAGE_SETTINGS):
            raise PermissionDenied
        services.saved_view_delete(view=view)
        messages.success(request, f"Deleted the view {view.name}.")
        return redirect("contacts:list")
