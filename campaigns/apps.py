from django.apps import AppConfig

from tenants.hooks import SettingsSection


def _calling_settings_fields() -> dict:
    from rest_framework import serializers

    return {key: serializers.JSONField(required=False) for key in CALLING_SETTINGS_KEYS}


def _calling_settings_payload(tenant) -> dict:
    from campaigns.services import calling_settings_payload

    return calling_settings_payload(tenant)


def _calling_settings_update(**changes):
    from campaigns.services import calling_settings_update

    return calling_settings_update(**changes)


CALLING_SETTINGS_KEYS = ("calling_limits", "quiet_hours", "calling_rules")
# Calling limits, quiet hours and rules, edited with the workspace settings.
CALLING_SETTINGS = SettingsSection(
    name="calling",
    fields=_calling_settings_fields,
    payload=_calling_settings_payload,
    writable=CALLING_SETTINGS_KEYS,
    update=_calling_settings_update,
)


class CampaignsConfig(AppConfig):
    name = "campaigns"

    def ready(self):
        from appointments.events import AppointmentChanged
        from calls.events import CallFinished
        from calls.hooks import campaign_labels
        from campaigns import compliance, privacy, receivers, selectors
        from campaigns.services import on_appointment_change
        from contacts import hooks
        from tenants.hooks import settings_sections
        from voiceplatform import events

        compliance.register()
        hooks.panels.register(selectors.contact_panel)
        campaign_labels.register(selectors.campaign_names)
        events.subscribe(CallFinished, receivers.on_call_finished)
        events.subscribe(AppointmentChanged, on_appointment_change)
        hooks.gdpr_exporters.register(privacy.campaigns_export)
        hooks.erasers.register(privacy.campaigns_erase)
        settings_sections.register(CALLING_SETTINGS)
