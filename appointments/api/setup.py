"""API for what can be booked: resources, appointment types, weekly rules, date overrides, blocked dates."""

from __future__ import annotations

import django_filters
from rest_framework import serializers, status
from rest_framework.response import Response

from appointments import services
from appointments.models import (
    AppointmentType,
    AvailabilityRule,
    BlockedDate,
    DateOverride,
    Resource,
)
from tenants.roles import Perm
from voiceplatform.viewsets import ServiceBackedViewSet


class ResourceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Resource
        fields = ["id", "name", "kind", "timezone", "email", "color", "position", "is_active", "created_at"]
        read_only_fields = ["id", "created_at"]
        extra_kwargs = {"timezone": {"validators": []}, "color": {"required": False}}


class ResourceFilter(django_filters.FilterSet):
    class Meta:
        model = Resource
        fields = ["kind", "is_active"]


class ResourceViewSet(ServiceBackedViewSet):
    """People, rooms or the business itself that appointments are with."""

    write_perm = Perm.MANAGE_CALENDAR
    queryset = Resource.objects.none()
    serializer_class = ResourceSerializer
    filterset_class = ResourceFilter
    search_fields = ["name", "email"]
    ordering_fields = ["position", "name", "created_at"]

    def get_queryset(self):
        return Resource.objects.all()

    def create(self, request, *args, **kwargs):
        data = self.validated()
        resource = services.resource_create(
            name=data.get("name", ""),
            timezone_name=data.get("timezone", request.tenant.timezone),
            kind=data.get("kind", Resource.Kind.STAFF),
            email=data.get("email", ""),
            color=data.get("color", "#3b5bdb"),
        )
        return Response(ResourceSerializer(resource).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        resource = services.resource_update(resource=self.get_object(), **self.validated(partial=True))
        return Response(ResourceSerializer(resource).data)

    def destroy(self, request, *args, **kwargs):
        services.resource_delete(resource=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class AppointmentTypeSerializer(serializers.ModelSerializer):
    resources = serializers.PrimaryKeyRelatedField(many=True, queryset=Resource.objects.all(), required=False)

    class Meta:
        model = AppointmentType
        fields = [
            "id",
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
            "resources",
            "is_active",
        ]
        read_only_fields = ["id"]
        extra_kwargs = {"slug": {"required": False, "validators": []}}


class AppointmentTypeFilter(django_filters.FilterSet):
    resource = django_filters.NumberFilter(field_name="resources")

    class Meta:
        model = AppointmentType
        fields = ["is_active", "resource"]


class AppointmentTypeViewSet(ServiceBackedViewSet):
    """What can be booked: duration, buffers, notice, how far ahead, with which resources."""

    write_perm = Perm.MANAGE_CALENDAR
    queryset = AppointmentType.objects.none()
    serializer_class = AppointmentTypeSerializer
    filterset_class = AppointmentTypeFilter
    search_fields = ["name", "slug"]
    ordering_fields = ["name", "duration_minutes"]

    def get_queryset(self):
        return AppointmentType.objects.prefetch_related("resources")

    def create(self, request, *args, **kwargs):
        data = self.validated()
        resources = data.pop("resources", None)
        appointment_type = services.appointment_type_create(resources=resources, **data)
        return Response(AppointmentTypeSerializer(appointment_type).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = self.validated(partial=True)
        resources = data.pop("resources", None)
        appointment_type = services.appointment_type_update(
            appointment_type=self.get_object(), resources=resources, **data
        )
        return Response(AppointmentTypeSerializer(appointment_type).data)

    def destroy(self, request, *args, **kwargs):
        services.appointment_type_delete(appointment_type=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class AvailabilityRuleSerializer(serializers.ModelSerializer):
    resource = serializers.PrimaryKeyRelatedField(queryset=Resource.objects.all())

    class Meta:
        model = AvailabilityRule
        fields = ["id", "resource", "weekday", "start_time", "end_time"]
        read_only_fields = ["id"]


class AvailabilityRuleViewSet(ServiceBackedViewSet):
    """Weekly opening ranges; several per day are allowed, overlapping ones are not."""

    write_perm = Perm.MANAGE_CALENDAR
    queryset = AvailabilityRule.objects.none()
    serializer_class = AvailabilityRuleSerializer
    filterset_fields = ["resource", "weekday"]
    search_fields = ["resource__name"]
    ordering_fields = ["weekday", "start_time"]

    def get_queryset(self):
        return AvailabilityRule.objects.select_related("resource")

    def create(self, request, *args, **kwargs):
        data = self.validated()
        rule = services.rule_create(
            resource=data["resource"], weekday=data["weekday"], start_time=data["start_time"], end_time=data["end_time"]
        )
        return Response(AvailabilityRuleSerializer(rule).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = self.validated(partial=True)
        data.pop("resource", None)
        rule = services.rule_update(rule=self.get_object(), **data)
        return Response(AvailabilityRuleSerializer(rule).data)

    def destroy(self, request, *args, **kwargs):
        services.rule_delete(rule=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class DateOverrideSerializer(serializers.ModelSerializer):
    resource = serializers.PrimaryKeyRelatedField(queryset=Resource.objects.all())

    class Meta:
        model = DateOverride
        fields = ["id", "resource", "date", "start_time", "end_time"]
        read_only_fields = ["id"]


class DateOverrideFilter(django_filters.FilterSet):
    date_from = django_filters.DateFilter(field_name="date", lookup_expr="gte")
    date_to = django_filters.DateFilter(field_name="date", lookup_expr="lte")

    class Meta:
        model = DateOverride
        fields = ["resource", "date_from", "date_to"]


class DateOverrideViewSet(ServiceBackedViewSet):
    """Opening hours for one date that replace that weekday's rules."""

    write_perm = Perm.MANAGE_CALENDAR
    queryset = DateOverride.objects.none()
    serializer_class = DateOverrideSerializer
    filterset_class = DateOverrideFilter
    search_fields = ["resource__name"]
    ordering_fields = ["date", "start_time"]
    http_method_names = ["get", "post", "delete", "head", "options"]

    def get_queryset(self):
        return DateOverride.objects.select_related("resource")

    def create(self, request, *args, **kwargs):
        data = self.validated()
        override = services.override_create(
            resource=data["resource"], day=data["date"], start_time=data["start_time"], end_time=data["end_time"]
        )
        return Response(DateOverrideSerializer(override).data, status=status.HTTP_201_CREATED)

    def destroy(self, request, *args, **kwargs):
        services.override_delete(override=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)


class BlockedDateSerializer(serializers.ModelSerializer):
    resource = serializers.PrimaryKeyRelatedField(queryset=Resource.objects.all(), allow_null=True, required=False)
    end_date = serializers.DateField(required=False)

    class Meta:
        model = BlockedDate
        fields = ["id", "resource", "start_date", "end_date", "reason"]
        read_only_fields = ["id"]


class BlockedDateFilter(django_filters.FilterSet):
    resource = django_filters.NumberFilter(field_name="resource")
    all_resources = django_filters.BooleanFilter(field_name="resource", lookup_expr="isnull")

    class Meta:
        model = BlockedDate
        fields = ["resource", "all_resources"]


class BlockedDateViewSet(ServiceBackedViewSet):
    """Whole days off (holidays, time off); without a resource they block everyone."""

    write_perm = Perm.MANAGE_CALENDAR
    queryset = BlockedDate.objects.none()
    serializer_class = BlockedDateSerializer
    filterset_class = BlockedDateFilter
    search_fields = ["reason"]
    ordering_fields = ["start_date"]
    http_method_names = ["get", "post", "delete", "head", "options"]

    def get_queryset(self):
        return BlockedDate.objects.select_related("resource")

    def create(self, request, *args, **kwargs):
        data = self.validated()
        blocked = services.blocked_date_create(
            start_date=data["start_date"],
            end_date=data.get("end_date"),
            resource=data.get("resource"),
            reason=data.get("reason", ""),
        )
        return Response(BlockedDateSerializer(blocked).data, status=status.HTTP_201_CREATED)

    def destroy(self, request, *args, **kwargs):
        services.blocked_date_delete(blocked=self.get_object())
        return Response(status=status.HTTP_204_NO_CONTENT)
