from django.apps import AppConfig


class AnalyticsConfig(AppConfig):
    name = "analytics"

    def ready(self):
        from analytics import receivers
        from appointments.events import AppointmentChanged
        from calls.events import CallFinished
        from voiceplatform import events

        events.subscribe(CallFinished, receivers.on_call_finished)
        events.subscribe(AppointmentChanged, receivers.on_appointment_changed)
