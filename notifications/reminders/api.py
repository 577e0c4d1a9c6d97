"""API for the email/SMS reminder schedule (thin over the reminders service)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from notifications.reminders import services
from tenants.roles import Perm


@extend_schema_field({"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$", "example": "21:00", "nullable": True})
class HourMinuteField(serializers.TimeField):
    """A time of day as `HH:MM` (documented as such: OpenAPI's `time` format wants seconds and an offset)."""

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


class MessageReminderSettingsSerializer(serializers.Serializer):
    enabled = serializers.BooleanField(required=False)
    offsets_minutes = serializers.ListField(child=serializers.IntegerField(), required=False)
    quiet_start = HourMinuteField(required=False, allow_null=True)
    quiet_end = HourMinuteField(required=False, allow_null=True)


class MessageReminderSettingsView(APIView):
    """When guests get reminder emails and texts (minutes before the start; whole days keep the local time),
    and the quiet hours in the guest's zone they never arrive in. Independent of reminder calls."""

    write_perm = Perm.MANAGE_CALENDAR
    serializer_class = MessageReminderSettingsSerializer

    def get(self, request):
        return Response(MessageReminderSettingsSerializer(services.reminder_settings_get()).data)

    def patch(self, request):
        data = MessageReminderSettingsSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        for name in ("quiet_start", "quiet_end"):
            if name in values and values[name] is None:
                values[name] = ""
        row = services.reminder_settings_update(**values)
        return Response(MessageReminderSettingsSerializer(row).data)
