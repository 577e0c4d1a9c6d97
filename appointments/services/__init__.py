"""Appointment use cases. Other apps import from here:

    from appointments.services import availability_slots, appointment_book, appointment_cancel

The modules split them by concern: availability (the slot engine), booking,
setup (resources, types, rules), sync (Cal.com / Calendly), feeds (ICS).
"""

from appointments.services.availability import Slot, availability_slots, resources_for_type, slot_is_free
from appointments.services.booking import (
    STATUS_TRANSITIONS,
    SlotUnavailable,
    appointment_book,
    appointment_cancel,
    appointment_confirm,
    appointment_record_resend,
    appointment_reschedule,
    appointment_set_status,
    appointment_update,
)
from appointments.services.feeds import ics_feed_for, ics_feed_rotate, ics_feed_url
from appointments.services.setup import (
    appointment_type_create,
    appointment_type_delete,
    appointment_type_update,
    blocked_date_create,
    blocked_date_delete,
    override_create,
    override_delete,
    resource_create,
    resource_default,
    resource_delete,
    resource_update,
    rule_create,
    rule_delete,
    rule_update,
    rules_replace,
)
from appointments.services.sync import (
    calendar_event_process,
    calendar_event_store,
    calendar_integration_get,
    calendar_integration_secret,
    calendar_integration_update,
    calendar_webhook_url,
)

__all__ = [
    "STATUS_TRANSITIONS",
    "Slot",
    "SlotUnavailable",
    "appointment_book",
    "appointment_cancel",
    "appointment_confirm",
    "appointment_record_resend",
    "appointment_reschedule",
    "appointment_set_status",
    "appointment_type_create",
    "appointment_type_delete",
    "appointment_type_update",
    "appointment_update",
    "availability_slots",
    "blocked_date_create",
    "blocked_date_delete",
    "calendar_event_process",
    "calendar_event_store",
    "calendar_integration_get",
    "calendar_integration_secret",
    "calendar_integration_update",
    "calendar_webhook_url",
    "ics_feed_for",
    "ics_feed_rotate",
    "ics_feed_url",
    "override_create",
    "override_delete",
    "resource_create",
    "resource_default",
    "resource_delete",
    "resource_update",
    "resources_for_type",
    "rule_create",
    "rule_delete",
    "rule_update",
    "rules_replace",
    "slot_is_free",
]
