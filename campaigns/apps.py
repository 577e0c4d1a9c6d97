from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "campaigns"

    def ready(self):
        from appointments import hooks as appointment_hooks
        from calls.hooks import call_finished
        from campaigns import compliance, receivers
        from campaigns.services import on_appointment_change

        compliance.register()
        call_finished.connect(receivers.on_call_finished, dispatch_uid="campaigns.on_call_finished")
        appointment_hooks.subscribe(on_appointment_change)
