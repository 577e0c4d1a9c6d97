from django.apps import AppConfig


class CallsConfig(AppConfig):
    name = "calls"

    def ready(self):
        from calls import compliance, privacy
        from contacts import hooks

        compliance.register()

        hooks.timeline_sources.register(privacy.call_timeline)
        hooks.gdpr_exporters.register(privacy.calls_export)
        hooks.erasers.register(privacy.calls_erase)
