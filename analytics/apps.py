from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "analytics"

    def ready(self):
        from analytics import receivers
        from analytics.views import dashboard_home
        from appointments.events import AppointmentChanged
        from calls.events import CallFinished
        from tenants.hooks import home_pages
        from voiceplatform import events

        events.subscribe(CallFinished, receivers.on_call_finished)
        events.subscribe(AppointmentChanged, receivers.on_appointment_changed)
        home_pages.register(dashboard_home)
