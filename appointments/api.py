"""API for appointments, availability and calendar setup (thin: parse, call a service, render)."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer, inline_serializer
from rest_framework import exceptions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from appointments import selectors, services
from appointments.apiparse import parse_moment
from appointments.models import (
    Appointment,
    AppointmentSource,
    AppointmentStatus,
    AppointmentType,
    AvailabilityRule,
    BlockedDate,
    CalendarProvider,
    DateOverride,
    Resource,
)
from contacts.models import Contact
from tenants.roles import Perm


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This time is no longer available. Pick another slot."
    default_code = "slot_unavailable"


def _slot_conflict(exc: services.SlotUnavailable):
    return Conflict(exc.messages[0] if exc.messages else None)


# --- resources and setup --------------------------------------------------------------


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


class ServiceBackedViewSet(viewsets.ModelViewSet):
    """CRUD whose writes go through services (ValidationErrors become 400 with field messages)."""

    write_perm = Perm.MANAGE_CALENDAR
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def _input(self, partial=False) -> dict:
        serializer = self.get_serializer(data=self.request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        return dict(serializer.validated_data)


class ResourceViewSet(ServiceBackedViewSet):
    """People, rooms or the business itself that appointments are with."""

    queryset = Resource.objects.none()
    serializer_class = ResourceSerializer
    filterset_class = ResourceFilter
    search_fields = ["name", "email"]
    ordering_fields = ["position", "name", "created_at"]

    def get_queryset(self):
        return Resource.objects.all()

    def create(self, request, *args, **kwargs):
        data = self._input()
        resource = services.resource_create(
            name=data.get("name", ""),
            timezone_name=data.get("timezone", request.tenant.timezone),
            kind=data.get("kind", Resource.Kind.STAFF),
            email=data.get("email", ""),
            color=data.get("color", "#3b5bdb"),
        )
        return Response(ResourceSerializer(resource).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        resource = services.resource_update(resource=self.get_object(), **self._input(partial=True))
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

    queryset = AppointmentType.objects.none()
    serializer_class = AppointmentTypeSerializer
    filterset_class = AppointmentTypeFilter
    search_fields = ["name", "slug"]
    ordering_fields = ["name", "duration_minutes"]

    def get_queryset(self):
        return AppointmentType.objects.prefetch_related("resources")

    def create(self, request, *args, **kwargs):
        data = self._input()
        resources = data.pop("resources", None)
        appointment_type = services.appointment_type_create(resources=resources, **data)
        return Response(AppointmentTypeSerializer(appointment_type).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = self._input(partial=True)
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

    queryset = AvailabilityRule.objects.none()
    serializer_class = AvailabilityRuleSerializer
    filterset_fields = ["resource", "weekday"]
    search_fields = ["resource__name"]
    ordering_fields = ["weekday", "start_time"]

    def get_queryset(self):
        return AvailabilityRule.objects.select_related("resource")

    def create(self, request, *args, **kwargs):
        data = self._input()
        rule = services.rule_create(
            resource=data["resource"], weekday=data["weekday"], start_time=data["start_time"], end_time=data["end_time"]
        )
        return Response(AvailabilityRuleSerializer(rule).data, status=status.HTTP_201_CREATED)

    def partial_update(self, request, *args, **kwargs):
        data = self._input(partial=True)
        data.pop("resource", None)
        rule = services.rule_update(rule=self.get_object(), **data)
        return Response(AvailabilityRuleSerializer(rule).data)


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

    queryset = DateOverride.objects.none()
    serializer_class = DateOverrideSerializer
    filterset_class = DateOverrideFilter
    search_fields = ["resource__name"]
    ordering_fields = ["date", "start_time"]
    http_method_names = ["get", "post", "delete", "head", "options"]

    def get_queryset(self):
        return DateOverride.objects.select_related("resource")

    def create(self, request, *args, **kwargs):
        data = self._input()
        override = services.override_create(
            resource=data["resource"], day=data["date"], start_time=data["start_time"], end_time=data["end_time"]
        )
        return Response(DateOverrideSerializer(override).data, status=status.HTTP_201_CREATED)


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

    queryset = BlockedDate.objects.none()
    serializer_class = BlockedDateSerializer
    filterset_class = BlockedDateFilter
    search_fields = ["reason"]
    ordering_fields = ["start_date"]
    http_method_names = ["get", "post", "delete", "head", "options"]

    def get_queryset(self):
        return BlockedDate.objects.select_related("resource")

    def create(self, request, *args, **kwargs):
        data = self._input()
        blocked = services.blocked_date_create(
            start_date=data["start_date"],
            end_date=data.get("end_date"),
            resource=data.get("resource"),
            reason=data.get("reason", ""),
        )
        return Response(BlockedDateSerializer(blocked).data, status=status.HTTP_201_CREATED)


# --- availability ------------------------------------------------------------------------------


class AvailabilityQuerySerializer(serializers.Serializer):
    type = serializers.IntegerField(help_text="Appointment type id.")
    resource = serializers.IntegerField(required=False, help_text="Resource id; any resource when omitted.")
    start = serializers.CharField(required=False, help_text="ISO date or date-time; default now.")
    end = serializers.CharField(required=False, help_text="ISO date (inclusive) or date-time; default start + 7 days.")


class AvailabilityView(APIView):
    """Free slots for an appointment type (and resource) between start and end, as ISO times in the resource's zone."""

    @extend_schema(
        parameters=[AvailabilityQuerySerializer],
        responses=inline_serializer(
            "Availability",
            {
                "type": serializers.IntegerField(),
                "resource": serializers.IntegerField(allow_null=True),
                "timezone": serializers.CharField(),
                "slots": serializers.ListField(child=serializers.DictField()),
            },
        ),
    )
    def get(self, request):
        query = AvailabilityQuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        params = query.validated_data
        appointment_type = AppointmentType.objects.filter(pk=params["type"]).first()
        if appointment_type is None:
            raise exceptions.ValidationError({"type": ["No appointment type with this id."]})
        resource = None
        if "resource" in params:
            resource = Resource.objects.filter(pk=params["resource"]).first()
            if resource is None:
                raise exceptions.ValidationError({"resource": ["No resource with this id."]})
        zone = resource.zone if resource else request.tenant.zone
        start = parse_moment(params.get("start"), zone, field="start")
        end = parse_moment(params.get("end"), zone, field="end", default_from=start, end_of_day=True)
        slots = services.availability_slots(appointment_type=appointment_type, resource=resource, start=start, end=end)
        return Response(
            {
                "type": appointment_type.pk,
                "resource": resource.pk if resource else None,
                "timezone": str(zone),
                "slots": [slot.as_dict(zone) for slot in slots],
            }
        )


