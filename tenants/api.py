"""API for the current user, the team, API keys and tenant settings."""

import functools

import django_filters
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response
from rest_framework.views import APIView

from tenants import selectors, services
from tenants.hooks import settings_sections
from tenants.models import ApiKey, Membership, Tenant
from tenants.permissions import request_membership
from tenants.request_utils import client_ip
from tenants.roles import FLAGS, Perm, Role, can, has_flag
from voiceplatform.viewsets import ServiceBackedViewSet


class UserSummarySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    full_name = serializers.CharField()


class MembershipSerializer(serializers.ModelSerializer):
    user = UserSummarySerializer(read_only=True)

    class Meta:
        model = Membership
        fields = ["id", "user", "role", "status", *FLAGS, "created_at", "joined_at"]
        read_only_fields = ["id", "user", "status", "created_at", "joined_at"]


class InviteSerializer(serializers.Serializer):
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=Role.choices)
    can_download_recordings = serializers.BooleanField(required=False)
    can_view_all_calls = serializers.BooleanField(required=False)
    can_manage_calendar = serializers.BooleanField(required=False)


class MembershipUpdateSerializer(serializers.Serializer):
    role = serializers.ChoiceField(choices=Role.choices, required=False)
    can_download_recordings = serializers.BooleanField(required=False)
    can_view_all_calls = serializers.BooleanField(required=False)
    can_manage_calendar = serializers.BooleanField(required=False)


class MembershipFilter(django_filters.FilterSet):
    class Meta:
        model = Membership
        fields = ["role", "status"]


