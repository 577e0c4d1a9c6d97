"""The platform owner's admin: tenants, people, keys and the audit trail."""

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html

from tenants import impersonation, services
from tenants.admin_backups import BackupAdminMixin
from tenants.models import ApiKey, AuditEvent, Domain, Membership, Tenant, TenantSettings, User
from tenants.request_utils import client_ip


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_superuser", "is_active", "date_joined"]
    search_fields = ["email", "full_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Profile", {"fields": ("full_name",)}),
        ("Platform access", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


class TenantCreationForm(forms.ModelForm):
    owner_email = forms.EmailField(help_text="Existing users are added; new ones get an account.")
    owner_password = forms.CharField(
        widget=forms.PasswordInput, required=False, help_text="Leave empty to let the owner use password reset."
    )

    class Meta:
        model = Tenant
        fields = ["slug", "name", "vertical", "timezone"]

    def clean(self):
        cleaned = super().clean()
        errors = services.tenant_creation_errors(
            slug=cleaned.get("slug", ""),
            name=cleaned.get("name", ""),
            owner_email=cleaned.get("owner_email", ""),
            vertical=cleaned.get("vertical", ""),
            timezone_name=cleaned.get("timezone", ""),
        )
        for field, field_errors in errors.items():
            if field in self.fields and field not in self.errors:
                self.add_error(field, field_errors)
        return cleaned


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "tenant"
    extra = 0
    fields = [
        "user",
        "role",
        "status",
        "can_download_recordings",
        "can_view_all_calls",
        "can_manage_calendar",
        "impersonate",
    ]
    readonly_fields = ["impersonate"]
    autocomplete_fields = ["user"]

    @admin.display(description="Impersonate")
    def impersonate(self, obj):
        if not obj.pk:
            return "-"
        url = reverse("admin:tenants_membership_impersonate", args=[obj.pk])
        return format_html('<a class="button" href="{}">Log in as</a>', url)


class CallingCeilingInline(admin.StackedInline):
    """The tenant's outbound calling ceilings and pause switch, on the tenant's page."""

    model = TenantSettings
    fields = ["calls_per_15_minutes_ceiling", "calls_per_day_ceiling", "calling_paused", "calling_paused_reason"]
    verbose_name = "outbound calling"
    verbose_name_plural = "outbound calling"
    can_delete = False
    extra = 0
    max_num = 1


@admin.register(Tenant)
class TenantAdmin(BackupAdminMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "status", "vertical", "timezone", "created_at", "portal_link"]
    list_filter = ["status", "vertical"]
    search_fields = ["name", "slug", "domains__domain"]
    readonly_fields = ["schema_name", "created_at", "suspended_at", "suspended_reason"]
    actions = ["suspend_tenants", "activate_tenants", "back_up_tenants"]
    inlines = [CallingCeilingInline, MembershipInline]
    change_list_template = "admin/tenants/tenant_change_list.html"

    def get_queryset(self, request):
        return super().get_queryset(request).businesses()

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = TenantCreationForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["slug", "name", "vertical", "timezone", "owner_email", "owner_password"]
        return [
            "name",
            "slug",
            "schema_name",
            "status",
            "vertical",
            "timezone",
            "business_hours",
            "created_at",
            "suspended_at",
            "suspended_reason",
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return [*self.readonly_fields, "slug", "status"]

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        data = form.cleaned_data
        created = services.tenant_create(
            slug=data["slug"],
            name=data["name"],
            owner_email=data["owner_email"],
            owner_password=data.get("owner_password") or None,
            vertical=data["vertical"],
            timezone_name=data["timezone"],
            actor=request.user,
        )
        obj.pk = created.pk
        obj.schema_name = created.schema_name

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is TenantSettings:
            for inline_form in formset.forms:
                if inline_form.instance.pk and inline_form.has_changed():
                    services.calling_change_audit(
                        tenant_settings=inline_form.instance,
                        changed=inline_form.changed_data,
                        actor=request.user,
                        ip_address=client_ip(request),
                    )

    @admin.display(description="Portal")
    def portal_link(self, obj):
        url = services.tenant_url(obj)
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, services.tenant_host(obj))

    @admin.action(description="Suspend selected tenants (blocks portal, API and calls)")
    def suspend_tenants(self, request, queryset):
        for tenant in queryset:
            services.tenant_suspend(tenant=tenant, reason="Suspended by the platform owner", actor=request.user)
        self.message_user(request, f"Suspended {queryset.count()} tenant(s).", messages.WARNING)

    @admin.action(description="Activate selected tenants")
    def activate_tenants(self, request, queryset):
        for tenant in queryset:
            services.tenant_activate(tenant=tenant, actor=request.user)
        self.message_user(request, f"Activated {queryset.count()} tenant(s).")


@admin.register(Domain)
class DomainAdmin(admin.ModelAdmin):
    list_display = ["domain", "tenant", "is_primary"]
    search_fields = ["domain", "tenant__name"]


@admin.register(TenantSettings)
class TenantSettingsAdmin(admin.ModelAdmin):
    """Per-tenant switches, including the outbound calling ceilings and the switch that pauses all calling."""

    list_display = ["tenant", "require_mfa", *services.CALLING_FIELDS[:3], "updated_at"]
    list_filter = ["calling_paused", "require_mfa"]
    search_fields = ["tenant__name", "tenant__slug"]
    readonly_fields = ["tenant", "updated_at"]
    fieldsets = (
        (None, {"fields": ("tenant", "require_mfa", "support_email", "support_phone", "updated_at")}),
        (
            "Outbound calling (the tenant may only set stricter limits)",
            {"fields": services.CALLING_FIELDS},
        ),
    )
    actions = ["pause_calling", "resume_calling"]

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.calling_change_audit(
            tenant_settings=obj, changed=form.changed_data, actor=request.user, ip_address=client_ip(request)
        )

    @admin.action(description="Pause all outbound calling of the selected tenants")
    def pause_calling(self, request, queryset):
        for row in queryset.select_related("tenant"):
            services.tenant_calling_pause(tenant=row.tenant, actor=request.user, ip_address=client_ip(request))
        self.message_user(request, f"Paused calling for {queryset.count()} tenant(s).", messages.WARNING)

    @admin.action(description="Resume outbound calling of the selected tenants")
    def resume_calling(self, request, queryset):
        for row in queryset.select_related("tenant"):
            services.tenant_calling_resume(tenant=row.tenant, actor=request.user, ip_address=client_ip(request))
        self.message_user(request, f"Resumed calling for {queryset.count()} tenant(s).")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = [
        "user",
        "tenant",
        "role",
        "status",
        "can_download_recordings",
        "can_view_all_calls",
        "can_manage_calendar",
        "created_at",
    ]
    list_filter = ["role", "status", "tenant"]
    search_fields = ["user__email", "tenant__name", "tenant__slug"]
    autocomplete_fields = ["user", "tenant"]
    actions = ["impersonate_member"]

    def get_urls(self):
        return [
            path(
                "<int:pk>/impersonate/",
                self.admin_site.admin_view(self.impersonate_view),
                name="tenants_membership_impersonate",
            ),
            *super().get_urls(),
        ]

    def impersonate_view(self, request, pk):
        membership = Membership.objects.select_related("tenant", "user").get(pk=pk)
        try:
            url = impersonation.impersonation_url(admin=request.user, membership=membership)
        except impersonation.ImpersonationError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return redirect("admin:tenants_membership_changelist")
        services.audit_record(
            action="impersonation.requested",
            tenant=membership.tenant,
            actor=request.user,
            target=membership,
            ip_address=client_ip(request),
        )
        return HttpResponseRedirect(url)

    @admin.action(description="Log in as this member (impersonate)")
    def impersonate_member(self, request, queryset):
        if queryset.count() != 1:
            self.message_user(request, "Choose exactly one member to impersonate.", messages.ERROR)
            return None
        return self.impersonate_view(request, queryset.get().pk)


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ["name", "prefix", "tenant", "user", "scope", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["scope", "tenant"]
    search_fields = ["name", "prefix", "tenant__name", "user__email"]
    readonly_fields = ["tenant", "user", "name", "prefix", "scope", "created_at", "last_used_at", "revoked_at"]
    exclude = ["secret_hash"]
    actions = ["revoke_keys"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Revoke selected keys")
    def revoke_keys(self, request, queryset):
        for api_key in queryset:
            services.api_key_revoke(api_key=api_key, actor=request.user, ip_address=client_ip(request))
        self.message_user(request, "Revoked.")


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "actor_email", "tenant", "target_repr", "ip_address"]
    list_filter = ["action", "tenant"]
    search_fields = ["actor_email", "action", "target_repr", "target_id"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


admin.site.site_header = "Voice Platform — platform admin"
admin.site.site_title = "Voice Platform admin"
