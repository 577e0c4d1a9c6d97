from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"

    def ready(self):
        from appointments import privacy, selectors, vertical
        from appointments.services.sync import calendar_secrets_rotate
        from contacts import hooks
        from tenants.hooks import vertical_appliers
        from voiceplatform import crypto

        hooks.timeline_sources.register(privacy.appointment_timeline)
        hooks.gdpr_exporters.register(privacy.appointments_export)
        hooks.erasers.register(privacy.appointments_erase)
        hooks.panels.register(selectors.contact_panel)
        crypto.secret_rotators.register(calendar_secrets_rotate)
        vertical_appliers.register(vertical.apply_template)
