from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"

    def ready(self):
        from appointments import hooks
        from notifications import receivers

        hooks.subscribe(receivers.on_appointment_change)
