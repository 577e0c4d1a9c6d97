from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"

    def ready(self):
        from appointments.events import AppointmentChanged
        from calls.events import CallFinished
        from campaigns import compliance, receivers, selectors
        from campaigns.services import on_appointment_change
        from contacts import hooks
        from voiceplatform import events

        compliance.register()
        hooks.register_panel(selectors.contact_panel)
        events.subscribe(CallFinished, receivers.on_call_finished)
        events.subscribe(AppointmentChanged, on_appointment_change)
