from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"

    def ready(self):
        from appointments import hooks as appointment_hooks
        from appointments.events import AppointmentChanged
        from contacts import hooks
        from notifications import privacy, receivers
        from tenants.events import MemberInvited
        from voiceplatform import events

        events.subscribe(AppointmentChanged, receivers.on_appointment_change)
        events.subscribe(MemberInvited, receivers.on_member_invited)
        appointment_hooks.guest_messengers.register(receivers.message_guest)
        hooks.timeline_sources.register(privacy.message_timeline)
        hooks.gdpr_exporters.register(privacy.messages_export)
        hooks.erasers.register(privacy.messages_erase)
