"""What the campaigns app listens to: finished calls and appointment changes."""

from campaigns.tasks import finish_attempt


def on_call_finished(sender, call_id, campaign_attempt_id=None, **kwargs) -> None:
    """calls.hooks.call_finished: settle the campaign attempt the call belongs to (in a task)."""
    if campaign_attempt_id:
        finish_attempt.delay(campaign_attempt_id, call_id)
