"""What the campaigns app listens to: finished calls and appointment changes (see CampaignsConfig.ready)."""

from calls.events import CallFinished
from campaigns.tasks import finish_attempt


def on_call_finished(event: CallFinished) -> None:
    """Settle the campaign attempt the call belongs to (in a task)."""
    if event.campaign_attempt_id:
        finish_attempt.delay(event.campaign_attempt_id, event.call_id)
