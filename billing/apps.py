from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "billing"

    def ready(self):
        from billing import compliance as billing_compliance
        from billing.services import usage
        from calls.events import CallFinished
        from calls.hooks import outbound_call_checks
        from knowledge.events import ChatMessageReceived
        from notifications.events import MessageAccepted
        from voiceplatform import events

        events.subscribe(CallFinished, usage.on_call_finished)
        events.subscribe(MessageAccepted, usage.on_message_accepted)
        events.subscribe(ChatMessageReceived, usage.on_chat_message)
        outbound_call_checks.register(billing_compliance.billing_allows_outbound_call)
