from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"

    def ready(self):
        from appointments.events import AppointmentChanged
        from notifications import receivers
        from voiceplatform import events

        events.subscribe(AppointmentChanged, receivers.on_appointment_change)