# --- appointments ------------------------------------------------------------------------------


@extend_schema_serializer(component_name="AppointmentContactSummary")
class ContactSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["id", "first_name", "last_name", "phone", "email", "timezone"]


class AppointmentSerializer(serializers.ModelSerializer):
    contact = ContactSummarySerializer(read_only=True)
    title = serializers.CharField(source="display_title", read_only=True)

    class Meta:
        model = Appointment
        fields = [
            "id",
            "contact",
            "resource",
            "appointment_type",
            "title",
            "start_at",
            "end_at",
            "status",
            "source",
            "notes",
            "cancellation_reason",
            "confirmed_at",
            "cancelled_at",
            "created_at",
            "updated_at",
        ]
        read_only_fields = fields


class AppointmentCreateSerializer(serializers.Serializer):
    appointment_type = serializers.PrimaryKeyRelatedField(queryset=AppointmentType.objects.all())
    start_at = serializers.DateTimeField()
    resource = serializers.PrimaryKeyRelatedField(queryset=Resource.objects.all(), required=False, allow_null=True)
    contact = serializers.PrimaryKeyRelatedField(queryset=Contact.objects.all(), required=False, allow_null=True)
    phone = serializers.CharField(required=False, allow_blank=True, max_length=40)
    email = serializers.CharField(required=False, allow_blank=True, max_length=254)
    first_name = serializers.CharField(required=False, allow_blank=True, max_length=100)
    last_name = serializers.CharField(required=False, allow_blank=True, max_length=100)
    timezone = serializers.CharField(required=False, allow_blank=True, max_length=64)
    notes = serializers.CharField(required=False, allow_blank=True)
    source = serializers.ChoiceField(
        choices=[AppointmentSource.API, AppointmentSource.CALL, AppointmentSource.CHAT], required=False
    )
    notify = serializers.BooleanField(required=False, default=True)


