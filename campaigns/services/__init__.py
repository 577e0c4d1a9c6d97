"""Use cases of the campaigns app, by topic; import them from here."""

from campaigns.services.calling import calling_settings_payload, calling_settings_update
from campaigns.services.campaigns import (
    TRANSITIONS,
    campaign_add_contacts,
    campaign_archive,
    campaign_cancel,
    campaign_complete_if_done,
    campaign_create,
    campaign_delete,
    campaign_pause,
    campaign_resume,
    campaign_start,
    campaign_update,
    campaigns_advance,
    clean_campaign,
    freeze_audience,
)
from campaigns.services.dialer import campaign_dial, dialer_tick
from campaigns.services.outcomes import attempt_finish, campaign_check_health, health_problem
from campaigns.services.placing import attempt_place
from campaigns.services.reconcile import attempts_reconcile
from campaigns.services.reminders import (
    on_appointment_change,
    reminder_apply_outcome,
    reminder_campaign,
    reminder_settings_payload,
    reminder_settings_update,
    reminder_time,
    reminders_cancel,
    reminders_resync,
    reminders_sync,
)

__all__ = [
    "TRANSITIONS",
    "attempt_finish",
    "attempt_place",
    "attempts_reconcile",
    "calling_settings_payload",
    "calling_settings_update",
    "campaign_add_contacts",
    "campaign_archive",
    "campaign_cancel",
    "campaign_check_health",
    "campaign_complete_if_done",
    "campaign_create",
    "campaign_delete",
    "campaign_dial",
    "campaign_pause",
    "campaign_resume",
    "campaign_start",
    "campaign_update",
    "campaigns_advance",
    "clean_campaign",
    "dialer_tick",
    "freeze_audience",
    "health_problem",
    "on_appointment_change",
    "reminder_apply_outcome",
    "reminder_campaign",
    "reminder_settings_payload",
    "reminder_settings_update",
    "reminder_time",
    "reminders_cancel",
    "reminders_resync",
    "reminders_sync",
]
