"""Notification use cases. Other apps import from here:

from notifications.services import appointment_notify, staff_email_queue
"""

from notifications.services.delivery import (
    appointment_context,
    appointment_notify,
    contact_email,
    contact_text,
    notification_deliver,
    notification_status_update,
    notifications_due,
    status_callback_url,
)
from notifications.services.inbound import (
    help_reply,
    inbound_process,
    inbound_simulate,
    inbound_store,
    keyword_action,
)
from notifications.services.outbox import email_queue, staff_email_queue, staff_recipients
from notifications.services.templates import (
    notification_settings_get,
    notification_settings_update,
    template_for,
    template_preview,
    template_reset,
    template_update,
    templates_ensure,
)

__all__ = [
    "appointment_context",
    "appointment_notify",
    "contact_email",
    "contact_text",
    "email_queue",
    "help_reply",
    "inbound_process",
    "inbound_simulate",
    "inbound_store",
    "keyword_action",
    "notification_deliver",
    "notification_settings_get",
    "notification_settings_update",
    "notification_status_update",
    "notifications_due",
    "staff_email_queue",
    "staff_recipients",
    "status_callback_url",
    "template_for",
    "template_preview",
    "template_reset",
    "template_update",
    "templates_ensure",
]
