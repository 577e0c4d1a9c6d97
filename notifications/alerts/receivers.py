"""What becomes a staff alert: every StaffAlert, plus alerts derived from the apps' own events.

All are recorders (voiceplatform.events): the alert is written in the
transaction of the change that raised it.
"""

from __future__ import annotations

from voiceplatform.events import StaffAlert

LEAD_ALERTS = {
    "qualified": ("qualified_lead", "high", "New qualified lead", "Follow up while the lead is warm."),
    "callback_requested": ("callback_requested", "high", "Callback requested", "Call the contact back."),
    "human_input_needed": ("human_intervention", "high", "A person is needed", "Review the contact and take over."),
    "human_follow_up": ("human_intervention", "normal", "Human follow-up", "Follow up with the contact in person."),
}


def on_staff_alert(event: StaffAlert) -> None:
    from notifications.alerts.services import alert_raise

    alert_raise(event)


def on_campaign_status(event) -> None:
    """An automatic pause needs a person: say why and how to resume."""
    if not (event.automatic and event.to_status == "paused"):
        return
    from notifications.alerts.services import alert_raise

    name = event.name or f"#{event.campaign_id}"
    alert_raise(
        StaffAlert(
            type="campaign_paused",
            priority="high",
            title=f"Campaign paused: {name}",
            message=event.reason,
            required_action="Check the reason, fix it, then resume the campaign.",
            campaign_id=event.campaign_id,
            link=f"/campaigns/{event.campaign_id}/",
            schema_name=event.schema_name,
        )
    )


def on_lead_status(event) -> None:
    spec = LEAD_ALERTS.get(event.to_status)
    if spec is None:
        return
    from contacts.models import Contact
    from notifications.alerts.services import alert_raise

    alert_type, priority, title, action = spec
    contact = Contact.objects.filter(pk=event.contact_id).first()
    who = (contact.full_name or contact.phone or contact.email) if contact else f"#{event.contact_id}"
    alert_raise(
        StaffAlert(
            type=alert_type,
            priority=priority,
            title=f"{title}: {who}",
            message=event.reason,
            required_action=action,
            contact_id=event.contact_id,
            link=f"/contacts/{event.contact_id}/",
            schema_name=event.schema_name,
        )
    )
