"""What the campaigns app does when a call finishes (subscribed in CampaignsConfig.ready).

Appointment changes are handled by `campaigns.services.reminders.on_appointment_change`.
"""

from calls.events import CallFinished
from campaigns.tasks import finish_attempt


def on_call_finished(event: CallFinished) -> None:
    """Settle the campaign attempt the call belongs to (in a task)."""
    if event.campaign_attempt_id:
        finish_attempt.delay(event.campaign_attempt_id, event.call_id)
