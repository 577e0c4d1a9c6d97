from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "appointments"

    def ready(self):
        from appointments import privacy
        from contacts import hooks

        hooks.timeline_sources.register(privacy.appointment_timeline)
        hooks.gdpr_exporters.register(privacy.appointments_export)
        hooks.erasers.register(privacy.appointments_erase)
