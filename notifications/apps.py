from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "notifications"

    def ready(self):
        from appointments import hooks as appointment_hooks
        from appointments.events import AppointmentChanged
        from campaigns.events import CampaignStatusChanged
        from contacts import hooks
        from contacts.events import LeadStatusChanged
        from notifications import catalogue, privacy, receivers, vertical
        from notifications.alerts import receivers as alert_receivers
        from notifications.alerts import tasks as alert_tasks  # noqa: F401 (registers the tasks)
        from notifications.alerts.chat import chat_urls_rotate
        from notifications.outbound import services as outbound
        from notifications.outbound import tasks as outbound_tasks  # noqa: F401
        from notifications.reminders import services as reminders
        from notifications.reminders import tasks as reminder_tasks  # noqa: F401
        from tenants.events import MemberInvited
        from tenants.hooks import vertical_appliers
        from voiceplatform import crypto, events

        events.subscribe(AppointmentChanged, receivers.on_appointment_change)
        events.subscribe(MemberInvited, receivers.on_member_invited)
        appointment_hooks.guest_messengers.register(receivers.message_guest)
        hooks.timeline_sources.register(privacy.message_timeline)
        hooks.gdpr_exporters.register(privacy.messages_export)
        hooks.erasers.register(privacy.messages_erase)
        crypto.secret_rotators.register(outbound.webhook_secrets_rotate)
        crypto.secret_rotators.register(chat_urls_rotate)
        vertical_appliers.register(vertical.apply_template)
        # Recorders write in the transaction of the change: alerts, reminders, the webhook outbox.
        events.record(events.StaffAlert, alert_receivers.on_staff_alert)
        events.record(CampaignStatusChanged, alert_receivers.on_campaign_status)
        events.record(LeadStatusChanged, alert_receivers.on_lead_status)
        events.record(AppointmentChanged, reminders.on_appointment_change)
        # Every catalogue source that exists in this installation.
        for event_class in catalogue.available_sources():
            events.record(event_class, outbound.record_public_event)