class TeamViewSet(ServiceBackedViewSet):
    """Members of this tenant. Inviting, changing roles and removing need `manage_team`."""

    queryset = Membership.objects.none()
    serializer_class = MembershipSerializer
    write_perm = Perm.MANAGE_TEAM
    filterset_class = MembershipFilter
    search_fields = ["user__email", "user__full_name"]
    ordering_fields = ["user__email", "role", "created_at"]
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Membership.objects.none()
        return selectors.team_for(tenant=self.request.tenant)

    def get_serializer_class(self):
        if self.action == "create":
            return InviteSerializer
        if self.action == "partial_update":
            return MembershipUpdateSerializer
        return MembershipSerializer

    @extend_schema(request=InviteSerializer, responses={201: MembershipSerializer})
    def create(self, request, *args, **kwargs):
        data = self._validated(InviteSerializer, request.data)
        membership = services.member_invite(
            tenant=request.tenant,
            email=data["email"],
            role=data["role"],
            actor_membership=request_membership(request),
            flags={f: data[f] for f in FLAGS if f in data},
            ip_address=client_ip(request),
        )
        return Response(MembershipSerializer(membership).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=MembershipUpdateSerializer, responses=MembershipSerializer)
    def partial_update(self, request, *args, **kwargs):
        data = self._validated(MembershipUpdateSerializer, request.data)
        membership = services.member_update(
            membership=self.get_object(),
            actor_membership=request_membership(request),
            role=data.get("role"),
            flags={f: data[f] for f in FLAGS if f in data},
            ip_address=client_ip(request),
        )
        return Response(MembershipSerializer(membership).data)

    def destroy(self, request, *args, **kwargs):
        services.member_remove(
            membership=self.get_object(),
            actor_membership=request_membership(request),
            ip_address=client_ip(request),
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

    @staticmethod
    def _validated(serializer_class, data):
        serializer = serializer_class(data=data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


class ApiKeySerializer(serializers.ModelSerializer):
    user_email = serializers.EmailField(source="user.email", read_only=True)
    revoked = serializers.BooleanField(source="is_revoked", read_only=True)

    class Meta:
        model = ApiKey
        fields = ["id", "name", "prefix", "scope", "user_email", "created_at", "last_used_at", "revoked_at", "revoked"]
        read_only_fields = fields


class ApiKeyCreateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=80)
    scope = serializers.ChoiceField(choices=ApiKey.Scope.choices)


class ApiKeyFilter(django_filters.FilterSet):
    revoked = django_filters.BooleanFilter(field_name="revoked_at", lookup_expr="isnull", exclude=True)

    class Meta:
        model = ApiKey
        fields = ["scope", "revoked"]


class ApiKeyViewSet(ServiceBackedViewSet):
    """API keys of this tenant. The secret is in the create response only; DELETE revokes."""

    queryset = ApiKey.objects.none()
    serializer_class = ApiKeySerializer
    read_perm = Perm.MANAGE_API_KEYS
    write_perm = Perm.MANAGE_API_KEYS
    filterset_class = ApiKeyFilter
    search_fields = ["name", "prefix"]
    ordering_fields = ["created_at", "last_used_at", "name"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return ApiKey.objects.none()
        return selectors.api_keys_for(tenant=self.request.tenant)

    @extend_schema(
        request=ApiKeyCreateSerializer,
        responses={
            201: inline_serializer("ApiKeyCreated", {"key": serializers.CharField(), "api_key": ApiKeySerializer()})
        },
    )
    def create(self, request, *args, **kwargs):
        serializer = ApiKeyCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        issued = services.api_key_create(
            tenant=request.tenant,
            user=request.user,
            name=serializer.validated_data["name"],
            scope=serializer.validated_data["scope"],
            ip_address=client_ip(request),
        )
        return Response(
            {"key": issued.secret, "api_key": ApiKeySerializer(issued.api_key).data}, status=status.HTTP_201_CREATED
        )

    def destroy(self, request, *args, **kwargs):
        services.api_key_revoke(api_key=self.get_object(), actor=request.user, ip_address=client_ip(request))
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    """Who is calling, in which tenant, with which role, flags and permissions."""

    @extend_schema(
        responses=inline_serializer(
            "Me",
            {
                "user": UserSummarySerializer(),
                "tenant": serializers.DictField(),
                "role": serializers.CharField(),
                "flags": serializers.DictField(),
                "permissions": serializers.ListField(),
                "api_key_scope": serializers.CharField(),
            },
        )
    )
    def get(self, request):
        membership = request_membership(request)
        tenant: Tenant = request.tenant
        scope = request.auth.scope if isinstance(request.auth, ApiKey) else None
        return Response(
            {
                "user": UserSummarySerializer(request.user).data,
                "tenant": {
                    "slug": tenant.slug,
                    "name": tenant.name,
                    "timezone": tenant.timezone,
                    "vertical": tenant.vertical,
                    "status": tenant.status,
                },
                "role": membership.role,
                "flags": {flag: has_flag(membership, flag) for flag in FLAGS},
                "permissions": sorted(p.value for p in Perm if can(membership, p, scope=scope)),
                "api_key_scope": scope,
            }
        )


@functools.cache
def settings_serializer_class() -> type[serializers.Serializer]:
    """The tenant's own fields plus those of every registered settings section (tenants.hooks)."""
    fields = {
        "name": serializers.CharField(max_length=120, required=False),
        "timezone": serializers.CharField(max_length=64, required=False),
        "business_hours": serializers.JSONField(required=False),
        "require_mfa": serializers.BooleanField(required=False),
    }
    for section in settings_sections:
        fields.update(section.fields())
    return type("SettingsSerializer", (serializers.Serializer,), fields)


class SettingsView(GenericAPIView):
    """Tenant settings: name, time zone, business hours, MFA requirement, and each app's section."""

    write_perm = Perm.MANAGE_SETTINGS
    pagination_class = None
    filter_backends = ()

    def get_serializer_class(self):
        return settings_serializer_class()

    def get(self, request):
        return Response(services.workspace_settings_payload(request.tenant))

    def patch(self, request):
        serializer = self.get_serializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        tenant = services.workspace_settings_update(
            tenant=request.tenant, actor=request.user, ip_address=client_ip(request), **serializer.validated_data
        )
        request.tenant = tenant
        return Response(services.workspace_settings_payload(tenant))