class AppointmentUpdateSerializer(serializers.Serializer):
    notes = serializers.CharField(required=False, allow_blank=True)


class RescheduleSerializer(serializers.Serializer):
    start_at = serializers.DateTimeField()
    resource = serializers.PrimaryKeyRelatedField(queryset=Resource.objects.all(), required=False, allow_null=True)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)
    notify = serializers.BooleanField(required=False, default=True)


class CancelSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, max_length=300)
    notify = serializers.BooleanField(required=False, default=True)


class AppointmentFilter(django_filters.FilterSet):
    start_after = django_filters.IsoDateTimeFilter(field_name="start_at", lookup_expr="gte")
    start_before = django_filters.IsoDateTimeFilter(field_name="start_at", lookup_expr="lt")
    status = django_filters.MultipleChoiceFilter(choices=AppointmentStatus.choices)

    class Meta:
        model = Appointment
        fields = ["status", "resource", "appointment_type", "source", "contact", "start_after", "start_before"]


class AppointmentViewSet(viewsets.ModelViewSet):
    """Appointments. Create books a slot (409 when taken); cancel, reschedule and confirm are actions.

    An `Idempotency-Key` header on create makes retries return the first booking.
    """

    queryset = Appointment.objects.none()
    serializer_class = AppointmentSerializer
    write_perm = Perm.MANAGE_CALENDAR
    filterset_class = AppointmentFilter
    search_fields = ["contact__first_name", "contact__last_name", "contact__phone", "contact__email", "notes"]
    ordering_fields = ["start_at", "created_at", "status"]
    ordering = ["start_at"]
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return selectors.appointments_list()

    def _actor_label(self):
        return f"api:{self.request.user.email}"

    @extend_schema(
        request=AppointmentCreateSerializer,
        responses={201: AppointmentSerializer},
        parameters=[OpenApiParameter("Idempotency-Key", location=OpenApiParameter.HEADER, required=False)],
    )
    def create(self, request, *args, **kwargs):
        serializer = AppointmentCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            appointment = services.appointment_book(
                tenant=request.tenant,
                appointment_type=data["appointment_type"],
                start_at=data["start_at"],
                resource=data.get("resource"),
                contact=data.get("contact"),
                phone=data.get("phone", ""),
                email=data.get("email", ""),
                first_name=data.get("first_name", ""),
                last_name=data.get("last_name", ""),
                guest_timezone=data.get("timezone", ""),
                notes=data.get("notes", ""),
                source=data.get("source", AppointmentSource.API),
                idempotency_key=request.headers.get("Idempotency-Key", ""),
                actor=request.user,
                actor_label=self._actor_label(),
                notify=data["notify"],
            )
        except services.SlotUnavailable as exc:
            raise _slot_conflict(exc) from exc
        return Response(AppointmentSerializer(appointment).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=AppointmentUpdateSerializer, responses=AppointmentSerializer)
    def partial_update(self, request, *args, **kwargs):
        serializer = AppointmentUpdateSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        appointment = services.appointment_update(
            appointment=self.get_object(), actor=request.user, **serializer.validated_data
        )
        return Response(AppointmentSerializer(appointment).data)

    @extend_schema(request=CancelSerializer, responses=AppointmentSerializer)
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        serializer = CancelSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        appointment = services.appointment_cancel(
            appointment=self.get_object(),
            reason=serializer.validated_data.get("reason", ""),
            actor=request.user,
            notify=serializer.validated_data["notify"],
        )
        return Response(AppointmentSerializer(appointment).data)

    @extend_schema(request=RescheduleSerializer, responses=AppointmentSerializer)
    @action(detail=True, methods=["post"])
    def reschedule(self, request, pk=None):
        serializer = RescheduleSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            appointment = services.appointment_reschedule(
                appointment=self.get_object(),
                start_at=data["start_at"],
                resource=data.get("resource"),
                reason=data.get("reason", ""),
                actor=request.user,
                notify=data["notify"],
            )
        except services.SlotUnavailable as exc:
            raise _slot_conflict(exc) from exc
        return Response(AppointmentSerializer(appointment).data)

    @extend_schema(request=None, responses=AppointmentSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request, pk=None):
        appointment = services.appointment_confirm(appointment=self.get_object(), actor=request.user)
        return Response(AppointmentSerializer(appointment).data)

    @extend_schema(request=None, responses=AppointmentSerializer)
    @action(detail=True, methods=["post"])
    def complete(self, request, pk=None):
        appointment = services.appointment_set_status(
            appointment=self.get_object(), status=AppointmentStatus.COMPLETED, actor=request.user
        )
        return Response(AppointmentSerializer(appointment).data)

    @extend_schema(request=None, responses=AppointmentSerializer)
    @action(detail=True, methods=["post"], url_path="no-show")
    def no_show(self, request, pk=None):
        appointment = services.appointment_set_status(
            appointment=self.get_object(), status=AppointmentStatus.NO_SHOW, actor=request.user
        )
        return Response(AppointmentSerializer(appointment).data)


