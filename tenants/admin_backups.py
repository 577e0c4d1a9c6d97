"""The platform admin's backup pages: list backups, back up now, restore (audited)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path

from tenants import backup_restore, backups
from tenants.request_utils import client_ip
from tenants.services import audit_record


class RestoreForm(forms.Form):
    MODES = [("replace", "Replace the tenant it was taken from"), ("new", "Restore into a new tenant")]

    mode = forms.ChoiceField(choices=MODES, widget=forms.RadioSelect, initial="new")
    new_slug = forms.CharField(required=False, max_length=40, help_text="For a new tenant: its slug (web address).")
    confirm = forms.BooleanField(required=False, label="I understand that replacing overwrites all the tenant's data")

    def clean(self):
        data = super().clean()
        if data.get("mode") == "new" and not data.get("new_slug"):
            self.add_error("new_slug", "Give the new tenant a slug.")
        if data.get("mode") == "replace" and not data.get("confirm"):
            self.add_error("confirm", "Tick the box to replace the tenant's data.")
        return data


class BackupAdminMixin:
    """Mixed into TenantAdmin: /admin/tenants/tenant/backups/ and the 'Back up now' action."""

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("backups/", view(self.backups_view), name="tenants_tenant_backups"),
            path("backups/<str:name>/restore/", view(self.restore_view), name="tenants_tenant_backup_restore"),
            *super().get_urls(),
        ]

    def _require_superuser(self, request):
        if not request.user.is_superuser:
            raise PermissionDenied

    def backups_view(self, request):
        self._require_superuser(request)
        context = {
            **self.admin_site.each_context(request),
            "title": "Tenant backups",
            "opts": self.model._meta,
            "backups": backups.backups_list(),
            "directory": backups.backup_dir(),
        }
        return TemplateResponse(request, "admin/tenants/backups.html", context)

    def restore_view(self, request, name):
        self._require_superuser(request)
        try:
            path_ = backups.backup_path(name)
            manifest = backups.read_manifest(path_)
        except backups.BackupError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return redirect("admin:tenants_tenant_backups")
        form = RestoreForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            replace = form.cleaned_data["mode"] == "replace"
            try:
                result = backup_restore.tenant_restore(
                    path=path_,
                    as_slug=None if replace else form.cleaned_data["new_slug"],
                    confirm_overwrite=replace,
                    actor=request.user,
                    ip_address=client_ip(request),
                )
            except backups.BackupError as exc:
                audit_record(
                    action="tenant.restore_refused",
                    actor=request.user,
                    target=name,
                    ip_address=client_ip(request),
                    metadata={"file": name, "reason": str(exc)[:500]},
                )
                form.add_error(None, str(exc))
            else:
                verb = "replaced" if result.replaced else "created"
                self.message_user(request, f"Tenant {result.tenant.slug} {verb} from {name} ({result.rows:,} rows).")
                return redirect("admin:tenants_tenant_change", result.tenant.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Restore {name}",
            "opts": self.model._meta,
            "name": name,
            "manifest": manifest,
            "form": form,
        }
        return TemplateResponse(request, "admin/tenants/backup_restore.html", context)

    def back_up_tenants(self, request, queryset):
        self._require_superuser(request)
        written = []
        for tenant in queryset:
            try:
                written.append(backups.tenant_backup(tenant=tenant, actor=request.user).name)
            except backups.BackupError as exc:
                self.message_user(request, f"{tenant.slug}: {exc}", messages.ERROR)
        if written:
            self.message_user(request, "Written: " + ", ".join(written))

    back_up_tenants.short_description = "Back up selected tenants now"
