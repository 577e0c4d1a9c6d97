"""The do-not-call list page and the setup page (groups, tags, custom fields, templates, settings)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View

from contacts import services
from contacts.api.catalog import dnc_rows_from_file
from contacts.models import ContactSettings, CustomFieldDefinition, DncEntry, Group, MappingTemplate, Tag
from contacts.phones import InvalidPhone
from contacts.views.common import PAGE_SIZE, page_number
from tenants.permissions import PortalPermissionMixin
from tenants.roles import Perm, can
from voiceplatform.errors import error_text


class DncView(PortalPermissionMixin, View):
    """The numbers never to call or text: search, add one, upload many, remove."""

    write_perm = Perm.EDIT_CONTACTS

    def get(self, request):
        entries = DncEntry.objects.all()
        search = request.GET.get("search", "").strip()
        if search:
            digits = "".join(ch for ch in search if ch.isdigit())
            entries = entries.filter(Q(phone__contains=digits) if digits else Q(reason__icontains=search))
        number = page_number(request)
        offset = (number - 1) * PAGE_SIZE
        rows = list(entries[offset : offset + PAGE_SIZE + 1])
        return render(
            request,
            "contacts/dnc.html",
            {
                "entries": rows[:PAGE_SIZE],
                "search": search,
                "page": number,
                "has_next": len(rows) > PAGE_SIZE,
                "total": DncEntry.objects.count(),
                "can_edit": can(self.membership, Perm.EDIT_CONTACTS),
            },
        )

    def post(self, request):
        try:
            if request.FILES.get("file"):
                rows = dnc_rows_from_file(request.FILES["file"].read())
                result = services.dnc_bulk_add(tenant=request.tenant, rows=rows, source="csv")
                messages.success(
                    request, f"Added {result['added']} number(s); {result['already_listed']} were already listed."
                )
            else:
                entry = services.dnc_add(
                    phone=request.POST.get("phone", ""),
                    tenant=request.tenant,
                    reason=request.POST.get("reason", ""),
                    source="manual",
                )
                messages.success(request, f"{entry.phone} will never be called or texted.")
        except InvalidPhone as exc:
            messages.error(request, str(exc))
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        return redirect("contacts:dnc")


class DncRemoveView(PortalPermissionMixin, View):
    required_perm = Perm.EDIT_CONTACTS

    def post(self, request, pk):
        entry = get_object_or_404(DncEntry, pk=pk)
        services.dnc_entry_delete(entry=entry)
        messages.success(request, f"{entry.phone} may be contacted again.")
        return redirect("contacts:dnc")


class SetupView(PortalPermissionMixin, View):
    def get(self, request):
        return render(
            request,
            "contacts/setup.html",
            {
                "groups": Group.objects.annotate(
                    contact_count=Count("contacts", filter=Q(contacts__erased_at__isnull=True))
                ),
                "tags": Tag.objects.all(),
                "definitions": CustomFieldDefinition.objects.all(),
                "field_types": CustomFieldDefinition.FieldType.choices,
                "templates": MappingTemplate.objects.all(),
                "settings": ContactSettings.load(),
                "can_edit": can(self.membership, Perm.EDIT_CONTACTS),
                "can_manage": can(self.membership, Perm.MANAGE_SETTINGS),
                "can_import": can(self.membership, Perm.IMPORT_CONTACTS),
            },
        )


class SetupActionView(PortalPermissionMixin, View):
    """A POST from one of the setup page's forms; back to the page with a message."""

    required_perm = Perm.EDIT_CONTACTS

    def post(self, request, pk=None):
        try:
            message = self.act(request, pk)
        except ValidationError as exc:
            messages.error(request, error_text(exc))
        else:
            messages.success(request, message)
        return redirect("contacts:setup")

    def act(self, request, pk) -> str:
        raise PermissionDenied


class GroupCreateView(SetupActionView):
    def act(self, request, pk):
        group = services.group_create(
            name=request.POST.get("name", ""), description=request.POST.get("description", ""), actor=request.user
        )
        return f"Created the group {group.name}."


class GroupDeleteView(SetupActionView):
    def act(self, request, pk):
        group = get_object_or_404(Group, pk=pk)
        services.group_delete(group=group)
        return f"Deleted the group {group.name} (its contacts stay)."


class TagCreateView(SetupActionView):
    def act(self, request, pk):
        tag = services.tag_create(name=request.POST.get("name", ""), color=request.POST.get("color", ""))
        return f"Created the tag {tag.name}."


class TagRenameView(SetupActionView):
    def act(self, request, pk):
        tag = services.tag_update(tag=get_object_or_404(Tag, pk=pk), name=request.POST.get("name", ""))
        return f"Renamed the tag to {tag.name}."


class TagDeleteView(SetupActionView):
    def act(self, request, pk):
        tag = get_object_or_404(Tag, pk=pk)
        changed = services.tag_delete(tag=tag)
        return f"Deleted the tag {tag.name} from {changed} contact(s)."


class FieldCreateView(SetupActionView):
    required_perm = Perm.MANAGE_SETTINGS

    def act(self, request, pk):
        definition = services.custom_field_create(
            key=request.POST.get("key", ""),
            label=request.POST.get("label", ""),
            field_type=request.POST.get("field_type", "text"),
            choices=request.POST.get("choices", "") or None,
        )
        return f"Added the field {definition.label}."


class FieldDeleteView(SetupActionView):
    required_perm = Perm.MANAGE_SETTINGS

    def act(self, request, pk):
        definition = get_object_or_404(CustomFieldDefinition, pk=pk)
        changed = services.custom_field_delete(definition=definition)
        return f"Deleted the field {definition.label} and its values on {changed} contact(s)."


class ContactSettingsView(SetupActionView):
    required_perm = Perm.MANAGE_SETTINGS

    def act(self, request, pk):
        raw_months = request.POST.get("retention_months", "0").strip() or "0"
        if not raw_months.isdigit():
            raise ValidationError({"retention_months": ["Give a number of months (0 keeps contacts)."]})
        services.contact_settings_update(
            actor=request.user,
            require_consent_for_calls=bool(request.POST.get("require_consent_for_calls")),
            default_region=request.POST.get("default_region", ""),
            retention_months=int(raw_months),
        )
        return "Contact settings saved."
