"""Default message templates, worded per vertical. A tenant's own edits live in NotificationTemplate."""

from __future__ import annotations

from notifications.models import Channel, TemplateEvent

# What the business calls an appointment, and one practical line for the guest.
VERTICAL_WORDING = {
    "dental": ("dental appointment", "Please arrive 10 minutes early."),
    "medical": ("appointment", "Please bring a list of any medication you take."),
    "home_services": ("visit", "Our technician will text you when they are on the way."),
    "legal": ("consultation", "Please bring any documents related to your matter."),
    "real_estate": ("viewing", "We will meet you at the property."),
    "salon": ("appointment", "Need to change it? Use the link below, no need to call."),
    "other": ("appointment", ""),
}

_EMAIL = {
    TemplateEvent.BOOKED: (
        "Your {noun} with {company_name} on {appointment_date}",
        "Hello {guest_name},\n\n"
        "Your {noun} with {company_name} is booked for {appointment_date} at {appointment_time}.\n"
        "{extra}\n\n"
        "Confirm you can make it: {confirm_link}\n"
        "Need another time? {reschedule_link}\n"
        "Cannot come? {cancel_link}\n\n"
        "Questions? Call us on {company_phone}.\n\n{company_name}",
    ),
    TemplateEvent.RESCHEDULED: (
        "Your {noun} with {company_name} has moved to {appointment_date}",
        "Hello {guest_name},\n\n"
        "Your {noun} with {company_name} is now on {appointment_date} at {appointment_time}.\n\n"
        "Confirm you can make it: {confirm_link}\n"
        "Need another time? {reschedule_link}\n"
        "Cannot come? {cancel_link}\n\n{company_name}",
    ),
    TemplateEvent.CANCELLED: (
        "Your {noun} with {company_name} is cancelled",
        "Hello {guest_name},\n\n"
        "Your {noun} with {company_name} on {appointment_date} at {appointment_time} is cancelled.\n"
        "To book again, call us on {company_phone}.\n\n{company_name}",
    ),
    TemplateEvent.REMINDER: (
        "Reminder: your {noun} with {company_name} on {appointment_date}",
        "Hello {guest_name},\n\n"
        "A reminder of your {noun} with {company_name} on {appointment_date} at {appointment_time}.\n"
        "{extra}\n\n"
        "Confirm: {confirm_link}\n"
        "Reschedule: {reschedule_link}\n"
        "Cancel: {cancel_link}\n\n{company_name}",
    ),
}

_SMS = {
    TemplateEvent.BOOKED: "{company_name}: your {noun} is booked for {appointment_date} at {appointment_time}. "
    "Confirm: {confirm_link} Change: {reschedule_link} Reply STOP to opt out.",
    TemplateEvent.RESCHEDULED: "{company_name}: your {noun} has moved to {appointment_date} at {appointment_time}. "
    "Confirm: {confirm_link} Reply STOP to opt out.",
    TemplateEvent.CANCELLED: "{company_name}: your {noun} on {appointment_date} at {appointment_time} is cancelled. "
    "Call {company_phone} to rebook.",
    TemplateEvent.REMINDER: "{company_name}: reminder of your {noun} on {appointment_date} at {appointment_time}. "
    "Confirm: {confirm_link} Cancel: {cancel_link}",
}


def default_template(vertical: str, event: str, channel: str) -> tuple[str, str]:
    """(subject, body) for a vertical, event and channel; the subject is empty for SMS."""
    noun, extra = VERTICAL_WORDING.get(vertical, VERTICAL_WORDING["other"])
    return worded_template(noun, extra, event, channel)


def worded_template(noun: str, extra: str, event: str, channel: str) -> tuple[str, str]:
    """(subject, body) with the business's wording filled in; the {variables} stay for sending time."""
    fill = {"noun": noun, "extra": extra}

    def prefill(value: str) -> str:
        for key, replacement in fill.items():
            value = value.replace("{" + key + "}", replacement)
        return value.replace("\n\n\n", "\n\n")

    if channel == Channel.SMS:
        return "", prefill(_SMS[event])
    subject, body = _EMAIL[event]
    return prefill(subject), prefill(body)
