from django.apps import AppConfig

from tenants.hooks import SettingsSection


def _voice_settings_fields() -> dict:
    from rest_framework import serializers

    return {
        "voice_provider": serializers.CharField(read_only=True),
        "retell_webhook_url": serializers.URLField(read_only=True),
        "retell_inbound_webhook_url": serializers.URLField(read_only=True),
        "retell_llm_websocket_url": serializers.CharField(read_only=True),
        "retell_function_urls": serializers.DictField(child=serializers.URLField(), read_only=True),
    }


def _provider_urls(tenant) -> dict:
    from calls.voice import provider_urls

    return provider_urls(tenant)


# Where the voice provider should call this workspace, shown with the workspace settings.
VOICE_SETTINGS = SettingsSection(name="voice", fields=_voice_settings_fields, payload=_provider_urls)


class CallsConfig(AppConfig):
    name = "calls"

    def ready(self):
        from billing.limits import usage_counters
        from calls import compliance, privacy, vertical
        from calls import hooks as call_hooks
        from calls.scripts import corrections
        from calls.selectors import plan_usage_counts
        from calls.services.numbers import voice_key_rotate
        from contacts import hooks
        from tenants.hooks import settings_sections, vertical_appliers
        from voiceplatform import crypto

        compliance.register()

        hooks.timeline_sources.register(privacy.call_timeline)
        hooks.gdpr_exporters.register(privacy.calls_export)
        hooks.erasers.register(privacy.calls_erase)
        settings_sections.register(VOICE_SETTINGS)
        crypto.secret_rotators.register(voice_key_rotate)
        usage_counters.register(plan_usage_counts)
        vertical_appliers.register(vertical.apply_template)
        call_hooks.script_change_appliers.register(corrections.take_into_script)