# --- calendar sync settings ----------------------------------------------------------------------


class IntegrationSerializer(serializers.Serializer):
    provider = serializers.CharField(read_only=True)
    is_active = serializers.BooleanField(required=False)
    signing_secret = serializers.CharField(write_only=True, required=False, max_length=500, trim_whitespace=True)
    has_secret = serializers.BooleanField(read_only=True)
    default_resource = serializers.PrimaryKeyRelatedField(
        queryset=Resource.objects.all(), required=False, allow_null=True
    )
    rotate_webhook_url = serializers.BooleanField(write_only=True, required=False, default=False)
    webhook_url = serializers.CharField(read_only=True)
    last_event_at = serializers.DateTimeField(read_only=True)


def integration_payload(request, provider: str) -> dict:
    integration = services.calendar_integration_get(provider=provider)
    return {
        "provider": provider,
        "is_active": integration.is_active,
        "has_secret": integration.has_secret,
        "default_resource": integration.default_resource_id,
        "webhook_url": services.calendar_webhook_url(tenant=request.tenant, provider=provider),
        "last_event_at": integration.last_event_at,
    }


class IntegrationView(APIView):
    """A Cal.com or Calendly connection: the webhook URL to paste, the signing secret (write-only), on/off."""

    read_perm = Perm.MANAGE_INTEGRATIONS
    write_perm = Perm.MANAGE_INTEGRATIONS
    provider: str = ""

    @extend_schema(responses=IntegrationSerializer)
    def get(self, request):
        return Response(integration_payload(request, self.provider))

    @extend_schema(request=IntegrationSerializer, responses=IntegrationSerializer)
    def put(self, request):
        serializer = IntegrationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        kwargs = {}
        if "default_resource" in data:
            kwargs["default_resource"] = data["default_resource"]
        services.calendar_integration_update(
            tenant=request.tenant,
            provider=self.provider,
            signing_secret=data.get("signing_secret"),
            is_active=data.get("is_active"),
            rotate_webhook_url=data.get("rotate_webhook_url", False),
            actor=request.user,
            **kwargs,
        )
        return Response(integration_payload(request, self.provider))


class CalcomIntegrationView(IntegrationView):
    provider = CalendarProvider.CALCOM


class CalendlyIntegrationView(IntegrationView):
    provider = CalendarProvider.CALENDLY
