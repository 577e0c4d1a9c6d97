"""The notifications app's part of a vertical template: how messages to customers are worded.

The template's wording ("noun" for what the business calls an appointment,
"extra" for one practical line) fills every event's email and SMS text. Rows
the tenant already has are its own edits and stay as they are.
"""

from __future__ import annotations

from notifications.defaults import worded_template
from notifications.models import Channel, NotificationTemplate, TemplateEvent


def apply_template(tenant, template) -> None:
    have = set(NotificationTemplate.objects.values_list("event", "channel"))
    noun = template.notification_wording.get("noun", "appointment")
    extra = template.notification_wording.get("extra", "")
    for event in TemplateEvent.values:
        for channel in Channel.values:
            if (event, channel) not in have:
                subject, body = worded_template(noun, extra, event, channel)
                NotificationTemplate.objects.create(event=event, channel=channel, subject=subject, body=body)
