"""API for availability and appointments: slots, booking (409 when taken), actions."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer, inline_serializer
from rest_framework import exceptions, serializers, status
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
    Resource,
)
from contacts.models import Contact
from tenants.roles import Perm
from voiceplatform.api import DirectColumnsMixin, own_columns
from voiceplatform.filters import IsoDateTimeFilter
from voiceplatform.viewsets import ServiceBackedViewSet


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "This time is no longer available. Pick another slot."
    default_code = "slot_unavailable"


def _slot_conflict(exc: services.SlotUnavailable):
    return Conflict(exc.messages[0] if exc.messages else None)


# --- availability ------------------------------------------------------------------------------


class AvailabilityQuerySerializer(serializers.Serializer):
    type = serializers.IntegerField(help_text="Appointment type id.")
    resource = serializers.IntegerField(required=False, help_text="Resource id; any resource when omitted.")
    start = serializers.CharField(required=False, help_text="ISO date or date-time; default now.")
    end = serializers.CharField(required=False, help_text="ISO date (inclusive) or date-time; default start + 7 days.")


class AvailabilityView(APIView):
    """Free slots for an appointment type (and resource) between start and end, as ISO times in the resource's zone."""

    write_perm = Perm.MANAGE_CALENDAR

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
class ContactSummarySerializer(DirectColumnsMixin, serializers.ModelSerializer):
    class Meta:
        model = Contact
        fields = ["id", "first_name", "last_name", "phone", "email", "timezone"]


class AppointmentSerializer(DirectColumnsMixin, serializers.ModelSerializer):
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
    start_after = IsoDateTimeFilter(field_name="start_at", lookup_expr="gte")
    start_before = IsoDateTimeFilter(field_name="start_at", lookup_expr="lt")
    status = django_filters.MultipleChoiceFilter(choices=AppointmentStatus.choices)

    class Meta:
        model = Appointment
        fields = ["status", "resource", "appointment_type", "source", "contact", "start_after", "start_before"]


class AppointmentViewSet(ServiceBackedViewSet):
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
        if self.action != "list":
            return selectors.appointments_list()
        # Of the contact only its summary (not its custom fields or search vector); of the resource its id.
        return selectors.appointments_showing(
            [
                *own_columns(AppointmentSerializer),
                *own_columns(ContactSummarySerializer, through="contact"),
                "title",  # with the type's name, the shown title (Appointment.display_title)
                "appointment_type__name",
            ]
        )

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
